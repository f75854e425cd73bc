"""PrimeVue (Sakai template) look, in French: a "what's new" dialog over a mask on the first visit,
a hamburger that opens a sidebar PanelMenu with collapsible groups, service and account as
dropdowns (combobox + listbox), a DataTable drawn by script from JSON with an icon-only paginator,
a Password field with an eye toggle for the one-time secret, and a ConfirmPopup ("Non" / "Oui")."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "PrimeVue Sakai (topbar, PanelMenu, Dropdown, DataTable + Paginator, ConfirmPopup)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Keycloak, French, one step (SSO origin)",
        "'Nouveautés' dialog over a mask on first visit that intercepts clicks ('Fermer')",
        "hamburger 'Menu' opening a sidebar PanelMenu with collapsible groups",
        "service and customer account as ARIA comboboxes + listboxes, auto-applied",
        "table drawn by script from JSON, 4 rows per page, icon-only paginator buttons",
        "creation dialog; secret in a password field with an eye toggle 'Afficher la clé secrète'",
        "trash icon 'Révoquer' and a ConfirmPopup (role=alertdialog) 'Non' / 'Oui'",
        "statuses Active / Expirée / Suspendue / Révoquée; planted 'essai-blind-2' and other tiers",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "keycloak_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai-blind-2", "2026-12-01T07:00:00+00:00", None),
    ("Power BI", "2026-09-03T09:00:00+00:00", None),
    ("Synchro banque", "2026-03-23T11:00:00+00:00", None),
    ("Robot relances", "2025-06-30T15:00:00+00:00", None),
    ("Import 2023", "2023-02-02T09:00:00+00:00", "2023-12-20T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Power BI", "2026-09-03T09:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.key_routes(
        "/administration/acces-api",
        "keys.html",
        json_rule="/api/v1/acces-api/cles",
        default_service="first",
        name_field="nomCle",
        messages={
            "empty_name": "Le nom de la clé est requis.",
            "revoked": "Clé « {name} » révoquée avec succès.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
