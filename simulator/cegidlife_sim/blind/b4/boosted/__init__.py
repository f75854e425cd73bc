"""Orange Boosted look, in French: a "Rester connecté ?" page at the end of sign-in, a OneTrust-like
cookie banner over a dark filter, the navbar collapsed behind its toggler, subscriptions in a table
without th (one row per service and account, an icon-only key link), keys as a list group with no
field labels, a quota bar, a typed-name revoke modal, and "Révoquer toutes les clés" / "Supprimer mon
compte" / "Modifier mon mot de passe" on the way."""

from __future__ import annotations

import typing as t

from .._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Orange Boosted 5 (navbar, collapse, table, list group, badges, progress, modal)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of LemonLDAP::NG, French, one step (SSO origin)",
        "'Rester connecté ?' page at the end of sign-in ('Non' / 'Oui')",
        "OneTrust-like cookie banner over a dark filter that intercepts clicks ('Tout refuser')",
        "navbar collapsed behind its toggler ('Ouvrir la navigation', aria-expanded)",
        "subscriptions in a table without th, one row per service and account, icon-only key link "
        "(visually hidden text 'Clés d'API')",
        "keys as a list group with no field labels, newest first; quota progress bar",
        "revoke modal asking to type the key's name ('Révoquer définitivement')",
        "identifier and secret in code elements of a description list, copy buttons",
        "statuses Active / Expirée / Suspendue / Révoquée; expiry dates; planted 'essai_blind' and 'ESSAI-BLIND'",
        "dangerous 'Révoquer toutes les clés', 'Supprimer mon compte', 'Modifier mon mot de passe', 'Se déconnecter'",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "lemonldap_fr"
SIGNIN_DONE = "kmsi_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("ESSAI-BLIND", "2026-09-30T09:00:00+00:00", None),
    ("essai_blind", "2026-10-30T09:00:00+00:00", None),
    ("Portail fournisseurs", "2026-05-15T09:00:00+00:00", None),
    ("Extraction annuelle", "2024-10-01T09:00:00+00:00", None),
    ("Démo salon", "2024-03-03T09:00:00+00:00", "2024-03-10T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Portail fournisseurs", "2026-05-16T09:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/espace-client/services", "services.html", endpoint="catalogue")
    kit.page("/espace-client/compte", "account.html", endpoint="info_page")
    danger(kit, "/espace-client/compte/supprimer", "account_delete")
    danger(kit, "/espace-client/compte/mot-de-passe", "password_page", method="GET")
    danger(kit, "/espace-client/services/cles/revoquer-tout", "account_delete")
    kit.key_routes(
        "/espace-client/services/cles",
        "keys.html",
        typed_confirm=True,
        name_field="nom",
        messages={
            "empty_name": "Le nom de la clé est obligatoire.",
            "revoked": "La clé « {name} » est révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
            "typed": "Le nom saisi ne correspond pas. La clé est toujours active.",
        },
    )
