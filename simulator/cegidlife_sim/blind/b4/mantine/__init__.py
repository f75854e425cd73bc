"""Mantine look, in English: a "Stay signed in?" question after sign-in, a "What's new" modal over
an overlay, the AppShell navbar behind a burger with a collapsible "Developers" NavLink, the key page
opening on the other account (an empty state sentence), the account as a Select (combobox+listbox),
the service as a SegmentedControl (role=radio), keys as cards titled by their name with a Menu
(role=menu), a typed-name revoke modal, the new key in a Code block, a quota bar and a danger zone."""

from __future__ import annotations

import typing as t

from .._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Mantine (AppShell, Burger, NavLink, Select, SegmentedControl, Card, Menu, Modal, Code)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Oracle IDCS, English, two steps (SSO origin)",
        "'Stay signed in on this device?' between sign-in and the portal ('Not now' / 'Yes')",
        "'What's new' announcement modal over an overlay that intercepts clicks",
        "navbar behind a burger; collapsible NavLink group 'Developers' (aria-expanded)",
        "the key page opens on account 86360, whose empty list is only a sentence",
        "account as a Select (combobox+listbox); service as a SegmentedControl (role=radiogroup/radio)",
        "keys as cards whose heading is the key's name; 'Key actions' menu (role=menu) with 'Revoke'",
        "revoke modal asking to type the key's name",
        "identifier in inline Code, secret in a Code block, copy buttons; quota bar (active keys of 10)",
        "statuses Active / Expired / Disabled; planted 'essai blind' and 'essai-blind-old'",
        "danger zone 'Revoke all keys' / 'Delete organization' buttons; 'Log out' menu item",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "idcs_en"
VALIDITY_DAYS = 180
PLANTED = [
    ("essai blind", "2026-11-01T09:00:00+00:00", None),
    ("essai-blind-old", "2025-01-10T09:00:00+00:00", "2025-06-10T09:00:00+00:00"),
    ("zapier-prod", "2026-09-20T09:00:00+00:00", None),
    ("legacy-export", "2024-09-20T09:00:00+00:00", None),
    ("data-warehouse", "2026-08-15T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("hr-sync", "2026-05-05T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.gate("/session/remember", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    danger(kit, "/developers/api-keys/revoke-all", "account_delete")
    danger(kit, "/organization/delete", "account_delete")
    kit.key_routes(
        "/developers/api-keys",
        "keys.html",
        typed_confirm=True,
        name_field="name",
        messages={
            "empty_name": "Name is required",
            "too_long": "Name must be 100 characters or fewer",
            "revoked": "API key {name} revoked",
            "already": "API key {name} was already revoked",
            "typed": "The name you typed does not match. Nothing was revoked.",
        },
    )
