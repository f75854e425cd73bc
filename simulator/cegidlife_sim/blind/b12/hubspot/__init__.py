"""A HubSpot-like portal in French (Canvas design system): its own two-step sign-in, an account picker between sign-in
and the portal ("Choisir un compte", one row per customer account), a Cookiebot-like modal banner, a top navigation
of menus, a gear link to the settings, a settings side navigation with collapsible groups, and a key page opening on
another service, with a "Service" combobox, a table paginated three keys at a time by icon-only and numbered links,
an "Actions" menu per row, a creation modal, the secret hidden until "Afficher", and a revocation modal whose button
waits for a checkbox."""

from __future__ import annotations

import typing as t

from .._common import chooser, days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "HubSpot Canvas (top navigation menus, gear icon to settings, settings side navigation with "
    "collapsible groups, UISelect, UITable, UIAlert, UIModal, floating alerts) with a Cookiebot-like banner",
    "lang": "fr",
    "classes": [
        "own sign-in page on the sign-in server, two steps: 'Adresse e-mail', 'Suivant', 'Mot de passe', 'Se "
        "connecter'",
        "an account picker between sign-in and the portal: 'Choisir un compte', a search box and one link per "
        "customer account ('FUTUROSCOPE CEDEX', 'ID du compte : 95943'); kept in a cookie",
        "Cookiebot-like modal banner ('Ce site utilise des cookies': 'Refuser', 'Personnaliser', 'Autoriser tous les "
        "cookies') over the first page",
        "top navigation of menu buttons (Contacts, Marketing, Ventes, Service client, Automatisation, Rapports) and "
        "icon-only links (aria-label): 'Marketplace', 'Aide', 'Param\u00e8tres'",
        "settings side navigation: search box, 'Vos pr\u00e9f\u00e9rences' links, 'Gestion du compte' groups "
        "collapsible (aria-expanded): 'Int\u00e9grations' > 'Cl\u00e9s d'API Cegid'",
        "key page opening on Cegid File Exchange: 'Service' as an ARIA combobox (button + listbox) that reloads the "
        "page; in-page tabs ('Cl\u00e9s d'API', 'Journal des appels')",
        "table with th, sorted by name, 3 a page: icon-only links 'Page pr\u00e9c\u00e9dente' / 'Page suivante' "
        "(aria-label) and numbered links",
        "'Cr\u00e9er une cl\u00e9' opens a modal: 'Nom de la cl\u00e9', 'Cr\u00e9er'",
        "one-time values in an alert region 'Cl\u00e9 d'API cr\u00e9\u00e9e': identifier as text, secret masked "
        "as text until 'Afficher la cl\u00e9 secr\u00e8te' (aria-pressed), 'Copier' buttons",
        "revocation: per-row 'Actions' button (aria-haspopup=menu) > menuitem 'R\u00e9voquer' > modal "
        "'R\u00e9voquer la cl\u00e9 d'API' whose 'R\u00e9voquer' stays disabled until a checkbox is ticked; "
        "floating alert (role=status)",
    ],
    "summary": "HubSpot: Choisir un compte > FUTUROSCOPE CEDEX; Refuser; Param\u00e8tres > Int\u00e9grations > "
    "Cl\u00e9s d'API Cegid; Service Loop APIkey; Cr\u00e9er une cl\u00e9; Afficher; pages; Actions > R\u00e9voquer "
    "> case > R\u00e9voquer.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "hubspot_fr"
COOKIE = "b12_hs_portal"
RULE = "/parametres/integrations/cles-api"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Agence web", days_ago(700, 9, 10), None),
            ("Connecteur paie", days_ago(400, 11, 0), days_ago(100)),
            ("Data warehouse", days_ago(250, 15, 20), None),
            ("Export compta", days_ago(180, 8, 45), None),
            ("Zapier marketing", days_ago(30, 17, 0), None),
        ]
    )
    kit.plant([("Transferts sortants", days_ago(80, 7, 0), None)], service="Cegid File Exchange")
    kit.plant([("Site e-commerce", days_ago(50, 10, 0), None)], tiers="86360")
    chooser(kit, "/myaccounts", "accounts.html", COOKIE, "/myaccounts/choisir")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/hub/<slug>", "page.html", endpoint="info_page")
    kit.page("/parametres", "settings.html", endpoint="catalogue", section="general")
    kit.page("/parametres/<section>", "settings.html", endpoint="catalogue")
    kit.page("/parametres/integrations/<section>", "settings.html", endpoint="catalogue", group="integrations")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=True,
        default_service="Cegid File Exchange",
        page_size=3,
        sort="name",
        name_field="nom",
        messages={
            "empty_name": "Saisissez un nom pour la cl\u00e9.",
            "revoked": "Cl\u00e9 d'API \u00ab {name} \u00bb r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 d'API \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
