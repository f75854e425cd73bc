"""UIkit 3 look, in French: "Rester connecté ?" at the end of sign-in, a tarteaucitron consent overlay,
the navigation in an off-canvas behind the navbar toggle with an accordion group "Intégrations", news
that only mention Loop APIkey, the account as a segmented role=radio group and the service as a
combobox+listbox (first shown: a service with no key, the empty list being a sentence), keys as UIkit
cards named by their heading, a row dropdown menu, the secret in a code block masked until "Afficher",
and "Régénérer toutes les clés" on the way."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "UIkit 3 (navbar, offcanvas, nav accordion, subnav, card, dropdown, modal, alert, label)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Keycloak, French, one step (SSO origin)",
        "'Rester connecté ?' page at the end of sign-in ('Non' / 'Oui')",
        "tarteaucitron consent overlay that intercepts clicks ('Tout refuser' / 'Tout accepter')",
        "off-canvas navigation behind the navbar toggle; accordion group 'Intégrations' (aria-expanded)",
        "home news that only mention Loop APIkey",
        "account as a segmented role=radio group; service as a combobox+listbox (both submit)",
        "first service shown has no key: the empty list is only a sentence",
        "keys as UIkit cards named by their heading, no field labels; row dropdown menu (role=menu) 'Révoquer'",
        "secret in a code block masked until 'Afficher'; identifier in a code element; copy buttons",
        "statuses Active / Expirée / Désactivée / Révoquée; expiry dates; planted 'essai_blind', 'essai blind'",
        "dangerous 'Régénérer toutes les clés' button and 'Se déconnecter' link",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "keycloak_fr"
SIGNIN_DONE = "kmsi_fr"
VALIDITY_DAYS = 400
PLANTED = [
    ("essai_blind", "2026-11-02T09:00:00+00:00", None),
    ("essai blind", "2026-10-02T09:00:00+00:00", None),
    ("Passerelle Sage", "2026-08-15T09:00:00+00:00", None),
    ("Export comptable 2024", "2024-01-10T09:00:00+00:00", None),
    ("Robot relances", "2025-05-05T09:00:00+00:00", "2025-09-09T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Passerelle Sage", "2026-08-16T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Dépôt quotidien", "2026-03-03T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/actualites/<slug>", "info.html", endpoint="info_page")
    danger(kit, "/integrations/cles/regenerer", "account_delete")
    kit.key_routes(
        "/integrations/cles",
        "keys.html",
        default_service="Dématérialisation RH",
        sort="oldest",
        name_field="designation",
        messages={
            "empty_name": "Le nom de la clé est obligatoire.",
            "revoked": "La clé « {name} » est désormais révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
