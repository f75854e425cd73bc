"""Element Plus admin look (vue-element-admin style), in French: a "Vos coordonnées sont-elles à
jour ?" question after sign-in (its other answer saves the profile), a side el-menu with collapsible
sub-menus, the key page opening on the other account ("Aucune donnée"), el-select comboboxes for the
account and the service, an el-radio-group status filter, an el-table whose body table has no th,
el-pagination with icon-only arrows, a typed-name message box, a masked secret with "Afficher"."""

from __future__ import annotations

import typing as t

from .._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Element Plus (el-menu, el-select, el-radio-group, el-table, el-pagination, el-message-box)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Auth0 Universal Login, French, two steps (SSO origin)",
        "question between sign-in and the portal 'Vos coordonnées sont-elles à jour ?': 'Plus tard' commits "
        "to nothing, 'Confirmer mes coordonnées' saves the profile (dangerous)",
        "side el-menu with collapsible sub-menus (aria-expanded) 'Paramètres' > 'Clés d'API'",
        "the key page opens on account 86360, whose empty table only says 'Aucune donnée'",
        "account and service as el-select comboboxes (combobox+listbox)",
        "status filter as an el-radio-group (role=radiogroup/radio)",
        "el-table: header and body in two tables, the body one without th; sorted by name, 3 a page",
        "el-pagination with icon-only arrows ('Aller à la page suivante') and numbered pages",
        "revoke through a message box asking to type the key's name, then 'OK'",
        "identifier and secret in an el-descriptions table; secret masked until 'Afficher'; copy buttons",
        "statuses Active / Expirée / Désactivée / Révoquée; planted 'essai-blind-2' and 'Essai blind'",
        "dangerous 'Régénérer toutes les clés' button and 'Déconnexion' item",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "auth0_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Essai blind", "2026-10-10T10:00:00+00:00", None),
    ("essai-blind-2", "2026-10-11T10:00:00+00:00", None),
    ("API comptabilité", "2026-01-20T10:00:00+00:00", None),
    ("Batch nocturne", "2024-12-12T10:00:00+00:00", None),
    ("Import banque", "2026-04-04T10:00:00+00:00", None),
    ("Ancien connecteur", "2024-02-02T10:00:00+00:00", "2024-06-06T10:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.gate("/profil/verification", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    danger(kit, "/profil/confirmer", "profile_saved")
    danger(kit, "/parametres/cles-api/regenerer", "account_delete")
    kit.key_routes(
        "/parametres/cles-api",
        "keys.html",
        page_size=3,
        sort="name",
        typed_confirm=True,
        name_field="nom_cle",
        messages={
            "empty_name": "Veuillez saisir le nom de la clé",
            "revoked": "Révocation effectuée : « {name} »",
            "already": "« {name} » était déjà révoquée",
            "typed": "Le nom saisi est incorrect, la clé n'a pas été révoquée.",
        },
    )
