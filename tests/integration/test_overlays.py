"""Layers drawn over a page that take the clicks (issue 21 §2): a cookie consent with a veil, under it
an announcement, in a real Chromium. The page object's click notices the blocked click within two
seconds (not after the timeout), answers each layer with the choice that commits to nothing more
("Tout refuser", "J'ai compris"; never "Tout accepter"), then makes its click."""

from __future__ import annotations

import time
import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import chromium_page

pytestmark = pytest.mark.integration

PAGE = """<!doctype html><html lang="fr"><head><title>Accueil</title><style>
  .veil { position: fixed; inset: 0; background: rgba(0,0,0,.5); }
  .bar { position: fixed; left: 0; right: 0; bottom: 0; background: #333; color: #fff; padding: 1em; }
  .modal { position: fixed; inset: 0; background: #fff; padding: 1em; }
</style></head><body>
<nav><button id="target" onclick="document.title = 'clicked'">Mon compte</button></nav>
<div class="modal" role="dialog" aria-modal="true" aria-label="Nouveauté"><p>Nouveau !</p>
  <button onclick="this.closest('.modal').remove(); window.said.push('annonce')">J'ai compris</button></div>
<div class="veil"></div>
<div class="bar" role="alertdialog" aria-label="Cookies"><span>Ce site utilise des cookies</span>
  <button onclick="window.said.push('accepte')">✓ Tout accepter</button>
  <button onclick="document.querySelector('.veil').remove(); this.closest('.bar').remove(); window.said.push('refuse')">
    ✗ Tout refuser</button></div>
<script>window.said = [];</script>
</body></html>"""


@pytest.fixture
def page() -> t.Iterator[t.Any]:
    with chromium_page(PAGE) as page:
        yield page


def test_a_click_taken_by_layers_answers_them_with_the_declining_choice(page: t.Any) -> None:
    portal_page = BasePage(page, Labels(), timeout_s=30)
    started = time.monotonic()
    portal_page.click_and_settle(page.get_by_role("button", name="Mon compte"), "'Mon compte'")
    took = time.monotonic() - started
    assert page.title() == "clicked"
    assert page.evaluate("window.said") == ["refuse", "annonce"]  # the one on top first; never "accepte"
    assert took < 10, f"{took:.1f}s: the blocked click waited for the timeout ({portal_page.timeout_s}s)"


def test_a_layer_with_no_declining_choice_fails_at_once_naming_it(page: t.Any) -> None:
    page.evaluate("document.querySelectorAll('.bar button')[1].remove()")  # only "Tout accepter" is left
    portal_page = BasePage(page, Labels(), timeout_s=30)
    started = time.monotonic()
    with pytest.raises(
        Exception, match=r"could not click 'Mon compte': a div \(with alertdialog 'Cookies' shown\) is drawn"
    ):
        portal_page.click_and_settle(page.get_by_role("button", name="Mon compte"), "'Mon compte'")
    took = time.monotonic() - started
    assert took < 10, f"{took:.1f}s: the blocked click waited for the timeout ({portal_page.timeout_s}s)"
    assert "accepte" not in page.evaluate("window.said")


def test_a_veil_that_passes_is_waited_for(page: t.Any) -> None:
    """A layer that goes away by itself (a veil fading out, here after 3 s) is no reason to fail."""
    page.evaluate(
        "document.querySelector('.modal').remove(); document.querySelector('.bar').remove();"
        "setTimeout(() => document.querySelector('.veil').remove(), 3000)"
    )
    portal_page = BasePage(page, Labels(), timeout_s=30)
    portal_page.click_and_settle(page.get_by_role("button", name="Mon compte"), "'Mon compte'")
    assert page.title() == "clicked"


def test_a_layer_that_shows_progress_is_waited_for(page: t.Any) -> None:
    page.evaluate(
        "document.querySelector('.modal').remove(); document.querySelector('.bar').remove();"
        "const veil = document.querySelector('.veil'); veil.setAttribute('aria-busy', 'true');"
        "veil.innerHTML = '<div role=progressbar aria-label=Chargement></div>';"
        "setTimeout(() => veil.remove(), 6000)"
    )
    portal_page = BasePage(page, Labels(), timeout_s=30)
    portal_page.click_and_settle(page.get_by_role("button", name="Mon compte"), "'Mon compte'")
    assert page.title() == "clicked"
