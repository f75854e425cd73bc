"""Odoo backend look, in French: a "stay signed in?" question after sign-in, a home screen of app
icons (app launcher), the Paramètres app with a "Technique" dropdown, a list view without header
cells filtered by a search panel (role=radio groups), a "Nouveau" wizard asking one question per
screen, and revocation by ticking a row then "Action" > "Révoquer" and "Ok"."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Odoo 17 backend (home menu, control panel, search panel, list view, wizard)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Okta, French, two steps (SSO origin)",
        "'Rester connecté ?' question between sign-in and the portal, safe answer 'Non'",
        "home screen of app icons (app launcher) then a 'Technique' dropdown menu",
        "search panel: service and customer account as role=radio groups",
        "list view as a table without th; empty service shown only as a sentence",
        "creation wizard one question per screen ('Suivant', 'Générer la clé')",
        "revocation by row checkbox + 'Action' menu (role=menu) + confirmation 'Ok'",
        "statuses Active / Expirée / Suspendue / Révoquée; planted 'essai-blind (ancienne)'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai-blind (ancienne)", "2025-11-02T09:00:00+00:00", None),
    ("Connecteur Odoo", "2026-10-12T08:00:00+00:00", None),
    ("Script export", "2026-04-01T08:00:00+00:00", None),
    ("Zapier 2024", "2024-01-15T08:00:00+00:00", "2024-06-01T08:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Connecteur Odoo", "2026-10-12T08:00:00+00:00", None)], service="Cegid File Exchange", tiers="86360")
    kit.gate("/web/session/persistance", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/odoo/parametres", "settings.html", endpoint="catalogue")
    kit.page("/odoo/parametres/cles-api/nouveau", "wizard.html", endpoint="info_page")
    kit.key_routes(
        "/odoo/parametres/cles-api",
        "keys.html",
        name_field="description",
        sort="name",
        messages={
            "empty_name": "Le champ « Description » est obligatoire.",
            "revoked": "La clé API « {name} » a été révoquée.",
            "already": "La clé API « {name} » était déjà révoquée.",
        },
    )
