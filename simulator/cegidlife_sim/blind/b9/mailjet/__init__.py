"""A Mailjet-like "API Key Management" page, English: a split-screen sign-in, a Cookiebot-like consent banner,
the user menu's "Account settings" (a grid of sections, "REST API" > "API Key Management (Primary and
Sub-account)"), a customer account radio group (role=radio, reloads the page) and a "Service" select with
"Apply"; the primary key block (a decoy) and the sub-account keys table whose "Status" column is a switch
(role=switch): switching a key off asks "Deactivate this API key?"; at most 5 active keys per service (the
create control is then disabled with a message); the new key's values in a callout with "Copy" buttons."""

from __future__ import annotations

import typing as t
from urllib.parse import urlencode

from flask import redirect, request

from .._common import install

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from ..._kit import Kit

META = {
    "design": "Mailjet app (top navigation, user menu, account settings grid, tables, toggles, callouts, modals)",
    "lang": "en",
    "classes": [
        "English; sign-in on another origin, one step: 'Email address', 'Password', 'Remember me', 'Log in'",
        "a Cookiebot-like consent banner covering the page ('Deny', 'Customize', 'Allow all')",
        "user menu (button named by the user, aria-expanded) > 'Account settings': a grid of sections named by "
        "their headings; 'REST API' > 'API Key Management (Primary and Sub-account)'",
        "customer account as an ARIA radio group (role=radio, choosing one reloads the page); 'Service' select and "
        "'Apply'",
        "a 'Primary API key' block (decoy: not the service's keys)",
        "sub-account keys table: 'Name', 'API key', 'Secret key' (always '••••••••'), 'Created', 'Status'; the "
        "status is a switch (role=switch, 'Active'); switching it off opens 'Deactivate this API key?' "
        "('Cancel' / 'Deactivate'); deactivated keys keep a disabled switch and 'Inactive'",
        "quota: at most 5 active sub-account keys per service (also refused by the server); at 5 the 'Create a "
        "Sub-account API Key' button is disabled with a message; the page opens on 86360, whose Loop APIkey is full",
        "creation: 'Create a Sub-account API Key' discloses an inline form (aria-expanded) 'Name' + 'Create'",
        "one-time values in a callout 'Your new sub-account API key is ready' (a table 'API Key' / 'Secret Key' "
        "with row headers, 'Copy' buttons)",
    ],
    "summary": "Mailjet-like: user menu > Account settings > API Key Management; account 95943, Service Loop "
    "APIkey, Apply.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "mailjet_en"
RULE = "/account/api-keys"
QUOTA = 5


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Website signup form", "2024-04-02T09:00:00+00:00", None),
            ("Old CRM connector", "2022-10-10T10:00:00+00:00", "2023-12-01T08:00:00+00:00"),
            ("Order confirmations", "2025-02-14T15:30:00+00:00", None),
        ]
    )
    kit.plant(
        [(f"Park terminal {n}", f"2025-0{n}-03T08:00:00+00:00", None) for n in range(1, QUOTA + 1)],
        tiers="86360",
    )
    kit.app.jinja_env.globals.update(b9_mj_quota=QUOTA)

    @kit.app.before_request
    def _quota() -> ResponseReturnValue | None:
        if request.endpoint != "generate_key" or request.method != "POST":
            return None
        tier, service = kit.tier(request.form.get("tiers") or None), kit.service(request.form.get("service"))
        if sum(1 for k in kit.keys(tier, service) if k.active) < QUOTA:
            return None
        kit.portal.flash("alert", f"You can't have more than {QUOTA} active sub-account API keys.")
        return redirect(f"{RULE}?{urlencode({'tiers': tier.code, 'service': service.id})}", code=303)

    kit.page("/", "home.html", endpoint="home")
    kit.page("/account", "settings.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        name_field="name",
        messages={
            "empty_name": "Please give your API key a name.",
            "too_long": "The name must be 100 characters or fewer.",
            "revoked": 'The API key "{name}" has been deactivated.',
            "already": 'The API key "{name}" was already inactive.',
        },
    )
