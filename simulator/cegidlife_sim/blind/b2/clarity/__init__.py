"""VMware Clarity look, in French: a vertical nav listing online services in a collapsible group,
a service page whose tiers are Clarity stack-view blocks, and a key manager that is a web component
with an open shadow root: a datagrid drawn by script from JSON (oldest first, 5 a page, pagination
buttons named by their title only), a two-step creation wizard, a row action menu."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "VMware Clarity (header, vertical nav, stack view, datagrid, wizard)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of ADFS, one step (SSO origin)",
        "app-level alert banner naming Loop APIkey (maintenance), with its own link",
        "vertical nav with collapsible groups; each online service a link in 'Services en ligne'",
        "service page: one stack-view block per tiers (button aria-expanded), link 'Gérer les clés d'accès' inside",
        "key manager inside an open shadow root (custom element)",
        "datagrid drawn by script from JSON, oldest first, 5 a page; pagination buttons with a title only",
        "creation in a two-step wizard ('Suivant', then 'Générer')",
        "row action button ('Actions disponibles') opening a menu with 'Révoquer la clé', then a modal",
        "statuses Active / Expirée / Révoquée; expiry dates; masked identifiers; empty list as a sentence",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "adfs_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Sage migration", "2023-11-02T10:00:00+00:00", "2024-02-01T08:00:00+00:00"),
    ("Tableau de bord DAF", "2024-05-14T15:20:00+00:00", None),
    ("Intégration Pennylane", "2025-02-03T09:10:00+00:00", None),
    ("Robot rapprochement", "2025-08-21T07:55:00+00:00", None),
    ("Export FEC", "2026-03-09T12:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/abonnements/services/<int:sid>", "service.html", endpoint="catalogue")
    kit.page("/support/maintenance", "maintenance.html", endpoint="info_page")
    kit.key_routes(
        "/abonnements/cles-acces",
        "keys.html",
        sort="oldest",
        json_rule="/abonnements/cles-acces/donnees",
        messages={"revoked": "Clé d'accès « {name} » révoquée."},
    )
