"""A Docusign eSignature Admin-like "Apps and Keys" page in English: a Docusign-like two-step sign-in, an account to
select after sign-in (remembered in a cookie), a OneTrust-like cookie banner with a dark filter over the page, the
top navigation's "Admin" tab, a settings side navigation with collapsible upper-case groups, apps listed in an ARIA
div table (role=table/row/cell) with an "ACTIONS" menu per row, an "ADD APP AND INTEGRATION KEY" dialog, the keys
shown once in a table without header cells, and "Delete" confirmed in a dialog."""

from __future__ import annotations

import typing as t

from .._common import chooser, days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Docusign eSignature Admin (Docusign's Ink design: top tabs, settings side navigation, data tables, "
    "action menus, modal dialogs, OneTrust cookie banner)",
    "lang": "en",
    "classes": [
        "English; Docusign-like sign-in on the sign-in server, two steps: 'Email' + 'NEXT', then 'Password' + 'LOG IN'",
        "an account to choose between sign-in and the app ('Select an account': links named by the account, "
        "'Account #95943'); 'Switch Account' in the user menu",
        "a OneTrust-like cookie banner with a dark filter over the whole page ('Accept All Cookies', 'Reject All', "
        "'Cookies Settings')",
        "top navigation links 'Home', 'Agreements', 'Templates', 'Reports', 'Admin'; Admin's side navigation with "
        "collapsible groups (aria-expanded): 'INTEGRATIONS' > 'Apps and Keys'",
        "'My Account Information' (User ID, API Account ID) above the list",
        "apps of the account (every product) in an ARIA div table (role=table, row, columnheader, cell), by name; "
        "deleted apps are not listed",
        "'ADD APP AND INTEGRATION KEY' opens a dialog: 'App Name', 'Product' (select), 'CREATE APP'",
        "one-time values in a section named by the app: a table without th ('Integration Key', 'Secret Key', "
        "'Copy' buttons) and 'This secret key will only be displayed once.'",
        "deletion: row button 'ACTIONS' (menu) > 'Delete' > dialog 'Delete App?' ('CANCEL' / 'DELETE'); status message",
    ],
    "summary": "Docusign Admin: Select an account FUTUROSCOPE CEDEX; Reject All; Admin > INTEGRATIONS > Apps and "
    "Keys; ADD APP AND INTEGRATION KEY (Product Loop APIkey); ACTIONS > Delete.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "docusign_en"
COOKIE = "b11_docusign_account"
RULE = "/admin/apps-and-keys"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Salesforce Connector", days_ago(640, 9, 30), None),
            ("Legacy Portal", days_ago(500, 15, 10), days_ago(120)),
            ("Workday Sync", days_ago(210, 10, 5), None),
        ]
    )
    kit.plant([("Box Archive", days_ago(150, 13, 40), None)], service="Cegid File Exchange")
    kit.plant([("Store Tablets", days_ago(80, 11, 15), None)], tiers="86360")
    chooser(kit, "/select-account", "accounts.html", COOKIE, "/select-account/switch")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/admin", "admin.html", endpoint="catalogue")
    kit.page("/admin/<slug>", "admin.html", endpoint="info_page")
    kit.page("/send/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=False,
        sort="name",
        name_field="appName",
        messages={
            "empty_name": "App Name is required.",
            "too_long": "App Name must be 100 characters or fewer.",
            "revoked": 'App "{name}" deleted.',
            "already": 'App "{name}" was already deleted.',
        },
    )
