"""A Stripe-dashboard-like "Développeurs > Clés API" page, in French: one-step sign-in (Google and SSO
buttons beside it), a sidebar whose top is the customer-account switcher (a popover of accounts, kept in a
cookie, opens on 86360), a header with "Développeurs" and a "Mode test" switch that must be left off (on,
the page shows test data, where CegidLife services have no keys); a "Service" drop-down above the sections
(not part of the new-key form); "Clés standard" lists the service's keys in a table with "..." overflow menus,
"Clés limitées" is empty; "Créer une clé secrète" opens a modal; the one-time values come in a modal with
copy buttons, closed by "Terminé"."""

from __future__ import annotations

import typing as t

from .._common import install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Stripe Dashboard-like (sidebar with account switcher, header switch, sub-navigation, tables with "
    "overflow menus, modals, toasts)",
    "lang": "fr",
    "classes": [
        "one-step sign-in 'E-mail', 'Mot de passe', 'Se connecter', with 'Se connecter avec Google' / SSO buttons",
        "customer account chosen with the switcher at the top of the sidebar (button named by the current "
        "account, opening a popover 'Comptes clients' of links); opens on 86360",
        "header link 'Développeurs' then the sub-navigation 'Clés API'",
        "a 'Mode test' switch (role=switch) in the header that must stay off: on, the page shows test data and "
        "no key can be made",
        "a 'Service' drop-down + 'Appliquer' above the key sections, not part of the new-key form",
        "'Clés standard' table (NOM / IDENTIFIANT / DERNIÈRE UTILISATION / CRÉÉE) of active keys, dates "
        "'23 janv. 2021'; 'Clés limitées' section empty ('Aucune clé limitée')",
        "'Créer une clé secrète' opens a modal ('Nom de la clé', 'Créer')",
        "one-time values in a modal 'Enregistrez votre clé secrète': read-only fields 'Identifiant' and 'Clé "
        "secrète' with 'Copier' buttons; 'Terminé' closes it",
        "each row has a '...' button 'Ouvrir le menu' (role=menu: 'Afficher les journaux', 'Révoquer la clé...'); "
        "modal 'Révoquer la clé API' with 'Annuler' / 'Révoquer la clé'; a toast (role=status)",
    ],
    "summary": "Stripe-like dashboard: account switcher > Développeurs > Clés API > Service drop-down.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "stripe_fr"
COOKIE = "b8_stripe_account"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Zapier", "2025-05-06T10:12:00+00:00", None),
            ("Ancien ERP", "2023-01-09T08:00:00+00:00", "2024-02-01T08:00:00+00:00"),
        ]
    )
    kit.plant([("Zapier", "2025-05-07T10:12:00+00:00", None)], tiers="86360")
    kit.plant([("Coffre-fort RH", "2024-09-18T14:00:00+00:00", None)], service="D\u00e9mat\u00e9rialisation RH")
    tier_switch(kit, "/compte/changer", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/developpeurs", "developers.html", endpoint="catalogue")
    kit.page("/developpeurs/<slug>", "page.html", endpoint="info_page")
    kit.page("/tableau/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        "/developpeurs/cles-api",
        "keys.html",
        default_service="first",
        name_field="nom",
        messages={
            "empty_name": "Saisissez un nom de cl\u00e9.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb r\u00e9voqu\u00e9e",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e",
        },
    )
