"""Bootstrap 5 look of a French accounting SaaS (in the style of Pennylane / Sellsy): a privacy popup
over a veil, a hamburger opening an offcanvas menu with accordion groups, settings tabs
("Connectivité" > "Développeurs"), keys called "jetons", drawn by script from JSON with
"Charger plus", deleted ("Supprimer") from a dropdown, and a one-time modal that keeps its
"Continuer" disabled until "J'ai enregistré ce jeton" is ticked."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Bootstrap 5 (navbar, offcanvas, accordion, nav-tabs, list-group, modals)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Okta, French, two steps (SSO origin)",
        "privacy popup over a veil that intercepts clicks ('Continuer sans accepter' / 'Accepter')",
        "hamburger ('Afficher la navigation') opening an offcanvas menu with accordion groups",
        "settings tabs: 'Connectivité', then sub-tabs 'Intégrations' / 'Développeurs'",
        "integration cards naming Loop APIkey that are not the way to the keys",
        "keys called 'jetons'; service and company as native selects + 'Appliquer'; opens on another service",
        "list drawn by script from JSON, newest first, 3 at a time, 'Charger plus'",
        "dropdown menu button per key ('Options du jeton') with 'Supprimer', then a modal",
        "values in a modal on load; 'Continuer' disabled until a checkbox is ticked",
        "statuses Actif / Expiré / Révoqué; expiry dates; masked identifiers; quota; empty list as a sentence",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_fr"
VALIDITY_DAYS = 90
PLANTED = [
    ("Agicap", "2026-11-28T10:00:00+00:00", None),
    ("Qonto sync", "2026-05-12T08:30:00+00:00", None),
    ("Script trésorerie", "2025-09-01T14:00:00+00:00", None),
    ("Essai 2024", "2024-02-02T09:00:00+00:00", "2024-03-01T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres/connectivite", "integrations.html", endpoint="catalogue")
    kit.key_routes(
        "/parametres/connectivite/developpeurs",
        "keys.html",
        json_rule="/api/interne/jetons",
        name_field="nom_jeton",
        default_service="Cegid File Exchange",
        messages={
            "empty_name": "Le nom du jeton est obligatoire.",
            "revoked": "Le jeton « {name} » a été supprimé.",
            "already": "Le jeton « {name} » était déjà supprimé.",
        },
    )
