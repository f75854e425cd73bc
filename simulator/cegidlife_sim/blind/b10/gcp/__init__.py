"""A Google Cloud console-like page in English (Material 3 / GM3): a Google-like two-step sign-in, a "Before you
continue" cookie dialog, a project picker (one project per customer account, opens on 86360, kept in a cookie), a
hamburger navigation menu with expandable products ("APIs & Services" > "Credentials"), OAuth 2.0 clients listed
by script from a JSON request (oldest first, 5 a page, icon-only pager), "Create credentials" as a menu, a
separate "Create OAuth client ID" page with ARIA comboboxes and a prefilled name, the client ID and secret shown
once in a dialog (copy icons, "Download JSON"), a trash icon and a dialog to delete."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Google Cloud console (Material 3 / GM3: top app bar with project picker, navigation drawer with "
    "expandable products, data tables, menus, mat-select comboboxes, dialogs, snackbars)",
    "lang": "en",
    "classes": [
        "English; Google-like sign-in on the sign-in server, two steps: 'Email or phone' + 'Next', then 'Enter "
        "your password' + 'Next'",
        "a cookie dialog covering the page: 'Before you continue to Google Cloud' ('Reject all', 'Accept all', "
        "'More options')",
        "project picker (button named by the current project, opens on 86360): dialog 'Select a project' with tabs "
        "'Recent' / 'All' and a table of project links; the choice is kept in a cookie",
        "hamburger 'Navigation menu' opening a drawer; 'APIs & Services' expands (aria-expanded) to 'Enabled APIs & "
        "services', 'Library', 'Credentials', 'OAuth consent screen'",
        "Credentials page: 'API Keys' (empty, a sentence), 'OAuth 2.0 Client IDs' drawn by script from a JSON "
        "request (every service, column 'API'), oldest first, 5 a page, '1 - 5 of 7', icon-only 'Previous page' "
        "/ 'Next page' buttons; 'Service Accounts'",
        "'Create credentials' button opening a menu (role=menu: 'API key', 'OAuth client ID', 'Service account', "
        "'Help me choose')",
        "'Create OAuth client ID' page: 'Application type' and 'API' ARIA comboboxes with listboxes, 'Name' "
        "prefilled 'Web client 1', 'Create'",
        "one-time values in a dialog 'OAuth client created': 'Client ID', 'Client secret' as text with copy icon "
        "buttons, 'Download JSON', 'OK'",
        "deletion: row icon button 'Delete OAuth client' (aria-label), dialog 'Delete OAuth client?' ('Cancel' / "
        "'Delete'), snackbar (role=status)",
        "the API's own page (Enabled APIs & services > an API) has tabs 'Metrics', 'Quotas & System Limits', "
        "'Credentials' (the same list for that API only)",
    ],
    "summary": "Google Cloud console: project FUTUROSCOPE CEDEX; Navigation menu > APIs & Services > Credentials > "
    "Create credentials > OAuth client ID (API Loop APIkey).",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "gcloud_en"
COOKIE = "b10_gcp_project"
RULE = "/apis/credentials"


def register(kit: Kit) -> None:
    install(kit)
    for n, (days, hour) in enumerate([(600, 9), (420, 11), (300, 16), (150, 8), (40, 13)], start=1):
        kit.plant([(f"Web client {n}", days_ago(days, hour, 5 * n), None)])
    kit.plant([("Old desktop client", days_ago(700, 10, 0), days_ago(200))])
    kit.plant([("File sync", days_ago(90, 10, 30), None)], service="Cegid File Exchange")
    kit.plant([("Store reporting", days_ago(20, 9, 0), None)], tiers="86360")
    tier_switch(kit, "/projectselector/switch", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/apis/dashboard", "apis.html", endpoint="catalogue")
    kit.page("/apis/api/<tab>", "api.html", endpoint="info_page")
    kit.page("/apis/credentials/oauthclient", "create.html", endpoint="info_page")
    kit.page("/console/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "credentials.html",
        fixed_service=False,
        sort="oldest",
        name_field="displayName",
        json_rule="/apis/credentials/oauthclients.json",
        messages={
            "empty_name": "Name is required.",
            "too_long": "Name must be 100 characters or fewer.",
            "revoked": 'OAuth client "{name}" deleted',
            "already": 'OAuth client "{name}" was already deleted',
        },
    )
