"""A PayFit-like HR and payroll SaaS, French: a two-step sign-in, a choice of company between sign-in and the
app (one per customer account), a OneTrust-like cookie banner, a top bar whose "Menu" (hamburger) opens a drawer
with collapsible groups ("Paramètres" > "Intégrations"), a home news card and a help article that mention Loop
APIkey, an integrations page of cards named by their headings ("Gérer" on each), the service page's ARIA tabs
("Présentation" first, "Clés d'API"), keys in a table without header cells (active, expired, revoked), at most 3
active keys (the "Générer une clé" button is then disabled with a message), the new key in a modal with the
secret masked (type=password) until "Afficher", and revocation from an "Options" menu confirmed by typing the
key's name."""

from __future__ import annotations

import typing as t
from urllib.parse import urlencode

from flask import redirect, request

from .._common import chooser, days_ago, install

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from ..._kit import Kit

META = {
    "design": "PayFit app (top bar with hamburger drawer, collapsible groups, integration cards, tabs, tables, "
    "modals, dropdown menus, toasts), OneTrust-like cookie banner",
    "lang": "fr",
    "classes": [
        "sign-in on another origin, two steps: 'Adresse e-mail' + 'Continuer', then 'Mot de passe' + 'Se connecter'",
        "a choice of company between sign-in and the app ('Choisissez une entreprise', one link per customer "
        "account, label and 'Code SIC CODE'), remembered in a cookie",
        "a OneTrust-like cookie banner covering the page ('Tout refuser', 'Paramétrer les cookies', 'Tout accepter')",
        "hamburger 'Menu' (aria-expanded) opening a drawer (role=dialog 'Menu') with collapsible groups "
        "(aria-expanded): 'Paramètres' > 'Intégrations'",
        "a news card on the home page and a help article ('Centre d'aide') that mention Loop APIkey",
        "integrations page: cards (article named by its h3) per online service with 'Activée' and a 'Gérer' link "
        "(same name on every card), and marketplace cards ('Découvrir') of apps not subscribed",
        "the service page's ARIA tabs (role=tab buttons): 'Présentation' selected first, 'Clés d'API', 'Historique'",
        "keys in a table without th: name, 'Créée le 12 mars 2024', 'Expire le …' / 'Expirée le …' / 'Révoquée le "
        "…', a status badge 'Active' / 'Expirée' / 'Révoquée' (validity 1 year)",
        "quota: at most 3 active keys (also refused by the server); then 'Générer une clé' is disabled with a "
        "message (86360's Loop APIkey is full)",
        "one-time values in a modal 'Votre nouvelle clé d'API': 'Identifiant' read-only input, 'Clé secrète' a "
        "type=password input with 'Afficher' (aria-pressed) and 'Copier'; 'Terminer' enabled by a checkbox",
        "each active row's 'Options' button opens a menu (role=menu: 'Renommer', 'Révoquer la clé'); the "
        "confirmation asks to type the key's name ('Saisissez le nom de la clé pour confirmer'), 'Révoquer' stays "
        "disabled until it matches; a toast (role=status)",
    ],
    "summary": "PayFit-like: choose FUTUROSCOPE CEDEX; Menu > Paramètres > Intégrations > card Loop APIkey > "
    "Gérer > tab Clés d'API.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "payfit_fr"
VALIDITY_DAYS = 365
COOKIE = "b9_payfit_ent"
RULE = "/parametres/integrations/service"
QUOTA = 3


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Silae", days_ago(100, 10, 0), None)])
    kit.plant([("Ancien connecteur", days_ago(400, 8, 30), None)])
    kit.plant([("Test recette", days_ago(200, 14, 0), days_ago(150))])
    kit.plant([(f"Borne {n}", days_ago(10 * n), None) for n in range(1, QUOTA + 1)], tiers="86360")
    kit.app.jinja_env.globals.update(b9_pf_quota=QUOTA)

    @kit.app.before_request
    def _quota() -> ResponseReturnValue | None:
        if request.endpoint != "generate_key" or request.method != "POST":
            return None
        tier, service = kit.tier(request.form.get("tiers") or None), kit.service(request.form.get("service"))
        if sum(1 for k in kit.keys(tier, service) if k.status == "active") < QUOTA:
            return None
        kit.portal.flash("alert", f"Vous avez atteint le nombre maximal de cl\u00e9s actives ({QUOTA}).")
        return redirect(f"{RULE}?{urlencode({'tiers': tier.code, 'service': service.id, 'vue': 'cles'})}", code=303)

    chooser(kit, "/choisir-une-entreprise", "choose.html", COOKIE, "/entreprise/changer")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres/integrations", "integrations.html", endpoint="catalogue")
    kit.page("/aide/<slug>", "help.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "service.html",
        typed_confirm=True,
        name_field="nom",
        messages={
            "empty_name": "Le nom de la cl\u00e9 est obligatoire.",
            "revoked": "La cl\u00e9 \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
            "typed": "Le nom saisi ne correspond pas : la cl\u00e9 n'a pas \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
        },
    )
