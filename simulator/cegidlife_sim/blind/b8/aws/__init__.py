"""An AWS-console-like page (IAM "Security credentials" / "Access keys"), English: a "Root user" two-step
sign-in, a dark top bar whose customer-account selector (a menu) picks the tiers (kept in a cookie, opens on
86360), IAM's side navigation, a "Services" table (one IAM-like service user per online service), the
service's page with tabs, "Security credentials" with the "Access keys" container (one card per key, an
"Actions" menu with "Delete"); "Create access key" is a wizard: a use-case radio group and a confirmation
checkbox, then an optional description tag (the key's name), then "Retrieve access keys" with the identifier,
the secret hidden until "Show", "Download .csv file", and "Done" asking to confirm the secret was saved."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "AWS Management Console / Cloudscape-like IAM pages (top navigation, side navigation, tables, "
    "tabs, containers, wizard, flashbar, modals, button dropdowns)",
    "lang": "en",
    "classes": [
        "English; sign-in 'Root user' (radio) + 'Root user email address' + 'Next', then 'Password' + 'Sign in'",
        "customer account chosen in the top bar ('Customer account: 86360 ...' button opening a menu of accounts, "
        "kept in a cookie)",
        "IAM side navigation 'Access management' > 'Services'; a table of services (links), then the service's tabs "
        "('Permissions', 'Groups', 'Tags', 'Security credentials', 'Last Accessed') as links",
        "'Access keys (N)' container: one card per active key (heading = description tag), 'Created' as '3 "
        "days ago' (exact date in a title); at most two keys ('Create access key' disabled at two)",
        "'Create access key' is a wizard: step 1 radio group 'Use case' + checkbox 'I understand the above "
        "recommendation and want to proceed to create an access key.' + 'Next'; step 2 'Description tag value' "
        "(optional: the key's name) + 'Create access key'",
        "step 3 'Retrieve access keys': a table 'Access key' / 'Secret access key', the secret masked until "
        "'Show', copy buttons, 'Download .csv file'; 'Done' opens a modal asking to confirm ('Continue')",
        "each key's 'Actions' button opens a menu ('Delete', 'View usage'); modal 'Delete access key?' with "
        "'Cancel' / 'Delete'; deleted keys leave the list; a flashbar message (role=status)",
    ],
    "summary": "AWS-like IAM: account menu > IAM > Services > Loop APIkey > Security credentials > wizard.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "aws_en"
COOKIE = "b8_aws_account"
RULE = "/iam/services/credentials"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("ERP nightly export", days_ago(48, 6, 30), None)])
    kit.plant([("Old integration", days_ago(400), days_ago(300))])
    kit.plant([("Store dashboard", days_ago(12, 14, 5), None)], tiers="86360")

    def active_count(code: str, service_id: int) -> int:
        return sum(1 for k in kit.keys(kit.tier(code), kit.service(service_id)) if k.active)

    kit.app.jinja_env.globals.update(b8_aws_active=active_count)
    tier_switch(kit, "/console/switch-account", COOKIE)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/iam/home", "iam.html", endpoint="info_page")
    kit.page("/iam/services", "services.html", endpoint="catalogue")
    kit.page("/iam/services/detail", "service.html", endpoint="info_page")
    kit.page("/iam/services/create-access-key", "wizard.html", endpoint="info_page", key_rule=RULE)
    kit.page("/console/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        name_field="description",
        messages={
            "empty_name": "Enter a description tag value.",
            "too_long": "The description must be 100 characters or fewer.",
            "revoked": 'The access key "{name}" was deleted.',
            "already": 'The access key "{name}" was already deleted.',
        },
    )
