"""The way search (route.py) in a real Chromium, on small sites of its own served at an https
address: a view it has explored (an address and the controls it shows) is not explored again from
as deep or deeper, so a "Accueil" link back to the first page spends one click, not a subtree; a
gate (a page between the sign-in and the portal that asks which account, with nothing to fill) is
passed by the account asked for even where its buttons post, and nowhere else is a form posted."""

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


PICKER = """<!doctype html><html lang="fr"><head><title>Entreprise</title></head><body><main>
<h1>Sur quelle entreprise souhaitez-vous travailler ?</h1><form method="post" action="/choix">
<input type="{field}" aria-label="Rechercher une entreprise">
<button name="suite" value="86360">CHASSENEUIL DU POITOU <small>SIC 86360</small></button>
<button name="suite" value="95943">FUTUROSCOPE CEDEX <small>SIC 95943</small></button>
</form></main></body></html>"""


class _Picker:
    """A company picker that posts, then each company's page with a link to its keys."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.posted: list[str] = []

    def __call__(self, route: t.Any) -> None:
        path = route.request.url.split("portal.test", 1)[1]
        if route.request.method == "POST":
            chosen = (route.request.post_data or "").rsplit("=", 1)[-1]
            self.posted.append(chosen)
            body = f'<h1>Entreprise {chosen}</h1><a href="/e/{chosen}/cles">Clés d&#39;API</a>'
        elif path == "/":
            body = PICKER.format(field=self.field)
        else:
            body = "<h1>Clés</h1>"
        route.fulfill(content_type="text/html; charset=utf-8", body=f"<!doctype html><html><body>{body}</body></html>")


@pytest.mark.parametrize("field", ["search", "text"])
def test_a_gate_is_passed_by_the_account_asked_for_and_a_form_is_posted_nowhere_else(field: str) -> None:
    """b6/pennylane. With a text field to fill (not a search among the companies) it is no gate."""
    picker = _Picker(field)
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        page = browser.page
        assert page is not None
        page.route("https://portal.test/**", picker)
        page.goto("https://portal.test/")
        finder = RouteFinder(
            page, Labels(), 5, service="Loop APIkey", tiers="95943", at_key_page=lambda via: page.url.endswith("/cles")
        )
        if field == "text":
            with pytest.raises(NotFoundError, match="no way to the key page"):
                finder.find()
            assert picker.posted == []
            return
        arrival = finder.find()
    assert picker.posted == ["95943"], finder.tried
    assert [s["name"] for s in arrival.steps] == ["FUTUROSCOPE CEDEX SIC 95943", "Clés d'API"]
