"""Twilio Paste look (the Twilio Console), in English: Terms of Service to accept after sign-in, an
account switcher menu in the top bar (the choice kept in a cookie), an "Admin" menu > "Account
management" with a side nav disclosure "Keys & credentials" > "API keys & tokens", tabs "Auth tokens"
(a decoy auth token behind "Show") / "API keys", keys in a table whose names link to a detail page,
a "Create new API key" page with the service in an autocomplete combobox, a "Copy secret key" page
with a "Got it!" checkbox enabling "Done", and "Delete this API key" on the detail page, confirmed in
an alert dialog."""

from __future__ import annotations

import typing as t

from flask import abort, g, redirect, request

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from ..._kit import Kit

META = {
    "design": "Twilio Paste (Console top bar, Menu, Sidebar disclosure, Tabs, Table, Combobox, Callout, "
    "AlertDialog, Badge)",
    "lang": "en",
    "classes": [
        "sign-in in the style of JumpCloud, English, two steps ('Continue', then 'Log In'; SSO origin)",
        "Terms of Service to accept between sign-in and the portal (checkbox enabling 'Continue')",
        "account switcher menu in the top bar, the choice kept in a cookie; opens on account 86360",
        "'Admin' menu > 'Account management'; sidebar disclosure 'Keys & credentials' (aria-expanded)",
        "tabs 'Auth tokens' (first; a decoy auth token behind 'Show') / 'API keys'",
        "one table for every service's keys of the account; names are links to a detail page",
        "create page: 'Friendly name', region select, service in an autocomplete combobox (role=combobox)",
        "'Copy secret key' page: SID and secret in text with copy buttons; 'Got it!' checkbox enables 'Done'",
        "revocation called deletion, only on the key's detail page ('Delete this API key'), then an "
        "alertdialog ('Delete'); deleted keys leave the table",
        "statuses Active / Expiring / Expired as badges; English dates",
        "dangerous 'Log out', 'Close account' on the general settings page",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "jumpcloud_en"
VALIDITY_DAYS = 365
COOKIE = "b6_paste_account"
KEYS = "/console/admin/keys"
PLANTED = [
    ("Production webhook", "2026-02-02T09:00:00+00:00", None),
    ("essai blind", "2026-10-02T09:00:00+00:00", None),
    ("Staging", "2025-12-22T09:00:00+00:00", None),
    ("Old Heroku app", "2025-04-04T09:00:00+00:00", None),
    ("Retired CRM", "2024-10-10T09:00:00+00:00", "2025-02-02T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Production webhook", "2026-02-03T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("SFTP bridge", "2026-06-06T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/console/terms", "terms.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/console/admin/account", "account.html", endpoint="catalogue")
    kit.page("/console/admin/account/<section>", "account.html", endpoint="info_page")
    kit.page("/console/admin/keys/create", "create.html", endpoint="info_page")
    kit.page("/docs/<slug>", "doc.html", endpoint="info_page")
    danger(kit, "/console/admin/account/close", "account_delete")

    def switch() -> ResponseReturnValue:
        code = request.args.get("account", "")
        response = redirect("/", code=303)
        user = g.get("user")
        if user is not None and any(t.code == code for t in kit.store.tiers_for_account(user.account_id)):
            response.set_cookie(COOKIE, code, path="/", samesite="Lax")
        return response

    def detail(key_id: int) -> ResponseReturnValue:
        user = g.get("user")
        key = kit.store.key(key_id)
        tier = kit.store.tier_by_id(key.tier_id) if key else None
        if user is None or key is None or tier is None or tier.account_id != user.account_id:
            abort(404)
        return kit.render("detail.html", k=kit.view(key), tier=tier, revoke_url=f"{KEYS}/{key.id}/revoquer")

    kit.app.add_url_rule("/console/switch", endpoint="b6_paste_switch", view_func=switch, methods=["GET"])
    kit.app.add_url_rule(f"{KEYS}/<int:key_id>", endpoint="b6_paste_detail", view_func=detail, methods=["GET"])
    kit.key_routes(
        KEYS,
        "keys.html",
        fixed_service=False,
        name_field="friendly_name",
        messages={
            "empty_name": "Friendly name is required.",
            "too_long": "Friendly name must be 100 characters or fewer.",
            "revoked": "API key {name} was deleted.",
            "already": "API key {name} had already been deleted.",
        },
    )
