# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""A no-change run's reading of the key list without a browser: one page load in the saved session.

Starting a browser costs more than everything else a no-change run does, so a run that has a saved
session and the key page's address first loads that page over plain HTTP. The reading counts only
when the page proves itself (KeyPageSource.doubt) and when a browser run has found, on that same key
page, that its HTML lists exactly what the browser lists (`check_against_browser`): a portal that
builds its list with scripts, hides rows with them or renders differently is never read this way.
Anything short of that is `Declined`, with a reason, and the browser does the reading.
"""

from __future__ import annotations

import copy
import dataclasses
import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._http_page import NotLoaded, load_page
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import ListProblem
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page_source import KeyPageSource
from ansible_collections.cegid.cegidlife.plugins.module_utils._session import key_page_slot

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import KeyRow
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
    from ansible_collections.cegid.cegidlife.plugins.module_utils._session import SessionFile


class Declined(Exception):
    """The plain HTTP reading cannot stand for the browser's; the reason is safe to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclasses.dataclass(frozen=True)
class QuickRead:
    rows: list[KeyRow]
    service: str
    tiers: str


def quick_read(params: t.Mapping[str, t.Any], labels: Labels, saved: SessionFile) -> QuickRead:
    """The Active keys of the key page of (service, tiers), read over plain HTTP, or Declined."""
    slot = key_page_slot(params["portal_url"], params.get("tiers"), params["service"])
    url = saved.key_pages.get(slot)
    if saved.storage_state is None or not url:
        raise Declined("no saved session with the key page's address yet (a browser run records them)")
    if slot not in saved.verified:
        raise Declined("no browser run has yet confirmed that this key page's HTML lists what the browser lists")
    state = saved.storage_state
    cookies_before = copy.deepcopy(state.get("cookies"))
    try:
        html = load_page(
            url,
            state,
            timeout=params["timeout"],
            validate_certs=params.get("validate_certs", True),
            user_agent=saved.user_agent,
        )
    except NotLoaded as exc:
        raise Declined(str(exc)) from None
    finally:
        if state.get("cookies") != cookies_before:
            saved.save(state)  # the portal renewed (or ended) the session: keep what it said
    page = KeyPageSource(html, labels)
    doubt = page.doubt(params["service"], params.get("tiers"))
    if doubt:
        raise Declined(doubt)
    try:
        rows = page.rows()
    except ListProblem as exc:
        raise Declined(str(exc)) from None
    if not rows:
        # An empty list is also what a list filled in by a script looks like: the browser decides.
        raise Declined("the page lists no key at all")
    return QuickRead(rows, page.service(), page.tiers())


def check_against_browser(
    saved: SessionFile,
    params: t.Mapping[str, t.Any],
    labels: Labels,
    html: str | None,
    seen: tuple[list[KeyRow], str, str],
) -> str | None:
    """Record whether the server's HTML of the page the browser shows lists exactly the rows, the
    service and the tiers the browser read from it (`seen`); None when it does, else why not."""
    slot = key_page_slot(params["portal_url"], params.get("tiers"), params["service"])
    rows, service, tiers = seen
    problem = None
    if html is None:
        problem = "the page could not be loaded without the browser"
    else:
        page = KeyPageSource(html, labels)
        try:
            listed = [r.look for r in page.rows()] if page.is_here() else None
        except ListProblem:
            listed = None
        if listed != [r.look for r in rows]:
            problem = "the page's HTML does not list what the browser lists (a script builds or changes the list)"
        elif (page.service(), page.tiers()) != (service, tiers):
            problem = "the page's HTML does not show the service and tiers the browser shows"
    if problem is None:
        saved.verified[slot] = time.time()
    else:
        saved.verified.pop(slot, None)
    return problem
