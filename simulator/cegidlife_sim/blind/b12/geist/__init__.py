"""A Vercel-like dashboard in the Geist design system, in English: its own two-step log-in page, a "secure your
account" interstitial to skip, a team switcher (a popover with a filtering combobox and a listbox of teams) that opens
on the other customer account, the dashboard's tab bar, team Settings with a side list, a "Create Token" card whose
scope is an ARIA combobox of services, the new token in a modal with Geist snippets, tokens as articles of
definition lists with a "..." menu, and deletion confirmed by typing the token's name."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Vercel dashboard (Geist design system: header with team switcher, tab bar, settings side list, "
    "cards, snippets, menus, modals, toasts)",
    "lang": "en",
    "classes": [
        "own log-in page on the sign-in server, two steps: 'Email Address', 'Continue with Email', 'Password', "
        "'Log In' (provider buttons beside it)",
        "an interstitial between sign-in and the dashboard: 'Secure your account' ('Set up two-factor "
        "authentication' / 'Remind me later')",
        "team switcher in the header (a button showing the team, opens a popover dialog 'Switch team' with a "
        "combobox 'Find Team...' filtering a listbox of teams); opens on CHASSENEUIL DU POITOU, kept in a cookie",
        "tab bar (Overview, Integrations, Deployments, Activity, Domains, Usage, Storage, Settings)",
        "team Settings with a side list of sections: 'General', 'Billing', 'Members', ..., 'Tokens'",
        "'Create Token' card: 'Token Name', 'Scope' as an ARIA combobox (button) of services with a listbox, "
        "'Create'; an inline error when no scope is picked",
        "the new token in a modal 'Token Created': Geist snippets 'Token ID' and 'Token' with icon-only copy "
        "buttons (aria-label), 'Done'",
        "every service's tokens of the team as articles (h3 name, dl Scope / Created / Expires / Token), newest "
        "first; expired and revoked ones marked; tokens expire after a year",
        "deletion: '...' button 'Token options' (aria-haspopup=menu) > menuitem 'Delete' > modal 'Delete Token' "
        "asking to type the token's name; toast (role=status)",
    ],
    "summary": "Vercel/Geist: Remind me later; team switcher > FUTUROSCOPE CEDEX; Settings > Tokens; Create Token "
    "(Scope Loop APIkey); Token options > Delete > type name > Delete.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "vercel_en"
VALIDITY_DAYS = 365
COOKIE = "b12_geist_team"
RULE = "/dashboard/settings/tokens"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("github-actions-deploy", days_ago(600, 10, 5), None),
            ("accounting-sync", days_ago(200, 14, 40), None),
            ("old-bi-export", days_ago(420, 9, 30), days_ago(300)),
        ]
    )
    kit.plant([("Nightly files", days_ago(45, 2, 0), None)], service="Cegid File Exchange")
    kit.plant([("staging", days_ago(20, 16, 0), None)], tiers="86360")
    tier_switch(kit, "/teams/switch", COOKIE)
    kit.gate("/account/security-checkup", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/dashboard/<tab>", "page.html", endpoint="info_page")
    kit.page("/dashboard/settings", "settings.html", endpoint="catalogue", section="general")
    kit.page("/dashboard/settings/<section>", "settings.html", endpoint="catalogue")
    kit.page("/account/<section>", "page.html", endpoint="info_page", tab="account")
    kit.key_routes(
        RULE,
        "tokens.html",
        fixed_service=False,
        typed_confirm=True,
        name_field="name",
        messages={
            "empty_name": "Token name is required.",
            "too_long": "Token name must be 100 characters or fewer.",
            "revoked": 'Token "{name}" deleted.',
            "already": 'Token "{name}" was already deleted.',
            "typed": "The name you typed does not match. The token was not deleted.",
        },
    )
