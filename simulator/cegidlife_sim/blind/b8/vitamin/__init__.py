"""Decathlon's Vitamin design system, in English (the portal follows the user's language): two-step sign-in,
then "Remember this device?" before the portal; a Didomi-like consent notice; a hamburger "Menu" opening a
side menu of collapsible groups ("Developers" > "API keys"); a "Customer account" select that reloads the
page; the services as tabs; keys in an ARIA table of divs with statuses Active / Expired / Revoked (keys are
valid one year); the one-time secret masked until "Show", closed by "I have saved it"; each row's "Actions"
is a <details> disclosure holding "Revoke", confirmed by "Revoke permanently"."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Decathlon Vitamin (header, drawer side menu with collapsible groups, tabs, div table, alerts, "
    "badges, dialogs, snackbar)",
    "lang": "en",
    "classes": [
        "English UI; two-step sign-in ('Email address' + 'Continue', 'Password' + 'Log in'), then a page "
        "'Remember this device?' ('Remember this device' / 'Not now') before the portal",
        "a Didomi-like consent notice ('Agree and close' / 'Disagree and close' / 'Learn more')",
        "hamburger button 'Menu' opening a side menu with collapsible groups (buttons with aria-expanded); "
        "'Developers' > 'API keys'",
        "'Customer account' select that reloads the page on change (no button); opens on 86360",
        "the services as tabs (links with role=tab) above the key list",
        "keys in an ARIA table of divs (role=table/row/columnheader/cell); statuses 'Active', 'Expired', "
        "'Revoked' side by side; dates 'Jan 23, 2021'",
        "one-time panel (region 'Your new API key'): 'Key ID' as text, 'Secret' masked until 'Show' "
        "(aria-pressed), copy buttons; 'I have saved it' hides it",
        "row actions in a <details> element ('Actions for NAME' summary) holding 'Revoke'; dialog 'Revoke this "
        "API key?' with 'Cancel' / 'Revoke permanently'; a snackbar (role=status)",
    ],
    "summary": "Vitamin portal in English: Menu > Developers > API keys > Customer account > tab Loop APIkey.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "vitamin_en"
SIGNIN_DONE = "vitamin_kmsi_en"
VALIDITY_DAYS = 365
COOKIE = "b8_vitamin_account"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Store dashboard", days_ago(612, 10, 20), None),
            ("Warehouse sync", days_ago(201, 8), None),
            ("POS integration", days_ago(150, 16, 45), days_ago(96)),
            ("Data export", days_ago(23, 7, 30), None),
        ]
    )
    kit.plant([("Store dashboard", days_ago(75, 10, 20), None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/my/<slug>", "page.html", endpoint="info_page")
    tier_switch(kit, "/account/switch", COOKIE)
    kit.key_routes(
        "/developers/api-keys",
        "keys.html",
        default_service="first",
        name_field="key_name",
        messages={
            "empty_name": "Please enter a name for the key.",
            "too_long": "The key name must be 100 characters or fewer.",
            "revoked": 'The API key "{name}" has been revoked.',
            "already": 'The API key "{name}" was already revoked.',
        },
    )
