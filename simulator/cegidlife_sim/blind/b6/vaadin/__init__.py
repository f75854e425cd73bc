"""Vaadin (Flow / Lumo) look of a French business application: real custom elements with open shadow
roots built by script (vaadin-app-layout, vaadin-drawer-toggle, vaadin-side-nav(-item), vaadin-button,
vaadin-tabs, vaadin-grid), a usage charter to accept after sign-in (vaadin-checkbox), the key manager in
the "Clés d'API" tab of "Intégrations", the customer account in a filterable vaadin-combo-box and the
service in a vaadin-select (both reload), keys in a vaadin-grid whose rows live in its shadow root and
load lazily as it scrolls, a vaadin-dialog to create, a vaadin-password-field for the secret, a
vaadin-confirm-dialog to revoke and a vaadin-notification for the outcome."""

from __future__ import annotations

import typing as t

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Vaadin 24 / Lumo web components (app-layout, side-nav, tabs, combo-box, select, grid, dialog, "
    "password-field, confirm-dialog, notification)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of LemonLDAP::NG, French, one step (SSO origin)",
        "usage charter between sign-in and the portal: vaadin-checkbox enabling 'Continuer'",
        "custom elements whose controls live in open shadow roots built by script (side-nav items, grid rows "
        "and their buttons); names come through slots",
        "drawer closed behind vaadin-drawer-toggle ('Menu'); side-nav item 'Paramètres' expands to 'Intégrations'",
        "ARIA tabs (custom elements role=tab) 'Connecteurs' (first, naming Loop APIkey) / 'Clés d'API' / 'Webhooks'",
        "opens on account 86360 and service Cegid File Exchange; account in a filterable combo-box "
        "(input role=combobox), service in a vaadin-select (button + listbox); both reload",
        "vaadin-grid in a shadow root, sorted by name, rows loaded 4 at a time as the grid scrolls",
        "icon-only 'Révoquer' button per row (title 'Révoquer la clé'), then an alertdialog",
        "creation in a vaadin-dialog ('Libellé de la clé', 'Générer'); values in a read-only text field and "
        "a password field revealed by 'Afficher le mot de passe'",
        "statuses Active / Expire bientôt / Expirée / Suspendue / Révoquée; quota progress bar",
        "dangerous 'Révoquer toutes les clés' and 'Se déconnecter' in the user menu bar",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "lemonldap_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Agicap", "2026-03-01T09:00:00+00:00", None),
    ("Archivage GED", "2025-05-05T09:00:00+00:00", None),
    ("Banque Populaire", "2026-01-10T09:00:00+00:00", None),
    ("Booster", "2024-11-11T09:00:00+00:00", "2025-03-03T09:00:00+00:00"),
    ("Cashflow", "2025-12-19T09:00:00+00:00", None),
    ("Concur", "2026-04-14T09:00:00+00:00", None),
    ("Dashboard DAF", "2026-06-06T09:00:00+00:00", None),
    ("Dext", "2026-07-07T09:00:00+00:00", None),
    ("essai blind", "2026-08-08T09:00:00+00:00", None),
    ("essai_blind", "2026-09-09T09:00:00+00:00", None),
    ("Fygr", "2026-10-10T09:00:00+00:00", None),
    ("Spendesk", "2026-11-11T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Agicap", "2026-03-02T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Coffre-fort RH", "2026-02-02T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/app/charte", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/app/<section>", "section.html", endpoint="info_page")
    kit.page("/app/parametres/<section>", "section.html", endpoint="catalogue")
    danger(kit, "/app/integrations/cles/revoquer-tout", "account_delete")
    kit.key_routes(
        "/app/integrations",
        "keys.html",
        json_rule="/app/integrations/cles.json",
        default_service="Cegid File Exchange",
        sort="name",
        name_field="libelle",
        messages={
            "empty_name": "Le libellé est obligatoire.",
            "too_long": "Le libellé ne doit pas dépasser 100 caractères.",
            "revoked": "La clé « {name} » a été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
