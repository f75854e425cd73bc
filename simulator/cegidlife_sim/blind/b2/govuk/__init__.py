"""GOV.UK Design System look, in English: one question per page. Services as a task list, the
organisation (tiers) asked on its own page with radios, the key's name asked on its own page, and
revocation confirmed on its own page (no dialogs anywhere); a two-stage cookie banner."""

from __future__ import annotations

import typing as t

from flask import abort

if t.TYPE_CHECKING:
    from .._kit import Kit

META = {
    "design": "GOV.UK Design System (one question per page, task list, panel, summary list)",
    "lang": "en",
    "classes": [
        "sign-in in the style of Entra ID, English, one step (SSO origin)",
        "two-stage cookie banner ('Reject analytics cookies', then 'Hide cookie message')",
        "services as a task list with status tags; a guidance link naming Loop APIkey",
        "the tiers asked on its own page: 'Which organisation is this for?' (radios + 'Continue')",
        "'Create an API key' is a link styled as a button (role=button) leading to a question page",
        "the key's name asked on its own page ('What do you want to call this key?', 'Continue')",
        "values in a green panel and a summary list ('Key ID' / 'Secret')",
        "table with a caption; 'Revoke' links whose accessible name carries visually-hidden text",
        "revocation confirmed on its own page ('Yes, revoke this key' / 'No, go back')",
        "statuses Active / Expired / Revoked as tags; expiry dates; empty list as a sentence",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "entra_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("Payroll export", "2024-07-01T08:00:00+00:00", None),
    ("Old reporting tool", "2023-05-05T09:00:00+00:00", "2023-10-10T10:00:00+00:00"),
]
KEYS = "/services/keys"


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/services", "services.html", endpoint="catalogue")
    kit.page("/services/<int:sid>/organisation", "organisation.html", endpoint="info_page")
    kit.page("/services/keys/new", "name.html", endpoint="info_page")
    kit.page("/guidance/<slug>", "guidance.html", endpoint="info_page")
    kit.key_routes(
        KEYS,
        "keys.html",
        name_field="key-name",
        messages={
            "empty_name": "Enter a name for the key",
            "too_long": "Key name must be 100 characters or fewer",
            "revoked": "You revoked {name}",
            "already": "{name} had already been revoked",
        },
    )

    def revoke_confirm(key_id: int) -> str:
        user = kit.portal.admin()
        key = kit.store.key(key_id)
        tier = kit.store.tier_by_id(key.tier_id) if key else None
        if key is None or tier is None or tier.account_id != user.account_id or not key.active:
            abort(404)
        return kit.render(
            "revoke.html", key=kit.view(key), tier=tier, revoke_url=f"{KEYS}/{key_id}/revoquer", keys_url=KEYS
        )

    kit.app.add_url_rule(f"{KEYS}/<int:key_id>/revoke", endpoint="revoke_confirm", view_func=revoke_confirm)
