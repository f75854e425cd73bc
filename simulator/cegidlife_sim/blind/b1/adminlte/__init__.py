"""AdminLTE (Bootstrap 5 admin theme): a Tarteaucitron consent bar that blocks the page, an
announcement modal, a dark sidebar of treeview groups, a subscriptions table whose key control is
an icon with a title only, a key page with a quota, a status filter, a masked secret with
"Afficher", a bin icon that "deletes" (revokes) a key after a modal; revoked keys disappear."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "AdminLTE 4 / Bootstrap 5 admin theme",
    "lang": "fr",
    "classes": [
        "the simulator's own sign-in page (one step): the control",
        "cookie-consent bar (Tarteaucitron-like) whose overlay intercepts clicks until answered",
        "an announcement modal on the first page ('J'ai compris')",
        "sidebar treeview with collapsible groups (aria-expanded), the right group third",
        "key control on the service's row: an icon link with a title only ('Accès API')",
        "a quota ('2 clés actives sur 10'); status filter 'Active' / 'Suspendue' / 'Expirée' / 'Révoquée'",
        "the secret in a masked password input with an 'Afficher' toggle (aria-pressed)",
        "revoke is 'Supprimer' behind a bin icon (title only), then a modal; revoked keys disappear",
        "'Ajouter' (not 'Générer') and 'Libellé' (not 'Nom')",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
VALIDITY_DAYS = 365
QUOTA = 10
PLANTED = [("Export FEC", "2026-01-05T09:00:00+00:00", None)]
MESSAGES = {
    "empty_name": "Le libellé est obligatoire.",
    "revoked": "La clé « {name} » a été supprimée.",
    "already": "La clé « {name} » était déjà supprimée.",
}


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/abonnements/services", "services.html", endpoint="catalogue")
    kit.page("/pages/<name>", "placeholder.html", endpoint="info_page")
    kit.key_routes("/abonnements/services/acces-api", "keys.html", name_field="libelle", messages=MESSAGES)
