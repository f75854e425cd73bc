"""grew_on_scroll in a real headless Chromium: a list that grows as it is scrolled is seen to grow,
whether it asks the portal for more, redraws first, or reveals rows it holds after a pause; a page that
does nothing is left after a short look. Skipped where Playwright is not installed (ansible-test units)."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scrolling import _QUIET_S, grew_on_scroll

ORIGIN = "https://scrolling.test"
_TALL = '<ul id="keys"><li>a</li><li>b</li><li>c</li></ul><div style="height:4000px"></div><footer>fin</footer>'


@pytest.fixture(scope="module")
def page() -> t.Iterator[t.Any]:
    pytest.importorskip("playwright.sync_api", reason="grew_on_scroll drives Chromium through Playwright")
    from tests.support.browser import chromium_page  # not shipped: imported only where Playwright is

    with chromium_page("") as page:
        yield page


def _show(page: t.Any, on_scroll: str) -> t.Any:
    """A tall page whose list reacts to the first scroll with `on_scroll` (a script's body)."""
    body = (
        f"<!doctype html><html><body>{_TALL}<script>"
        "const add = (n) => { for (let i = 0; i < n; i++) {"
        " const li = document.createElement('li'); li.textContent = 'more'; keys.appendChild(li); } };"
        f"addEventListener('scroll', () => {{ {on_scroll} }}, {{once: true}});"
        "</script></body></html>"
    )
    page.route(f"{ORIGIN}/**", lambda route: route.fulfill(body=body if route.request.url.endswith("/page") else "[]"))
    page.goto(f"{ORIGIN}/page")
    return page


def _grew(page: t.Any) -> bool:
    return grew_on_scroll(page, page.locator("li").last, lambda: page.locator("li").count())


def test_rows_added_at_once(page: t.Any) -> None:
    assert _grew(_show(page, "add(3);"))


def test_rows_revealed_after_a_pause_with_nothing_drawn_before(page: t.Any) -> None:
    pause_ms = int(_QUIET_S * 1000 * 0.6)
    assert _grew(_show(page, f"setTimeout(() => add(3), {pause_ms});"))


def test_a_list_that_redraws_first_is_watched_past_the_quiet_moment(page: t.Any) -> None:
    spinner = "const s = document.createElement('p'); s.textContent = 'Chargement'; document.body.appendChild(s);"
    later_ms = int(_QUIET_S * 1000 + 400)
    assert _grew(_show(page, f"{spinner} setTimeout(() => add(3), {later_ms});"))


def test_a_list_that_asked_for_more_is_watched_longer(page: t.Any) -> None:
    assert _grew(_show(page, "setTimeout(() => fetch('/more').then(() => setTimeout(() => add(3), 2500)), 100);"))


def test_a_still_page_has_nothing_more(page: t.Any) -> None:
    assert not _grew(_show(page, ""))


def test_a_short_page_is_not_scrolled_for_more(page: t.Any) -> None:
    page.route(f"{ORIGIN}/**", lambda route: route.fulfill(body="<ul><li>a</li></ul>", content_type="text/html"))
    page.goto(f"{ORIGIN}/page")
    assert not _grew(page)


def test_a_list_that_scrolls_in_its_own_area_is_scrolled_there(page: t.Any) -> None:
    """The list's box scrolls, not the page: only scrolling the box to its end loads more (a list read
    as complete without it, and a rerun made a second key)."""
    rows = "".join(f'<li style="height:40px">key {i}</li>' for i in range(6))
    body = (
        f'<!doctype html><html><body><ul id="keys" style="height:120px;overflow-y:auto">{rows}</ul><script>'
        "keys.addEventListener('scroll', () => { if (keys.scrollTop + keys.clientHeight >= keys.scrollHeight - 2) {"
        " const li = document.createElement('li'); li.textContent = 'more'; keys.appendChild(li); } });"
        "</script></body></html>"
    )
    page.route(f"{ORIGIN}/**", lambda route: route.fulfill(body=body, content_type="text/html"))
    page.goto(f"{ORIGIN}/page")
    # The last row already loaded is in the box's view only once the box is scrolled: Playwright's
    # scroll-into-view alone leaves the box short of its end.
    assert _grew(page)
