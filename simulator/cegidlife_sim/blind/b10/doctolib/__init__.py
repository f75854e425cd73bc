"""A Doctolib Pro-like back office in French (Oxygen-like design): a two-step sign-in on the sign-in server, a
Didomi-like cookie dialog, a product tour popover, a hamburger menu with collapsible groups ("Paramètres" >
"Connecteurs et API"), a catalogue of subscribed connectors as cards (each service once per practice), a help
article that merely mentions the service, the keys in a table without th (header row of td), active, expired
(validity one year) and revoked keys, numbered pagination, an inline "Générer une clé" form, the new key in a
callout (identifier as text, secret in a read-only input, "Copier", "Télécharger"), a bin icon named only by its
title and a native confirmation."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Doctolib Pro-like back office (Oxygen-like: blue header, hamburger menu, cards, badges, callouts)",
    "lang": "fr",
    "classes": [
        "two-step sign-in on the sign-in server: 'Adresse e-mail' + 'Continuer', then 'Mot de passe' + 'Se connecter'",
        "a Didomi-like cookie dialog covering the page ('Gestion des cookies': 'Refuser', 'Accepter', 'Personnaliser')",
        "a product tour popover on the first visit ('Découvrez le nouveau menu': 'Suivant', 'Passer la visite')",
        "hamburger button 'Ouvrir le menu' opening a side menu with collapsible groups (aria-expanded): "
        "'Paramètres' > 'Connecteurs et API'",
        "catalogue of subscribed connectors as cards (article named by its h3), each service once per practice "
        "('Cabinet : FUTUROSCOPE CEDEX (95943)'), a 'Gérer les clés' link in each; a help aside whose article "
        "mentions Loop APIkey",
        "keys in a table without th (the header row is td), 4 a page, numbered page links ('Page 2'), 'N clés'",
        "statuses: 'Active', 'Expirée' (one year validity), 'Révoquée'",
        "inline form 'Nom de la clé' + 'Générer une clé'",
        "one-time values in a callout (region 'Nouvelle clé générée'): 'Identifiant' as text, 'Secret' in a "
        "read-only input, 'Copier' buttons, 'Télécharger (.txt)', 'J'ai copié ma clé'",
        "revocation: a bin icon button named only by its title 'Révoquer', then window.confirm(); a status message",
    ],
    "summary": "Doctolib Pro-like: Ouvrir le menu > Paramètres > Connecteurs et API > card Loop APIkey (FUTUROSCOPE "
    "CEDEX) > Gérer les clés > Générer une clé.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "doctolibpro_fr"
VALIDITY_DAYS = 365
RULE = "/parametres/connecteurs/cles"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Logiciel de compta", days_ago(200, 8, 45), None)])
    kit.plant([("Export mensuel", days_ago(500, 17, 0), None)])
    kit.plant([("Passerelle 2023", days_ago(600, 9, 0), days_ago(400))])
    kit.plant([("Tableau de bord", days_ago(30, 12, 0), None)])
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres/connecteurs", "connectors.html", endpoint="catalogue")
    kit.page("/aide/<slug>", "help.html", endpoint="info_page")
    kit.page("/pro/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        page_size=4,
        name_field="nom_cle",
        messages={
            "empty_name": "Donnez un nom \u00e0 la cl\u00e9.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
