"""Zendesk Garden look, in French: a Didomi-like consent notice over a veil, a product tray (app
launcher) leading to an admin centre with collapsible side groups, an API page with tabs
("Paramètres" / "Jetons d'accès"), the tokens in a table without header cells, a switch to show
deleted tokens, trash icon buttons and a deletion modal."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Zendesk Garden (product tray, admin centre nav, tabs, table, modal)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of ADFS, French, two steps (SSO origin)",
        "Didomi-like consent notice over a veil that intercepts clicks ('Je refuse' / 'J'accepte')",
        "app launcher 'Produits Cegid' opening a product tray; 'Centre d'administration'",
        "side navigation with collapsible groups ('Applications et intégrations' > 'API Cegid')",
        "API page with tabs 'Paramètres' / 'Jetons d'accès'; product and account as native selects",
        "tokens in a table without th; switch (role=switch) 'Afficher les jetons supprimés'",
        "trash icon buttons 'Supprimer le jeton …' and a confirmation modal",
        "statuses Actif / Expiré / Suspendu / Supprimé; planted 'Essai-Blind' and other services",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "adfs_fr"
VALIDITY_DAYS = 180
PLANTED = [
    ("Essai-Blind", "2026-11-30T08:00:00+00:00", None),
    ("Connecteur Sellsy", "2026-08-20T09:15:00+00:00", None),
    ("Flux GED", "2026-01-10T10:00:00+00:00", None),
    ("Ancien ERP", "2024-05-05T10:00:00+00:00", "2024-11-05T10:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Export RH", "2026-07-07T07:00:00+00:00", None)], service="Dématérialisation RH")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/admin/accueil", "admin.html", endpoint="catalogue")
    kit.page("/admin/applications/api/parametres", "settings.html", endpoint="info_page")
    kit.key_routes(
        "/admin/applications/api/jetons",
        "keys.html",
        name_field="description",
        messages={
            "empty_name": "Saisissez une description pour le jeton.",
            "revoked": "Jeton « {name} » supprimé.",
            "already": "Le jeton « {name} » avait déjà été supprimé.",
        },
    )
