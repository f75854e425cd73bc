"""ServiceNow Service Portal: a support portal whose catalogue has categories, an item page per
service and, on Loop APIkey's item, a widget in a same-origin iframe that manages the keys; Okta
sign-in in two steps; knowledge articles about Loop APIkey everywhere on the way."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "ServiceNow Service Portal",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Okta, two steps ('Suivant', then 'Vérifier'), SSO origin",
        "knowledge articles mentioning Loop APIkey (home, search results) that are not the way to it",
        "catalogue with categories (links), the right one not the first; an item page per service",
        "the key page inside a same-origin iframe on the item page",
        "tiers as an ARIA radio group (role=radio) that reloads the widget",
        "pagination with icon-only links (name only in img alt), oldest first, 3 a page",
        "revoke confirmed with the browser's native confirm()",
        "empty list shown only as a sentence",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_fr"
PLANTED = [
    ("Interface paie 2024", "2024-02-12T09:00:00+00:00", None),
    ("Connecteur GED", "2025-03-03T10:00:00+00:00", None),
    ("Test partenaire", "2025-07-21T14:00:00+00:00", "2025-08-01T09:00:00+00:00"),
    ("Tableau de bord DAF", "2026-02-09T08:30:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/sp/catalogue", "catalogue.html", endpoint="catalogue")
    kit.page("/sp/item/<int:sid>", "item.html", endpoint="info_page")
    kit.page("/sp/kb/<kb>", "kb.html", endpoint="info_page")
    kit.page("/sp/recherche", "search.html", endpoint="info_page")
    kit.key_routes("/sp/widget/cles", "widget.html", name_field="u_nom", page_size=3, sort="oldest", frame_ok=True)
