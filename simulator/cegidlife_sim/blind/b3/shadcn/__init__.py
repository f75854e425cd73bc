"""shadcn/ui (Radix primitives) dashboard, in English: a two-step-verification nag after sign-in
("Remind me later"), a sidebar whose account switcher is a menu, API keys as cards named by their
heading for every service of the account, a create dialog whose service is a Radix Select
(combobox + listbox), the secret masked until "Reveal", a card "⋯" menu and an alert dialog that
asks to type the key's name."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "shadcn/ui on Radix (sidebar, team switcher, cards, dropdown menu, alert dialog)",
    "lang": "en",
    "classes": [
        "sign-in in the style of PingFederate, English, one step (SSO origin)",
        "two-step-verification enrolment nag between sign-in and the app, safe answer 'Remind me later'",
        "sidebar with a collapsible 'Settings' group; account switcher as a menu button (role=menu)",
        "keys of every service of the account as cards named by their heading (no table)",
        "create dialog: service as Radix Select (combobox + listbox), 'Create key'",
        "one-time dialog: ID in text, secret masked until 'Reveal', 'Copy'",
        "card '⋯' dropdown menu 'Revoke key'; alert dialog asking to type the key's name",
        "statuses Active / Expired / Suspended / Revoked; planted 'essai_blind' and other services",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "ping_en"
VALIDITY_DAYS = 90
PLANTED = [
    ("essai_blind", "2026-11-29T16:00:00+00:00", None),
    ("vercel-preview", "2026-10-01T12:00:00+00:00", None),
    ("n8n workflows", "2026-02-14T08:00:00+00:00", None),
    ("retool-old", "2025-01-01T08:00:00+00:00", "2025-03-01T08:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("sftp-bridge", "2026-09-20T10:00:00+00:00", None)], service="Cegid File Exchange")
    kit.plant([("vercel-preview", "2026-10-01T12:00:00+00:00", None)], tiers="86360")
    kit.gate("/onboarding/2fa", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/settings", "settings.html", endpoint="info_page")
    kit.key_routes(
        "/settings/api-keys",
        "keys.html",
        fixed_service=False,
        typed_confirm=True,
        messages={
            "empty_name": "Name is required.",
            "too_long": "Name must be at most 100 characters.",
            "revoked": "API key {name} has been revoked.",
            "already": "API key {name} was already revoked.",
            "typed": "The name you typed does not match. Nothing was revoked.",
        },
    )
