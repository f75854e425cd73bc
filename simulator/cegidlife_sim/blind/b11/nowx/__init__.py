"""A ServiceNow instance in Next Experience (Polaris), in French: the instance's own sign-in page, a welcome tour
to skip, an announcement dialog, the unified navigation header drawn in open shadow roots (custom elements) with
an "Tout" menu (filter and collapsible application groups), and the classic UI16 list of keys inside a same-origin
iframe (gsft_main): "Entreprise" filter, "Nouveau" record form, info message with the one-time values, pager of
icon-only buttons with a stated range, record form with a "R\u00e9voquer" UI action and a GlideModal confirmation."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from werkzeug.wrappers import Response

    from ..._kit import Kit

META = {
    "design": "ServiceNow Next Experience (Polaris) unified navigation in open shadow roots, classic UI16 list, "
    "form and GlideModal inside the gsft_main iframe",
    "lang": "fr",
    "classes": [
        "sign-in on the portal's origin (under /adfs/), one step: 'Nom d'utilisateur', 'Mot de passe', 'Connexion'",
        "a product tour between sign-in and the portal: 'Bienvenue dans Next Experience' ('Suivant', 'Ignorer la "
        "visite')",
        "an announcement dialog shown once ('Maintenance planifi\u00e9e de l'instance', 'Fermer')",
        "header in open shadow roots (custom elements sn-polaris-header / sn-polaris-menu): 'Tout' opens a menu "
        "with 'Filtrer la navigation' and collapsible application groups (aria-expanded): 'Int\u00e9grations "
        "Cegid' > 'Cl\u00e9s API REST'",
        "home page news items that merely mention Loop APIkey (knowledge articles)",
        "the key list in a same-origin iframe (title 'Contenu principal'): every service's keys of one company, "
        "opened on CHASSENEUIL DU POITOU; 'Entreprise' select (reloads on change)",
        "table with th, oldest first, 5 a page, stated range ('6 \u00e0 7 sur 7'), icon-only pager links with "
        "aria-label ('Premi\u00e8re page', 'Page pr\u00e9c\u00e9dente', 'Page suivante', 'Derni\u00e8re page')",
        "'Nouveau' opens a record form in the iframe: 'Nom', 'Service' (select), 'Envoyer'",
        "one-time values in an info message above the list: read-only inputs 'Identifiant client' and 'Secret "
        "client' (masked, 'Afficher le secret', aria-pressed)",
        "statuses as the column 'Actif' ('true' / 'false'); revocation on the record form (name link in the list): "
        "'R\u00e9voquer' > modal 'Confirmation' ('Annuler' / 'OK')",
    ],
    "summary": "ServiceNow NX: Ignorer la visite; Fermer; Tout > Int\u00e9grations Cegid > Cl\u00e9s API REST; "
    "Entreprise 95943; Nouveau; record > R\u00e9voquer > OK.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "servicenow_nx_fr"
RULE = "/x_cegid_api_key_list.do"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Int\u00e9gration SIRH", days_ago(700, 9, 12), None),
            ("Export Power BI", days_ago(520, 14, 3), days_ago(200)),
            ("Connecteur GED", days_ago(380, 10, 45), None),
            ("Synchronisation CRM", days_ago(90, 16, 20), None),
        ]
    )
    kit.plant([("Flux bancaires", days_ago(60, 11, 0), None)], service="Cegid File Exchange")
    kit.plant([("Portail fournisseurs", days_ago(30, 8, 30), None)], tiers="86360")
    kit.gate("/nav_welcome.do", "tour.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/now/nav/ui/classic/params/target/<path:target>", "shell.html", endpoint="catalogue")
    kit.page("/kb_view.do", "article.html", endpoint="info_page")

    def framed(module: str) -> Response:
        response = kit.app.make_response(kit.render("module.html", module=module))
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response

    kit.app.add_url_rule("/sys_module/<module>.do", endpoint="b11_nowx_module", view_func=framed)
    kit.key_routes(
        RULE,
        "list.html",
        fixed_service=False,
        sort="oldest",
        page_size=5,
        frame_ok=True,
        name_field="nom",
        messages={
            "empty_name": "Les champs obligatoires suivants ne sont pas renseign\u00e9s : Nom",
            "revoked": "La cl\u00e9 API REST \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 API REST \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 inactive.",
        },
    )
