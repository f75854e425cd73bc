"""A portal built of web components (Shoelace/Lit style): after sign-in (Entra ID style, two steps)
a product tour must be finished or skipped; a service's "Accès API" tab holds one custom element
whose open shadow root contains the whole key manager, its list drawn from JSON 3 at a time with
"Charger plus", a switch for revoked keys, its dialogs."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Shoelace / Lit web components",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Entra ID, two steps (e-mail, 'Suivant', then password), SSO origin",
        "a product tour between sign-in and the portal ('Suivant' / 'Passer la visite')",
        "help articles mentioning Loop APIkey that are not the way to it",
        "services as cards, then a service page with ARIA tabs ('Accès API')",
        "the key page inside a web component (open shadow root)",
        "list drawn by script from a JSON request, oldest first, 3 at a time, extended by 'Charger plus'",
        "a switch (role=switch) to show revoked keys",
        "statuses Active / Expirée / Révoquée; expiry dates",
        "empty list shown only as a sentence",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "entra_fr"
VALIDITY_DAYS = 400
PLANTED = [
    ("Prod — ERP", "2024-09-01T08:00:00+00:00", None),
    ("Recette", "2025-10-14T10:20:00+00:00", None),
    ("Ancienne intégration", "2025-01-07T15:00:00+00:00", "2025-06-30T08:00:00+00:00"),
    ("Outil BI", "2026-05-19T12:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.gate("/bienvenue", "tour.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/services", "services.html", endpoint="catalogue")
    kit.page("/services/fiche/<int:sid>", "fiche.html", endpoint="info_page")
    kit.page("/aide/<slug>", "article.html", endpoint="info_page")
    kit.key_routes(
        "/services/acces-api",
        "keys.html",
        name_field="intitule",
        sort="oldest",
        json_rule="/services/acces-api/cles.json",
    )
