"""A Salesforce Setup-like page in French (SLDS 2, Lightning web components with open shadow roots): a Salesforce
login, then "Enregistrer votre téléphone mobile" (skipped by a link); the gear menu "Configuration", Setup's tree
(collapsible groups "Applications" > "Applications connectées" > "Gérer les applications connectées"), a
lightning-datatable of connected apps listing each service once per customer account; the app's page has tabs
("Clés du consommateur"), a datatable of keys with row action menus, a modal to create one and the consumer key
and secret shown once in a modal."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Salesforce Lightning Experience Setup (SLDS 2, Lightning web components with open shadow roots: "
    "lightning-button, lightning-input, lightning-datatable, setup tree), global header, modals, toasts",
    "lang": "fr",
    "classes": [
        "Salesforce-like login on the sign-in server: 'Nom d'utilisateur', 'Mot de passe', 'Se connecter'",
        "a question between sign-in and the portal: 'Enregistrer votre téléphone mobile', skipped by the link 'Je "
        "ne souhaite pas enregistrer mon téléphone' (the 'Enregistrer' button would register a number)",
        "home page news ('Nouveautés') and a help article that mention Loop APIkey without being the way to it",
        "gear icon button 'Configuration' (aria-haspopup=menu) > menuitem 'Configuration'",
        "Setup tree in a web component (open shadow root) with collapsible groups (aria-expanded): 'Applications' > "
        "'Applications connectées' > 'Gérer les applications connectées'",
        "connected apps in a lightning-datatable (shadow root, role=grid): each service listed once per customer "
        "account (column 'Tiers'), the name a link",
        "app page with tabs (role=tab) 'Détails', 'Clés du consommateur', 'Stratégies OAuth'",
        "keys in a datatable in a shadow root, active and revoked ('Révoquée'); row button 'Afficher les actions' "
        "(menu, role=menuitem 'Révoquer')",
        "'Nouvelle clé' (lightning-button) opens a modal 'Nouvelle clé du consommateur' (lightning-input 'Nom de la "
        "clé', form-associated), 'Enregistrer'",
        "one-time values in a modal 'Détails du consommateur': 'Clé du consommateur', 'Secret du consommateur' as "
        "text, icon copy buttons (hidden text), 'Terminé'",
        "revocation: modal 'Révoquer la clé du consommateur' ('Annuler' / 'Révoquer'), toast (role=status)",
    ],
    "summary": "Salesforce Setup: Configuration > Applications > Applications connectées > Gérer les applications "
    "connectées > Loop APIkey (95943) > Clés du consommateur > Nouvelle clé.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "salesforce_fr"
RULE = "/lightning/setup/ConnectedApplication/page"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Integration ERP", days_ago(400, 10, 12), None)])
    kit.plant([("Ancien connecteur", days_ago(900, 8, 0), days_ago(500))])
    kit.plant([("Portail RH", days_ago(90, 14, 30), None)], service="D\u00e9mat\u00e9rialisation RH")
    kit.gate("/_ui/identity/phone/AddPhoneNumber", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/lightning/articles/<slug>", "article.html", endpoint="info_page")
    kit.page("/lightning/o/<slug>/home", "object.html", endpoint="info_page")
    kit.page("/lightning/setup/SetupOneHome/home", "setup.html", endpoint="info_page")
    kit.page("/lightning/setup/<slug>/home", "setup.html", endpoint="info_page")
    kit.page("/lightning/setup/ConnectedApplication/home", "apps.html", endpoint="catalogue")
    kit.key_routes(
        RULE,
        "app.html",
        name_field="Name",
        messages={
            "empty_name": "Compl\u00e9tez ce champ : Nom de la cl\u00e9.",
            "revoked": "La cl\u00e9 du consommateur \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 du consommateur \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
