"""A Mirakl-like marketplace operator back-office in French: sign-in through WALLIX Trustelem (two steps), a
tarteaucitron-like cookie bar, an ARIA menubar whose "Param\u00e8tres" menu leads to the service subscriptions (one row
per shop and service, with an icon-only key link named by its title), and a key page: the subscription as a
definition list, an inline "G\u00e9n\u00e9rer une nouvelle cl\u00e9" form, the one-time values as text in a definition
list, keys in a table without th (oldest first, four a page, icon-only page links named by their title), and deletion
confirmed by "Oui"."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Mirakl back-office (operator: dark header, menubar with drop-down menus, filter forms, data tables, "
    "definition lists, modals) with a tarteaucitron-like cookie bar",
    "lang": "fr",
    "classes": [
        "sign-in on a WALLIX Trustelem page, two steps: 'Adresse e-mail', 'Suivant', 'Mot de passe', 'Se connecter'",
        "tarteaucitron-like cookie bar at the bottom (role=dialog): 'Tout accepter', 'Tout refuser', 'Personnaliser'",
        "ARIA menubar (role=menubar, menuitems with aria-haspopup opening role=menu lists): 'Param\u00e8tres' > "
        "'Abonnements aux services'",
        "subscriptions table (th): one row per shop (customer account) and service, online services and software; "
        "filter 'Service' (native select) + 'Rechercher'; icon-only key link named by its title 'G\u00e9rer les "
        "cl\u00e9s d'API' on online services' rows",
        "key page: the subscription as a definition list (Boutique, Code SIC, Service, Statut), inline form "
        "'Libell\u00e9 de la cl\u00e9' + 'G\u00e9n\u00e9rer une nouvelle cl\u00e9'",
        "one-time values in an alert with a definition list: 'Identifiant' and 'Cl\u00e9 secr\u00e8te' as text, "
        "'Copier' buttons",
        "keys in a table without th (a first row of bold cells), oldest first, 4 a page, 'Page 1 / 2', icon-only "
        "page links named by their title only ('Premi\u00e8re page', 'Page pr\u00e9c\u00e9dente', 'Page suivante', "
        "'Derni\u00e8re page')",
        "deletion: 'Supprimer' button on the row > modal 'Supprimer la cl\u00e9 d'API' ('Non' / 'Oui'); message "
        "(role=status)",
    ],
    "summary": "Mirakl: Trustelem sign-in; Tout refuser; Param\u00e8tres > Abonnements aux services; row "
    "FUTUROSCOPE CEDEX / Loop APIkey > G\u00e9rer les cl\u00e9s d'API; G\u00e9n\u00e9rer une nouvelle cl\u00e9; "
    "Page suivante; Supprimer > Oui.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "trustelem_fr"
RULE = "/mmp/operator/abonnements/cles-api"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Flux catalogue", days_ago(720, 9, 0), None),
            ("Synchronisation stocks", days_ago(610, 10, 30), days_ago(400)),
            ("Connecteur ERP", days_ago(480, 14, 15), None),
            ("Export commandes", days_ago(300, 8, 0), None),
        ]
    )
    kit.plant([("Factures vendeurs", days_ago(75, 9, 0), None)], service="Cegid File Exchange")
    kit.plant([("Flux prix", days_ago(40, 11, 0), None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/mmp/operator/<slug>", "page.html", endpoint="info_page")
    kit.page("/mmp/operator/abonnements", "subscriptions.html", endpoint="catalogue")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=True,
        page_size=4,
        sort="oldest",
        name_field="libelle",
        messages={
            "empty_name": "Le libell\u00e9 de la cl\u00e9 est obligatoire.",
            "revoked": "La cl\u00e9 d'API \u00ab {name} \u00bb a \u00e9t\u00e9 supprim\u00e9e.",
            "already": "La cl\u00e9 d'API \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 supprim\u00e9e.",
        },
    )
