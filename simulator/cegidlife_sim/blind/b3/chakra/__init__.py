"""Chakra UI look of a French fintech's settings (in the style of Qonto / PayFit): an Axeptio-like
consent card over a veil, an account menu leading to "Paramètres", in-page tabs ("Profil",
"Sécurité", "Intégrations & API"), services as a role=radio group of cards, keys as a plain list
without field labels (empty lists as a sentence), and deletion confirmed by typing the key's name."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Chakra UI (avatar menu, tabs, radio cards, switch, modal) in a Qonto/PayFit style",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Auth0 Universal Login, French, two steps (SSO origin)",
        "Axeptio-like consent card over a veil that intercepts clicks ('Pas maintenant')",
        "account menu button (role=menu) with 'Paramètres'; in-page tabs (role=tab) 'Intégrations & API'",
        "services as role=radio cards; customer account as a native select + 'Valider'",
        "keys as a list without field labels; an empty service shown only as a sentence",
        "creation modal with a switch (role=switch) 'Accès en écriture'",
        "deletion ('Supprimer') confirmed by typing the key's name",
        "statuses Active / Expirée / Suspendue / Supprimée; planted 'Essai blind Qonto', other tiers",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "auth0_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Essai blind Qonto", "2026-11-25T10:00:00+00:00", None),
    ("PayFit → Loop", "2026-07-01T09:00:00+00:00", None),
    ("Notes de frais", "2025-05-05T09:00:00+00:00", None),
    ("Ancien cabinet", "2024-04-04T09:00:00+00:00", "2024-10-10T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Coffre-fort", "2026-03-03T09:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.key_routes(
        "/parametres",
        "settings.html",
        typed_confirm=True,
        default_service="Gestion des Utilisateurs - Administration",
        name_field="nom",
        messages={
            "empty_name": "Donnez un nom à votre clé.",
            "revoked": "Clé « {name} » supprimée. Elle ne fonctionne plus.",
            "already": "La clé « {name} » était déjà supprimée.",
            "typed": "Le nom saisi ne correspond pas : la clé n'a pas été supprimée.",
        },
    )
