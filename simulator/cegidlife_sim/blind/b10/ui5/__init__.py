"""An SAP BTP cockpit-like page in French (UI5 Web Components, Horizon theme): SAP Universal ID sign-in in two
steps, a guided tour on the first visit, the global account's subaccounts as cards (one per customer account), a
side navigation drawn in a shadow root (role=tree, collapsible "Services"), "Instances et abonnements" in a
ui5-table (role=grid), the instance's service keys in a ui5-list without field labels, "Créer" opening a
ui5-dialog, the new key's credentials shown once as JSON ("Copier JSON", "Télécharger"), delete icons and a
message box."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "SAP BTP cockpit (UI5 Web Components 2, Horizon: ui5-shellbar, ui5-side-navigation drawn in a shadow "
    "root, ui5-card, ui5-table, ui5-list, ui5-dialog, message box, toast)",
    "lang": "fr",
    "classes": [
        "SAP Universal ID-like sign-in on the sign-in server, two steps: 'E-mail, ID ou nom d'utilisateur' + "
        "'Continuer', then 'Mot de passe' + 'Se connecter'",
        "a guided tour dialog on the first visit ('Bienvenue dans le cockpit SAP BTP': 'Suivant', 'Ignorer la visite')",
        "subaccounts as cards (ui5-card, region named by the account, the heading a link), one per customer account",
        "side navigation whose visible tree is drawn by script in a shadow root (role=tree, treeitem with "
        "aria-expanded): 'Services' > 'Instances et abonnements'",
        "instances in a ui5-table (role=grid in a shadow root, light-DOM rows role=row/gridcell): every service's "
        "instance, the instance name a link ('loop-apikey-95943'), one suspended",
        "service keys in a ui5-list without field labels (name, then 'date · creator'), each with an icon button "
        "'Supprimer' (tooltip); an empty list is a sentence",
        "'Créer' opens a ui5-dialog (content slotted from the light DOM): 'Nom de la clé', optional JSON parameters, "
        "'Créer'",
        "one-time credentials as JSON in a dialog ('clientid', 'clientsecret'), 'Copier JSON', 'Télécharger' (a "
        "file), 'Fermer'",
        "deletion: message box (role=alertdialog) 'Supprimer la clé de service' with 'Supprimer' / 'Annuler'; toast",
    ],
    "summary": "SAP BTP cockpit: card FUTUROSCOPE CEDEX > Services > Instances et abonnements > loop-apikey-95943 > "
    "Créer.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "sapid_fr"
RULE = "/cockpit/instance"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("s4-extension", days_ago(300, 9, 40), None)])
    kit.plant([("workflow-dev", days_ago(120, 15, 5), days_ago(30))])
    kit.plant([("integration-suite", days_ago(60, 10, 0), None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/cockpit/sous-compte", "overview.html", endpoint="info_page")
    kit.page("/cockpit/sous-compte/<slug>", "overview.html", endpoint="info_page")
    kit.page("/cockpit/instances", "instances.html", endpoint="catalogue")
    kit.key_routes(
        RULE,
        "instance.html",
        name_field="keyName",
        messages={
            "empty_name": "Saisissez un nom pour la cl\u00e9 de service.",
            "revoked": "Cl\u00e9 de service \u00ab {name} \u00bb supprim\u00e9e.",
            "already": "La cl\u00e9 de service \u00ab {name} \u00bb a d\u00e9j\u00e0 \u00e9t\u00e9 supprim\u00e9e.",
        },
    )
