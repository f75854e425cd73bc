"""Kendo UI look (Default theme), in English: a "What's new" Kendo Window on the first page, a Kendo
Drawer behind the AppBar's hamburger with an expandable "Integrations" item, account and service as
Kendo DropDownLists (combobox+listbox), tokens drawn by script from JSON into a Kendo Grid with endless
scrolling, columns showing expiry and last use but no creation date, a row context menu, a dialog that
asks to type the token's name, the secret masked in a password box until "Show", and "Revoke all" /
"Sign out" on the way."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Kendo UI, Default theme (k-appbar, k-drawer, k-dropdownlist, k-grid with endless scrolling, "
    "k-menu, k-window, k-dialog)",
    "lang": "en",
    "classes": [
        "sign-in in the style of PingFederate, English, two steps (SSO origin)",
        "'What's new' Kendo Window over the first page that intercepts clicks ('Got it')",
        "drawer behind the AppBar's hamburger; expandable item 'Integrations' (aria-expanded)",
        "account and service as Kendo DropDownLists (combobox+listbox) and an 'Apply' button",
        "tokens drawn by script from JSON into a grid, newest first, 4 at a time by endless scrolling inside "
        "the grid's content area",
        "grid columns name, status, expires, last used: no creation date",
        "row context menu (role=menu) 'Revoke', then a dialog asking to type the token's name",
        "identifier in a read-only textbox; secret masked in a password box until 'Show'; copy buttons",
        "statuses Active / Expired / Suspended / Revoked; planted 'essai_blind', 'essai-blind (old)'",
        "dangerous 'Revoke all' button and 'Sign out' menu item",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "ping_en"
VALIDITY_DAYS = 200
PLANTED = [
    ("essai-blind (old)", "2025-01-10T09:00:00+00:00", None),
    ("GitHub Actions", "2026-02-14T09:00:00+00:00", None),
    ("Data warehouse", "2026-04-04T09:00:00+00:00", None),
    ("Legacy SOAP bridge", "2025-06-01T09:00:00+00:00", "2025-07-01T09:00:00+00:00"),
    ("essai_blind", "2026-07-21T09:00:00+00:00", None),
    ("Monitoring", "2026-08-30T09:00:00+00:00", None),
    ("n8n workflows", "2026-10-11T09:00:00+00:00", None),
    ("Azure Function", "2026-11-05T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Monitoring", "2026-08-31T09:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    danger(kit, "/integrations/tokens/revoke-all", "account_delete")
    kit.key_routes(
        "/integrations/tokens",
        "keys.html",
        json_rule="/integrations/tokens/data",
        typed_confirm=True,
        name_field="tokenName",
        messages={
            "empty_name": "Token name is required.",
            "revoked": "Token \u201c{name}\u201d revoked.",
            "already": "Token \u201c{name}\u201d was already revoked.",
            "typed": "The name you typed does not match. The token is still active.",
        },
    )
