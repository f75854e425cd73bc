"""Ant Design Pro look, in French: a Cookiebot-like consent dialog over a veil, a horizontal top
menu whose "Administration" opens a submenu, one key page for every service of a tiers (tiers as an
ARIA combobox), creation in a drawer whose service is an ARIA combobox, the secret masked behind
"Afficher", and a Popconfirm ("Annuler" / "OK") to revoke."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "Ant Design Pro (top menu, table, drawer, popconfirm)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Auth0 Universal Login, two steps ('Continuer' twice; SSO origin)",
        "Cookiebot-like consent dialog over a veil that intercepts clicks",
        "help-centre and news links naming Loop APIkey on the home page",
        "top menu button 'Administration' (aria-haspopup=menu) with the menuitem 'Clés d'API'",
        "one key page for every service of the tiers; tiers as ARIA combobox + listbox",
        "switch (role=switch) 'Afficher les clés révoquées'; revoked keys hidden by default",
        "creation in a drawer: service as ARIA combobox, 'Créer'",
        "values in a modal on load: identifier in text, secret masked until 'Afficher le secret'",
        "revocation by a Popconfirm popover whose buttons are 'Annuler' / 'OK'",
        "statuses Active / Expirée / Révoquée, expiry dates, masked identifiers, quota",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "auth0_fr"
VALIDITY_DAYS = 730
PLANTED = [
    ("Intégration Silae", "2025-03-03T08:20:00+00:00", None),
    ("Test Postman", "2024-01-09T17:45:00+00:00", None),
    ("Ancienne clé", "2023-02-01T10:00:00+00:00", "2023-09-30T12:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("GED Documents", "2025-06-11T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/aide/<slug>", "help.html", endpoint="info_page")
    kit.key_routes(
        "/administration/cles-api",
        "keys.html",
        fixed_service=False,
        name_field="libelle",
        messages={"revoked": "Clé « {name} » révoquée"},
    )
