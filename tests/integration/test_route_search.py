"""The way search (route.py) in a real Chromium, on a small site of its own served at an https
address: a view it has explored (an address and the controls it shows) is not explored again from
as deep or deeper, so a "Accueil" link back to the first page spends one click, not a subtree."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import RouteFinder
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.simulator import CHROMIUM

pytestmark = pytest.mark.integration

NAV = '<nav><a href="/">Accueil</a> <a href="/actualites">Actualités</a> <a href="/factures">Factures</a></nav>'
PAGES = {
    "/": "<h1>Bienvenue</h1>",
    "/actualites": "<h1>Actualités</h1><p>Rien de neuf.</p>",
    "/factures": '<h1>Factures</h1><a href="/factures/2026">Factures 2026</a>',
    "/factures/2026": "<h1>Factures 2026</h1>",
}


def _serve(route: t.Any) -> None:
    path = route.request.url.split("portal.test", 1)[1].split("?", 1)[0]
    body = PAGES.get(path)
    if body is None:
        route.fulfill(status=404, body="")
        return
    html = (
        f'<!doctype html><html lang="fr"><head><title>Espace</title></head><body>{NAV}<main>{body}</main></body></html>'
    )
    route.fulfill(content_type="text/html; charset=utf-8", body=html)


def test_a_view_already_explored_is_not_explored_again() -> None:
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        page = browser.page
        assert page is not None
        page.route("https://portal.test/**", _serve)
        page.goto("https://portal.test/")
        finder = RouteFinder(page, Labels(), 5, service="Loop APIkey", tiers=None, at_key_page=lambda via: False)
        with pytest.raises(NotFoundError, match="no way to the key page"):
            finder.find()
    tried = finder.tried
    # Every page was looked at, the one two levels down included...
    assert any(path.endswith("link 'Factures 2026'") for path in tried), tried
    # ...and nothing was tried past a click that led back to a view already explored.
    assert not [path for path in tried if "link 'Accueil' >" in path], tried
