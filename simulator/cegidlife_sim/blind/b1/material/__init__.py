"""Material Design 3 console: a hamburger opening a navigation drawer of collapsible groups (the keys
under the fourth), one page for every service's keys, shown as cards named by their heading, a
floating action button, ARIA radios for the service, a combobox for the tiers, an Axeptio-like
consent widget that blocks the page, Keycloak sign-in."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Material Design 3 (navigation drawer, cards, FAB, dialogs)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Keycloak (one step, SSO origin)",
        "cookie-consent overlay (Axeptio-like) intercepting clicks until answered",
        "the way through a side menu behind a hamburger, collapsible groups (aria-expanded), not the first group",
        "one page for every service's keys; a service filter of chips (links)",
        "key list as cards whose heading is the key's name (no 'Nom' label)",
        "tiers as an ARIA combobox + listbox; the service when creating as role=radio",
        "menu button (kebab) per card with 'Révoquer' in its menu, then a dialog",
        "keys shown masked; expiry dates; statuses Active / Expirée / Révoquée",
        "empty list shown only as a sentence",
        "generate behind an icon-only floating action button; values in a dialog shown on load",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "keycloak_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Synchro banque", "2025-02-10T09:30:00+00:00", None),
    ("Import notes de frais", "2026-04-22T13:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/console/<section>", "placeholder.html", endpoint="info_page")
    kit.key_routes("/console/parametres/cles-api", "keys.html", fixed_service=False, name_field="libelle")
