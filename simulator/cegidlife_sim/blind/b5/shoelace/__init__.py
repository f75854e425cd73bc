"""Shoelace (web components) look, in English: a product tour after sign-in, an sl-drawer behind the
header's menu button with sl-details groups, notifications that only mention Loop APIkey, and the key
manager as one custom element with an open shadow root: the account as an sl-radio-group (role=radio),
the service as an sl-select (combobox+listbox), keys as sl-cards named by their heading, the new key
in sl-copy-button code blocks, a revoke sl-dialog; "Revoke all keys" and "Sign out" on the way."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Shoelace / Web Awesome web components (sl-drawer, sl-details, sl-radio-group, sl-select, sl-card, "
    "sl-dialog, sl-copy-button, sl-badge)",
    "lang": "en",
    "classes": [
        "sign-in in the style of OneLogin, English, one step (SSO origin)",
        "product tour between sign-in and the portal ('Skip tour' / 'Next')",
        "sl-drawer behind the header's menu button; sl-details group 'Developers' (aria-expanded)",
        "notifications whose links only mention Loop APIkey",
        "the key manager inside a web component with an open shadow root",
        "account as a radio group (role=radio, submits); service as a combobox+listbox (submits)",
        "keys as cards named by their heading, no field labels; card 'Revoke' button, then a dialog",
        "identifier and secret in code blocks with copy buttons",
        "statuses Active / Expired / Disabled / Revoked; expiry dates; planted 'essai_blind', 'ESSAI BLIND'",
        "dangerous 'Revoke all keys' button and 'Sign out' menu item",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "onelogin_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("ESSAI BLIND", "2026-04-14T09:00:00+00:00", None),
    ("essai_blind", "2026-10-24T09:00:00+00:00", None),
    ("Retool dashboard", "2026-08-08T09:00:00+00:00", None),
    ("Airbyte sync", "2024-09-09T09:00:00+00:00", None),
    ("Old cron", "2025-02-02T09:00:00+00:00", "2025-04-04T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Retool dashboard", "2026-08-09T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Payroll export", "2026-05-05T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.gate("/welcome", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    danger(kit, "/developers/keys/revoke-all", "account_delete")
    kit.key_routes(
        "/developers/keys",
        "keys.html",
        default_service="Cegid File Exchange",
        name_field="label",
        messages={
            "empty_name": "Please enter a name.",
            "revoked": "Key \u201c{name}\u201d has been revoked.",
            "already": "Key \u201c{name}\u201d was already revoked.",
        },
    )
