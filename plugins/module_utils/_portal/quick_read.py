# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""A no-change run's reading of the key list without a browser: plain page loads in the saved session.

Starting a browser costs more than everything else a no-change run does, so a run that has a saved
session and the key page's address first loads that page (and the list's next pages, if any) over
plain HTTP. The reading counts only when every page proves itself (KeyList.doubt) and when a
browser run has found, on that same key page, that its HTML lists exactly what the browser lists
(`check_against_browser`): a portal that builds its list with scripts, hides rows with them or
renders differently is never read this way. Anything short of that is `Declined`, with a reason,
and the browser does the reading.
"""

from __future__ import annotations

import copy
import dataclasses
import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import (
    KeyList,
    ListProblem,
    walk_pages,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.http_page import NotLoaded, load_page
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import key_page_slot

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import KeyRow
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import PortalOptions
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
    from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import SessionFile

Fetch = t.Callable[[str], str]


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


def quick_read(options: PortalOptions, labels: Labels, saved: SessionFile) -> QuickRead:
    """The Active keys of the key page of (service, tiers), read over plain HTTP, or Declined."""
    slot = key_page_slot(options.portal_url, options.tiers, options.service)
    url = saved.key_pages.get(slot)
    if saved.storage_state is None or not url:
        raise Declined("no saved session with the key page's address yet (a browser run records them)")
    if not saved.trusted_url(url, options.portal_url):
        raise Declined("the key page's remembered address is not on the portal's origin")
    if slot not in saved.verified:
        raise Declined("no browser run has yet confirmed that this key page's HTML lists what the browser lists")
    state = saved.storage_state
    cookies_before = copy.deepcopy(state.get("cookies"))

    def fetch(page_url: str) -> str:
        try:
            return load_page(
                page_url,
                state,
                timeout=options.timeout,
                validate_certs=options.validate_certs,
                user_agent=saved.user_agent,
            )
        except NotLoaded as exc:
            raise Declined(str(exc)) from None

    try:
        known_as = (saved.shown.get(slot) or [""])[0]
        rows, first = read_list(url, fetch, labels, options.service, options.tiers, criteria=True, known_as=known_as)
    finally:
        if state.get("cookies") != cookies_before:
            saved.save(state)  # the portal renewed (or ended) the session: keep what it said
    if not rows:
        # An empty list is also what a list filled in by a script looks like: the browser decides.
        raise Declined("the page lists no key at all")
    return QuickRead(rows, first.service(), first.tiers())


def read_list(
    url: str, fetch: Fetch, labels: Labels, service: str, tiers: str | None, *, criteria: bool, known_as: str = ""
) -> tuple[list[KeyRow], KeyList]:
    """Every row of the list that starts at `url`, following its next pages as the browser does,
    and its first page. Declined when a page is not the key page asked for (with `criteria`: of
    all the Active keys) or its list cannot be read."""
    address = [url]

    def checked(page: KeyList) -> KeyList:
        doubt = page.doubt(service, tiers, criteria=criteria, known_as=known_as)
        if doubt:
            raise Declined(doubt)
        return page

    def turn(page: KeyList) -> tuple[KeyList, bool] | None:
        following = page.next_page(address[-1])
        if following is None:
            return None
        address.append(following.url)
        return checked(KeyList(Document(fetch(following.url)), labels, service)), following.cumulative

    first = checked(KeyList(Document(fetch(url)), labels, service))
    try:
        found, dummy = walk_pages(first, turn, ACTIVE, service)
    except ListProblem as exc:
        raise Declined(str(exc)) from None
    return [row for row, dummy_element in found], first


def check_against_browser(
    saved: SessionFile,
    options: PortalOptions,
    labels: Labels,
    fetch: t.Callable[[str], str | None],
    seen: tuple[str, list[KeyRow], str, str],
) -> str | None:
    """Record whether the server's HTML of the list the browser read, from the address where it
    started (`seen`: that address, the rows, the service and the tiers the browser read), lists
    exactly the same; None when it does, else why not. `fetch` loads a page in the browser's session."""
    slot = key_page_slot(options.portal_url, options.tiers, options.service)
    url, rows, service, tiers = seen

    def fetch_or_decline(page_url: str) -> str:
        html = fetch(page_url)
        if html is None:
            raise Declined("the page could not be loaded without the browser")
        return html

    problem = None
    try:
        listed, first = read_list(
            url, fetch_or_decline, labels, options.service, options.tiers, criteria=False, known_as=service
        )
        if [r.look for r in listed] != [r.look for r in rows]:
            problem = "the page's HTML does not list what the browser lists (a script builds or changes the list)"
        elif (first.service(), first.tiers()) != (service, tiers):
            problem = "the page's HTML does not show the service and tiers the browser shows"
    except Declined as declined:
        problem = f"the page's HTML cannot be read as the key list ({declined.reason})"
    if problem is None:
        saved.verified[slot] = time.time()
        saved.shown[slot] = [service, tiers]
    else:
        saved.verified.pop(slot, None)
    return problem
