"""Salesforce Lightning Experience, in English: App Launcher, a subscriptions list with one row per
service and tiers, a record page whose key table has no th, icon-only pagination, row actions with
"Revoke" and a confirmation that asks for the key's name; Okta sign-in in two steps; a OneTrust-like
cookie banner that blocks the page until answered."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Salesforce Lightning Design System",
    "lang": "en",
    "classes": [
        "the portal in English",
        "sign-in in the style of Okta, two steps (Username, Next, then Password, Verify), SSO origin",
        "cookie-consent overlay (OneTrust-like) that intercepts clicks until answered",
        "the way through an icon-only 'App Launcher' dialog",
        "the service listed once per tiers",
        "a knowledge article mentioning Loop APIkey that is not the way to it",
        "key table without th (header cells are td)",
        "pagination with an icon-only 'next page' link (name in title only); sorted by name, 5 a page",
        "row action menu button with 'Revoke' in its menu",
        "confirmation that asks to type the key's name",
        "statuses Active / Expired / Revoked; expiry dates; keys shown masked",
        "the one-time values in a modal shown on load",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_en"
VALIDITY_DAYS = 730
PLANTED = [
    ("Ancien ERP", "2023-02-01T08:00:00+00:00", "2024-01-15T10:00:00+00:00"),
    ("Batch nocturne", "2024-05-06T22:10:00+00:00", None),
    ("Cegid Loop sync", "2025-09-12T07:45:00+00:00", None),
    ("Connecteur CRM", "2025-11-03T14:30:00+00:00", None),
    ("Export comptable", "2026-01-20T09:00:00+00:00", None),
    ("Sauvegarde", "2026-03-02T16:20:00+00:00", None),
    ("Tableau de bord", "2026-06-18T11:05:00+00:00", None),
]
MESSAGES = {
    "empty_name": "Enter a key name.",
    "too_long": "The key name is too long (100 characters at most).",
    "revoked": 'API key "{name}" was revoked.',
    "already": 'API key "{name}" was already revoked.',
    "typed": "The name you typed does not match. The key was not revoked.",
}


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/lightning/o/Subscription/list", "subscriptions.html", endpoint="catalogue")
    kit.page("/lightning/articles/<slug>", "article.html", endpoint="info_page")
    kit.key_routes(
        "/lightning/o/ApiKey/list",
        "keys.html",
        name_field="Name",
        typed_confirm=True,
        page_size=5,
        sort="name",
        messages=MESSAGES,
    )
