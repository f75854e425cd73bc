# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The portal as one run sees it: sign in, find the way to the key page, read its list.

Nothing here reads the main screen's words: a run is signed in when the sign-in form is gone, no
refusal or second factor is asked, and the browser is back on the portal; the way to the key page is
found (route.py) and remembered as what a person clicks, then replayed.
"""

from __future__ import annotations

import contextlib
import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    NotFoundError,
    PortalError,
    SessionExpiredError,
    SignInError,
    TransientError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, KeyRow
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CLIPBOARD_HOOK_JS
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.health import (
    PageHealth,
    is_transient_net_error,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import Arrival, RouteFinder, describe
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import is_service
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.sign_in import SignInPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    PlaywrightError,
    PlaywrightTimeoutError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._session import key_page_slot, origin

if t.TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

T = t.TypeVar("T")

# Back-off between attempts of a safe step, in seconds (the last one repeats).
BACKOFF = (0.5, 1.0, 2.0, 4.0)


class Origins:
    """Where the portal's pages are and where the password may be typed.

    The password goes only to the portal's own origin, or to a sign-in origin reached by redirects
    from a navigation this run started itself (portal_url), never to a page reached from an address
    out of the session file. The sign-in origins of the first sign-in are recorded (in the sealed
    session file); a later sign-in on a new origin is refused, naming it.
    """

    def __init__(self, portal_url: str, portal: t.Iterable[str] = (), sign_in: t.Iterable[str] = ()) -> None:
        self.home = origin(portal_url)
        self.portal = [o for o in portal if o and o != self.home]
        self.sign_in = [o for o in sign_in if o]
        self._recorded = bool(self.sign_in)

    def password_problem(self, url: str, *, our_navigation: bool) -> str | None:
        """Why the password may not be typed on this page, or None."""
        there = origin(url)
        if there and (there == self.home or there in self.sign_in):
            return None
        if self._recorded:
            return (
                f"the sign-in page is on {there or 'an address that is not http(s)'}, not on the portal or the "
                f"sign-in origin(s) recorded at the first sign-in ({', '.join(self.sign_in)}): the password was "
                "not typed. If the portal really moved its sign-in there, delete the session file to trust it"
            )
        if our_navigation and there:
            return None
        where = there or "this address"
        return f"the sign-in page on {where} was not reached from portal_url: the password was not typed"

    def signed_in(self, typed_on: t.Iterable[str], landed_on: str) -> None:
        """Record a real sign-in: where the password was typed and where the portal then was."""
        for there in typed_on:
            if there and there not in self.sign_in:
                self.sign_in.append(there)
        here = origin(landed_on)
        if here and here != self.home and here not in self.portal:
            self.portal.append(here)

    def may_load(self, url: str) -> bool:
        there = origin(url)
        return bool(there) and (there == self.home or there in self.portal)

    def on_portal(self, url: str) -> bool:
        return self.may_load(url)


class Portal:
    """Reaches the key page of (service, tiers) the way an administrator does, and reads its list.
    The task asks this for rows; it never walks pages."""

    def __init__(
        self,
        context: BrowserContext,
        page: Page,
        *,
        url: str,
        username: str,
        password: str,
        labels: Labels,
        timeout_s: float,
        service: str,
        tiers: str | None,
        totp: t.Callable[[], str] | None = None,
        key_pages: dict[str, str] | None = None,
        routes: dict[str, list[dict[str, str]]] | None = None,
        origins: Origins | None = None,
    ) -> None:
        context.add_init_script(CLIPBOARD_HOOK_JS)
        self.page = page
        self.url = url
        self.service, self.tiers = service, tiers
        self._username = username
        self._password = password
        self._totp = totp
        self.labels = labels
        self.timeout_s = timeout_s
        self.health = PageHealth(page)
        # Key page addresses and the ways there, by (portal, tiers, service), from earlier runs.
        self.key_pages = key_pages if key_pages is not None else {}
        self.routes = routes if routes is not None else {}
        self.origins = origins or Origins(url)
        # Entered around every sign-in: a trace must never record the password being typed.
        self.around_sign_in: t.Callable[[], t.ContextManager[None]] = contextlib.nullcontext
        # Called once the key page is reached (a trace starts there, never before the sign-in), and
        # with (address, rows) whenever the browser has read the list from an address.
        self.on_arrival: list[t.Callable[[], None]] = []
        self.on_list_read: t.Callable[[str, list[KeyRow]], None] | None = None
        # What the key page shows (its service, its tiers), the way there, and what was unusual.
        self.shown_service, self.shown_tiers = service, tiers or ""
        self.route: list[str] = []
        self.notices: list[str] = []
        self.signed_in = False
        self.retries = 0  # attempts repeated after transient faults or an expired session
        self.sign_in_page = SignInPage(page, labels, timeout_s)
        self.key_page = KeyPage(page, labels, timeout_s)
        self.key_page.service = service
        self.key_page.health = self.health
        self.key_page.signed_out = self.sign_in_page.is_here
        self.sign_in_page.health = self.health

    @property
    def slot(self) -> str:
        return key_page_slot(self.url, self.tiers, self.service)

    # --- what the task asks for -------------------------------------------------------------
    def reach(self) -> bool:
        """Open the key page unless it is shown (the first time, after an error page, after the
        session expired); True when this call opened it."""
        if self.key_page.is_here():
            return False
        self._reach_key_page()
        for hook in self.on_arrival:
            hook()
        return True

    def list_active(self, name: str) -> list[KeyRow]:
        """The Active keys filtered on the name (the portal's filter matches substrings)."""
        arrived = self.reach()
        if not (arrived and self.key_page.lists_active_on_one_page()):
            # Unless just opened with nothing else on screen, where it lists what a filter would give.
            self.key_page.show(name)
        start = self.page.url
        rows = self.key_page.rows()
        if self.on_list_read is not None:
            self.on_list_read(start, rows)
        return rows

    def read_active(self, name: str) -> list[KeyRow]:
        """`list_active`, retried after transient faults and expired sessions."""
        return self.safely(lambda: self.list_active(name), "read the key list")

    def read_keys(self, name: str | None, status: str) -> list[KeyRow]:
        """The keys of one status (`ACTIVE` or `REVOKED`), filtered on the name, retried as above."""
        if status == ACTIVE:
            return self.read_active(name or "")

        def read() -> list[KeyRow]:
            self.reach()
            self.key_page.show(name, status)
            return self.key_page.rows(status)

        return self.safely(read, "read the key list")

    def safely(self, work: t.Callable[[], T], what: str) -> T:
        """Run a read-only step; after a transient fault or an expired session, back off and run it
        again (it reopens what it needs, signing in again), within `timeout` overall.

        Never for "Générer" or "Révoquer": a click that changes the portal is not repeated blindly.
        """
        deadline = time.monotonic() + self.timeout_s
        for attempt in range(1000):
            try:
                return work()
            except (TransientError, SessionExpiredError) as exc:
                pause = BACKOFF[min(attempt, len(BACKOFF) - 1)]
                if time.monotonic() + pause > deadline:
                    raise type(exc)(
                        f"{exc.message}; still failing after {attempt + 1} attempt(s) over {self.timeout_s:g}s",
                        step=exc.step or what,
                        url=exc.url,
                    ) from None
                self.retries += 1
                self.page.wait_for_timeout(pause * 1000)
        raise AssertionError("unreachable")  # pragma: no cover

    # --- signing in ---------------------------------------------------------------------------
    def open(self) -> None:
        """Load the portal and sign in if it asks; ends on the first signed-in page."""
        try:
            self.page.goto(self.url, wait_until="domcontentloaded")
        except PlaywrightTimeoutError:
            raise TransientError(
                f"the portal did not answer within {self.timeout_s:g}s", step="open portal", url=self.url
            ) from None
        except PlaywrightError as exc:
            reason = _reason(exc)
            if not is_transient_net_error(reason):
                raise PortalError(
                    f"the portal could not be reached: {reason}", step="open portal", url=self.url
                ) from None
        self.key_page.recover()
        self.health.raise_if_bad("open portal")
        if self.sign_in_page.wait_for_form_or_signed_in(self.is_signed_in):
            self._sign_in()
        self.signed_in = True

    def is_signed_in(self) -> bool:
        """On the portal's origin, with no sign-in form, refusal or second factor left: whatever
        the page says (nothing of the main screen is read)."""
        return self.origins.on_portal(self.page.url) and self.sign_in_page.is_gone()

    def _sign_in(self) -> None:
        """Sign in on the page shown, reached from this run's own navigation to portal_url."""
        typed_on: list[str] = []

        def guard(url: str) -> None:
            problem = self.origins.password_problem(url, our_navigation=True)
            if problem:
                raise SignInError(problem, step="sign-in", url=url)
            typed_on.append(origin(url))

        with self.around_sign_in():
            self.sign_in_page.sign_in(self._username, self._password, self.is_signed_in, self._totp, guard=guard)
        self.origins.signed_in(typed_on, self.page.url)

    # --- the way to the key page --------------------------------------------------------------
    def _reach_key_page(self) -> None:
        """Straight to the remembered address when the session holds; else sign in, replay the
        remembered way, or find it."""
        slot = self.slot
        remembered = self.key_pages.get(slot)
        if remembered and not self.origins.may_load(remembered):
            self.key_pages.pop(slot, None)  # never followed off the portal's origins
            remembered = None
        via = any(step.get("via") == "service" for step in self.routes.get(slot, []))
        if remembered and self._go_direct(remembered):
            self.signed_in = True
            self._arrived_by_address(via)
            return
        self.open()
        if remembered:
            if self._go_direct(remembered):  # signed in again: the address still holds
                self._arrived_by_address(via)
                return
            self.key_pages.pop(slot, None)  # moved (or never the key page): find the way
            self.open()
        arrival = self._way()
        self.routes[slot] = arrival.steps
        self.route = [describe(step) for step in arrival.steps]
        self.key_pages[slot] = self.page.url
        self._check_key_page(arrival.via_service)

    def _arrived_by_address(self, via_service: bool) -> None:
        self.route = [describe(step) for step in self.routes.get(self.slot, [])]
        self._check_key_page(via_service)

    def _way(self) -> Arrival:
        finder = RouteFinder(
            self.page,
            self.labels,
            self.timeout_s,
            service=self.service,
            tiers=self.tiers,
            at_key_page=self._is_the_key_page,
        )
        finder.health = self.health
        finder.signed_out = self.sign_in_page.is_here
        remembered = self.routes.get(self.slot)
        if remembered:
            arrival = finder.replay(remembered)
            if arrival is not None:
                return arrival
            self.notices.append("the remembered way to the key page no longer leads there: it was found again")
            self.open()
        return finder.find()

    def _is_the_key_page(self, via_service: bool) -> bool:
        """The key page of the service asked for: one that names it, one that lists several services'
        keys, or any key page reached through the service's own control."""
        if not self.key_page.is_here():
            return False
        shown = self.key_page.shown_service()
        return via_service or not shown or is_service(shown, self.service) or self.key_page.lists_services()

    def _go_direct(self, url: str) -> bool:
        """Load a remembered key page; False when it does not lead there (signed out, moved, an
        error page)."""
        try:
            with contextlib.suppress(PlaywrightError):  # recorded by the health watcher
                self.page.goto(url, wait_until="domcontentloaded")
            self.key_page.recover()
            self._wait_for(lambda: self.key_page.is_here() or self.sign_in_page.is_here(), min(self.timeout_s, 10))
            # Signed out (or sent elsewhere): the password is never typed on a page reached from an
            # address out of the session file; the caller signs in from portal_url instead.
            return self.key_page.is_here()
        except (PortalError, PlaywrightError):
            return False

    def _wait_for(self, condition: t.Callable[[], bool], timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition() and time.monotonic() < deadline:
            self.page.wait_for_timeout(50)

    def _check_key_page(self, via_service: bool) -> None:
        """The service and tiers the key page shows. Another service's title is a warning (the page
        was reached through the service's own control); another tiers is chosen where the page
        offers the choice, and fails where the page plainly belongs to another tiers."""
        shown_service, shown_tiers = self.key_page.shown_service(), self.key_page.tiers()
        if self.tiers and shown_tiers and not tiers_matches(shown_tiers, self.tiers):
            if self.key_page.choose_tiers(self.tiers):
                shown_tiers = self.key_page.tiers()
            if not tiers_matches(shown_tiers, self.tiers):
                self.key_page.fail(
                    f"unknown tiers {self.tiers!r}; this account's key page is for {shown_tiers!r}",
                    error=NotFoundError,
                )
        self.shown_tiers = shown_tiers
        if shown_service and not is_service(shown_service, self.service) and not self.key_page.lists_services():
            if not via_service:
                self.key_page.fail(f"opened the keys of {shown_service!r} instead of {self.service!r}")
            self.notices.append(
                f"the key page reached through the service {self.service!r}'s own control is titled "
                f"{shown_service!r}; it is taken as the page of {self.service!r} (the result's service_shown)"
            )
        self.shown_service = shown_service or self.service

    # --- the plain HTTP path's needs ------------------------------------------------------------
    def page_source(self, url: str) -> str | None:
        """The HTML the server sends for `url` in this browser's session, before any script runs;
        None for anything but a 200 HTML page."""
        try:
            response = self.page.context.request.get(url, max_redirects=0, timeout=self.timeout_s * 1000)
        except PlaywrightError:
            return None
        try:
            html = response.status == 200 and response.headers.get("content-type", "").startswith("text/html")
            return response.text() if html else None
        except PlaywrightError:
            return None
        finally:
            response.dispose()

    def user_agent(self) -> str | None:
        try:
            return str(self.page.evaluate("() => navigator.userAgent")) or None
        except PlaywrightError:
            return None


def _reason(exc: BaseException) -> str:
    """The first line of a browser error, e.g. 'net::ERR_CONNECTION_REFUSED at https://...'."""
    text = str(exc).strip().splitlines()
    first = text[0] if text else type(exc).__name__
    for marker in ("net::", "SSL", "ERR_"):
        at = first.find(marker)
        if at >= 0:
            return first[at:].split(" at ")[0]
    return first
