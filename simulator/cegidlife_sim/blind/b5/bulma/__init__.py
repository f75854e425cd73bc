"""Bulma look, in French: an "Information importante" notice to acknowledge after sign-in, a Didomi-like
consent notice over the page, the navbar collapsed behind its burger, subscriptions as Bulma cards (one
per service and account, named by their heading), keys in a table without th sorted by name, icon-only
pagination, the secret in a read-only field with a copy button, a revoke modal asking for the key's name,
and "Supprimer le compte" / "Se déconnecter" in the account dropdown."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Bulma 0.9/1.0 (navbar with burger, navbar-dropdown, cards, table, pagination, modal, notification)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Auth0 Universal Login, French, two steps (SSO origin)",
        "notice to acknowledge between sign-in and the portal ('J'ai pris connaissance')",
        "Didomi-like consent notice over a dark backdrop that intercepts clicks ('Continuer sans accepter')",
        "navbar collapsed behind its burger (aria-expanded); 'Mon compte' dropdown",
        "subscriptions as cards named by their heading, one per service and account ('Gérer les clés')",
        "keys in a table without th (no header row), sorted by name, 3 a page, icon-only pagination",
        "identifier and secret in read-only inputs with copy buttons",
        "revoke modal asking to type the key's name",
        "statuses Active / Expirée / Suspendue / Révoquée; expiry dates; planted 'essai_blind', 'Essai Blind 2'",
        "dangerous 'Supprimer le compte' and 'Se déconnecter' in the account dropdown",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "auth0_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Agrégation bancaire", "2026-08-01T09:00:00+00:00", None),
    ("API Comptabilité", "2026-04-12T09:00:00+00:00", None),
    ("Connecteur CRM", "2024-06-01T09:00:00+00:00", None),
    ("Dépôt factures", "2026-02-02T09:00:00+00:00", "2026-03-03T09:00:00+00:00"),
    ("Essai Blind 2", "2026-09-09T09:00:00+00:00", None),
    ("essai_blind", "2026-10-10T09:00:00+00:00", None),
    ("Synchro GED", "2026-07-07T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Connecteur CRM", "2026-05-05T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Flux paie", "2026-06-06T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.gate("/information", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/abonnements", "subscriptions.html", endpoint="catalogue")
    danger(kit, "/mon-compte/supprimer", "account_delete")
    kit.key_routes(
        "/abonnements/cles",
        "keys.html",
        page_size=3,
        sort="name",
        typed_confirm=True,
        name_field="nom_cle",
        messages={
            "empty_name": "Donnez un nom à la clé.",
            "revoked": "La clé « {name} » a été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
            "typed": "Le nom saisi ne correspond pas : la clé est toujours active.",
        },
    )
