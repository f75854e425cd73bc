"""An Odoo 17 back office in French: Odoo's own sign-in page, the home menu of apps, the multi-company switcher in
the systray (opens on the other company, remembered in a cookie), the user menu's "Pr\u00e9f\u00e9rences" opening
the user preferences dialog with a notebook ("Pr\u00e9f\u00e9rences" / "S\u00e9curit\u00e9 du compte"), the API
keys of the current company in a table without header cells (or a sentence when there are none), a "Nouvelle
cl\u00e9 API" wizard (description and a service as a role=radio group), the key shown once in "Cl\u00e9 API
pr\u00eate", and a trash button named by its title with an Odoo confirmation dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Odoo 17 web client (Owl): home menu, navbar systray with company switcher and user menu, form "
    "dialog with notebook tabs, wizard dialogs, confirmation dialog, notifications",
    "lang": "fr",
    "classes": [
        "sign-in on the portal's origin (under /adfs/), one step: 'E-mail', 'Mot de passe', 'Se connecter'",
        "company switcher in the systray (button named by the current company, opens on CHASSENEUIL DU POITOU; a "
        "role=menu of companies); the choice is kept in a cookie",
        "user menu (button named by the user's title 'Vincent Deltumeau', role=menu): 'Documentation', "
        "'Assistance', 'Raccourcis', 'Mode sombre' (menuitemcheckbox), 'Pr\u00e9f\u00e9rences', 'Se "
        "d\u00e9connecter'",
        "preferences dialog ('Modifier les pr\u00e9f\u00e9rences') with tabs (role=tab): 'Pr\u00e9f\u00e9rences', "
        "'S\u00e9curit\u00e9 du compte'",
        "'Cl\u00e9s API' section: every service's active keys of the company as a table without th (description, "
        "service, 'Cr\u00e9\u00e9e le'), or the sentence 'Aucune cl\u00e9 API pour cette soci\u00e9t\u00e9.'",
        "wizard dialog 'Nouvelle cl\u00e9 API': 'Description', 'Service' as a role=radio group, 'G\u00e9n\u00e9rer "
        "la cl\u00e9'",
        "one-time values in a dialog 'Cl\u00e9 API pr\u00eate' ('Identifiant', 'Cl\u00e9', 'Copier' buttons, "
        "'Termin\u00e9')",
        "deletion: icon button whose only name is its title 'Supprimer' > dialog 'Confirmation' ('Ok' / "
        "'Annuler'); notification (role=status)",
    ],
    "summary": "Odoo 17: company switcher > FUTUROSCOPE CEDEX; Vincent Deltumeau > Pr\u00e9f\u00e9rences > "
    "S\u00e9curit\u00e9 du compte > Nouvelle cl\u00e9 API (Service Loop APIkey); Supprimer > Ok.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "odoo17_fr"
COOKIE = "b11_odoo_company"
RULE = "/odoo/preferences"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Synchro e-commerce", days_ago(400, 9, 15), None),
            ("Ancien connecteur", days_ago(350, 10, 0), days_ago(100)),
            ("Tableau de bord Metabase", days_ago(45, 17, 30), None),
        ]
    )
    tier_switch(kit, "/web/session/switch_company", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/odoo/<app>", "app.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "prefs.html",
        fixed_service=False,
        sort="oldest",
        name_field="description",
        messages={
            "empty_name": "Les champs suivants sont invalides : Description",
            "revoked": "La cl\u00e9 API \u00ab {name} \u00bb a \u00e9t\u00e9 supprim\u00e9e.",
            "already": "La cl\u00e9 API \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 supprim\u00e9e.",
        },
    )
