"""Elastic EUI look, in English: a guided tour between sign-in and the console ("Skip tour"), a
collapsible side nav behind "Toggle navigation", API keys as an ARIA div table with icon-only
pagination, service as a combobox, customer account as a radio group, a creation flyout, the secret
masked behind "Show", a row actions menu and an "Invalidate" confirmation modal."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Elastic EUI (collapsible nav, flyout, basic table, context menu, callout)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Okta, English, two steps (SSO origin)",
        "guided tour between sign-in and the console, safe answer 'Skip tour'",
        "collapsible side nav behind an icon button 'Toggle navigation', groups 'Stack Management'",
        "service as ARIA combobox + listbox, customer account as role=radio group",
        "keys as an ARIA div table (role=table/row/cell), icon-only pagination (3 per page)",
        "creation in a flyout; callout with identifier, secret masked behind 'Show' + 'Copy'",
        "row '⋯' actions menu (role=menu) with 'Invalidate', confirmation modal",
        "statuses Active / Expired / Suspended / Invalidated; planted 'essai-blind-old'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai-blind-old", "2026-10-02T09:00:00+00:00", None),
    ("logstash-shipper", "2026-06-15T07:30:00+00:00", None),
    ("kibana-reporting", "2025-01-20T11:00:00+00:00", None),
    ("beats-legacy", "2024-03-03T10:00:00+00:00", "2024-09-01T10:00:00+00:00"),
]
SUSPENDED = ["logstash-shipper"]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("essai blind", "2026-09-09T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("fleet-agent", "2026-04-04T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/app/welcome", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.key_routes(
        "/app/management/security/api_keys",
        "keys.html",
        page_size=3,
        messages={
            "empty_name": "Enter a name for the API key.",
            "too_long": "The name must be 100 characters or fewer.",
            "revoked": "Invalidated API key '{name}'.",
            "already": "API key '{name}' was already invalidated.",
        },
    )
