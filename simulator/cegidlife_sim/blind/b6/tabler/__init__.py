"""Tabler (Bootstrap 5 admin dashboard) look, in French: a Cookiebot consent dialog with its own tabs,
a two-row header whose horizontal navbar has an "Administration" dropdown, a dashboard of stat cards,
a subscriptions page where the customer account is chosen with pill radios (form-selectgroup) and each
online service has icon-only actions (a key-shaped "Clés d'API" link among them, beside a "Résilier"
one), and the key page as a card table with a quota, an inline "Générer la clé" form, the new values
in a Tabler datagrid inside an alert, Bootstrap dropdowns ("Actions") per row and a modal-status to
confirm."""

from __future__ import annotations

import typing as t

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Tabler 1.0 / Bootstrap 5 admin (navbar dropdowns, page header, cards, form-selectgroup, card table, "
    "datagrid, badges, progress, modal-status, pagination)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Google Workspace, French, two steps ('Suivant' twice; SSO origin)",
        "Cookiebot consent dialog over the page, with its own tabs ('Refuser' / 'Autoriser la sélection' / "
        "'Autoriser tous les cookies')",
        "horizontal navbar with a Bootstrap dropdown 'Administration' (role=button, aria-expanded) > 'Abonnements'",
        "customer account chosen with pill radios (form-selectgroup, native radios) that submit; opens on 86360",
        "subscriptions table: icon-only actions per row (aria-label), the key-shaped 'Clés d'API' beside "
        "'Documentation' and a dangerous 'Résilier l'abonnement'",
        "key page: inline 'Nom de la clé' + 'Générer la clé'; quota progress; newest first, 5 a page, "
        "'préc.' / 'suiv.' pagination",
        "name cell carries the creator under the name (the cell's text is more than the name)",
        "per-row Bootstrap dropdown 'Actions' (not an ARIA menu) with 'Révoquer', then a modal-status",
        "new values in an alert (role=alert) as a Tabler datagrid (divs, no labels bound), copy buttons",
        "statuses Active / Expire bientôt / Expirée / Révoquée; dates '23 janv. 2021'",
        "dangerous 'Révoquer toutes les clés', 'Résilier l'abonnement', 'Se déconnecter'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "google_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Connecteur Sage", "2025-04-15T09:00:00+00:00", None),
    ("Tableau de bord Power BI", "2026-01-05T09:00:00+00:00", None),
    ("essai blind 2", "2026-05-17T09:00:00+00:00", None),
    ("Intégration Qonto", "2025-12-24T09:00:00+00:00", None),
    ("Ancien script", "2024-06-06T09:00:00+00:00", "2024-12-12T09:00:00+00:00"),
    ("Essai-Blind", "2026-11-30T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Intégration Qonto", "2025-12-25T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Dépôt factures", "2026-03-03T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/administration/abonnements", "subscriptions.html", endpoint="catalogue")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    danger(kit, "/administration/abonnements/resilier", "account_delete")
    danger(kit, "/administration/abonnements/cles/revoquer-tout", "account_delete")
    kit.key_routes(
        "/administration/abonnements/cles",
        "keys.html",
        page_size=5,
        name_field="nom_cle",
        messages={
            "empty_name": "Le nom de la clé est obligatoire.",
            "revoked": "La clé « {name} » a bien été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
