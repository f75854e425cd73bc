"""An Azure-portal-like console (Fluent 2: portal menu behind a hamburger, blades, breadcrumbs, command bars,
resource menus), English, behind a Microsoft Entra sign-in (two steps, then "Stay signed in?"): a welcome tour,
"Directories + subscriptions" in the settings (one directory per customer account, opens on 86360), "App
registrations" (one app per online service), the app's resource menu ("Manage" > "Certificates & secrets"), and
that blade's content in a same-origin iframe: tabs "Certificates", "Client secrets", "Federated credentials";
"+ New client secret" opens a side panel; the new secret's value and ID appear once in its row (copy buttons);
expired secrets marked; each row's delete icon (title "Delete") asks "Yes" / "No"."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Azure portal / Fluent 2 (top bar, hamburger portal menu, blades with breadcrumbs, command bars, "
    "resource menus with collapsible groups, grids, side panels, notifications), Microsoft Entra sign-in",
    "lang": "en",
    "classes": [
        "English; Microsoft Entra-like sign-in on another origin, two steps ('Email or phone' + 'Next', then "
        "'Password' + 'Sign in'), then 'Stay signed in?' ('No' / 'Yes')",
        "a welcome tour dialog on the home page ('Maybe later' / 'Get started')",
        "hamburger 'Show portal menu' (aria-expanded) opening the portal menu (flyout)",
        "directory = customer account: Settings (gear, 'Settings') > 'Directories + subscriptions' > a table of "
        "directories with 'Switch' buttons; opens on 86360, kept in a cookie",
        "'App registrations' blade: tabs 'All applications' / 'Owned applications' / 'Deleted applications', a grid "
        "of apps (one per online service) with 'Display name' links",
        "the app's resource menu with collapsible groups ('Manage' expanded, 'Support + Troubleshooting' "
        "collapsed): 'Certificates & secrets'",
        "the blade's content is a same-origin iframe ('Certificates & secrets'); inside it, tabs (role=tab buttons) "
        "'Certificates (0)' (selected first), 'Client secrets (N)', 'Federated credentials (0)'",
        "secrets in a table with role=grid (cells are gridcells): 'Description', 'Expires', 'Value', 'Secret ID'; "
        "values masked, expired secrets marked 'Expired' (validity 180 days); deleted secrets leave the list",
        "'+ New client secret' opens a side panel (role=dialog 'Add a client secret': 'Description', 'Expires' "
        "select, 'Add' / 'Cancel')",
        "one-time values in the new secret's own row: 'Value' (the secret) and 'Secret ID' (the identifier) in "
        "full, each with a 'Copy to clipboard' button; a warning bar says values cannot be viewed later",
        "each row's delete icon (title and aria-label 'Delete') opens 'Delete client secret' ('Yes' / 'No'); a "
        "notification (role=status)",
    ],
    "summary": "Azure-like: Settings > Directories + subscriptions > Switch FUTUROSCOPE CEDEX; App registrations > "
    "Loop APIkey > Certificates & secrets (iframe) > Client secrets.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "entra_f2_en"
SIGNIN_DONE = "entra_f2_kmsi_en"
VALIDITY_DAYS = 180
COOKIE = "b9_az_dir"
RULE = "/ext/credentials"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("ERP connector", days_ago(30, 9, 10), None)])
    kit.plant([("ERP connector (old)", days_ago(240, 9, 10), None)])
    kit.plant([("Power BI refresh", days_ago(75, 13, 40), None)])
    kit.plant([("Test secret", days_ago(400), days_ago(380))])
    kit.plant([("Kiosk app", days_ago(20, 8, 0), None)], tiers="86360")
    tier_switch(kit, "/settings/switch-directory", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/settings/directories", "directories.html", endpoint="info_page")
    kit.page("/app-registrations", "apps.html", endpoint="catalogue")
    kit.page("/app-registrations/app", "app.html", endpoint="info_page")
    kit.page("/blade/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "creds.html",
        frame_ok=True,
        name_field="description",
        messages={
            "empty_name": "A description is required.",
            "too_long": "The description must be 100 characters or fewer.",
            "revoked": 'Successfully deleted client secret "{name}".',
            "already": 'Client secret "{name}" was already deleted.',
        },
    )
