"""A BNP Paribas Connexis-like corporate banking portal in French: sign-in on the portal's own origin (user code,
password, "Valider"), an important notice to acknowledge (checkbox, then "Continuer"), a OneTrust-like cookie banner,
a left menu of collapsible groups, and every application page inside a same-origin frame: the "Acc\u00e8s API et
connecteurs" page searches by contract and service (native selects + "Rechercher"), lists keys in a table whose rows
are chosen by radio buttons, creates a key in a disclosure form, shows the one-time values in a layout table without
th, and revokes the selected key after a confirmation dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from werkzeug.wrappers import Response

    from ..._kit import Kit

META = {
    "design": "BNP Paribas Connexis-like corporate banking portal (legacy bank back-office: left menu of "
    "collapsible groups, application pages in a same-origin frame, search forms, radio-selected table rows) "
    "with a OneTrust-like cookie banner",
    "lang": "fr",
    "classes": [
        "sign-in on the portal's origin (under /adfs/), one step: 'Code utilisateur', 'Mot de passe', 'Valider'",
        "a notice between sign-in and the portal: 'Information importante', checkbox 'J'ai pris connaissance de "
        "cette information' enabling 'Continuer'",
        "OneTrust-like cookie banner (role=region 'Banni\u00e8re de cookies'): 'Tout refuser', 'Tout accepter', "
        "'Personnaliser mes choix', 'Continuer sans accepter'",
        "left menu with collapsible groups (aria-expanded): 'Comptes', 'Paiements', 'Cash Management', "
        "'Administration' > 'Acc\u00e8s API et connecteurs'",
        "application pages in a same-origin iframe (title 'Contenu de l'application')",
        "search form in the frame: 'Contrat' and 'Service' native selects + 'Rechercher' (opens on contract 86360 "
        "and D\u00e9mat\u00e9rialisation RH)",
        "keys in a table with th whose rows are chosen by radio buttons ('S\u00e9lectionner NAME'); actions below "
        "the table act on the selected row",
        "'Cr\u00e9er une cl\u00e9' is a disclosure (aria-expanded) revealing 'Libell\u00e9 de la cl\u00e9' + 'Valider'",
        "one-time values in a region 'Cl\u00e9 cr\u00e9\u00e9e' as a layout table without th ('Identifiant de la "
        "cl\u00e9', 'Cl\u00e9 secr\u00e8te')",
        "revocation: select the row's radio, 'R\u00e9voquer la cl\u00e9 s\u00e9lectionn\u00e9e' > dialog "
        "'Confirmation de r\u00e9vocation' ('Annuler' / 'Confirmer'); message (role=status) in the frame",
    ],
    "summary": "Connexis: notice > case > Continuer; Tout refuser; Administration > Acc\u00e8s API et connecteurs; "
    "frame: Contrat 95943, Service Loop APIkey, Rechercher; Cr\u00e9er une cl\u00e9 > Valider; radio > R\u00e9voquer "
    "la cl\u00e9 s\u00e9lectionn\u00e9e > Confirmer.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "connexis_fr"
RULE = "/app/acces-api"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Tr\u00e9sorerie groupe", days_ago(820, 9, 0), None),
            ("Rapprochement bancaire", days_ago(460, 15, 40), None),
            ("Ancien ERP", days_ago(900, 11, 10), days_ago(500)),
        ]
    )
    kit.plant([("Bulletins de paie", days_ago(110, 7, 30), None)], service="D\u00e9mat\u00e9rialisation RH")
    kit.plant([("Notes de frais", days_ago(45, 13, 0), None)], tiers="86360", service="D\u00e9mat\u00e9rialisation RH")
    kit.gate("/portail/information-importante", "gate.html")
    kit.page("/", "shell.html", endpoint="home", module="accueil")
    kit.page("/portail/<module>", "shell.html", endpoint="catalogue")

    def framed(module: str) -> Response:
        response = kit.app.make_response(kit.render("app_page.html", module=module))
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response

    kit.app.add_url_rule("/app/module/<module>", endpoint="info_page", view_func=framed)
    kit.key_routes(
        RULE,
        "app_keys.html",
        fixed_service=True,
        default_service="D\u00e9mat\u00e9rialisation RH",
        frame_ok=True,
        name_field="libelle",
        messages={
            "empty_name": "Le libell\u00e9 de la cl\u00e9 est obligatoire.",
            "revoked": "La cl\u00e9 \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e.",
        },
    )
