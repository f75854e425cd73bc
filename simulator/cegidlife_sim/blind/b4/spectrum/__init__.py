"""Adobe Spectrum look (a developer console), in English: a TrustArc-like consent banner over an
overlay, projects as cards named after the service (one per service and account), a project with a
side nav, credentials in a Spectrum TableView drawn as an ARIA grid of divs, a switch for revoked
credentials, an ActionMenu (role=menu) per row, a destructive alert dialog, the new credential in
read-only text fields, and "Delete project" buttons on the way."""

from __future__ import annotations

import typing as t

from .._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Adobe Spectrum (React Spectrum: SideNav, Cards, TableView as ARIA grid, ActionMenu, AlertDialog)",
    "lang": "en",
    "classes": [
        "sign-in in the style of OneLogin, English, two steps (SSO origin)",
        "TrustArc-like consent banner over an overlay that intercepts clicks ('Required Only')",
        "notifications popover with links that only mention Loop APIkey",
        "projects as cards whose heading is the service's name, one per service and account ('Open project')",
        "project side nav (Overview / Credentials / Insights)",
        "credentials in an ARIA grid of divs (role=grid/row/columnheader/rowheader/gridcell), oldest first",
        "switch (native, role=switch) 'Show revoked credentials'",
        "'More actions' icon button per row opening a menu (role=menu) 'Revoke', then an alertdialog",
        "new credential in read-only text fields 'Client ID' / 'Client secret' with copy buttons",
        "statuses Active / Expired / Suspended / Revoked as status lights; expiry dates",
        "dangerous 'Delete project' button and 'Sign out' link",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "onelogin_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("ci-pipeline", "2025-02-14T09:00:00+00:00", None),
    ("Essai_Blind", "2025-12-01T09:00:00+00:00", None),
    ("mobile-app", "2026-03-20T09:00:00+00:00", None),
    ("retired-bot", "2025-01-01T09:00:00+00:00", "2025-03-01T09:00:00+00:00"),
    ("partner-feed", "2026-06-30T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("partner-feed", "2026-06-01T09:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/console/projects", "projects.html", endpoint="catalogue")
    kit.page("/console/project", "overview.html", endpoint="info_page")
    kit.page("/console/notifications/<slug>", "info.html", endpoint="info_page")
    danger(kit, "/console/project/delete", "account_delete")
    kit.key_routes(
        "/console/project/credentials",
        "keys.html",
        sort="oldest",
        name_field="credential_name",
        messages={
            "empty_name": "Enter a credential name.",
            "revoked": "Credential {name} revoked.",
            "already": "Credential {name} was already revoked.",
        },
    )
