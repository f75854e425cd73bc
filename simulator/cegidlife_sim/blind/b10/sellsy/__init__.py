"""A Sellsy-like CRM (French SMB SaaS) "Portail API" page: a Sellsy-style sign-in on the portal's origin, a notice to
acknowledge after sign-in, an Axeptio-like cookie widget covering the bottom of the icon sidebar (where "Paramètres"
is), the settings index with a search and collapsible categories, private applications of a company drawn by
script as cards ("Charger plus"), a company combobox (opens on a company at its quota of active applications, so
"Créer une application" is disabled there), a drawer with a role=radio service choice, the client secret masked
with a reveal button in a callout shown once, and a deletion confirmed by typing the application's name."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Sellsy-like CRM (French SMB SaaS): icon sidebar with tooltips, settings index with search and "
    "collapsible categories, cards, drawer, radio cards, callouts, kebab menus, Axeptio-like cookie widget",
    "lang": "fr",
    "classes": [
        "sign-in on the portal's origin (under /adfs/), one step: 'Adresse email', 'Mot de passe', 'Je me connecte'",
        "a notice to acknowledge between sign-in and the app ('Information importante', 'J'ai compris')",
        "an Axeptio-like cookie widget at the bottom left, over the sidebar's 'Paramètres' icon, until answered "
        "('Non merci', 'Je choisis', 'OK pour moi')",
        "icon-only sidebar links (aria-label and title): 'Paramètres' at the bottom",
        "settings index with 'Rechercher un paramètre' and collapsible categories (aria-expanded): 'Intégrations & "
        "API' > 'Portail API'",
        "company chooser as an ARIA combobox ('Société') with a listbox; choosing reloads the page; opens on "
        "CHASSENEUIL DU POITOU, which holds its quota of 5 active applications: 'Créer une application' disabled "
        "with a message",
        "every service's applications of the company as cards (article named by the h3) drawn by script from a JSON "
        "request, oldest first, 5 at a time, 'Charger plus', stated count ('5 applications sur 6'); revoked ones "
        "stay listed with 'Révoquée'",
        "'Créer une application' opens a drawer (role=dialog 'Nouvelle application privée'): 'Nom de "
        "l'application', service as a role=radio group ('Service'), access rights checkboxes, 'Créer l'application'",
        "one-time values in a callout (region 'Identifiants de l'application « NAME »'): 'Client ID' as text, "
        "'Client secret' masked with 'Afficher le secret' (aria-pressed), 'Copier' buttons",
        "deletion: card button 'Plus d'actions' (menu) > 'Supprimer' > dialog 'Supprimer l'application' asking to "
        "type the application's name ('Supprimer définitivement' disabled until it matches); toast",
    ],
    "summary": "Sellsy-like: J'ai compris; OK pour moi; Paramètres > Intégrations & API > Portail API; Société "
    "FUTUROSCOPE CEDEX; Créer une application (service Loop APIkey).",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "sellsy_fr"
RULE = "/parametres/portail-api"
QUOTA = 5


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Zapier", days_ago(500, 10, 0), None)])
    kit.plant([("Agicap", days_ago(420, 9, 30), days_ago(100))])
    kit.plant([("Power BI", days_ago(200, 14, 0), None)], service="Cegid File Exchange")
    kit.plant([("Ancien site", days_ago(150, 11, 0), days_ago(60))])
    for n, name in enumerate(["Boutique", "Caisse", "Billetterie", "Newsletter", "Comptabilite"]):
        kit.plant([(name, days_ago(300 - 40 * n, 9, 0), None)], tiers="86360")
    kit.gate("/information-importante", "notice.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres", "settings.html", endpoint="info_page")
    kit.page("/parametres/<slug>", "settings.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "api.html",
        fixed_service=False,
        sort="oldest",
        typed_confirm=True,
        name_field="nom",
        json_rule="/parametres/portail-api/applications.json",
        messages={
            "empty_name": "Le nom de l'application est obligatoire.",
            "revoked": "L'application \u00ab {name} \u00bb a \u00e9t\u00e9 supprim\u00e9e.",
            "already": "L'application \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 supprim\u00e9e.",
            "typed": "Le nom saisi ne correspond pas : l'application n'a pas \u00e9t\u00e9 supprim\u00e9e.",
        },
    )
    kit.app.jinja_env.globals.update(b10_sellsy_quota=QUOTA)
