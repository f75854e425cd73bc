"""Oracle Redwood look, in English: an identity-cloud sign-in page, a "Navigator" drawer with
collapsible groups, and an "API Credentials" page whose credentials live in a web component with an
open shadow root: list drawn by script from JSON and extended by infinite scroll, a "Show inactive
credentials" switch, a per-credential "Active" switch that deactivates after a confirmation, and the
one-time secret masked behind "Show secret"."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Oracle Redwood / JET (navigator drawer, custom element, switches, drawer dialogs)",
    "lang": "en",
    "classes": [
        "sign-in page in the style of Oracle Identity Cloud, one step (new look idcs_en; SSO origin)",
        "hamburger 'Navigator' drawer with collapsible groups ('Tools' > 'API Credentials')",
        "credentials inside a web component with an open shadow root",
        "customer account and service as native selects inside the shadow root",
        "list drawn by script from JSON, 4 at a time, extended by infinite scroll",
        "switches (role=switch): 'Show inactive credentials', and 'Active' per credential",
        "deactivation through the row switch then a confirmation dialog 'Deactivate'",
        "secret masked behind 'Show secret' + 'Copy'; statuses Active / Expired / Suspended / Inactive",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "idcs_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai-blind-uat", "2026-11-27T10:00:00+00:00", None),
    ("OIC integration", "2026-10-10T09:00:00+00:00", None),
    ("EPM loader", "2026-07-07T09:00:00+00:00", None),
    ("Reporting (BI)", "2026-02-02T09:00:00+00:00", None),
    ("HCM extract", "2025-05-05T09:00:00+00:00", None),
    ("Legacy SOAP", "2023-01-01T09:00:00+00:00", "2023-06-01T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("OIC integration", "2026-10-10T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Doc transfer", "2026-09-09T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.key_routes(
        "/fscmUI/tools/api-credentials",
        "keys.html",
        json_rule="/fscmUI/rest/credentials",
        name_field="credentialName",
        messages={
            "empty_name": "Enter a credential name.",
            "too_long": "The credential name can't exceed 100 characters.",
            "revoked": "Credential {name} deactivated.",
            "already": "Credential {name} was already inactive.",
        },
    )
