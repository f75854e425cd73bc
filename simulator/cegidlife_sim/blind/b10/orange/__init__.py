"""An Orange Business-like "Espace Client Entreprise" in French, built in JSF / PrimeFaces: an ADFS sign-in with a
last-sign-in notice before the hand-back, a TrustCommander-like privacy banner, a PrimeFaces menubar
(role=menubar, submenus), the subscribed services in a paginated p:dataTable (each service once per customer
site, one suspended, "(1 sur 2)" and icon-only pager buttons), the service's detail with server-side tabs, and the
key management module of an older application in a same-origin iframe: status checkboxes and "Filtrer", a
paginated table with active, expired and revoked keys, a p:dialog to create one, the secret in a masked
p:password with a reveal icon, and a p:confirmDialog ("Oui" / "Non")."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Orange Business-like customer area in JSF / PrimeFaces (Saga-like theme): p:menubar, p:dataTable "
    "with paginator, p:tabView, p:dialog, p:password with toggleMask, p:confirmDialog, p:growl, legacy iframe",
    "lang": "fr",
    "classes": [
        "ADFS-like sign-in on the sign-in server, one step ('Identifiant', 'Mot de passe', 'Connexion'), then a "
        "notice before the hand-back ('Information de sécurité', last sign-in, 'Continuer')",
        "a TrustCommander-like privacy banner covering the page ('Tout accepter', 'Tout refuser', 'Personnaliser "
        "mes choix')",
        "PrimeFaces menubar (role=menubar, menuitems with aria-haspopup and submenus role=menu): 'Mes services' > "
        "'Services souscrits'",
        "subscribed services in a p:dataTable: each service once per customer site, 5 a page, '(1 sur 2)', "
        "icon-only pager buttons ('Page suivante'...) and 'Page 2' links; one service 'Suspendu'; 'Détail' per "
        "row",
        "service detail with server-side tabs (role=tab links): 'Informations', 'Clés d'API', 'Documents'",
        "the key module in a same-origin iframe ('Gestion des clés d'API'): 'Statut' checkboxes 'Active', "
        "'Expirée', 'Révoquée' + 'Filtrer'; keys in a table (th), 5 a page, 'Page suivante' icon link; "
        "statuses active, 'Expirée' (two years validity), 'Révoquée le ...'",
        "'Nouvelle clé' opens a p:dialog 'Création d'une clé d'API' ('Libellé de la clé', 'Valider')",
        "one-time values in a fieldset 'Informations de connexion': 'Identifiant' read-only input, 'Secret' "
        "masked input (type=password) with an eye button 'Afficher le secret' (aria-pressed), 'Copier' buttons",
        "revocation: row icon button 'Révoquer' (aria-label and title), p:confirmDialog (role=alertdialog "
        "'Confirmation': 'Oui' / 'Non'), growl (role=status)",
    ],
    "summary": "Orange Business-like: Mes services > Services souscrits > page 2 > Loop APIkey (95943) Détail > "
    "tab Clés d'API > (iframe) Nouvelle clé.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "adfs2019_fr"
SIGNIN_DONE = "adfs2019_done_fr"
VALIDITY_DAYS = 730
RULE = "/legacy/gestionCles.jsf"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("EDI factures", days_ago(900, 9, 0), None)])
    kit.plant([("Portail fournisseurs", days_ago(400, 10, 15), None)])
    kit.plant([("Supervision", days_ago(300, 8, 30), days_ago(100))])
    kit.plant([("Mobile RH", days_ago(120, 16, 0), None)])
    kit.plant([("Synchro CRM", days_ago(60, 11, 20), None)])
    kit.plant([("Batch nuit", days_ago(10, 2, 0), None)])
    kit.page("/", "home.html", endpoint="home")
    kit.page("/espace-client/services-souscrits", "services.html", endpoint="catalogue")
    kit.page("/espace-client/service", "service.html", endpoint="info_page")
    kit.page("/espace-client/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "frame.html",
        page_size=5,
        frame_ok=True,
        name_field="libelle",
        messages={
            "empty_name": "Libell\u00e9 de la cl\u00e9 : valeur obligatoire.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb r\u00e9voqu\u00e9e avec succ\u00e8s.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb est d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
