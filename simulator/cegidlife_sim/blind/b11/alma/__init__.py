"""An Alma-like French fintech merchant dashboard: its own sign-in on the sign-in server followed by a "trust this
device" question, a Didomi-like consent popup with "Continuer sans accepter", a merchant account select in the
side bar (opens on the other account, remembered in a cookie), settings tabs ("D\u00e9veloppeurs"), a
"Cl\u00e9s actives uniquement" switch, keys as a role=list of rows without field labels, a creation dialog with a
native select, the secret masked in a one-time dialog (reveal button, copy buttons, a checkbox before "Fermer"), and
a revocation confirmed by the browser's own dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Alma-like merchant dashboard (French fintech: side bar, settings tabs, switches, list rows, modals, "
    "toasts) with a Didomi-like consent popup",
    "lang": "fr",
    "classes": [
        "sign-in on the sign-in server, one step: 'Adresse e-mail', 'Mot de passe', 'Connexion'; then 'Faire "
        "confiance \u00e0 cet appareil ?' ('Pas maintenant' / 'Faire confiance')",
        "Didomi-like consent popup with a backdrop ('Accepter & Fermer', 'Param\u00e9trer', 'Continuer sans "
        "accepter \u2192')",
        "merchant account as a native select 'Compte marchand' in the side bar (opens on CHASSENEUIL DU POITOU; "
        "changing it switches the account, kept in a cookie)",
        "settings page with tabs (role=tab, in-page): 'Entreprise', '\u00c9quipe', 'Notifications', "
        "'D\u00e9veloppeurs'",
        "'Cl\u00e9s actives uniquement' switch (role=switch, on; turning it off reloads with revoked keys)",
        "every service's keys of the account as a role=list of rows (name, service, masked prefix, date, status "
        "chip), newest first",
        "'Cr\u00e9er une cl\u00e9 API' dialog: 'Nom de la cl\u00e9', 'Service' (native select), 'Cr\u00e9er'",
        "one-time values in a dialog 'Votre nouvelle cl\u00e9 API': 'Cl\u00e9 publique' as text, 'Cl\u00e9 "
        "secr\u00e8te' masked with 'Afficher' (aria-pressed), 'Copier' buttons, checkbox 'J'ai enregistr\u00e9 ma "
        "cl\u00e9 secr\u00e8te' enabling 'Fermer'",
        "revocation: bin icon button named 'R\u00e9voquer NAME' (aria-label) > the browser's confirm() dialog; "
        "toast (role=status)",
    ],
    "summary": "Alma: Pas maintenant; Continuer sans accepter; Compte marchand FUTUROSCOPE CEDEX; Param\u00e8tres > "
    "D\u00e9veloppeurs > Cr\u00e9er une cl\u00e9 API (Service Loop APIkey); R\u00e9voquer NAME > OK.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "alma_fr"
SIGNIN_DONE = "alma_done_fr"
COOKIE = "b11_alma_merchant"
RULE = "/parametres"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Prestashop", days_ago(480, 10, 0), None),
            ("Ancien module WooCommerce", days_ago(390, 9, 0), days_ago(200)),
            ("Terminal boutique", days_ago(120, 15, 30), None),
        ]
    )
    kit.plant([("Shopify", days_ago(60, 11, 0), None)], tiers="86360")
    tier_switch(kit, "/compte-marchand", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/espace/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "settings.html",
        fixed_service=False,
        name_field="nom",
        messages={
            "empty_name": "Donnez un nom \u00e0 votre cl\u00e9.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
