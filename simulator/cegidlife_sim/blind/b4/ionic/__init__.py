"""Ionic look (a mobile-first app), in French: a welcome tour to skip after sign-in, the side menu
behind the toolbar's menu button with an accordion "Intégrations", notifications mentioning Loop
APIkey, the account as an ion-segment, the service as an ion-select whose alert holds radios, and the
key manager as a custom element with an open shadow root: keys in an ARIA div table (ion-grid), icon-only
pagination, an action sheet then an alert to revoke, the new key in read-only fields."""

from __future__ import annotations

import typing as t

from .._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Ionic (ion-menu, ion-accordion, ion-segment, ion-select alert, ion-grid, action sheet, ion-alert)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of ADFS, French, two steps (SSO origin)",
        "welcome tour between sign-in and the portal ('Passer' / 'Suivant')",
        "side menu behind the toolbar's menu button; accordion 'Intégrations' (aria-expanded)",
        "notifications page whose items only mention Loop APIkey",
        "account as an ion-segment (role=tablist/tab); service as an ion-select opening an alert with radios "
        "(role=radio) and 'OK'",
        "key manager in a custom element with an open shadow root",
        "keys in an ARIA div table (role=table/row/columnheader/cell), oldest first, 3 a page, icon-only "
        "pagination links",
        "'Plus d'options' per row opening an action sheet (role=dialog) 'Révoquer', then an alertdialog",
        "identifier in a read-only input, secret in a read-only textarea, copy buttons",
        "statuses Active / Expirée / Suspendue; expiry dates; planted 'essai-blind (test)'",
        "dangerous 'Supprimer mon compte' and 'Se déconnecter' in the side menu",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "adfs_fr"
VALIDITY_DAYS = 730
PLANTED = [
    ("Appli mobile terrain", "2024-06-01T08:00:00+00:00", None),
    ("essai-blind (test)", "2025-09-09T08:00:00+00:00", None),
    ("Tableau RH", "2025-11-11T08:00:00+00:00", None),
    ("Caisse magasin", "2026-02-02T08:00:00+00:00", None),
    ("Vieux connecteur", "2023-04-04T08:00:00+00:00", "2023-10-10T08:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.gate("/bienvenue", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/app/notifications", "notifications.html", endpoint="info_page")
    kit.page("/app/notifications/<slug>", "info.html", endpoint="info_page")
    danger(kit, "/app/compte/supprimer", "account_delete")
    kit.key_routes(
        "/app/integrations/cles",
        "keys.html",
        page_size=3,
        sort="oldest",
        name_field="nom",
        messages={
            "empty_name": "Donnez un nom à la clé.",
            "revoked": "Clé « {name} » révoquée",
            "already": "Clé « {name} » déjà révoquée",
        },
    )
