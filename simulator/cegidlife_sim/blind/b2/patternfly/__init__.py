"""PatternFly console look, in English: a masthead whose hamburger opens a side navigation of
expandable groups, a toolbar whose service is a select (menu toggle + listbox) and whose tiers is a
radio group, keys as a data list with no field labels, a kebab menu per key, icon-only pagination."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "PatternFly 5 console (masthead, nav, toolbar, data list)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Okta, English, two steps (SSO origin)",
        "hamburger ('Global navigation'): side nav of expandable groups; keys under 'Developer' > 'API access'",
        "'What's new' modal on the first page, with links naming Loop APIkey",
        "service as a select: menu toggle button + role=listbox; opens on another service",
        "tiers as ARIA radios (role=radio) that submit on choice",
        "key list as a data list (role=list) with no field labels; masked identifiers, expiry dates",
        "kebab menu button (icon-only, 'Actions') per key with 'Revoke', then a warning modal",
        "icon-only pagination buttons (aria-label only), 4 keys a page, sorted by name",
        "quota ('N of 10 active keys'); statuses Active / Expired / Revoked; empty state as a sentence",
        "values in read-only copy inputs ('Key ID' / 'Secret')",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("billing-sync", "2024-09-02T08:00:00+00:00", None),
    ("crm-connector", "2025-11-20T10:15:00+00:00", None),
    ("legacy-export", "2023-04-18T16:40:00+00:00", "2023-12-01T09:00:00+00:00"),
    ("payroll-bridge", "2025-12-01T07:45:00+00:00", None),
    ("zapier", "2026-01-14T13:05:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/whats-new", "news.html", endpoint="info_page")
    kit.key_routes(
        "/developer/api-access",
        "keys.html",
        page_size=4,
        sort="name",
        default_service="Cegid File Exchange",
        messages={
            "empty_name": "Name is required.",
            "too_long": "Name must be 100 characters or fewer.",
            "revoked": "API key {name} revoked.",
            "already": "API key {name} was already revoked.",
        },
    )
