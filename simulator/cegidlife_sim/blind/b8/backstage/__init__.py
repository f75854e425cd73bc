"""A Spotify Backstage developer portal (MUI v4 look) with a CegidLife plugin, in English: Okta-like
two-step sign-in; the sidebar's "Catalog" lists components in a table that opens on "Owned" (the services
the user's team owns) and is narrowed by a "Filter" box; a service's entity page has tabs ("Overview", "CI/CD",
"API", "Dependencies", "API keys", "Docs") and, in its header, a MUI Select "Tiers" (a role=button element
opening a listbox) choosing the customer account (opens on 86360); the "API keys" tab is a material-table
with an icon-only "Revoke key" action named by its tooltip title; the one-time values in a MUI dialog as two
read-only text fields with Backstage's "Copy text" buttons; revoking asks to type the key's name."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Spotify Backstage with Material UI v4 (sidebar, header with labels, catalog table with filters, "
    "entity tabs, MUI Select, material-table, dialogs, Snackbar/Alert)",
    "lang": "en",
    "classes": [
        "English; Okta-like two-step sign-in ('Username' + 'Next', 'Password' + 'Verify')",
        "sidebar 'Catalog'; the catalog table opens on 'Owned' (3 components of the user's team, Loop APIkey not "
        "among them): 'All' (a MUI menu item in the filter card) and a 'Filter' text box narrow it",
        "service entity page with tabs as links ('Overview' first, 'API keys' fifth)",
        "customer account chosen in the entity header with a MUI v4 Select labelled 'Tiers' (a div role=button "
        "named 'Tiers <current value>', opening a listbox of options); opens on 86360",
        "keys in a material-table (th headers, 'Search' box); statuses 'Active' / 'Revoked' side by side; dates "
        "'2021-01-23 08:14'; the empty table says 'No records to display'",
        "'Create API key' dialog ('Name', 'Create')",
        "one-time values in a MUI dialog 'API key created': read-only text fields 'Key ID' and 'Secret', each "
        "with an icon button named 'Copy text' (the same name twice), 'Close'",
        "per-row icon-only button named by its tooltip title 'Revoke key'; the dialog 'Revoke API key' asks to "
        "type the key's name ('Key name') before 'Revoke' is enabled; result in a MUI Alert (role=alert)",
    ],
    "summary": "Backstage: Catalog > All > Loop APIkey > header Tiers select > tab API keys > Create API key.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_en"
OWNERS = {
    "Loop APIkey": "loop-team",
    "APIKey Advanced (P04454)": "loop-team",
    "Cegid File Exchange": "exchange-team",
    "D\u00e9mat\u00e9rialisation RH": "rh-team",
    "Gestion des Utilisateurs - Administration": "cegidlife-admins",
}
OTHERS = [
    # name, type, owner, system, lifecycle, description
    ("customer-portal", "website", "cegidlife-admins", "cegidlife", "production", "CegidLife customer portal"),
    ("identity-gateway", "service", "cegidlife-admins", "cegidlife", "production", "Sign-in and token service"),
    ("quadra-paie-batch", "service", "paie-team", "quadra", "production", "Nightly payroll batch"),
    ("cegid-loop-web", "website", "loop-team", "loop", "production", "Cegid Loop web application"),
    ("design-tokens", "library", "design-system", "cegidlife", "experimental", "Shared design tokens"),
    ("status-page", "website", "sre", "platform", "production", "Public status page"),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("github-actions", "2025-04-11T09:00:00+00:00", None),
            ("grafana", "2024-10-02T15:30:00+00:00", "2025-02-20T10:00:00+00:00"),
        ]
    )
    kit.plant([("github-actions", "2025-04-12T09:00:00+00:00", None)], tiers="86360")
    kit.app.jinja_env.globals.update(b8_bs_owners=OWNERS, b8_bs_others=OTHERS)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/catalog", "catalog.html", endpoint="catalogue")
    kit.page("/catalog/default/component/<slug>", "entity.html", endpoint="info_page")
    kit.page("/docs", "page.html", endpoint="info_page", slug="docs")
    kit.page("/api-docs", "page.html", endpoint="info_page", slug="apis")
    kit.page("/create", "page.html", endpoint="info_page", slug="create")
    kit.page("/settings", "page.html", endpoint="info_page", slug="settings")
    kit.key_routes(
        "/catalog/api-keys",
        "keys.html",
        typed_confirm=True,
        name_field="name",
        messages={
            "empty_name": "Name is required.",
            "too_long": "Name must be at most 100 characters.",
            "revoked": 'API key "{name}" revoked.',
            "already": 'API key "{name}" was already revoked.',
            "typed": "The name you typed does not match: the API key was not revoked.",
        },
    )
