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


# Two menus of a top bar that stay open until their own button is clicked again (no outside click
# closes them), the second drawn where the first's items are (b11/odoo17's company and user menus).
MENUS = """<!doctype html><html lang="fr"><head><title>Accueil</title><style>
  .dd { position: absolute; top: 40px; right: 0; width: 240px; background: #fff; z-index: 4; margin: 0; }
  .dd[hidden] { display: none; }
  span { position: relative; }
</style></head><body><nav style="display:flex;justify-content:flex-end">
<span><button aria-haspopup="menu" aria-expanded="false" aria-controls="companies">Sociétés</button>
<ul class="dd" id="companies" role="menu" hidden><li role="none">
<a role="menuitem" href="#" onclick="document.title = 'FUTUROSCOPE'">FUTUROSCOPE CEDEX</a></li></ul></span>
<span><button aria-haspopup="menu" aria-expanded="false" aria-controls="user">V</button>
<ul class="dd" id="user" role="menu" hidden><li role="none"><a role="menuitem" href="#">Documentation</a></li>
<li role="none"><a role="menuitem" href="#">Préférences</a></li></ul></span></nav>
<script>
document.querySelectorAll('button[aria-controls]').forEach((b) => b.addEventListener('click', () => {
  const open = b.getAttribute('aria-expanded') !== 'true';
  b.setAttribute('aria-expanded', String(open));
  document.getElementById(b.getAttribute('aria-controls')).hidden = !open;
}));
document.querySelectorAll('[role=menu]').forEach((m) => m.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') m.hidden = true;
}));
</script></body></html>"""


@pytest.mark.parametrize("opener", ["named", "unnamed"])
def test_a_menu_left_open_over_the_control_is_closed_first(opener: str) -> None:
    """Its button clicked again, or, where no control says it opened the menu, Escape in it."""
    html = MENUS if opener == "named" else MENUS.replace('aria-expanded="false" aria-controls="user"', "")
    with chromium_page(html) as page:
        if opener == "unnamed":
            page.evaluate(
                "document.querySelectorAll('nav button')[1].addEventListener('click', () => { user.hidden = false; })"
            )
        portal_page = BasePage(page, Labels(), timeout_s=30)
        portal_page.click_and_settle(page.get_by_role("button", name="V"), "'V'")
        portal_page.click_and_settle(page.get_by_role("button", name="Sociétés"), "'Sociétés'")
        started = time.monotonic()
        portal_page.click_and_settle(page.get_by_role("menuitem", name="FUTUROSCOPE CEDEX"), "'FUTUROSCOPE CEDEX'")
        took = time.monotonic() - started
        assert page.title() == "FUTUROSCOPE"
        assert page.locator("#user").is_hidden()
        assert took < 10, f"{took:.1f}s"
