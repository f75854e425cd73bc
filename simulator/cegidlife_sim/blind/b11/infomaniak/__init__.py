"""An Infomaniak Manager-like console in French: a two-step sign-in, a two-factor prompt to postpone, a cookie
banner with a backdrop, a hamburger menu with collapsible product groups, the list of subscribed products where
Loop APIkey appears once per organisation, a product page with its own side menu, access tokens drawn by script
from a JSON request as a list without field labels (oldest first, more loaded by infinite scroll), tokens valid one
year (expired ones stay listed), a separate creation page, the token shown once in read-only inputs with icon copy
buttons, and "R\u00e9voquer" in a per-token menu with a confirmation dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Infomaniak Manager (Swiss hosting and cloud console: header with hamburger, product drawer, product "
    "tables, product side menu, lists, kebab menus, modals)",
    "lang": "fr",
    "classes": [
        "sign-in on the sign-in server, two steps: 'Adresse e-mail ou identifiant' + 'Continuer', then 'Mot de "
        "passe' + 'Se connecter'",
        "a two-factor prompt between sign-in and the Manager ('Prot\u00e9gez votre compte': 'Activer la double "
        "authentification' / 'Plus tard')",
        "cookie banner with a backdrop over the whole page ('Nous respectons votre vie priv\u00e9e': 'Tout "
        "refuser', 'Personnaliser', 'Tout accepter')",
        "hamburger 'Menu' (aria-expanded) opening a drawer 'Produits' with collapsible groups: 'Services Cegid' > "
        "'Loop APIkey'",
        "subscribed products table: Loop APIkey listed once per organisation ('Organisation' column), 'G\u00e9rer' "
        "link on each row",
        "product page with its own side menu ('Tableau de bord', 'Tokens d'acc\u00e8s', 'Consommation', "
        "'Param\u00e8tres')",
        "tokens drawn by script from a JSON request as a list without field labels (name, masked id, dates, "
        "status words 'Actif' / 'Expir\u00e9' / 'R\u00e9voqu\u00e9'), oldest first, 4 at a time, more loaded by "
        "infinite scroll",
        "'Cr\u00e9er un token' opens a separate page: 'Nom du token', 'Cr\u00e9er le token'",
        "one-time values in a region 'Nouveau token': read-only inputs 'Identifiant' and 'Token' with icon "
        "buttons 'Copier l'identifiant' / 'Copier le token'",
        "revocation: per-token button 'Actions' (menu) > 'R\u00e9voquer' > dialog 'R\u00e9voquer le token ?' "
        "('Annuler' / 'R\u00e9voquer')",
    ],
    "summary": "Infomaniak: Plus tard; Tout refuser; Menu > Services Cegid > Loop APIkey; FUTUROSCOPE CEDEX row > "
    "G\u00e9rer > Tokens d'acc\u00e8s > Cr\u00e9er un token; scroll; Actions > R\u00e9voquer.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "infomaniak_fr"
RULE = "/manager/produit/tokens"
VALIDITY_DAYS = 365


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("kdrive-sync", days_ago(700, 9, 0), None),
            ("site-vitrine", days_ago(500, 11, 30), days_ago(300)),
            ("newsletter", days_ago(330, 15, 0), None),
            ("compta-export", days_ago(250, 10, 10), None),
            ("agenda-partage", days_ago(160, 14, 45), None),
            ("sauvegarde-nas", days_ago(75, 8, 20), None),
            ("etiquettes", days_ago(20, 16, 0), None),
        ]
    )
    kit.plant([("caisse-magasin", days_ago(90, 9, 0), None)], tiers="86360")
    kit.gate("/manager/securite-du-compte", "twofa.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/manager/produits", "products.html", endpoint="catalogue")
    kit.page("/manager/produit", "product.html", endpoint="info_page")
    kit.page("/manager/produit/<slug>", "product.html", endpoint="info_page")
    kit.page("/manager/page/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "tokens.html",
        sort="oldest",
        name_field="nom_token",
        json_rule="/manager/produit/tokens.json",
        messages={
            "empty_name": "Le nom du token est obligatoire.",
            "revoked": "Le token \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9.",
            "already": "Le token \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9.",
        },
    )
