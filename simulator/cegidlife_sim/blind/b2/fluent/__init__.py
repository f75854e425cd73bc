"""Fluent UI admin-center look, in English: a security-info interrupt after sign-in, a left nav whose
useful part is behind "Show all", the service as a Fluent dropdown (opens on another service), tiers
as tabs, keys in an ARIA grid whose rows are selected by a checkbox, and a command bar whose
"Revoke" acts on the selection."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Fluent UI / Microsoft 365 admin center (nav, command bar, DetailsList, panel)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Entra ID, English, two steps (SSO origin)",
        "a question between sign-in and the portal ('Help us protect your account': 'Skip for now')",
        "left nav: 'Show all' reveals collapsible groups; keys under 'Settings' > 'API keys'",
        "message center posts on the home page naming Loop APIkey",
        "service as a dropdown (button role=combobox + listbox), opening on another service",
        "tiers as tabs (links with role=tab) named by label only; the code shows in the add panel and on the home page",
        "ARIA grid (role=grid/row/columnheader/gridcell); rows selected by a role=checkbox",
        "command bar: 'Revoke' disabled until one row is selected, then a confirmation dialog",
        "creation in a side panel ('Add an API key', 'Display name'); values in a dialog ('Client ID'/'Client secret')",
        "oldest first; statuses Active / Expired / Revoked, expiry dates, masked identifiers",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "entra_en"
VALIDITY_DAYS = 180
PLANTED = [
    ("PowerBI refresh", "2025-01-20T11:00:00+00:00", None),
    ("n8n workflow", "2026-10-02T09:30:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.gate("/interrupt/security-info", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/messagecenter/<slug>", "post.html", endpoint="info_page")
    kit.key_routes(
        "/settings/api-keys",
        "keys.html",
        sort="oldest",
        name_field="displayName",
        default_service="Gestion des Utilisateurs - Administration",
        messages={
            "empty_name": "Enter a display name.",
            "too_long": "Display name can't be longer than 100 characters.",
            "revoked": "Revoked 1 API key: {name}",
            "already": "{name} was already revoked.",
        },
    )
