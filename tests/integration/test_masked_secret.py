"""A one-time secret shown masked (a read-only password input with "Afficher") is no sign-in form,
in a real Chromium. Taken for one, the page looked signed out right after "Générer": the run took
the key for not made, and a key was left Active with its secret never read."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.sign_in import SignInPage
from tests.support.browser import chromium_page

pytestmark = pytest.mark.integration

PANEL = """<!doctype html><html lang="fr"><head><title>Clés</title></head><body>
<div role="alert"><p>Clé ajoutée : app</p>
<p><label for="sk">{label}</label> <input id="sk" type="password" {state} value="c2VjcmV0LXNlY3JldC1zZWNyZXQ="></p>
<button type="button">Afficher</button></div></body></html>"""
SIGN_IN = """<!doctype html><html lang="fr"><head><title>Connexion</title></head><body><form>
<label for="u">Adresse e-mail</label><input id="u"> <label for="p">Mot de passe</label><input id="p" type="password">
<button>Se connecter</button></form></body></html>"""


@pytest.mark.parametrize("state", ["readonly", "disabled"])
@pytest.mark.parametrize("label", ["Clé secrète", "Mot de passe de l'application"])
def test_a_masked_value_is_not_a_sign_in_form(label: str, state: str) -> None:
    with chromium_page(PANEL.format(label=label, state=state)) as page:
        assert not SignInPage(page, Labels(), 5).is_here()


def test_a_sign_in_form_still_is() -> None:
    with chromium_page(SIGN_IN) as page:
        assert SignInPage(page, Labels(), 5).is_here()
