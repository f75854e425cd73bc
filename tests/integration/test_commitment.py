"""A first page after sign-in that asks the account to accept terms (a usage charter: a box to
tick, then "Continuer"), in a real Chromium: the box is never ticked on the account's behalf, and
when no way to the keys is found past it, the failure names what is asked and what to do."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import RouteFinder
from tests.support.browser import chromium_page

pytestmark = pytest.mark.integration

CHARTER = """<!doctype html><html lang="fr"><head><title>Charte d'utilisation</title></head><body>
<form onsubmit="event.preventDefault(); window.sent = true"><h1>Charte d'utilisation</h1>
<p>Avant d'accéder à votre espace client, prenez connaissance de la charte mise à jour.</p>
<p><label><input type="checkbox" required> J'ai lu et j'accepte la charte d'utilisation</label></p>
<button type="submit">Continuer</button></form><script>window.sent = false</script></body></html>"""


def _finder(page: t.Any) -> RouteFinder:
    return RouteFinder(page, Labels(), 2, service="Loop APIkey", tiers=None, at_key_page=lambda via: False)


def test_terms_to_accept_are_named_and_never_accepted() -> None:
    with chromium_page(CHARTER) as page:
        with pytest.raises(NotFoundError) as failed:
            _finder(page).find()
        assert "asks to accept \"J'ai lu et j'accepte la charte d'utilisation\" before going on" in str(failed.value)
        assert "never accepts on the account's behalf" in str(failed.value)
        assert not page.get_by_role("checkbox").is_checked() and page.evaluate("window.sent") is False


def test_a_box_of_another_kind_is_not_named() -> None:
    other = CHARTER.replace("J'ai lu et j'accepte la charte d'utilisation", "Rester connecté")
    with chromium_page(other) as page, pytest.raises(NotFoundError, match="no way to the key page"):
        _finder(page).find()
