"""An older public-sector-looking "Espace Partenaires" on an in-house CMS (not the DSFR), in French:
sign-in on the portal's own origin ("Identifiant :", "Mot de passe :", "Valider"), then a session-expiry
notice in a modal that must be acknowledged ("J'ai compris"), a tarteaucitron.js consent bar, a horizontal
menu and a left sub-menu; "Mes clés d'API" holds the key application in a same-origin iframe: criteria
drop-downs "Tiers" and "Service" with "Rechercher", a "Libellé de la clé" field and "Générer", the one-time
values in a read-only textarea, the keys in a plain table whose first row of td cells is the header (no th),
oldest first, 5 a page with numbered links "1 2 3 Suivant", revoked and expired keys beside active ones,
and "Révoquer" links confirmed by the browser's own dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "in-house public-sector CMS of the 2010s (banner, horizontal menu, left sub-menu, fieldsets, bordered "
    "tables) with a tarteaucitron.js consent bar",
    "lang": "fr",
    "classes": [
        "sign-in page on the portal's origin (under /adfs/), one step: 'Identifiant :', 'Mot de passe :', 'Valider' "
        "(an input type=submit)",
        "after sign-in, a page with a modal session notice ('Information importante', 30 minutes of inactivity) to "
        "acknowledge with 'J'ai compris'",
        "tarteaucitron.js consent bar ('Tout accepter' / 'Tout refuser' / 'Personnaliser')",
        "horizontal menu 'Mon compte', left sub-menu 'Mes clés d'API'",
        "the key application is a same-origin iframe titled 'Gestion des clés d'API'",
        "criteria in the iframe: 'Tiers :' and 'Service :' drop-downs + 'Rechercher' (the first online service and "
        "the default tiers are preselected)",
        "new key: 'Libellé de la clé :' + 'Générer'",
        "one-time values in a read-only textarea 'Informations de connexion de la clé' ('Identifiant : ...' and "
        "'Secret : ...' lines)",
        "keys in a table without th: the first row of td cells (bold text) is the header; oldest first, 5 a page, "
        "pagination by numbered links '1 2 3' and 'Suivant' / 'Précédent'",
        "statuses 'Active', 'Révoquée le dd/mm/yyyy HH:MM', 'Expirée le dd/mm/yyyy' (keys valid two years) side by "
        "side; dates dd/mm/yyyy HH:MM",
        "revoke with a 'Révoquer' link on the row, confirmed by window.confirm(); a plain message after it",
    ],
    "summary": "Old CMS portal: J'ai compris > Mon compte > Mes clés d'API > iframe: Tiers + Service > Rechercher.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "cms_fr"
VALIDITY_DAYS = 730


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Portail famille", days_ago(1210, 8, 30), None),
            ("Logiciel paie", days_ago(1015, 9, 5), days_ago(700, 14)),
            ("Passerelle GRH", days_ago(800, 10, 40), None),
            ("Export comptable", days_ago(640, 16, 10), None),
            ("SIG cadastre", days_ago(512, 11), days_ago(300, 9, 15)),
            ("Tableau de bord élus", days_ago(390, 15, 45), None),
            ("Prestataire TMA", days_ago(250, 8), None),
            ("Application mobile", days_ago(120, 13, 20), None),
            ("Connecteur GED", days_ago(61, 9, 50), days_ago(20, 17)),
            ("Test intégration", days_ago(9, 10, 5), None),
        ]
    )
    kit.plant([("Portail famille", days_ago(300, 8, 30), None)], tiers="86360")
    kit.gate("/session/information", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/mon-compte", "account.html", endpoint="info_page", section="informations")
    kit.page("/mon-compte/cles-api", "frame.html", endpoint="catalogue")
    kit.page("/rubrique/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        "/applications/gestion-cles",
        "keys.html",
        default_service="first",
        page_size=5,
        sort="oldest",
        frame_ok=True,
        name_field="libelle",
        messages={
            "empty_name": "Le libell\u00e9 de la cl\u00e9 est obligatoire.",
            "too_long": "Le libell\u00e9 ne doit pas d\u00e9passer 100 caract\u00e8res.",
            "revoked": "La cl\u00e9 \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
