"""A question between the sign-in and the portal, in a real Chromium: asked as a choice ("Rester
connecté ?" with radio buttons, then "Continuer") or as a nag to set up more security ("Skip for
now"). It is answered with the one choice that commits to nothing, and said in the route; a choice
with no such answer is left alone (the sign-in then fails, saying so)."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import SignInError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.sign_in import SignInPage
from tests.support.browser import chromium_page

pytestmark = pytest.mark.integration

# Whatever is sent, the portal follows: the answer is kept in window.answer.
PORTAL = "document.body.innerHTML = '<h1>Accueil</h1>'"
NATIVE = f"""<!doctype html><html lang="fr"><body><form onsubmit="event.preventDefault();
  const c = document.querySelector('input:checked'); window.answer = c ? c.value : 'none'; {PORTAL}">
<fieldset><legend>Rester connecté ?</legend><p>Vous n'aurez plus à vous reconnecter sur cet appareil.</p>
<label><input type="radio" name="k" value="oui"> {{yes}}</label>
<label><input type="radio" name="k" value="non"> {{no}}</label></fieldset>
<button type="submit">Continuer</button></form></body></html>"""
ARIA = f"""<!doctype html><html lang="en"><body><h1>Stay signed in?</h1>
<div role="radiogroup" aria-label="Stay signed in?">
  <div role="radio" tabindex="0" aria-checked="false" data-v="yes">Yes</div>
  <div role="radio" tabindex="-1" aria-checked="false" data-v="no">No</div></div>
<button type="button" onclick="const c = document.querySelector('[aria-checked=true]');
  window.answer = c ? c.dataset.v : 'none'; {PORTAL}">Next</button>
<script>for (const r of document.querySelectorAll('[role=radio]')) r.onclick = () => {{
  for (const o of document.querySelectorAll('[role=radio]')) o.setAttribute('aria-checked', String(o === r));
}};</script></body></html>"""
NAG = f"""<!doctype html><html lang="en"><body><h1>Protect your account</h1>
<p>Set up an authenticator app for two-step verification.</p>
<button onclick="window.answer = 'set up'">Set up now</button>
<button onclick="window.answer = 'skipped'; {PORTAL}">Skip for now</button></body></html>"""


def _answered(html: str) -> tuple[str, list[str]]:
    with chromium_page(html) as page:
        sign_in = SignInPage(page, Labels(), 3)
        sign_in._wait_for_result(lambda: page.get_by_role("heading", name="Accueil").is_visible(), None)
        return str(page.evaluate("window.answer")), sign_in.answered


@pytest.mark.parametrize(("yes", "no"), [("Oui", "Non"), ("Oui, rester connecté", "Non merci")])
def test_a_choice_is_answered_with_the_one_that_commits_to_nothing(yes: str, no: str) -> None:
    assert _answered(NATIVE.format(yes=yes, no=no)) == ("non", [f"answered {no!r} after signing in"])


def test_an_aria_choice_too() -> None:
    assert _answered(ARIA) == ("no", ["answered 'No' after signing in"])


def test_a_nag_to_set_up_more_security_is_skipped() -> None:
    assert _answered(NAG) == ("skipped", ["answered 'Skip for now' after signing in"])


def test_a_choice_without_such_an_answer_is_left_alone() -> None:
    html = NATIVE.format(yes="Rester connecté", no="Se déconnecter des autres appareils")
    with chromium_page(html) as page:
        sign_in = SignInPage(page, Labels(), 2)
        with pytest.raises(SignInError, match="did not come back to the portal"):
            sign_in._wait_for_result(lambda: False, None)
        assert page.evaluate("window.answer") is None and sign_in.answered == []
