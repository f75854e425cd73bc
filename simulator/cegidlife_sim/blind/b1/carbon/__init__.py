"""IBM Carbon: a usage charter to accept between sign-in and the portal, a Didomi-like consent
notice, the UI shell's account panel, a catalogue as a structured list with one row per service and
tiers and an overflow menu, a data table paginated by icon-only buttons, overflow menus with
"Révoquer" and a danger modal; ADFS sign-in in two steps."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "IBM Carbon Design System",
    "lang": "fr",
    "classes": [
        "sign-in in the style of ADFS, two steps (e-mail, 'Suivant', then password), SSO origin",
        "a usage charter to acknowledge between sign-in and the portal (checkbox + 'Continuer')",
        "cookie-consent notice (Didomi-like) that intercepts clicks until answered",
        "account control: an icon button opening a header panel",
        "the service listed once per tiers (structured list), key page behind an overflow menu item",
        "pagination by icon-only buttons (aria-label 'Page suivante'), sorted by name, 5 a page",
        "overflow menu button per row with 'Révoquer' in its menu, then a danger modal",
        "statuses Active / Expirée / Révoquée; keys masked; expiry dates",
        "values shown in code snippets with 'Copier dans le presse-papiers'",
        "empty list shown only as a sentence",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "adfs_fr"
VALIDITY_DAYS = 548
PLANTED = [
    ("Agrégateur bancaire", "2025-01-15T09:00:00+00:00", None),
    ("Budget 2025", "2024-11-20T10:00:00+00:00", None),
    ("Consolidation", "2025-06-02T08:00:00+00:00", None),
    ("Dématérialisation", "2025-12-01T14:00:00+00:00", "2026-02-01T14:00:00+00:00"),
    ("Export paie", "2026-03-10T11:00:00+00:00", None),
    ("Facturation", "2026-09-30T16:45:00+00:00", None),
    ("Gestion commerciale", "2026-10-12T07:30:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.gate("/charte", "charter.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/catalogue-services", "catalogue.html", endpoint="catalogue")
    kit.page("/fiche/<int:sid>", "placeholder.html", endpoint="info_page")
    kit.key_routes("/catalogue-services/cles", "keys.html", name_field="nom", page_size=5, sort="name")
