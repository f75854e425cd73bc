"""A Scaleway-console-like page (Ultraviolet design system), English: a two-step sign-in on the portal's own
origin, a "What's new" announcement, an Organization switcher in the top bar (one Organization per customer
account, opens on 86360, kept in a cookie), a side navigation with collapsible groups ("Security & Identity" >
"IAM", beside a "Key Manager" product), IAM's tabs ("API keys"); every service's keys of the Organization in an
ARIA div table (role=table/row/cell), oldest first, 5 a page ("1-5 of 9", icon-only pager), expired keys
marked; "Generate an API key" is a modal with a bearer radio group (role=radio), a "Preferred Project" combobox
(the service) and an expiration select; the new key's values in a modal shown once."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Scaleway console / Ultraviolet (top bar Organization switcher, side navigation with collapsible "
    "groups, tabs, ARIA div tables, modals, combobox, radio cards, toasts)",
    "lang": "en",
    "classes": [
        "English; sign-in on the portal's origin (under /adfs/), two steps: 'Email' + 'Next', then 'Password' + "
        "'Log in'",
        "a 'What's new' announcement dialog on first visit ('Got it')",
        "Organization switcher in the top bar (button named 'Organization <label>', a popover dialog of links), "
        "one Organization per customer account, opens on 86360, kept in a cookie",
        "side navigation with collapsible groups (aria-expanded); 'IAM' in the collapsed 'Security & Identity' "
        "group next to a 'Key Manager' product; IAM tabs (links, role=tab) 'Users', 'Applications', 'Groups', "
        "'Policies', 'API keys', 'Logs'",
        "every service's keys of the Organization on one page (column 'Project' = the service), in an ARIA div "
        "table (role=table/row/columnheader/cell), oldest first, 5 a page, '1-5 of 9', icon-only 'Previous page' / "
        "'Next page' buttons (aria-label)",
        "statuses: active keys and 'Expired' ones (validity 1 year); deleted keys leave the list",
        "'Generate an API key' modal: 'Select API key bearer' radio group (role=radio), 'Preferred Project' ARIA "
        "combobox with a listbox (the service; no default, required), 'Description', 'Expiration' select, "
        "'Generate API key'",
        "one-time values in a modal 'API key generated' ('Access key ID', 'Secret key' as code with copy buttons), "
        "'Close'",
        "each row's 'Key actions' button opens a menu (role=menu: 'Edit', 'Delete'); modal 'Delete API key' with "
        "'Cancel' / 'Delete API key'; a toast (role=status)",
    ],
    "summary": "Scaleway-like: Organization switcher > FUTUROSCOPE CEDEX; Security & Identity > IAM > API keys; "
    "Generate an API key with Preferred Project Loop APIkey.",
}
AXES = {"login": "two-step", "signin_origin": "same"}
SIGNIN = "scaleway_en"
VALIDITY_DAYS = 365
COOKIE = "b9_scw_org"
RULE = "/iam/api-keys"
FILE_EXCHANGE = "Cegid File Exchange"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("terraform-ci", days_ago(700, 7, 10), None)])
    kit.plant([("backup-job", days_ago(420, 16, 45), None)])
    kit.plant([("erp-sync", days_ago(200, 8, 0), None)])
    kit.plant([("metrics-exporter", days_ago(35, 9, 30), None)])
    kit.plant([("legacy-ftp", days_ago(500, 10, 0), days_ago(300))], service=FILE_EXCHANGE)
    kit.plant([("sftp-bridge", days_ago(60, 11, 0), None)], service=FILE_EXCHANGE)
    kit.plant([("store-dashboard", days_ago(12, 14, 5), None)], tiers="86360")
    tier_switch(kit, "/organization/switch", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/iam/<tab>", "iam.html", endpoint="info_page")
    kit.page("/console/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=False,
        page_size=5,
        sort="oldest",
        name_field="description",
        messages={
            "empty_name": "Enter a description for this API key.",
            "too_long": "The description must be 100 characters or fewer.",
            "revoked": 'API key "{name}" has been deleted.',
            "already": 'API key "{name}" was already deleted.',
        },
    )
