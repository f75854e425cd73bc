"""A Clever-Cloud-console-like page, French: a sign-in with a "GitHub" button that does nothing, new terms of
use to accept once (a checkbox and "Accepter et continuer"), a left tree with the personal space and one node
per organisation (customer account), each listing its add-ons (the online services: Loop APIkey appears once per
organisation), news items on the home page that mention Loop APIkey; the add-on's "Clés d'API" tab: an inline
creation form, the new key's secret masked until "Afficher", and a list drawn by script from JSON, oldest first,
3 at a time with "Charger plus", one line per key with no field labels; "Révoquer" asks window.confirm()."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Clever Cloud console (Clever Components look: left organisation tree, add-on dashboards with tabs, "
    "cc-blocks, masked secrets with a reveal button)",
    "lang": "fr",
    "classes": [
        "sign-in on another origin, one step: 'Adresse e-mail', 'Mot de passe', 'Se connecter' (and a 'Se connecter "
        "avec GitHub' button that does nothing)",
        "a notice between sign-in and the portal: new terms to accept (required checkbox 'J'ai lu et j'accepte les "
        "nouvelles conditions générales d'utilisation', 'Accepter et continuer')",
        "left tree: 'Espace personnel' and one collapsible node per organisation (aria-expanded, named by the "
        "account's label), each with its add-ons: Loop APIkey is listed once per organisation",
        "home page news items ('Nouveautés') that mention Loop APIkey and link to articles",
        "the add-on page opens on 'Informations'; 'Clés d'API' is a tab (links, role=tab)",
        "inline creation form 'Nouvelle clé d'API' ('Nom de la clé', 'Créer')",
        "one-time values: identifier as text, secret masked ('••••') until 'Afficher' (aria-pressed), 'Copier' buttons",
        "the key list is drawn by script from a JSON request: oldest first, 3 at a time, 'Charger plus'; one line "
        "per key with no field labels (name, masked identifier, date, status 'Active' / 'Révoquée')",
        "'Révoquer' (a text button on each active line) asks window.confirm(); a status message after it",
    ],
    "summary": "Clever-Cloud-like: accept terms; tree FUTUROSCOPE CEDEX > Loop APIkey > tab Clés d'API.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "clevercloud_fr"
RULE = "/organisations/addon"
PLANTED = [
    ("Intranet", "2022-03-01T08:00:00+00:00", "2023-01-10T09:00:00+00:00"),
    ("Entrepôt de données", "2023-04-18T13:00:00+00:00", None),
    ("Portail partenaires", "2024-09-09T09:15:00+00:00", None),
    ("Application mobile", "2025-02-20T16:30:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Billetterie", "2024-01-11T10:00:00+00:00", None)], tiers="86360")
    kit.gate("/conditions-generales", "terms.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/actualites/<slug>", "news.html", endpoint="info_page")
    kit.page("/organisations/<code>/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "addon.html",
        sort="oldest",
        json_rule=RULE + "/cles.json",
        name_field="nom",
        messages={
            "empty_name": "Donnez un nom \u00e0 la cl\u00e9.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
