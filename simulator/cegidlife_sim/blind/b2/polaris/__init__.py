"""Shopify Polaris admin look, in English: the keys live in an embedded app drawn in a same-origin
iframe; inside it, subscriptions and keys are resource lists with no field labels, one
subscription per service and tiers, a "More actions" popover per key, icon-only pagination."""

from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from flask import Flask, Response

    from .._kit import Kit

META = {
    "design": "Shopify Polaris admin (nav, embedded app, resource lists, cards, popovers)",
    "lang": "en",
    "classes": [
        "sign-in in the style of PingFederate, English, one step; 'Sign On' is a link with role=button",
        "home with a card of news naming Loop APIkey, and cards named by their heading",
        "the key manager is an embedded app in a same-origin iframe ('Apps' > 'Cegid Connect')",
        "subscriptions as a resource list with no field labels, one item per service and tiers",
        "keys as a resource list with no field labels; masked identifiers; expiry dates; quota",
        "'More actions' popover button (icon-only) with 'Revoke key', then a modal",
        "icon-only pagination (aria-label 'Previous' / 'Next'), 3 keys a page, newest first",
        "statuses Active / Expired / Revoked as badges; empty state as a heading and a sentence",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "ping_en"
VALIDITY_DAYS = 365
PLANTED = [
    ("storefront-sync", "2025-04-01T09:00:00+00:00", None),
    ("erp-nightly", "2024-10-10T22:00:00+00:00", None),
    ("old-zapier", "2023-03-03T10:00:00+00:00", "2023-08-08T08:00:00+00:00"),
]


def register(kit: Kit) -> None:
    kit.plant(PLANTED)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/apps/cegid-connect", "app_shell.html", endpoint="info_page")
    kit.page("/embedded/cegid-connect", "app_home.html", endpoint="catalogue")
    kit.key_routes(
        "/embedded/cegid-connect/keys",
        "keys.html",
        page_size=3,
        frame_ok=True,
        messages={
            "empty_name": "Key name can't be blank.",
            "too_long": "Key name is too long (maximum is 100 characters).",
            "revoked": "Key {name} revoked",
            "already": "Key {name} was already revoked",
        },
    )
    _frame_app_pages(kit.app)


def _frame_app_pages(app: Flask) -> None:
    @app.after_request
    def _same_origin_frames(response: Response) -> Response:
        from flask import request

        if request.path.startswith("/embedded/"):
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response
