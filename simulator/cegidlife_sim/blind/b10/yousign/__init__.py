"""A Yousign-like e-signature app in French: a Yousign-style sign-in on the sign-in server, a choice of workspace
between sign-in and the app (kept in a cookie), a Sirdata-like consent dialog, the account menu (role=menu) with
"Développeurs", ARIA tabs ("Clés API", "Webhooks", "Journaux"), every service's keys of the workspace as a list
without field labels, 5 a page with a stated range, numbered pages and an icon link named by its title, a dialog
with an editable ARIA combobox for the service and environment radios, the key shown once in a dialog with copy
icons, and revocation through a row menu and a dialog."""

from __future__ import annotations

import typing as t

from .._common import chooser, days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Yousign-like SaaS (French e-signature: top bar, avatar menu, tabs, plain lists, dialogs, combobox)",
    "lang": "fr",
    "classes": [
        "Yousign-like sign-in on the sign-in server, one step: 'Adresse e-mail', 'Mot de passe', 'Se connecter'",
        "a choice of workspace between sign-in and the app ('Choisissez un espace de travail', one button per "
        "customer account), kept in a cookie; 'Changer d'espace de travail' in the account menu",
        "a Sirdata-like consent dialog covering the page ('Refuser et fermer', 'Accepter et fermer', 'En savoir plus')",
        "avatar button 'Mon compte' (initials, aria-label) opening a menu (role=menu): 'Développeurs'",
        "ARIA tabs switching panels in the page: 'Clés API' (selected), 'Webhooks', 'Journaux'",
        "every service's keys of the workspace in a list (ul/li) without field labels: name, then 'service · "
        "masked key · date · creator'; revoked keys stay with 'Révoquée'",
        "pagination: 5 a page, 'Affichage de 1 à 5 sur 7', numbered page links, a next icon link named only by its "
        "title 'Page suivante'",
        "'Créer une clé API' dialog: 'Nom de la clé', 'Service' as an editable ARIA combobox (input role=combobox "
        "filtering a listbox), 'Environnement' radios ('Bac à sable' / 'Production'), 'Créer la clé'",
        "one-time values in a dialog 'Votre clé API est prête': 'Identifiant' and 'Secret' as code, icon copy "
        "buttons named by their title, 'J'ai sauvegardé ma clé'",
        "revocation: row button 'Plus d'actions' (menu) > 'Révoquer' > dialog 'Révoquer la clé API ?' "
        "('Annuler' / 'Révoquer'); toast",
    ],
    "summary": "Yousign-like: espace FUTUROSCOPE CEDEX; Refuser et fermer; Mon compte > Développeurs > Clés API > "
    "Créer une clé API (Service Loop APIkey).",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "yousign_fr"
COOKIE = "b10_yousign_espace"
RULE = "/developpeurs"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Signature devis", days_ago(320, 10, 0), None)])
    kit.plant([("Relances", days_ago(250, 9, 0), days_ago(120))])
    kit.plant([("Archivage", days_ago(180, 15, 0), None)], service="Cegid File Exchange")
    kit.plant([("Contrats RH", days_ago(100, 11, 0), None)], service="D\u00e9mat\u00e9rialisation RH")
    kit.plant([("Connecteur ERP", days_ago(20, 8, 0), None)])
    kit.plant([("Signature magasin", days_ago(50, 10, 0), None)], tiers="86360")
    chooser(kit, "/espaces-de-travail", "choose.html", COOKIE, "/espaces-de-travail/changer")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "dev.html",
        fixed_service=False,
        page_size=5,
        name_field="nom",
        messages={
            "empty_name": "Le nom de la cl\u00e9 est requis.",
            "revoked": "Cl\u00e9 API \u00ab {name} \u00bb r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 API \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
