"""A Supabase Studio-like dashboard in English (dark theme): its own sign-in page, a first-party cookie toast in the
bottom-right corner, an organisation's projects as cards (one project per customer account, plus a paused one), an
icon-only side rail whose "Project Settings" link opens a settings menu of grouped links, an "API Keys" page with
in-page tabs, a publishable key, and the secret keys of every service as an ARIA grid; "New secret key" opens a side
sheet with a native select of services; the new key in a callout with a masked secret and "Reveal"; deletion through
a "More options" menu (title only) and a dialog asking to type the key's name; a switch to show revoked keys."""

from __future__ import annotations

import typing as t

from flask import abort

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Supabase Studio (dark theme: org projects as cards, icon rail, grouped settings menu, tabs, data grid, "
    "side sheet, callouts, dropdown menus, typed confirmation)",
    "lang": "en",
    "classes": [
        "own sign-in page on the sign-in server, one step: 'Email', 'Password', 'Sign In' (GitHub / SSO buttons)",
        "a cookie toast in the bottom-right corner (non-modal, over the page: 'Accept' / 'Opt out')",
        "projects of the organisation as cards: one per customer account (named after it, with its reference), "
        "plus a paused project; a search box",
        "project pages with an icon-only side rail (aria-label): ..., 'Project Settings'",
        "settings menu of grouped links (PROJECT SETTINGS / CONFIGURATION / BILLING): 'API Keys'",
        "'API Keys' page with in-page tabs ('API Keys', 'Legacy API Keys'), a publishable key, then 'Secret keys'",
        "keys of every service of the project as an ARIA grid (grid/row/columnheader/gridcell), newest first; "
        "revoked keys hidden until the switch 'Show revoked keys' (role=switch) is on",
        "'New secret key' opens a side sheet (dialog): 'Name', 'Description (optional)', 'Service' (native select "
        "with a placeholder, required), 'Create API key'",
        "the new key in a callout (role=alert): read-only 'Key ID', 'Secret key' masked (type=password) with "
        "'Reveal' (aria-pressed) and 'Copy' buttons",
        "deletion: icon button with only a title 'More options' (aria-haspopup=menu) > menuitem 'Delete API key' > "
        "dialog 'Delete secret API key' asking to type the key's name; toast (role=status)",
    ],
    "summary": "Supabase: Opt out; project FUTUROSCOPE CEDEX; Project Settings > API Keys; New secret key "
    "(Service Loop APIkey) > Create API key; Reveal; More options > Delete API key > type name > Delete.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "supabase_en"
RULE = "/dashboard/project-settings/api-keys"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("edge-function-sync", days_ago(310, 8, 20), None),
            ("n8n-workflows", days_ago(150, 13, 10), days_ago(20)),
            ("etl-nightly", days_ago(75, 1, 30), None),
        ]
    )
    kit.plant([("payroll-bridge", days_ago(33, 10, 0), None)], service="D\u00e9mat\u00e9rialisation RH")
    kit.plant([("preview-branch", days_ago(12, 18, 0), None)], tiers="86360")
    kit.page("/", "projects.html", endpoint="home")
    kit.page("/dashboard/org/<slug>", "page.html", endpoint="info_page")

    def project(code: str, area: str = "", section: str = "") -> str:
        tier = kit.tier(code)
        if section:
            return kit.render("settings.html", tier=tier, section=section)
        return kit.render("project.html", tier=tier, area=area)

    def project_root(code: str) -> str:
        return project(code)

    def project_area(code: str, area: str) -> str:
        if area == "settings":
            abort(404)
        return project(code, area=area)

    def project_settings(code: str, section: str) -> str:
        return project(code, section=section)

    kit.app.add_url_rule("/dashboard/project/<code>", endpoint="catalogue", view_func=project_root)
    kit.app.add_url_rule("/dashboard/project/<code>/<area>", endpoint="b12_sb_area", view_func=project_area)
    kit.app.add_url_rule(
        "/dashboard/project/<code>/settings/<section>", endpoint="b12_sb_settings", view_func=project_settings
    )
    kit.key_routes(
        RULE,
        "keys.html",
        fixed_service=False,
        typed_confirm=True,
        name_field="name",
        messages={
            "empty_name": "Please provide a name for your API key",
            "too_long": "Name must be at most 100 characters",
            "revoked": "Successfully deleted secret API key {name}",
            "already": "Secret API key {name} was already deleted",
            "typed": "The name you entered does not match: the API key was not deleted",
        },
    )
