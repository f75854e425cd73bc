"""Tailwind Catalyst (Headless UI) application look, in French: its own sign-in page on the portal's
origin, a sidebar layout whose header is a team switcher dropdown (opens on 86360), a "Développeurs"
sidebar section with "Clés d'API", one list for every service of the account (a native select filter,
a search field), table rows that are links to each key's page (every cell carries a link named after
the key), a dialog to create a key with a native service select, the new values in a description list
with the secret hidden until "Afficher", and the revoke button on the key's own page, confirmed in a
Catalyst alert, beside "Régénérer le secret"."""

from __future__ import annotations

import typing as t

from .._common import danger, install, key_detail, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Tailwind Catalyst (SidebarLayout, Sidebar with Dropdown team switcher, Heading, Table with row links, "
    "Badge, Dialog, Alert, DescriptionList, Field/Label/Input/Select, Pagination)",
    "lang": "fr",
    "classes": [
        "sign-in page of the portal itself (same origin, under /adfs/), French, one step ('E-mail', 'Mot de "
        "passe', 'Se connecter')",
        "customer account in the sidebar header's team switcher (Headless UI menu), kept in a cookie; opens on 86360",
        "the way is the sidebar section 'Développeurs' > 'Clés d'API'",
        "one list for every service: a 'Service' column, a native select filter and a search field",
        "table rows are links to the key's page: every cell holds a link overlay named 'Clé « NAME »' (a cell's "
        "accessible name is more than the key's name); no action in the list",
        "8 keys a page, newest first, Catalyst pagination ('Précédent' / numbers / 'Suivant')",
        "create in a dialog: 'Nom' and a required native select 'Service' ('Choisir un service…'), 'Créer'",
        "one-time values in a description list; the secret is dots until 'Afficher' (its value only in an "
        "attribute), 'Copier' buttons",
        "revoke on the key's own page ('Révoquer', then a Catalyst alert dialog 'Révoquer la clé « NAME » ?'); "
        "'Régénérer le secret' beside it (dangerous)",
        "an 'Options' dropdown on the list with 'Révoquer toutes les clés' (dangerous)",
        "dangerous 'Révoquer toutes les clés', 'Régénérer le secret', 'Supprimer le compte', 'Enregistrer' (settings), "
        "'Se déconnecter'",
    ],
    "summary": "Catalyst console: sidebar Développeurs > Clés d'API, row link to the key's page, revoke there.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "catalyst_fr"
KEYS = "/developpeurs/cles-api"
PLANTED = [
    ("Intégration Pennylane", "2024-07-01T08:00:00+00:00", None),
    ("Export comptable", "2025-02-11T09:30:00+00:00", None),
    ("essai-blind (ancienne)", "2025-06-30T10:00:00+00:00", "2025-07-02T10:00:00+00:00"),
    ("Serveur de recette", "2025-10-05T14:00:00+00:00", None),
    ("Connecteur RH", "2026-01-12T07:45:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Connecteur RH", "2025-09-09T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.plant([("Transfert SFTP", "2025-04-04T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.plant([("Intégration Pennylane", "2024-07-02T08:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres", "settings.html", endpoint="info_page")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    tier_switch(kit, "/equipe/changer", "b7_cat_tiers")
    danger(kit, f"{KEYS}/tout-revoquer", "account_delete")
    danger(kit, f"{KEYS}/regenerer", "password_changed")
    danger(kit, "/parametres/supprimer", "account_delete")
    danger(kit, "/parametres/enregistrer", "profile_saved")
    key_detail(kit, f"{KEYS}/cle", "key.html", KEYS)
    kit.key_routes(
        KEYS,
        "keys.html",
        fixed_service=False,
        page_size=8,
        name_field="nom",
        messages={
            "empty_name": "Le nom est obligatoire.",
            "revoked": "La clé « {name} » a été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
