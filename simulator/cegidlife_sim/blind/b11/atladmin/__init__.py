"""An admin.atlassian.com-like "API keys" page in English (Atlassian Design System): an Atlassian-account two-step
sign-in, a passkey prompt to postpone ("Not now"), the organization to choose on the start page, a side navigation
with collapsible sections ("Settings" > "API keys"), keys valid one year (expired ones under their own tab), tabs
"Active" / "Expired" / "Revoked" with counts, a table sorted by name with numbered pages and icon-only arrows, a
"Create API key" dialog with a role=radio product choice, the key shown once in a dialog, and "Revoke key" from a
"More actions" menu."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "admin.atlassian.com (Atlassian Design System: side navigation, tabs, dynamic table, pagination, "
    "modal dialogs, dropdown menus, flags)",
    "lang": "en",
    "classes": [
        "English; Atlassian-account sign-in on the sign-in server, two steps: 'Email' + 'Continue', then "
        "'Password' + 'Log in'",
        "a passkey prompt between sign-in and the admin ('Log in faster with a passkey': 'Create a passkey' / "
        "'Not now')",
        "the start page lists the organizations ('Choose an organization', links named by the organization)",
        "side navigation with collapsible sections (aria-expanded): 'Settings' > 'API keys'",
        "tabs (role=tab, links) 'Active (n)', 'Expired (n)', 'Revoked (n)': keys expire one year after creation",
        "table with th, every product's keys of the organization, sorted by name, 5 a page, numbered page buttons "
        "and icon-only 'Previous' / 'Next' (aria-label)",
        "'Create API key' dialog: 'Name', expiry stated as text, 'Product' as a role=radio group, 'Create'",
        "one-time values in a dialog 'Copy your API key' ('Key ID', 'API key', 'Copy' buttons, 'Done')",
        "revocation: row button 'More actions' (menu) > 'Revoke key' > dialog 'Revoke API key?' ('Cancel' / "
        "'Revoke key'); flag (role=status)",
    ],
    "summary": "Atlassian Administration: Not now; FUTUROSCOPE CEDEX; Settings > API keys; Create API key (Product "
    "Loop APIkey); More actions > Revoke key.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "atlassianid_en"
RULE = "/settings/api-keys"
VALIDITY_DAYS = 365


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Analytics export", days_ago(300, 9, 0), None),
            ("Automation", days_ago(250, 10, 30), None),
            ("Backup job", days_ago(200, 14, 10), None),
            ("Bitbucket Pipelines", days_ago(120, 8, 45), None),
            ("Confluence macro", days_ago(60, 16, 5), None),
            ("Old reporting", days_ago(500, 11, 20), None),
            ("Statuspage hook", days_ago(420, 13, 0), days_ago(380)),
        ]
    )
    kit.plant([("Jira Service Management", days_ago(100, 9, 30), None)], service="Cegid File Exchange")
    kit.plant([("Store kiosk", days_ago(40, 10, 0), None)], tiers="86360")
    kit.gate("/login/passkey", "passkey.html")
    kit.page("/", "orgs.html", endpoint="home")
    kit.page("/o/<slug>", "page.html", endpoint="catalogue")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=False,
        sort="name",
        page_size=5,
        name_field="name",
        messages={
            "empty_name": "Enter a name for the API key.",
            "too_long": "Name must be 100 characters or fewer.",
            "revoked": 'API key "{name}" has been revoked.',
            "already": 'API key "{name}" was already revoked.',
        },
    )
