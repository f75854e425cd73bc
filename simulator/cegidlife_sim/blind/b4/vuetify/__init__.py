"""Vuetify 3 look, in French: a product tour to skip after sign-in, a tarteaucitron consent overlay,
the navigation drawer behind the app bar's hamburger with a collapsible "Administration" group, every
service's keys of one account in a v-data-table (icon-only footer pagination), v-select comboboxes
for the account and (in the creation dialog) the service, a row menu (role=menu), the secret in a
masked read-only field with an eye button, and a "Régénérer toutes les clés" button on the way."""

from __future__ import annotations

import typing as t

from .._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Vuetify 3 (app bar, navigation drawer, list groups, v-select, v-data-table, v-menu, v-dialog)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Keycloak, French, one step (SSO origin)",
        "product tour between sign-in and the portal ('Ignorer la visite' / 'Suivant')",
        "tarteaucitron consent overlay that intercepts clicks ('Tout refuser' / 'Tout accepter')",
        "navigation drawer behind the app bar's hamburger; collapsible group 'Administration' (aria-expanded)",
        "notifications menu with links that only mention Loop APIkey",
        "one page for every service of an account: account as a v-select combobox+listbox; the service "
        "chosen in the creation dialog (combobox+listbox)",
        "keys in a v-data-table, 4 a page, icon-only footer pagination ('Page suivante'...)",
        "row actions in a menu (role=menu) 'Révoquer', then a dialog",
        "identifier in a read-only field; secret masked in a read-only password field until the eye button",
        "statuses Active / Expirée / Désactivée; expiry dates; planted 'essai_blind' and other services' keys",
        "dangerous 'Régénérer toutes les clés' button and 'Se déconnecter' link",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "keycloak_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai_blind", "2026-10-02T09:30:00+00:00", None),
    ("Synchro paie", "2026-09-12T08:00:00+00:00", None),
    ("Connecteur Pennylane", "2026-06-21T14:10:00+00:00", None),
    ("Reporting mensuel", "2024-02-01T09:00:00+00:00", None),
    ("Ancien script", "2023-05-05T09:00:00+00:00", "2023-12-01T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Flux bancaires", "2026-07-01T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/decouverte", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/notifications/<slug>", "info.html", endpoint="info_page")
    danger(kit, "/administration/cles-api/regenerer-tout", "account_delete")
    kit.key_routes(
        "/administration/cles-api",
        "keys.html",
        fixed_service=False,
        page_size=4,
        name_field="libelle",
        messages={
            "empty_name": "Le libellé de la clé est obligatoire.",
            "revoked": "Clé « {name} » révoquée.",
            "already": "La clé « {name} » est déjà révoquée.",
        },
    )
