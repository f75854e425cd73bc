# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The portal as one run sees it: sign in, find the way to the key page, read its list.

Nothing here reads the main screen's words: a run is signed in when the sign-in form is gone, no
refusal or second factor is asked, and the browser is back on the portal; the way to the key page is
found (route.py) and remembered as what a person clicks, then replayed.
"""

from __future__ import annotations

import contextlib
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    PortalError,
    SessionExpiredError,
    SignInError,
    TransientError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, KeyRow
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.health import (
    PageHealth,
    is_transient_net_error,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.origins import Origins
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.sign_in import SignInPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.way import KeyPageWay
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    PlaywrightError,
    PlaywrightTimeoutError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import SAFE_STEP_RETRY, page_wait, retry
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import key_page_slot, origin

if t.TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page, Request

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

T = t.TypeVar("T")


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
        given_route: list[dict[str, str]] | None = None,
        identity_provider: str | None = None,
    ) -> None:
        # What the "Copier" buttons write is kept in the page, never in the system clipboard.
        context.add_init_script(script("clipboard_hook"))
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
        # The way the user gave (option route): followed instead of any remembered or searched one.
        self.given_route = given_route or []
        self.origins = origins or Origins(url)
        # Where the portal's own HTTP redirects lead: the only origins besides its own, and those
        # named in sign_in_origins, where a first sign-in may type the password.
        page.on("request", self._on_request)
        # Entered around every sign-in: a trace must never record the password being typed.
        self.around_sign_in: t.Callable[[], t.ContextManager[None]] = contextlib.nullcontext
        # Called once the key page is reached (a trace starts there, never before the sign-in), and
        # with (address, rows) whenever the browser has read the list from an address.
        self.on_arrival: list[t.Callable[[], None]] = []
        self.on_list_read: t.Callable[[str, list[KeyRow]], None] | None = None
        # What the key page shows (its service, its tiers), the way there, and what was unusual.
        self.shown_service, self.shown_tiers = service, tiers or ""
        self.shown_title = ""
        self.route: list[str] = []
        self.notices: list[str] = []
        # A portal check walks the whole way (no remembered address) and looks at each page on it.
        self.direct = True
        self.on_page: t.Callable[[str], None] | None = None
        self.signed_in = False
        self.retries = 0  # attempts repeated after transient faults or an expired session
        self.sign_in_page = SignInPage(page, labels, timeout_s)
        self.sign_in_page.provider = identity_provider or ""
        self.key_page = KeyPage(page, labels, timeout_s)
        self.key_page.service, self.key_page.tiers_asked = service, tiers or ""
        self.key_page.health = self.health
        self.key_page.signed_out = self.sign_in_page.is_here
        self.sign_in_page.health = self.health
        self.answered: list[str] = []  # layers and questions answered on the way (see BasePage)
        self.sign_in_page.answered = self.key_page.answered = self.answered

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

        def gave_up(exc: PortalError, tries: int) -> t.NoReturn:
            raise type(exc)(
                f"{exc.message}; still failing after {tries} attempt(s) over {self.timeout_s:g}s",
                step=exc.step or what,
                url=exc.url,
            ) from None

        def again(exc: PortalError) -> None:
            self.retries += 1

        return retry(
            work,
            SAFE_STEP_RETRY,
            self.timeout_s,
            page_wait(self.page),
            on=(TransientError, SessionExpiredError),
            gave_up=gave_up,
            again=again,
        )

    # --- signing in ---------------------------------------------------------------------------
    def open(self) -> None:
        """Load the portal and sign in if it asks; ends on the first signed-in page. Nothing of it
        is traced: a trace stops before (a sign-in may follow) and starts again after."""
        with self.around_sign_in():
            self._open()
        self.signed_in = True

    def _open(self) -> None:
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

    def is_signed_in(self) -> bool:
        """On the portal's origin, with no sign-in form, refusal or second factor left: whatever
        the page says (nothing of the main screen is read)."""
        return self.origins.on_portal(self.page.url) and self.sign_in_page.is_gone()

    def _sign_in(self) -> None:
        """Sign in on the page shown, reached from this run's own navigation to portal_url."""
        typed_on: list[str] = []

        def guard(url: str) -> None:
            problem = self.origins.password_problem(url)
            if problem:
                raise SignInError(problem, step="sign-in", url=url)
            typed_on.append(origin(url))

        self.sign_in_page.sign_in(self._username, self._password, self.is_signed_in, self._totp, guard=guard)
        self.origins.signed_in(typed_on, self.page.url)

    def _on_request(self, request: Request) -> None:
        with contextlib.suppress(PlaywrightError):
            source = request.redirected_from
            if source is not None and request.is_navigation_request():
                self.origins.redirect(source.url, request.url)

    # --- the way to the key page --------------------------------------------------------------
    def _reach_key_page(self) -> None:
        KeyPageWay(self).take()

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
