"""A Freshworks (Freshdesk) admin in French built of Crayons-like web components: its own sign-in page, a
two-factor reminder between sign-in and the app, an icon-only rail, an Administration page whose searchable tiles
live in an open shadow root, and a key page whose whole manager is a custom element with an open shadow root (account
select, service tabs, generate dialog, one-time message) holding a nested data-table component in its own shadow
root (a table with row dialogs for revocation). Opens on the other customer account and on "Gestion des Utilisateurs
- Administration"."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Freshworks Crayons web components (Freshdesk admin: icon rail, admin tiles, fw-select, fw-tabs, "
    "fw-data-table, fw-modal, fw-inline-message, fw-toast), in open shadow roots",
    "lang": "fr",
    "classes": [
        "own sign-in page on the sign-in server, one step: 'Adresse e-mail professionnelle', 'Mot de passe', 'Se "
        "connecter'",
        "a reminder between sign-in and the app: 'Prot\u00e9gez votre compte' ('Activer maintenant' / 'Me le "
        "rappeler plus tard')",
        "icon-only rail links (aria-label): 'Tableau de bord', 'Tickets', ..., 'Administration'",
        "Administration page: a search box and sections of tiles, all inside the open shadow root of a custom "
        "element; tile 'Cl\u00e9s d'API Cegid' in 'Int\u00e9grations et API'",
        "key page: one custom element with an open shadow root holding a select 'Compte client' (reloads on "
        "change; opens on CHASSENEUIL DU POITOU) and service tabs (role=tab links; opens on Gestion des "
        "Utilisateurs - Administration)",
        "the key table inside a nested custom element's own shadow root (table with th, sorted by name, "
        "statuses Active / Expir\u00e9e / R\u00e9voqu\u00e9e, keys valid two years)",
        "'G\u00e9n\u00e9rer une cl\u00e9' opens a modal in the shadow root: 'Nom de la cl\u00e9', 'G\u00e9n\u00e9rer'",
        "one-time values in a section 'Votre nouvelle cl\u00e9 d'API' in the shadow root: read-only inputs "
        "'Identifiant de la cl\u00e9' and 'Cl\u00e9 secr\u00e8te', 'Copier' buttons",
        "revocation: bin icon button 'R\u00e9voquer la cl\u00e9 NAME' (aria-label) > modal 'R\u00e9voquer la "
        "cl\u00e9 d'API ?' ('Annuler' / 'R\u00e9voquer'); toast (role=status) in the light DOM",
    ],
    "summary": "Freshworks/Crayons: Me le rappeler plus tard; Administration > Cl\u00e9s d'API Cegid; Compte client "
    "95943; tab Loop APIkey; G\u00e9n\u00e9rer une cl\u00e9; R\u00e9voquer la cl\u00e9 NAME > R\u00e9voquer.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "freshworks_fr"
VALIDITY_DAYS = 730
RULE = "/a/admin/cles-api"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Synchro Freshsales", days_ago(900, 9, 0), None),
            ("Tableau de bord Power BI", days_ago(300, 14, 30), None),
            ("Ancien connecteur", days_ago(500, 10, 15), days_ago(250)),
        ]
    )
    admin = "Gestion des Utilisateurs - Administration"
    kit.plant([("Annuaire", days_ago(100, 8, 0), None)], service=admin)
    kit.plant([("Import agents", days_ago(60, 16, 45), None)], tiers="86360", service=admin)
    kit.gate("/a/securite/double-authentification", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/a/<slug>", "page.html", endpoint="info_page")
    kit.page("/a/admin", "admin.html", endpoint="catalogue")
    kit.page("/a/admin/<slug>", "page.html", endpoint="info_page", admin=True)
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=True,
        default_service=admin,
        sort="name",
        name_field="nom",
        messages={
            "empty_name": "Le nom de la cl\u00e9 est obligatoire.",
            "revoked": "La cl\u00e9 \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
