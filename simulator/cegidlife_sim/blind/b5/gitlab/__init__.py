"""GitLab (Pajamas) look, in English: a two-factor authentication reminder after sign-in, customer
accounts as groups whose projects are the services (each service once per account), the project's
sidebar with a collapsible "Settings" section, project access tokens in a table whose columns show last
use and expiry but no creation date, a collapsed "Add new token" form, the new token masked in a
read-only field until the eye button, a revoke confirmation modal, and "Sign out" on the way."""

from __future__ import annotations

import typing as t

from ...b4._common import danger

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "GitLab Pajamas (top bar, super sidebar, group and project lists, crud card, gl-table, gl-modal, "
    "gl-alert)",
    "lang": "en",
    "classes": [
        "sign-in in the style of GitLab, English, one step (SSO origin)",
        "two-factor authentication reminder between sign-in and the portal: 'Remind me later' commits to nothing, "
        "'Set up now' saves the profile (dangerous)",
        "customer accounts as groups; each group lists every service once as a project",
        "project sidebar with a collapsible 'Settings' section (aria-expanded) > 'Access tokens'",
        "collapsed 'Add new token' form (aria-expanded)",
        "active tokens in a table whose columns are name, scopes, last used, expires: no creation date; "
        "inactive tokens in a second table",
        "new token masked in a read-only field until 'Click to reveal'; copy button",
        "'Revoke' button per row, then a modal 'Revoke'",
        "statuses Active / Expired / Revoked; planted 'essai_blind', 'essai-blind-ci'",
        "dangerous 'Set up now' (2FA) and 'Sign out' in the user menu",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "gitlab_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("essai-blind-ci", "2026-03-03T09:00:00+00:00", None),
    ("essai_blind", "2026-09-29T09:00:00+00:00", None),
    ("renovate-bot", "2026-06-16T09:00:00+00:00", None),
    ("terraform-state", "2024-11-11T09:00:00+00:00", None),
    ("old-deploy", "2025-01-01T09:00:00+00:00", "2025-02-01T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.plant([("renovate-bot", "2026-06-17T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("sftp-sync", "2026-01-20T09:00:00+00:00", None)], service="Cegid File Exchange")
    kit.gate("/-/profile/two_factor_auth/reminder", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/groups/<code>", "group.html", endpoint="catalogue")
    danger(kit, "/-/profile/two_factor_auth/setup", "profile_saved")
    kit.key_routes(
        "/project/-/settings/access_tokens",
        "keys.html",
        name_field="access_token[name]",
        messages={
            "empty_name": "Token name can't be blank.",
            "revoked": "Revoked project access token {name}!",
            "already": "Project access token {name} was already revoked.",
        },
    )
