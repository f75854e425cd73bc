"""Atlassian Design System, in English: Entra ID sign-in in two steps with "Stay signed in?", the
avatar menu's "Account settings", a left navigation whose last entry is "API keys", one page for
every service's keys of the tiers drawn by script from JSON with infinite scroll, a service chosen
in an ARIA combobox when creating, a modal with the one-time values, "Revoke" then a modal."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Atlassian Design System (account settings)",
    "lang": "en",
    "classes": [
        "the portal in English",
        "sign-in in the style of Entra ID, two steps, then 'Stay signed in?' (Yes / No), SSO origin",
        "avatar menu button (role=menu) with 'Account settings', then a side navigation",
        "one page for every service's keys of the tiers; the service chosen in an ARIA combobox + listbox",
        "list drawn by script from a JSON request, oldest first, 6 at a time, extended by infinite scroll",
        "a table of divs (role=table/row/cell) built by script",
        "statuses Active / Expired / Revoked; expiry dates",
        "the one-time values in a modal dialog",
        "empty list shown only as a sentence",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "entra_en"
SIGNIN_DONE = "entra_kmsi_en"
VALIDITY_DAYS = 365
PLANTED = [(f"pipeline-{n:02d}", f"2026-0{1 + n // 3}-{10 + n:02d}T09:00:00+00:00", None) for n in range(1, 21)]
MESSAGES = {
    "empty_name": "Give the key a label.",
    "too_long": "The label is too long (100 characters at most).",
    "revoked": "API key {name} revoked.",
    "already": "API key {name} was already revoked.",
}


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/manage-profile/<tab>", "settings.html", endpoint="info_page")
    kit.key_routes(
        "/manage-profile/security/api-keys",
        "keys.html",
        fixed_service=False,
        name_field="label",
        sort="oldest",
        json_rule="/gateway/api/keys",
        messages=MESSAGES,
    )
