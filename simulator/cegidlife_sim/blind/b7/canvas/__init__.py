"""Workday Canvas look, in English: a Workday-style sign-in ("Username" / "Password" / "Sign In") and
its "Remember Device" page, a global header (Menu, Search, notifications, the avatar's profile popup), a
home of app worklets, the "Integrations" app with Canvas tabs, the customer account picked in a Canvas
select (opens on 86360), each connected service with Workday's "Related Actions" button whose popup
menu has categories opening sub-menus ("API Keys" > "Manage API Keys"), and the key page as a Workday
grid ("7 items", US dates, status indicators, a "More actions" menu per row) whose task modals end with
"OK", the new client ID and secret in a modal opened on load, and a revoke modal that asks for the
key's name."""

from __future__ import annotations

import typing as t

from .._common import danger, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Workday Canvas Kit (global header, side panel, worklets, Tabs, Select, Related Actions popup "
    "with sub-menus, Table, StatusIndicator, Modal, Banner, Toast, Pagination)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Workday, English, one step ('Username', 'Password', 'Sign In'; SSO origin), "
        "then a 'Remember Device' page ('Skip' / 'Remember Device') before the hand-back",
        "home of app worklets (tiles): the way is 'Integrations', not a menu named after keys",
        "English labels throughout ('API Keys', 'Client ID', 'Client Secret', 'Revoke')",
        "Canvas tabs inside the app ('Connected Services', 'Event Subscriptions', 'Audit Trail')",
        "customer account chosen in a Canvas select (combobox + listbox) that submits; opens on 86360",
        "no key-shaped button: the service's 'Related Actions' button (aria-label per service) opens a popup "
        "menu whose categories open sub-menus: 'API Keys' > 'Manage API Keys'; beside 'Subscription' > "
        "'Cancel Subscription' (dangerous)",
        "key page: a grid with an item count ('7 items'), masked client IDs, US dates ('01/23/2021 08:14 AM'), "
        "uppercase status indicators, 5 a page with icon-only 'Next page' / 'Previous page'",
        "generate in a task modal 'Create API Key' whose submit is 'OK'",
        "one-time client ID and secret in read-only inputs of a modal open on load ('API Key Created', 'Done')",
        "per-row 'More actions' menu: 'View Usage', 'Regenerate Client Secret' (dangerous), 'Revoke'; revoke "
        "modal asks to type the key's name before 'Revoke' is enabled",
        "dangerous 'Cancel Subscription', 'Regenerate Client Secret', 'Change Password', 'Sign Out'",
    ],
    "summary": "Workday-style customer center: Integrations app > Related Actions of Loop APIkey > API Keys > "
    "Manage API Keys.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "workday_en"
SIGNIN_DONE = "workday_device_en"
PLANTED = [
    ("Payroll Sync", "2024-02-12T10:30:00+00:00", None),
    ("essai-blind-2025", "2025-03-04T08:00:00+00:00", "2025-09-01T08:00:00+00:00"),
    ("Power BI Connector", "2025-06-18T14:05:00+00:00", None),
    ("Test Key", "2025-11-02T09:45:00+00:00", None),
    ("Essai Blind", "2026-01-20T16:20:00+00:00", None),
    ("Workday Integration", "2026-02-07T07:55:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Payroll Sync", "2024-02-13T10:30:00+00:00", None)], tiers="86360")
    kit.plant([("HR Docs Upload", "2025-05-05T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/d/apps/integrations", "integrations.html", endpoint="catalogue")
    kit.page("/d/pages/<slug>", "page.html", endpoint="info_page")
    tier_switch(kit, "/d/apps/integrations/account", "b7_wd_tiers")
    danger(kit, "/d/apps/integrations/cancel-subscription", "account_delete")
    danger(kit, "/d/apps/integrations/keys/regenerate-secret", "password_changed")
    danger(kit, "/d/account/change-password", "password_page", method="GET")
    kit.key_routes(
        "/d/apps/integrations/keys",
        "keys.html",
        page_size=5,
        name_field="key_name",
        typed_confirm=True,
        messages={
            "empty_name": "Enter a value for API Key Name.",
            "too_long": "API Key Name must be 100 characters or fewer.",
            "revoked": 'API key "{name}" has been revoked.',
            "already": 'API key "{name}" was already revoked.',
            "typed": "The name you typed does not match. The API key was not revoked.",
        },
    )
