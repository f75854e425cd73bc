"""Fomantic-UI (Semantic UI) look, in French: a maintenance notice to acknowledge after sign-in, a
Cookiebot-like banner over a dimmer, a top menu whose "Mes services" dropdown leads to service cards
(one per service and account), keys drawn by script from JSON as divided items with "Charger plus",
a "⋯" dropdown per key and a basic modal "Oui, révoquer"."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Fomantic-UI / Semantic UI (menu, dropdown, cards, divided items, dimmer modal)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Entra ID, French, two steps (SSO origin)",
        "maintenance notice to acknowledge between sign-in and the portal ('J'ai pris connaissance')",
        "Cookiebot-like banner over a dimmer that intercepts clicks",
        "top menu dropdown 'Mes services' (role=menu); service cards per account named by heading",
        "keys drawn by script from JSON, 3 at a time, 'Charger plus'; items without field labels",
        "'⋯' dropdown menu per key (role=menu) with 'Révoquer', modal 'Oui, révoquer'",
        "identifier and secret in read-only inputs with icon-only copy buttons",
        "statuses Active / Expirée / Suspendue / Révoquée; planted 'essai-blind-v1' and other services",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "entra_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai-blind-v1", "2026-11-20T10:00:00+00:00", None),
    ("Tableau de bord BI", "2026-10-15T09:00:00+00:00", None),
    ("Interface paie", "2026-08-02T09:00:00+00:00", None),
    ("Relances clients", "2026-01-04T09:00:00+00:00", None),
    ("Migration 2023", "2023-03-03T09:00:00+00:00", "2023-11-11T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Dépôt factures", "2026-06-06T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/information/maintenance", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/mes-services", "services.html", endpoint="catalogue")
    kit.key_routes(
        "/mes-services/cles",
        "keys.html",
        json_rule="/mes-services/cles.json",
        name_field="nom_cle",
        messages={
            "empty_name": "Merci d'indiquer un nom de clé.",
            "revoked": "La clé « {name} » est maintenant révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
