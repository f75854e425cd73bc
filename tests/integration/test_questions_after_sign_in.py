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


PHONE = """<!doctype html><html lang="fr"><body><h1>Enregistrer votre téléphone mobile</h1>
<p>Enregistrez un numéro de téléphone mobile pour pouvoir vérifier votre identité si vous oubliez votre mot
de passe ou si votre compte est verrouillé.</p>{extra}<button>Enregistrer</button>
<a href="#">Je ne souhaite pas enregistrer mon téléphone</a></body></html>"""


@pytest.mark.parametrize(
    ("extra", "refused"),
    [
        ("", None),  # a question that only mentions a locked account refuses nothing
        ('<p role="alert">Échec de la connexion</p>', "Échec de la connexion"),
        ("<p>Ce compte est verrouillé.</p>", "Ce compte est verrouillé."),
    ],
)
def test_only_an_alert_or_a_short_message_with_no_form_is_a_refusal(extra: str, refused: str | None) -> None:
    """b10/slds: a page asking to register a phone, after the password, was reported as a refused password
    because its sentence holds "verrouillé"."""
    with chromium_page(PHONE.format(extra=extra)) as page:
        assert SignInPage(page, Labels(), 3).error_message() == refused


def test_beside_the_sign_in_form_any_message_that_says_so_is_a_refusal() -> None:
    form = """<!doctype html><html lang="fr"><body><form><label for="p">Mot de passe</label><input id="p"
    type="password"><button>Se connecter</button></form><p>Le nom d'utilisateur ou le mot de passe que vous avez
    saisi est incorrect, vérifiez-les puis réessayez dans quelques instants.</p></body></html>"""
    with chromium_page(form) as page:
        said = SignInPage(page, Labels(), 3).error_message()
    assert said is not None and said.startswith("Le nom d'utilisateur ou le mot de passe")


FORM = (
    "document.body.innerHTML = '<label for=u>Adresse e-mail</label><input id=u type=email><button>Continuer</button>'"
)
PROVIDERS = f"""<!doctype html><html lang="fr"><body><h1>Connexion à Espace pro CegidLife</h1>
<p>Choisissez la façon dont vous souhaitez vous connecter.</p>
<a href="#" onclick="{FORM}; return false"><span aria-hidden="true">PC</span> S'identifier avec ProConnect</a>
<a href="#" onclick="{FORM}; return false">Qu'est-ce que ProConnect ?</a>
<ul><li><a href="#" onclick="window.chose = 'google'; return false">Google Workspace</a></li>
<li><a href="#" onclick="window.chose = 'microsoft'; return false">Microsoft Entra ID</a></li></ul></body></html>"""


def test_a_choice_of_identity_providers_fails_listing_them_unless_one_is_named() -> None:
    """b8/mozaic: the sign-in first asks how to sign in. The run never picks a provider: it fails listing
    them, and follows the one named by identity_provider (the one control that holds that name)."""
    with chromium_page(PROVIDERS) as page:
        sign_in = SignInPage(page, Labels(), 2)
        with pytest.raises(SignInError) as failed:
            sign_in.wait_for_form_or_signed_in(lambda: False)
        said = str(failed.value)
        assert (
            "asks how to sign in (\"PC S'identifier avec ProConnect\", 'Google Workspace', 'Microsoft Entra ID')"
            in said
        )
        assert "set identity_provider" in said and page.evaluate("window.chose") is None
    with chromium_page(PROVIDERS) as page:
        sign_in = SignInPage(page, Labels(), 2)
        sign_in.provider = "Microsoft Entra"
        with pytest.raises(SignInError):  # followed, but it leads to no form here
            sign_in.wait_for_form_or_signed_in(lambda: False)
        assert page.evaluate("window.chose") == "microsoft"
    with chromium_page(PROVIDERS.replace("Google Workspace", "Google Workspace ProConnect")) as page:
        sign_in = SignInPage(page, Labels(), 2)
        sign_in.provider = "ProConnect"  # two choices hold the name: none is followed
        with pytest.raises(SignInError, match="'ProConnect' names 2 of them"):
            sign_in.wait_for_form_or_signed_in(lambda: False)
    with chromium_page(PROVIDERS) as page:
        sign_in = SignInPage(page, Labels(), 2)
        sign_in.provider = "ProConnect"  # the help link that names it too is a question, no choice
        assert sign_in.wait_for_form_or_signed_in(lambda: False) is True
        assert sign_in.answered == ['answered "PC S\'identifier avec ProConnect" to sign in']
