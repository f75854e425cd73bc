"""Système de Design de l'État (DSFR) look: a "mon espace" with a side menu of collapsible groups,
a question about the account's contact details between sign-in and the portal, subscriptions as
cards named by their heading (one per service and tiers), a table whose header row is made of td,
and a revocation that asks to type the key's name."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Système de Design de l'État (DSFR): header, side menu, cards, table",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Keycloak (one step, SSO origin)",
        "a question between sign-in and the portal (are your contact details up to date? radio + 'Valider')",
        "consent bar at the bottom ('Tout accepter' / 'Tout refuser' / 'Personnaliser')",
        "side menu with collapsible groups; the key page under 'Administration' > 'Clés d'API'",
        "subscriptions as cards named by their heading, one per service and tiers (Loop APIkey twice)",
        "news on the home page mentioning Loop APIkey",
        "table whose header row is made of td (no th); masked identifiers, expiry dates",
        "statuses 'Active' / 'Suspendue' (past its expiry) / 'Révoquée' as badges; empty list as a sentence",
        "revocation in a modal asking to type the key's name",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "keycloak_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Export paie 2024", "2024-02-05T09:30:00+00:00", None),
    ("Ancien connecteur", "2023-06-12T14:02:00+00:00", "2024-01-15T10:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.gate("/mon-espace/coordonnees", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/mon-espace/abonnements", "subscriptions.html", endpoint="catalogue")
    kit.page("/mon-espace/administration/cles-api", "apikeys.html", endpoint="info_page")
    kit.page("/actualites/loop", "news.html", endpoint="info_page")
    kit.key_routes(
        "/mon-espace/administration/cles-api/abonnement",
        "keys.html",
        typed_confirm=True,
        messages={"revoked": "La clé « {name} » est révoquée. Elle ne permet plus d'accéder aux API."},
    )
