"""A Spendesk-like spend management app in English (Grapes-like design): a sign-in on the portal's origin with a
"Trust this browser?" question before the hand-back, a Cookiebot-like consent dialog, an entity switcher (a menu
of role=menuitemradio; opens on an entity at its quota of active keys), Settings with vertical tabs, an
Integrations catalogue of cards (and a blog card that mentions the service), the API keys of one integration with
active and expired keys and a switch to show revoked ones, a quota that disables "Create API key", a modal with a
role=radio expiry choice, the credentials shown once (secret masked, "Reveal"), and "Revoke" with a dialog."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Spendesk-like web app (Grapes-like: left navigation, entity switcher, settings with vertical tabs, "
    "integration cards, tables, switches, modals, toasts)",
    "lang": "en",
    "classes": [
        "English; sign-in on the portal's origin (under /adfs/), one step: 'Work email', 'Password', 'Log in'; "
        "then 'Trust this browser?' before the hand-back ('Don't trust' / 'Trust')",
        "a Cookiebot-like consent dialog covering the page ('We use cookies': 'Use necessary cookies only', 'Allow "
        "all cookies')",
        "entity switcher at the top left (button named by the entity, aria-haspopup=menu) with role=menuitemradio "
        "entries; opens on CHASSENEUIL DU POITOU; kept in a cookie",
        "Settings with vertical tabs (role=tablist, aria-orientation=vertical, links): 'Integrations'",
        "integrations catalogue as cards (article named by its h3) with 'Manage' links; a blog card that mentions "
        "Loop APIkey",
        "quota: 3 active keys per entity; at the quota 'Create API key' is disabled with a message",
        "keys in a table (th): 'Active' and 'Expired' (one year validity); a switch 'Show revoked keys' "
        "(role=switch) reloads the list with revoked ones",
        "'Create API key' modal: 'Key name', 'Expires in' as a role=radio group, scope switches, 'Create key'",
        "one-time values in a modal 'Copy your API credentials': 'Client ID' as text, 'Client secret' masked "
        "with 'Reveal' (aria-pressed), 'Copy' buttons, 'Done'",
        "revocation: 'Revoke' on the row, dialog 'Revoke this API key?' ('Cancel' / 'Revoke key'), toast (role=status)",
    ],
    "summary": "Spendesk-like: entity switcher > FUTUROSCOPE CEDEX; Settings > Integrations > Loop APIkey Manage > "
    "Create API key.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "spendesk_en"
SIGNIN_DONE = "spendesk_done_en"
VALIDITY_DAYS = 365
COOKIE = "b10_spendesk_entity"
RULE = "/settings/integrations/api-keys"
QUOTA = 3


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Payroll sync", days_ago(45, 10, 0), None)])
    kit.plant([("BI export", days_ago(410, 9, 15), None)])
    kit.plant([("Old Zapier", days_ago(380, 14, 0), days_ago(200))])
    for n, name in enumerate(["Budget bot", "Receipts OCR", "Treasury"]):
        kit.plant([(name, days_ago(80 - 20 * n, 9, 0), None)], tiers="86360")
    tier_switch(kit, "/entity/switch", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/settings", "settings.html", endpoint="info_page")
    kit.page("/settings/integrations", "integrations.html", endpoint="catalogue")
    kit.page("/settings/<slug>", "settings.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        name_field="name",
        messages={
            "empty_name": "Give your key a name.",
            "too_long": "The name must be 100 characters or fewer.",
            "revoked": 'API key "{name}" revoked.',
            "already": 'API key "{name}" was already revoked.',
        },
    )
    kit.app.jinja_env.globals.update(b10_spendesk_quota=QUOTA)
