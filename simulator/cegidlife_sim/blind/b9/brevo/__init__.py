"""Brevo's (ex-Sendinblue) "SMTP & API" page, French: a Brevo-style sign-in on the portal's origin, a choice of
account between sign-in and the app (one per customer account), a Didomi-like consent popup, the account
dropdown at the top right ("Paramètres"), the settings' side menu ("SMTP & API"), ARIA tabs ("SMTP", "Clés API",
"Adresses IP autorisées") on one page listing every service's keys; "Générer une nouvelle clé API" is a modal
with a "Service" select; the new key in a modal "Votre clé API" (read-only inputs, "Copier"); deleting is done
by ticking a row's checkbox, then "Supprimer la clé API", then "Oui, je veux supprimer la clé"."""

from __future__ import annotations

import typing as t

from .._common import chooser, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Brevo (ex-Sendinblue) app: left navigation, account dropdown, settings menu, tabs, tables with "
    "row checkboxes and a toolbar, modals",
    "lang": "fr",
    "classes": [
        "sign-in on the portal's origin (under /adfs/), one step: 'E-mail', 'Mot de passe', 'Se connecter' (and a "
        "Google button that does nothing)",
        "a choice of account between sign-in and the app: 'Sélectionnez un compte', one link per customer account "
        "(label and 'Compte n° CODE'), remembered in a cookie; 'Changer de compte' in the account dropdown",
        "a Didomi-like consent popup covering the page ('Continuer sans accepter →', 'Paramétrer', 'Accepter & "
        "Fermer')",
        "account dropdown at the top right (button named by the account's label, aria-expanded) > 'Paramètres' > "
        "settings side menu > 'SMTP & API'",
        "ARIA tabs (role=tab buttons switching tabpanels in the page): 'SMTP' (selected first), 'Clés API', "
        "'Adresses IP autorisées'",
        "every service's active keys in one table (column 'Service'), the key shown by its first characters",
        "'Générer une nouvelle clé API' modal: 'Service' select (placeholder 'Choisissez un service'), 'Nommez "
        "votre clé API', 'Expiration' select, 'Générer'",
        "one-time values in a modal 'Votre clé API' (read-only inputs 'Identifiant de la clé', 'Clé secrète', "
        "'Copier' buttons, 'OK')",
        "delete by selection: tick the row's checkbox ('Sélectionner NAME'), toolbar 'Supprimer la clé API' "
        "(disabled until one row is ticked), modal with the checkbox 'Oui, je veux supprimer la clé' enabling "
        "'Supprimer'; a toast (role=status)",
    ],
    "summary": "Brevo-like: choose FUTUROSCOPE CEDEX; account dropdown > Paramètres > SMTP & API > tab Clés API.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "brevo_fr"
COOKIE = "b9_brevo_compte"
RULE = "/parametres/smtp-api"
PLANTED = [
    ("Site e-commerce", "2024-03-12T10:00:00+00:00", None),
    ("CRM", "2023-11-02T08:30:00+00:00", "2024-06-01T08:00:00+00:00"),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Transfert paie", "2025-05-05T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.plant([("Billetterie", "2024-01-11T10:00:00+00:00", None)], tiers="86360")
    chooser(kit, "/choisir-un-compte", "choose.html", COOKIE, "/compte/changer")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres", "settings.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "smtp.html",
        fixed_service=False,
        name_field="nom",
        messages={
            "empty_name": "Veuillez nommer votre cl\u00e9 API.",
            "revoked": "La cl\u00e9 API \u00ab {name} \u00bb a \u00e9t\u00e9 supprim\u00e9e.",
            "already": "La cl\u00e9 API \u00ab {name} \u00bb avait d\u00e9j\u00e0 \u00e9t\u00e9 supprim\u00e9e.",
        },
    )
