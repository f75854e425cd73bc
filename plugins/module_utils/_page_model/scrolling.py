# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""A list that grows as it is scrolled (infinite scroll): a person scrolls to its end to see whether
more rows come. Without it, the rows loaded first passed for the whole list, and a key further down
was generated again."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError, evaluate_loaded
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator, Page, Request

# How long a scrolled list is watched for more rows: a moment while the page stays still (it grows at
# once, or asks or redraws first), a while once it redraws, longer once it asked the portal for more.
_QUIET_S = 0.8
_WATCH_S = 1.5
_GROWS_WITHIN_S = 5.0


def _fetches(request: Request) -> bool:
    return request.resource_type in ("fetch", "xhr")


def grew_on_scroll(page: Page, last_row: Locator | None, size: t.Callable[[], int]) -> bool:
    """Scroll to the list's last row and the page's end: True when the list grew (`size`: how much
    of it is shown). A page with nothing below its window has nothing to scroll to; one that has is
    watched a moment. A page that neither asks the portal for more nor redraws anything in that
    moment has nothing more below; one that redraws is watched longer, and one that asked longer
    still."""
    before = size()
    asked: list[Request] = []

    def note(request: Request) -> None:
        if _fetches(request):
            asked.append(request)

    page.on("request", note)
    try:
        try:
            evaluate_loaded(page, script("mark_changes"))
            if last_row is not None:  # its box measured before anything scrolls it
                below = bool(last_row.evaluate(script("scroll_to_end"), timeout=1000))
                last_row.scroll_into_view_if_needed(timeout=1000)
            else:
                below = bool(evaluate_loaded(page, script("scroll_to_end")))
        except PlaywrightError:
            return False
        if not below and not asked:
            return False
        wait = page_wait(page)

        def grew() -> bool:
            return size() > before

        if poll(grew, _QUIET_S, wait):
            return True
        if not asked and not _redrawn(page):
            return False
        if poll(grew, _WATCH_S - _QUIET_S, wait):
            return True
        return bool(asked) and bool(poll(grew, _GROWS_WITHIN_S, wait))
    finally:
        page.remove_listener("request", note)


def _redrawn(page: Page) -> bool:
    """Whether the page changed since the scroll began (or left: then it surely did)."""
    try:
        return bool(evaluate_loaded(page, script("settled")))
    except PlaywrightError:
        return True
