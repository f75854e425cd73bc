"""DevExtreme look of a dense French ERP (Sage/Cegid-like), in French: a OneTrust-like cookie banner,
a dx-menu bar whose "Administration" submenu leads to the settings, tabs (role=tablist), the key
module in a same-origin iframe, the account and service as dx-selectbox comboboxes, a dx-datagrid whose
header and body are two separate tables, icon-only pager buttons, a dx-popup to add a key, and the
"Régénérer toutes les clés" toolbar button on the way."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "DevExtreme (dx-menu, dx-tabs, dx-toolbar, dx-selectbox, dx-datagrid, dx-pager, dx-popup, dx-dialog) "
    "in a dense ERP admin",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Microsoft Entra ID, French, two steps (SSO origin)",
        "OneTrust-like cookie banner over a dark filter that intercepts clicks ('Refuser tout')",
        "menu bar (role=menubar) whose 'Administration' submenu (aria-expanded) leads to 'Paramètres'",
        "settings tabs (role=tablist) 'Société' / 'Utilisateurs' / 'Intégrations'",
        "the key module in a same-origin iframe",
        "account and service as dx-selectbox combobox+listbox (the page reloads on choice)",
        "dx-datagrid: header and body are two separate tables; sorted by name; 4 a page; icon-only pager",
        "key added from a dx-popup; identifier in a read-only input, secret in a code block, copy buttons",
        "'Révoquer' command link per row, then a dx-dialog 'Oui' / 'Non'",
        "statuses Active / Expirée / Suspendue / Révoquée; planted 'essai_blind', 'essai.blind'",
        "dangerous 'Régénérer toutes les clés' toolbar button and 'Se déconnecter'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "entra_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Banque - relevés", "2026-05-05T09:00:00+00:00", None),
    ("BI Qlik", "2024-04-04T09:00:00+00:00", None),
    ("Consolidation", "2026-06-06T09:00:00+00:00", None),
    ("EDI fournisseurs", "2025-03-03T09:00:00+00:00", "2025-08-08T09:00:00+00:00"),
    ("essai.blind", "2026-09-19T09:00:00+00:00", None),
    ("essai_blind", "2026-10-19T09:00:00+00:00", None),
    ("Interface paie", "2026-07-07T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Consolidation", "2026-06-07T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("GED achats", "2026-04-01T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/erp/parametres", "settings.html", endpoint="catalogue")
    danger(kit, "/erp/module/cles/regenerer", "account_delete")
    kit.key_routes(
        "/erp/module/cles",
        "keys.html",
        frame_ok=True,
        page_size=4,
        sort="name",
        name_field="Libelle",
        messages={
            "empty_name": "Le libellé est obligatoire.",
            "revoked": "La clé « {name} » a été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
