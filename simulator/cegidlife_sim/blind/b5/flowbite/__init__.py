"""Flowbite (Tailwind CSS) look, in French: a product tour after sign-in, a sidebar drawer behind the
navbar's hamburger with a collapsible "Développeurs" group, notifications whose links only mention
Loop APIkey, the account chosen from a dropdown menu of links, the service from a native select, keys
in an ARIA div table whose columns show expiry and last use but no creation date, a toggle switch to
hide inactive keys, the secret in a code block with a copy button, a pop-up confirmation modal, and
"Supprimer le compte" / "Se déconnecter" in the user dropdown."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Flowbite / Tailwind CSS (navbar, drawer sidebar, dropdowns, toggle, div table, popup modal, badges)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Azure AD B2C, French, one step (SSO origin)",
        "product tour between sign-in and the portal ('Passer la visite' / 'Suivant')",
        "sidebar drawer behind the navbar's hamburger; collapsible group 'Développeurs' (aria-expanded)",
        "notifications dropdown whose links only mention Loop APIkey",
        "account chosen from a dropdown menu (role=menu) of links; service from a native select + 'Afficher'",
        "keys in an ARIA div table (role=table/row/cell); columns name, status, expiry, last use: no creation date",
        "toggle switch (role=switch) 'Masquer les clés inactives' that reloads the list",
        "identifier and secret in code blocks with copy buttons",
        "row 'Révoquer' button, then a pop-up modal 'Oui, révoquer'",
        "statuses Active / Expirée / Suspendue / Révoquée; planted 'essai_blind', 'essai-blind-old'",
        "dangerous 'Supprimer le compte' and 'Se déconnecter' in the user dropdown",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "b2c_fr"
VALIDITY_DAYS = 180
PLANTED = [
    ("essai-blind-old", "2026-01-05T09:00:00+00:00", None),
    ("essai_blind", "2026-10-28T09:00:00+00:00", None),
    ("Make (ex-Integromat)", "2026-09-14T09:00:00+00:00", None),
    ("Power BI", "2026-11-01T09:00:00+00:00", None),
    ("Ancien ETL", "2025-01-01T09:00:00+00:00", "2025-03-01T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Power BI", "2026-11-02T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Import salariés", "2026-10-01T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.gate("/bienvenue", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    danger(kit, "/parametres/compte/supprimer", "account_delete")
    kit.key_routes(
        "/developpeurs/cles-api",
        "keys.html",
        name_field="name",
        messages={
            "empty_name": "Ce champ est obligatoire.",
            "revoked": "Clé « {name} » révoquée avec succès.",
            "already": "La clé « {name} » est déjà révoquée.",
        },
    )
