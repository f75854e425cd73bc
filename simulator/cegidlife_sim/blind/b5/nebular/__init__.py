"""Nebular (Angular) look, in French: an announcement dialog on the first page, a compact sidebar behind
the header's toggle whose nb-menu lists each service once per customer account (groups with
aria-expanded), keys drawn by script from JSON into an nb-list with no field labels, 3 at a time with
"Charger plus", a quota progress bar, an nb-context-menu per key, the new key in an nb-dialog with
read-only inputs, and "Révoquer tout" on the way."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Nebular / ngx-admin (nb-layout, nb-sidebar, nb-menu, nb-card, nb-list, nb-context-menu, nb-dialog, "
    "nb-progress-bar)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Apereo CAS, French, one step (SSO origin)",
        "announcement dialog over the first page that intercepts clicks ('Compris')",
        "compact sidebar behind the header toggle; nb-menu groups per customer account (aria-expanded), each "
        "listing every service once",
        "keys drawn by script from JSON into an nb-list with no field labels, newest first, 3 at a time, "
        "'Charger plus'",
        "quota progress bar (active keys / 10)",
        "options button per key opening a context menu (role=menu) 'Révoquer la clé', then an nb-dialog",
        "new key in an nb-dialog: identifier and secret in read-only inputs with copy buttons",
        "statuses Active / Expirée / Suspendue / Révoquée; planted 'essai_blind', 'Essai-Blind'",
        "dangerous 'Révoquer tout' button and 'Se déconnecter' in the user menu",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "cas_fr"
VALIDITY_DAYS = 300
PLANTED = [
    ("Ancienne intégration", "2024-02-02T09:00:00+00:00", "2024-06-02T09:00:00+00:00"),
    ("Essai-Blind", "2025-12-01T09:00:00+00:00", None),
    ("Tableau de bord DAF", "2026-03-20T09:00:00+00:00", None),
    ("essai_blind", "2026-06-15T09:00:00+00:00", None),
    ("Synchro Qonto", "2026-09-01T09:00:00+00:00", None),
    ("Zapier", "2026-10-20T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("Zapier", "2026-10-21T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Archivage", "2026-02-01T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    danger(kit, "/pages/services/cles/revoquer-tout", "account_delete")
    kit.key_routes(
        "/pages/services/cles",
        "keys.html",
        json_rule="/api/services/cles",
        name_field="nom",
        messages={
            "empty_name": "Le nom est obligatoire.",
            "revoked": "Clé « {name} » révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
