"""Palantir Blueprint look of a dense operations console, in French: release notes to get past after
sign-in, a dark navbar with a Popover user menu, an ARIA tree (role=tree/treeitem/group) of customer
accounts and their services as the only way to a service, a service page of collapsible sections
("Aperçu" open, "Clés d'API" closed), a condensed HTMLTable sorted by name with a Popover menu per row
("Révoquer…"), a Blueprint Alert to confirm, toasts for outcomes, and the new key in a Dialog with
read-only InputGroups (the secret a password field with "Afficher le secret")."""

from __future__ import annotations

import typing as t

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Palantir Blueprint 5 (dark navbar, Tree, Section/Collapse, Callout, InputGroup, HTMLTable, Popover "
    "Menu, Alert, Dialog, Toaster, Tag)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of authentik, French, two steps ('Se connecter', then 'Continuer'; SSO origin)",
        "release notes between sign-in and the console ('Continuer vers la console')",
        "ARIA tree (role=tree, treeitem named by aria-labelledby, nested role=group): account nodes expand, "
        "service leaves navigate; no other way to a service",
        "service page with collapsible sections (button aria-expanded): 'Aperçu' open, 'Clés d'API' closed",
        "generate in a Callout: 'Nom de la clé d'API' + 'Générer'",
        "status checkboxes 'Active' / 'Expirée' / 'Révoquée' with 'Filtrer' (as in the vendor's page)",
        "condensed HTMLTable sorted by name, 6 a page, icon-only 'Page précédente' / 'Page suivante'",
        "Popover menu button per row ('Actions pour NAME', role=menu) with 'Révoquer…', then an alertdialog",
        "new key in a Dialog: read-only InputGroups, the secret a password input with 'Afficher le secret'",
        "outcomes as toasts (role=status); ISO dates ('2021-01-23 08:14')",
        "dangerous 'Révoquer toutes les clés', 'Résilier l'abonnement', 'Se déconnecter'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "authentik_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("connecteur-bi", "2026-02-20T09:00:00+00:00", None),
    ("crm-hubspot", "2025-08-30T09:00:00+00:00", None),
    ("essai.blind", "2026-07-01T09:00:00+00:00", None),
    ("essai-blind-2", "2026-10-30T09:00:00+00:00", None),
    ("etl-nocturne", "2025-12-15T09:00:00+00:00", None),
    ("export-paie", "2025-03-03T09:00:00+00:00", "2025-09-09T09:00:00+00:00"),
    ("sync-banque", "2026-05-12T09:00:00+00:00", None),
    ("webhook-relay", "2025-11-30T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("connecteur-bi", "2026-02-21T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("gateway-sftp", "2026-08-08T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/ops/nouveautes", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/ops/<slug>", "page.html", endpoint="info_page")
    danger(kit, "/ops/comptes/services/resilier", "account_delete")
    danger(kit, "/ops/comptes/services/revoquer-tout", "account_delete")
    kit.key_routes(
        "/ops/comptes/services",
        "keys.html",
        page_size=6,
        sort="name",
        name_field="nom",
        messages={
            "empty_name": "Le nom de la clé d'API est requis.",
            "too_long": "Le nom de la clé d'API est limité à 100 caractères.",
            "revoked": "Clé d'API « {name} » révoquée.",
            "already": "La clé d'API « {name} » était déjà révoquée.",
        },
    )
