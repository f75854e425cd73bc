"""The route search never follows a link off the portal's origins, however it is written: a
protocol-relative '//host/...' is another host, not a path."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.origins import Origins
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.ranking import Ranking

PAGE = "https://www.cegidlife.com/accueil"


def _link(href: str) -> dict[str, t.Any]:
    return {"name": "Clés d'API", "role": "link", "href": href, "target": "", "submits": False, "formMethod": ""}


@pytest.mark.parametrize(
    ("href", "safe"),
    [
        ("/catalogue/services/1/cles", True),
        ("cles?tiers=95943", True),
        ("#cles", True),
        ("https://www.cegidlife.com/cles", True),
        ("//www.cegidlife.com/cles", True),
        ("//evil.example/cles", False),
        ("  //evil.example/cles", False),
        ("https://evil.example/cles", False),
        ("http://www.cegidlife.com/cles", False),  # another origin: plain http
        ("ftp://www.cegidlife.com/cles", False),
    ],
)
def test_links_off_the_portal_are_never_followed(href: str, safe: bool) -> None:
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: PAGE)
    assert ranking.safe(_link(href), gate=False) is safe


def test_a_portal_origin_recorded_at_sign_in_counts_as_the_portal() -> None:
    origins = Origins("https://www.cegidlife.com")
    origins.signed_in([], "https://app.cegidlife.com/accueil")
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: PAGE, on_portal=origins.on_portal)
    assert ranking.safe(_link("//app.cegidlife.com/cles"), gate=False)
    assert not ranking.safe(_link("//auth.cegidlife.com/cles"), gate=False)


def test_a_control_the_page_disabled_is_never_tried() -> None:
    """A greyed-out tab ('Utilisateurs'): clicking it waited out the timeout and ended the search."""
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: PAGE)
    assert ranking.safe({**_link("#cles"), "disabled": False}, gate=False)
    assert not ranking.safe({**_link("#cles"), "disabled": True}, gate=False)
