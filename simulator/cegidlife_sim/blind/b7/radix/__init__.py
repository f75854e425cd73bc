"""Radix Themes look, in English, for a developer console: a Clerk sign-in in two steps (both buttons
"Continue"), a "What's new" dialog on first visit, a sidebar with an account switcher (a dropdown menu
of radio items, opens on 86360) and a "Developers" section, a command menu (Search, Ctrl K), one "API
keys" page for every service of the account (a service filter in a Radix select, a service column), the
name in a row header cell, relative dates, rows sorted by name with "Load more", a dialog to create a
key where the service is picked in a Radix select, the one-time values in a data list inside a dialog,
a dots menu per row and an alert dialog that asks for the key's name."""

from __future__ import annotations

import typing as t

from .._common import danger, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Radix Themes (Theme, Flex/Box, Card, Heading/Text, Button/IconButton, DropdownMenu with radio items, "
    "Dialog, AlertDialog, Select, Table with RowHeaderCell, Badge, Callout, DataList, Code, Toast, Kbd)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Clerk, English, two steps, both buttons 'Continue' (and a 'Continue with Google' "
        "decoy; SSO origin)",
        "a 'What's new' dialog over the first page ('Got it')",
        "customer account in a sidebar account switcher (dropdown menu with menuitemradio items, kept in a cookie); "
        "opens on 86360",
        "the way is a 'Developers' section of the sidebar ('API keys'), or the command menu ('Search', Ctrl K)",
        "one page for every service of the account: a 'Service' column; filter by service in a Radix select "
        "(button role=combobox and a listbox)",
        "the key's name in a row header cell (th scope=row), not a cell",
        "relative dates ('3 months ago', the exact date in a title); a count ('9 keys')",
        "sorted by name, 5 shown, then 'Load more' (the same page, longer)",
        "create in a dialog: 'Name' and a required 'Service' picked in a Radix select ('Select a service')",
        "one-time values as text in a data list ('Key ID', 'Secret') in a dialog 'Save your API key', copy "
        "icon buttons; closed with 'I've saved it'",
        "per-row dots menu ('Key actions'): 'Copy key ID', 'Rename', 'Roll secret' (dangerous), 'Revoke key'; "
        "alert dialog asking to type the key's name",
        "dangerous 'Roll secret', 'Delete account' (settings danger zone), 'Save changes' on settings, 'Log out'",
    ],
    "summary": "Developer console: sidebar Developers > API keys (every service), account switcher in the sidebar.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "clerk_en"
PLANTED = [
    ("Accounting bridge", "2024-04-09T09:12:00+00:00", None),
    ("Analytics export", "2025-01-14T10:00:00+00:00", None),
    ("Backup job", "2023-11-30T17:30:00+00:00", "2024-06-01T08:00:00+00:00"),
    ("CRM connector", "2025-08-22T12:00:00+00:00", None),
    ("essai", "2026-01-03T08:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Data warehouse", "2025-10-10T10:10:00+00:00", None)], service="Cegid File Exchange")
    kit.plant([("essai-blind-old", "2025-02-02T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.plant([("Accounting bridge", "2024-04-10T09:12:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/settings", "settings.html", endpoint="info_page")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    tier_switch(kit, "/switch-account", "b7_rx_tiers")
    danger(kit, "/developers/api-keys/roll", "password_changed")
    danger(kit, "/settings/delete-account", "account_delete")
    danger(kit, "/settings/general", "profile_saved")
    kit.key_routes(
        "/developers/api-keys",
        "keys.html",
        fixed_service=False,
        page_size=5,
        name_field="name",
        typed_confirm=True,
        sort="name",
        messages={
            "empty_name": "Name is required.",
            "too_long": "Name must be at most 100 characters.",
            "revoked": "API key \u201c{name}\u201d revoked",
            "already": "API key \u201c{name}\u201d was already revoked",
            "typed": "The name did not match, so the key was not revoked.",
        },
    )
