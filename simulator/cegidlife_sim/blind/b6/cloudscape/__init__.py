"""AWS Cloudscape look, in English: a console with a dark top navigation whose account selector (like
AWS's region selector) picks the customer account, a side navigation with an expandable section, a
Services table with a text filter, a service page with tabs, and the API keys table with single-row
selection (radios), header actions ("Revoke" enabled by the selection), numbered pagination, a
"Create API key" page, credentials in key-value pairs with the secret hidden until "Show", and a
revoke modal asking to type "confirm"."""

from __future__ import annotations

import typing as t

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "AWS Cloudscape (top navigation, side navigation, breadcrumbs, table with selection, pagination, "
    "button dropdown, flashbar, key-value pairs, modal)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Google Workspace, English, two steps ('Next' twice; SSO origin)",
        "AWS-like cookie preferences banner at the bottom of every page ('Accept' / 'Decline' / 'Customize')",
        "customer account chosen in the top navigation (menu button, role=menuitemradio), opening on 86360",
        "side navigation with a collapsed expandable section 'Integrations' (aria-expanded) > 'Services'",
        "Services table with a client-side text filter; service page with tabs (links role=tab) 'API keys'",
        "create on its own page ('Create API key'), with optional description and expiration radios",
        "keys table with single selection (native radios named by the key), sorted by name, 4 a page, "
        "numbered pagination with icon-only 'Previous page' / 'Next page'",
        "'Revoke' header button disabled until a row is selected, then a modal asking to type 'confirm'",
        "credentials as key-value pairs: Key ID in text, secret masked until 'Show secret'; copy buttons",
        "statuses Active / Expires soon / Expired / Revoked; English dates ('Jan 23, 2021, 08:14')",
        "dangerous 'Revoke all keys' in a 'More actions' menu, 'Unsubscribe' in an 'Actions' menu, 'Sign out'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "google_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("analytics-export", "2026-02-10T09:00:00+00:00", None),
    ("billing-sync", "2025-12-20T09:00:00+00:00", None),
    ("ci-pipeline", "2025-06-01T09:00:00+00:00", None),
    ("data-lake-ingest", "2026-05-05T09:00:00+00:00", None),
    ("essai_blind", "2026-11-02T09:00:00+00:00", None),
    ("essai-blind-old", "2025-03-03T09:00:00+00:00", "2025-04-04T09:00:00+00:00"),
    ("legacy-erp", "2024-09-09T09:00:00+00:00", "2025-01-15T09:00:00+00:00"),
    ("partner-portal", "2026-08-18T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("billing-sync", "2026-01-20T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("sftp-gateway", "2026-04-01T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/services", "services.html", endpoint="catalogue")
    kit.page("/services/<int:sid>", "service.html", endpoint="info_page")
    kit.page("/services/keys/create", "create.html", endpoint="info_page")
    kit.page("/docs/<slug>", "doc.html", endpoint="info_page")
    danger(kit, "/services/unsubscribe", "account_delete")
    danger(kit, "/services/keys/revoke-all", "account_delete")
    kit.key_routes(
        "/services/keys",
        "keys.html",
        page_size=4,
        sort="name",
        name_field="name",
        messages={
            "empty_name": "Enter a name for the API key.",
            "too_long": "The name can have up to 100 characters.",
            "revoked": 'API key "{name}" was revoked.',
            "already": 'API key "{name}" was already revoked.',
        },
    )
