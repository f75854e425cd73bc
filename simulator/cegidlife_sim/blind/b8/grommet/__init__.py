"""HPE Grommet (HPE design system theme), English: two-step sign-in, a console header, "Manage" > the
"API Keys" tile; the customer account and the service are two Grommet Selects (comboboxes opening a listbox)
above the table, not part of the generate form; keys in a DataTable sorted by name whose primary column is a
row header, 10 a page, with a pager at the bottom ("Showing 11-14 of 14", icon-only previous / next buttons
and numbered buttons, all named by aria-label); the one-time values in a Layer dialog as a name-value list,
closed once "I have saved the client secret" is ticked; revoke through the row's "More actions" menu."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "HPE Grommet (header, page header, cards, Select, DataTable, Pagination, Layer, Menu, Notification)",
    "lang": "en",
    "classes": [
        "English; two-step sign-in ('Email' + 'Next', 'Password' + 'Sign In')",
        "header nav 'Manage' > card 'API Keys'",
        "'Customer account' and 'Service' are Grommet Selects (role=combobox buttons opening a listbox), in a "
        "filter bar that is not part of the generate form; the page opens on 86360",
        "a DataTable (table, th headers, the Name column as row headers) sorted by name, 10 rows a page; "
        "statuses 'Active' / 'Revoked' side by side; dates 'Jan 23, 2021, 8:14 AM'",
        "pager at the bottom: 'Showing 1-10 of 14', icon-only buttons 'Go to previous page' / 'Go to next page' "
        "and 'Go to page N' (aria-label only)",
        "'Generate API key' opens a Layer dialog ('Key name', 'Generate')",
        "one-time values in a Layer dialog 'API key generated' as a name-value list ('Key ID', 'Client "
        "secret') with copy buttons; 'Close' stays disabled until 'I have saved the client secret' is ticked",
        "each row has an icon-only 'More actions' menu button (role=menu, menuitems 'View details' / 'Revoke'); "
        "confirmation Layer 'Revoke API key?' with 'Cancel' / 'Revoke'; a toast notification (role=status)",
    ],
    "summary": "Grommet console: Manage > API Keys > Customer account + Service selects > pager > More actions.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "hpe_en"
PLANTED = [
    ("analytics-export", "2024-03-04T09:10:00+00:00", None),
    ("backup-nightly", "2023-11-20T22:00:00+00:00", "2025-01-10T08:00:00+00:00"),
    ("bi-dashboard", "2025-05-12T14:30:00+00:00", None),
    ("billing-sync", "2024-08-29T07:45:00+00:00", None),
    ("ci-pipeline", "2025-09-01T10:00:00+00:00", None),
    ("crm-connector", "2022-06-15T16:20:00+00:00", "2023-06-15T16:20:00+00:00"),
    ("data-lake", "2025-02-03T11:05:00+00:00", None),
    ("datadog", "2024-12-09T13:40:00+00:00", None),
    ("dev-sandbox", "2025-10-21T08:30:00+00:00", None),
    ("doc-portal", "2023-04-18T09:00:00+00:00", None),
    ("etl-legacy", "2021-09-30T06:15:00+00:00", "2022-03-01T09:00:00+00:00"),
    ("payroll-bridge", "2025-07-07T15:55:00+00:00", None),
    ("zapier", "2026-01-19T12:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("analytics-export", "2025-03-04T09:10:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/manage", "manage.html", endpoint="catalogue")
    kit.page("/manage/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        "/manage/api-keys",
        "keys.html",
        default_service="first",
        page_size=10,
        sort="name",
        name_field="keyName",
        messages={
            "empty_name": "Key name is required.",
            "too_long": "Key name must be 100 characters or fewer.",
            "revoked": 'API key "{name}" revoked.',
            "already": 'API key "{name}" was already revoked.',
        },
    )
