"""Reading a key list's pages from their HTML, and holding it against what the browser read."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import portal_argument_spec
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import KeyRow, parse_portal_date
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import PortalOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.quick_read import (
    Declined,
    check_against_browser,
    read_list,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import SessionFile, key_page_slot
from tests.unit.plugins.module_utils._page_model.test_key_list import page

BASE = "https://portal.example/cles"
PARAMS = {"portal_url": "https://portal.example", "service": "Loop APIkey", "tiers": "95943"}
OPTIONS = PortalOptions.from_params({**PARAMS, "username": "admin@example", "password": "pw"}, portal_argument_spec())


def row_html(name: str, when: str = "02/03/2026 09:30") -> str:
    return f"<tr><td>{name}</td><td>{when}</td><td>Jo</td></tr>"


def pages(*lists: list[str]) -> dict[str, str]:
    """Pages ?page=1..N, each with its rows and a plain 'Suivant' link but the last."""
    out = {}
    for number, names in enumerate(lists, start=1):
        pager = f'<a href="?page={number + 1}">Suivant</a>' if number < len(lists) else ""
        out[f"{BASE}?page={number}"] = page(rows="".join(row_html(n) for n in names), pager=pager)
    return out


def test_every_page_is_read_and_look_alikes_kept_across_pages() -> None:
    site = pages(["a", "twin"], ["twin", "b"], ["c"])
    fetched: list[str] = []

    def fetch(url: str) -> str:
        fetched.append(url)
        return site[url]

    rows, first = read_list(f"{BASE}?page=1", fetch, Labels(), "Loop APIkey", "95943", criteria=True)
    assert [r.name for r in rows] == ["a", "twin", "twin", "b", "c"]  # look-alikes on two pages: both kept
    assert fetched == [f"{BASE}?page={n}" for n in (1, 2, 3)]
    assert first.tiers() == "95943 FUTUROSCOPE CEDEX"


def test_a_next_link_back_to_a_page_already_read_ends_the_list() -> None:
    site = pages(["a"], ["b"])
    site[f"{BASE}?page=2"] = page(rows=row_html("b"), pager='<a href="?page=1">Suivant</a>')
    rows, dummy = read_list(f"{BASE}?page=1", site.__getitem__, Labels(), "Loop APIkey", None, criteria=True)
    assert [r.name for r in rows] == ["a", "b"]


def test_a_page_that_is_not_the_key_page_declines() -> None:
    site = pages(["a"], ["b"])
    site[f"{BASE}?page=2"] = "<html><body><h1>Connexion</h1></body></html>"
    with pytest.raises(Declined, match="not the key page"):
        read_list(f"{BASE}?page=1", site.__getitem__, Labels(), "Loop APIkey", None, criteria=True)


def _browser_rows(*names: str) -> list[KeyRow]:
    return [KeyRow(n, parse_portal_date("02/03/2026 09:30"), "Jo", created_raw="02/03/2026 09:30") for n in names]


def test_the_comparison_with_the_browser_is_recorded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    saved = SessionFile(str(tmp_path / "s.json"), PARAMS["portal_url"], "admin@example", "pw")
    slot = key_page_slot(PARAMS["portal_url"], PARAMS["tiers"], PARAMS["service"])
    site = pages(["a", "b"], ["c"])
    start = f"{BASE}?page=1"
    seen = (start, _browser_rows("a", "b", "c"), "Loop APIkey", "95943 FUTUROSCOPE CEDEX")

    assert check_against_browser(saved, OPTIONS, Labels(), site.get, seen) is None
    assert slot in saved.verified

    # The browser saw a row the HTML does not have (a script added it): no longer trusted.
    more = (start, _browser_rows("a", "b", "c", "d"), "Loop APIkey", "95943 FUTUROSCOPE CEDEX")
    assert "does not list what the browser lists" in (
        check_against_browser(saved, OPTIONS, Labels(), site.get, more) or ""
    )
    assert slot not in saved.verified

    assert check_against_browser(saved, OPTIONS, Labels(), site.get, seen) is None
    other = (start, seen[1], "Loop APIkey", "75008 ACME PARIS")
    assert "service and tiers" in (check_against_browser(saved, OPTIONS, Labels(), site.get, other) or "")
    unloadable = check_against_browser(saved, OPTIONS, Labels(), lambda url: None, seen)
    assert unloadable is not None and "could not be loaded" in unloadable and slot not in saved.verified
