"""GitHub Primer look, in English: customer accounts shown as organizations, each with an UnderlineNav
and a Settings area whose NavList has a collapsible "Developer settings" group > "API keys"; one page
for every service's keys of the organization (a Box list, oldest first, Previous / Next pagination,
revoked keys hidden by a SegmentedControl), "Generate new key" behind a "Confirm access" password
prompt (sudo mode), the service chosen by radio buttons on the new-key page, the new values in a
flash Box, and "Delete" per key with a Primer dialog."""

from __future__ import annotations

import typing as t
from urllib.parse import urlencode

from flask import redirect, request, session

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from ..._kit import Kit

META = {
    "design": "GitHub Primer (header with side-panel dialogs, UnderlineNav, NavList, Subhead, Box list, "
    "SegmentedControl, flash, Dialog, pagination)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Cisco Duo SSO, English, one step (SSO origin)",
        "GitHub-like cookie banner ('Accept' / 'Reject' / 'Manage cookies') that does not block the page",
        "user menu as a side-panel dialog ('Open user navigation menu') > 'Your organizations'",
        "customer accounts as organizations; a 'Leave' button beside each (dangerous)",
        "org settings NavList with a collapsible group 'Developer settings' (aria-expanded) > 'API keys'",
        "one page for every service's keys of the account; service shown as a label on each key",
        "'Generate new key' goes through 'Confirm access' (password again, sudo mode)",
        "new-key page: 'Key name', service as native radio buttons, fixed expiration; 'Generate key'",
        "keys as a Box list (role=list), oldest first, 4 a page, 'Previous' / 'Next' links named "
        "'Previous Page' / 'Next Page'",
        "revoked keys hidden by default (SegmentedControl 'Active' / 'Revoked' / 'All')",
        "revocation called 'Delete', confirmed in a dialog ('I understand, delete this key')",
        "new values in a flash Box: Key ID and Secret in code elements with copy buttons",
        "English dates ('Created on Jan 23, 2021', 'Expires on Sat, Dec 5 2027')",
        "dangerous 'Revoke all', 'Leave', 'Update profile', 'Delete this organization', 'Sign out'",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "duosso_en"
VALIDITY_DAYS = 365
SUDO = "b6_primer_sudo"
PLANTED = [
    ("zapier-prod", "2025-11-03T09:00:00+00:00", None),
    ("power-bi", "2026-01-14T09:00:00+00:00", None),
    ("essai_blind", "2026-03-09T09:00:00+00:00", None),
    ("old-etl", "2025-02-02T09:00:00+00:00", "2025-06-06T09:00:00+00:00"),
    ("nightly-export", "2025-10-10T09:00:00+00:00", None),
    ("ESSAI-BLIND", "2026-06-21T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("power-bi", "2026-01-15T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("edi-suppliers", "2026-04-04T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/orgs", "orgs.html", endpoint="catalogue")
    kit.page("/orgs/<code>", "org.html", endpoint="info_page")
    kit.page("/orgs/<code>/settings", "general.html", endpoint="info_page")
    kit.page("/orgs/<code>/settings/<section>", "placeholder.html", endpoint="info_page")
    kit.page("/docs/<slug>", "placeholder.html", endpoint="info_page")
    danger(kit, "/orgs/leave", "account_delete")
    danger(kit, "/orgs/delete", "account_delete")
    danger(kit, "/orgs/profile", "profile_saved")
    danger(kit, "/settings/keys/revoke-all", "account_delete")

    def new_key() -> ResponseReturnValue:
        if not session.get(SUDO):
            return redirect("/sessions/sudo?" + urlencode({"return_to": request.full_path.rstrip("?")}))
        return kit.render("new.html")

    def sudo() -> ResponseReturnValue:
        back = request.values.get("return_to", "/")
        if not back.startswith("/") or back.startswith("//"):
            back = "/"
        if request.method == "POST":
            if request.form.get("sudo_password"):
                session[SUDO] = True
                return redirect(back, code=303)
            return kit.render("sudo.html", return_to=back, failed=True)
        return kit.render("sudo.html", return_to=back, failed=False)

    kit.app.add_url_rule("/settings/keys/new", endpoint="b6_primer_new", view_func=new_key, methods=["GET"])
    kit.app.add_url_rule("/sessions/sudo", endpoint="b6_primer_sudo", view_func=sudo, methods=["GET", "POST"])
    kit.key_routes(
        "/settings/keys",
        "keys.html",
        fixed_service=False,
        page_size=4,
        sort="oldest",
        name_field="key_name",
        messages={
            "empty_name": "Key name can't be blank.",
            "too_long": "Key name is too long (maximum is 100 characters).",
            "revoked": "Deleted API key {name}.",
            "already": "API key {name} was already deleted.",
        },
    )
