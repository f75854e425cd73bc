"""A Linear-like workspace in English: sign-in through a CyberArk Identity page (user name, Next, password, Next), a
sidebar whose workspace button opens a menu (settings, workspaces as menuitemradio), a command menu (combobox and
listbox), collapsible sidebar groups, settings with an Integrations list where the Cegid services sit among many
other integrations, and a service page whose API key list is drawn by script from a JSON request, oldest first, three
at a time with "Load more"; keys revoked through a "..." menu and an alert dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Linear (keyboard-first workspace app: sidebar with workspace menu, command menu, settings "
    "navigation, integration list, inline forms, menus, alert dialogs, toasts)",
    "lang": "en",
    "classes": [
        "sign-in on a CyberArk Identity page, two steps: 'User Name', 'Next', 'Password', 'Next'",
        "a 'What's new' card shown once (non-modal, 'Dismiss')",
        "workspace button at the top of the sidebar (aria-haspopup=menu): 'Settings', 'Invite and manage "
        "members', workspaces as menuitemradio (opens on CHASSENEUIL DU POITOU, kept in a cookie), 'Log out'",
        "command menu (Ctrl+K or the 'Search' button): a dialog with a combobox and a listbox of commands",
        "sidebar groups 'Workspace' and 'Your teams' collapsible (aria-expanded)",
        "settings navigation: 'Back to app', Account group, workspace group with 'Integrations'",
        "Integrations page: a search box and rows of integrations (GitHub, Slack, Figma... and the Cegid "
        "services) as links",
        "the service page: 'Key label' + 'Create key' inline; the new key in a banner with read-only inputs "
        "'Key ID' and 'Secret' and icon-only copy buttons",
        "active keys of the service drawn by script from a JSON request, oldest first, 3 at a time, 'Load more' "
        "(role=list / listitem, no table)",
        "revocation: '...' button 'Key options' (aria-haspopup=menu) > menuitem 'Revoke key' > alertdialog "
        "'Revoke API key?' ('Cancel' / 'Revoke'); toast (role=status); revoked keys leave the list",
    ],
    "summary": "Linear: CyberArk sign-in; workspace menu > FUTUROSCOPE CEDEX; workspace menu > Settings > "
    "Integrations > Loop APIkey; Create key; Load more; Key options > Revoke key > Revoke.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "cyberark_en"
COOKIE = "b12_linear_ws"
RULE = "/settings/integrations/cegid"
JSON_RULE = "/api/integrations/cegid/keys"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Zapier", days_ago(800, 10, 0), None),
            ("Looker Studio", days_ago(650, 11, 30), days_ago(400)),
            ("Airbyte sync", days_ago(500, 15, 12), None),
            ("Notion reports", days_ago(260, 9, 45), None),
            ("Retool admin", days_ago(120, 17, 5), None),
        ]
    )
    kit.plant([("Backups", days_ago(90, 3, 0), None)], service="Cegid File Exchange")
    kit.plant([("Metabase", days_ago(40, 12, 0), None)], tiers="86360")
    tier_switch(kit, "/workspace/switch", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/view/<slug>", "page.html", endpoint="info_page")
    kit.page("/settings", "settings.html", endpoint="info_page", section="preferences")
    kit.page("/settings/<section>", "settings.html", endpoint="info_page")
    kit.page("/settings/integrations", "integrations.html", endpoint="catalogue")
    kit.page("/settings/integrations/<slug>", "settings.html", endpoint="info_page", section="integrations")
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=True,
        sort="oldest",
        name_field="label",
        json_rule=JSON_RULE,
        messages={
            "empty_name": "Please enter a label for the key.",
            "too_long": "Label must be at most 100 characters.",
            "revoked": "API key {name} revoked",
            "already": "API key {name} was already revoked",
        },
    )
