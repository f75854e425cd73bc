"""A Shine-like French neobank for professionals: its own sign-in page, an Axeptio-like cookie widget in the corner,
a compact layout whose only navigation is a hamburger drawer (company switcher, links, a collapsible "Param\u00e8tres"
group), a company switcher dialog of ARIA radios, an integrations catalogue of cards where the Cegid services sit
among others, and a service page listing keys as cards (active and expired by default, filter chips), a creation
dialog with ARIA radios, the one-time values in a modal, and deletion through a bin icon named only by its title."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Shine (French neobank web app: compact layout with a hamburger drawer, rounded cards, chips, bottom "
    "sheets and modals) with an Axeptio-like cookie widget",
    "lang": "fr",
    "classes": [
        "own sign-in page on the sign-in server, one step: 'Adresse e-mail', 'Mot de passe', 'Se connecter'",
        "Axeptio-like cookie widget in the bottom-left corner, non-modal ('Non merci', 'Je choisis', 'OK pour moi')",
        "the only navigation is a hamburger drawer ('Ouvrir le menu', aria-expanded) with a collapsible group "
        "'Param\u00e8tres' (aria-expanded): 'Profil', 'Entreprise', 'Int\u00e9grations', ...",
        "company switcher: a button in the drawer showing the company, opens a dialog 'Changer d'entreprise' with "
        "role=radio entries (opens on CHASSENEUIL DU POITOU, kept in a cookie)",
        "'Int\u00e9grations' catalogue of cards (h3): the Cegid services among other integrations, each with a "
        "'Configurer' link (aria-describedby its heading)",
        "service page: keys as cards (ul/li, h3 name, masked identifier, dates, status chip), newest first; "
        "filter chips 'Actives et expir\u00e9es' / 'Toutes' (deleted keys hidden by default); quota line; keys valid "
        "one year",
        "'Nouvelle cl\u00e9' opens a dialog: 'Nom de la cl\u00e9', 'Droits' as role=radio ('Lecture seule', "
        "'Lecture et \u00e9criture'), 'Cr\u00e9er la cl\u00e9'",
        "one-time values in a modal 'Votre cl\u00e9 est pr\u00eate': 'Identifiant' and 'Cl\u00e9 secr\u00e8te' as "
        "text with 'Copier' buttons, closed by 'J'ai copi\u00e9 ma cl\u00e9'",
        "deletion: bin icon button named only by its title 'Supprimer la cl\u00e9 NAME' > dialog 'Supprimer cette "
        "cl\u00e9 ?' ('Annuler' / 'Supprimer'); snackbar (role=status)",
    ],
    "summary": "Shine: Non merci; Ouvrir le menu > entreprise > FUTUROSCOPE CEDEX; Ouvrir le menu > Param\u00e8tres > "
    "Int\u00e9grations > Loop APIkey Configurer; Nouvelle cl\u00e9; Supprimer la cl\u00e9 NAME > Supprimer.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "shine_fr"
VALIDITY_DAYS = 365
COOKIE = "b12_shine_co"
RULE = "/app/integrations/cegid"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Logiciel de caisse", days_ago(500, 9, 30), None),
            ("Tableau de tr\u00e9sorerie", days_ago(140, 14, 0), None),
            ("Expert-comptable", days_ago(260, 10, 20), days_ago(90)),
        ]
    )
    kit.plant([("Relev\u00e9s quotidiens", days_ago(70, 6, 0), None)], service="Cegid File Exchange")
    kit.plant([("Boutique en ligne", days_ago(35, 12, 0), None)], tiers="86360")
    tier_switch(kit, "/entreprise/changer", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.page("/app/integrations", "integrations.html", endpoint="catalogue")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=True,
        name_field="nom",
        messages={
            "empty_name": "Donnez un nom \u00e0 votre cl\u00e9.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb supprim\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 supprim\u00e9e.",
        },
    )
