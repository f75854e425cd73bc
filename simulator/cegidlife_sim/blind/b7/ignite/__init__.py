"""Ignite UI for Web Components look, in English: real custom elements (igc-navbar, igc-nav-drawer,
igc-select, igc-input, igc-button, igc-dialog, igc-banner, igc-toast, igc-chip...) with open shadow
roots and form-associated inputs, an Okta sign-in in two steps, an updated-terms page after sign-in
whose "Decline and sign out" signs out, a nav drawer whose items are not links, the key page opening
on 86360 and "Cegid File Exchange" with two igc-selects and "Apply", a data grid drawn by script from
a JSON endpoint (role=grid, oldest first, a paginator of icon buttons), a row action strip that only
appears when the row is hovered, the one-time values in read-only igc-inputs of an igc-banner, and an
igc-dialog to confirm."""

from __future__ import annotations

import typing as t

from .._common import danger, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Ignite UI for Web Components (igc-navbar, igc-nav-drawer, igc-dropdown, igc-select, igc-input, "
    "igc-button, igc-icon-button, igc-checkbox, igc-dialog, igc-banner, igc-toast, igc-chip; data grid with "
    "action strip and paginator), open shadow DOM, form-associated custom elements",
    "lang": "en",
    "classes": [
        "sign-in in the style of Okta, English, two steps ('Username' > 'Next', 'Password' > 'Verify'; SSO origin)",
        "after sign-in, an updated API terms page: an igc-checkbox must be ticked to enable 'Accept and continue'; "
        "'Decline and sign out' signs out (dangerous)",
        "controls inside open shadow roots (buttons, inputs, labels, comboboxes, dialogs); inputs and buttons are "
        "form-associated custom elements",
        "nav drawer items are igc-nav-drawer-item elements with no role and no link (a click handler): "
        "'Developer' > 'API Keys'",
        "the key page opens on customer account 86360 and service 'Cegid File Exchange': two igc-selects "
        "('Customer account', 'Service', combobox + listbox of slotted options) and 'Apply'",
        "key list is a data grid drawn by script from a JSON endpoint (role=grid, gridcells), oldest first, 5 a "
        "page, a paginator of icon buttons ('Next page'...)",
        "row actions in an action strip that only shows on the hovered (or focused) row: 'Rotate secret' "
        "(dangerous) and 'Revoke key' (icon buttons)",
        "create in an igc-dialog 'New API key' ('Key name', 'Generate')",
        "one-time values in read-only igc-inputs ('Key ID', 'Secret', values inside the shadow input) in an "
        "igc-banner (role=status), copy icon buttons, 'Dismiss'",
        "revoke confirmed in an igc-dialog 'Revoke API key?' ('Revoke'); result in an igc-toast",
        "dangerous 'Delete all keys' (a native confirm), 'Rotate secret', 'Decline and sign out', 'Change "
        "password', 'Sign out'",
    ],
    "summary": "Ignite UI developer portal: drawer Developer > API Keys, choose the account and the service, "
    "a grid with actions on hover.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "okta_en"
PLANTED = [
    ("ERP connector", "2023-06-06T09:00:00+00:00", None),
    ("Nightly export", "2024-02-29T23:00:00+00:00", None),
    ("Essai blind", "2024-08-08T08:00:00+00:00", "2024-08-09T08:00:00+00:00"),
    ("BI dashboard", "2025-03-15T12:00:00+00:00", None),
    ("Staging", "2025-09-30T16:00:00+00:00", None),
    ("Mobile app", "2026-01-25T10:30:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("ERP connector", "2023-06-07T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("SFTP bridge", "2024-04-04T09:00:00+00:00", None)], service="Cegid File Exchange", tiers="86360")
    kit.gate("/terms/update", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    danger(kit, "/developer/api-keys/delete-all", "account_delete")
    danger(kit, "/developer/api-keys/rotate", "password_changed")
    danger(kit, "/account/password", "password_page", method="GET")
    kit.key_routes(
        "/developer/api-keys",
        "keys.html",
        name_field="key_name",
        default_service="Cegid File Exchange",
        sort="oldest",
        json_rule="/developer/api-keys/data",
        messages={
            "empty_name": "Key name is required.",
            "too_long": "Key name must be 100 characters or fewer.",
            "revoked": "API key {name} revoked.",
            "already": "API key {name} was already revoked.",
        },
    )
