"""SAP Fiori 3 launchpad: tiles in groups, a list report with a filter bar of comboboxes, an ARIA
table of divs, an overflow menu per row, ADFS sign-in (one step)."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "SAP Fiori 3 (launchpad, list report)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of ADFS (one step, SSO origin)",
        "news tiles mentioning Loop APIkey that are not the way to it",
        "ARIA combobox + listbox for the service and the tiers (filter bar, 'Lancer')",
        "key list as an ARIA div table (role=table/row/columnheader/cell)",
        "menu button per row with 'Révoquer' in its menu, then an alertdialog",
        "statuses 'Active' / 'Expirée' / 'Révoquée'; expiry dates",
        "empty list shown only as a sentence",
        "generate in a dialog ('Créer'); values in read-only inputs",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "adfs_fr"
VALIDITY_DAYS = 365


def register(kit: Kit) -> None:
    kit.page("/", "home.html", endpoint="home")
    kit.page("/actualites/<slug>", "news.html", endpoint="info_page")
    kit.key_routes("/apps/gestion-cles-api", "keys.html", name_field="description", default_service="first")
