# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""One run's dealings with the portal, shared by every module: the saved session, the plain HTTP
reading, the browser, failure artifacts, and turning every failure into a clear task failure."""

from __future__ import annotations

import contextlib
import typing as t

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import portal_warnings
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    CegidLifeError,
    TaskFailed,
    first_line,
    redact,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.given_way import parse_route
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.origins import Origins
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import describe
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import is_service
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    HAS_PLAYWRIGHT,
    PLAYWRIGHT_REQUIREMENT,
    PlaywrightError,
    playwright_too_old,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.artifacts import RunArtifacts
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.quick_read import (
    Declined,
    check_against_browser,
    quick_read,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.totp import (
    HAS_PYOTP,
    PYOTP_REQUIREMENT,
    code_provider,
    totp_problem,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import (
    SessionFile,
    default_session_path,
    key_page_slot,
)

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import KeyRow
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import PortalOptions

T = t.TypeVar("T")

# Where a failing run leaves its screenshot when failure_artifacts_dir is not given.
DEFAULT_ARTIFACTS_DIR = "~/.ansible/cegidlife/failures"


class PortalSession:
    """`step` names what the run is doing (for messages); `fail` raises TaskFailed, redacted."""

    def __init__(self, options: PortalOptions, *, warn: t.Callable[[str], None]) -> None:
        self.options = options
        self._warn = warn
        self.step = "start"
        self.secrets = options.secret_values()  # never in a message, a screenshot or a trace
        self.identifiers: list[str] = []  # not secret, but masked in screenshots
        self.service, self.tiers = options.service, options.tiers or ""
        self.checked_with = "browser"  # how the key list was read, for the result
        self.route: list[str] = []  # the way to the key page, as a person would say it
        self.route_steps: list[dict[str, str]] = []  # the same, as steps (role, name, row...)
        self.service_shown: str | None = None  # another service's title on the key page
        self.http_declined: str | None = None  # why not over plain HTTP
        self.artifacts = RunArtifacts(options.failure_artifacts_dir or DEFAULT_ARTIFACTS_DIR, self.known_values)
        self._labels: Labels | None = None
        self._saved: SessionFile | None = None
        self._compared = False
        for warning in portal_warnings(options):
            self.warn(warning)

    # --- reporting ----------------------------------------------------------------------------
    def fail(self, message: str, **extra: t.Any) -> t.NoReturn:
        if self.http_declined:
            extra.setdefault("http_check_declined", self.http_declined)
        if self.artifacts.paths:
            message = f"{message} [failure artifacts: {', '.join(self.artifacts.paths)}]"
        if self.artifacts.notes:
            message = f"{message} [{'; '.join(self.artifacts.notes)}]"
        if self.artifacts.paths or self.artifacts.notes:
            extra.setdefault("failure_artifacts", list(self.artifacts.paths))
        raise TaskFailed(redact(message, self.secrets), **extra)

    def warn(self, message: str) -> None:
        self._warn(redact(message, self.secrets))

    def known_values(self) -> list[str]:
        """Everything a screenshot or a trace must not show."""
        return [*self.secrets, *self.identifiers]

    @property
    def slot(self) -> str:
        return key_page_slot(self.options.portal_url, self.options.tiers, self.options.service)

    def take_shown(self, service: str, tiers: str) -> None:
        """The service and tiers as the key page shows them. A title that names another service
        (the page was reached through the service's own control) is kept as `service_shown`."""
        self.tiers = tiers
        if not service or is_service(service, self.options.service):
            self.service, self.service_shown = service or self.options.service, None
        else:
            self.service, self.service_shown = self.options.service, service

    def reported(self, result: dict[str, t.Any]) -> dict[str, t.Any]:
        """The result, saying how the key list was read, the way to it, and what the page showed."""
        if self.route:
            result["route"] = self.route
        if self.service_shown:
            result["service_shown"] = self.service_shown
        result["checked_with"] = self.checked_with
        if self.http_declined:
            result["http_check_declined"] = self.http_declined
        return result

    def labels(self) -> Labels:
        """The page model's labels with the user's overrides; a bad override fails the task."""
        if self._labels is None:
            try:
                self._labels = Labels.with_overrides(self.options.labels)
            except ValueError as exc:
                self.fail(f"labels: {exc}")
        return self._labels

    def saved_session(self) -> SessionFile | None:
        """The session file, unless reuse_session is off."""
        o = self.options
        if self._saved is None and o.reuse_session:
            path = o.session_file or default_session_path(o.portal_url, o.username)
            self._saved = SessionFile(path, o.portal_url, o.username, o.password)
            if self._saved.untrusted:
                self.warn(f"session_file {self._saved.path} is ignored: {self._saved.untrusted}")
        return self._saved

    # --- without a browser ----------------------------------------------------------------------
    def read_without_browser(self) -> list[KeyRow] | None:
        """The Active keys read over plain HTTP (see _portal.quick_read), or None: the browser reads them."""
        if not self.options.http_check:
            return None
        saved = self.saved_session()
        if saved is None:
            self.http_declined = "reuse_session is off, and the plain reading needs the saved session"
            return None
        self.step = "read the key list over HTTP"
        try:
            read = quick_read(self.options, self.labels(), saved)
        except Declined as declined:
            self.http_declined = declined.reason
            return None
        except Exception as exc:  # noqa: BLE001 - a shortcut that breaks must never fail the task
            self.http_declined = f"the plain reading failed unexpectedly ({type(exc).__name__})"
            return None
        self.take_shown(read.service, read.tiers)
        self.route = [describe(step) for step in saved.routes.get(self.slot, [])]
        self.checked_with = "http"
        return read.rows

    # --- with the browser -----------------------------------------------------------------------
    def browse(self, work: t.Callable[[Portal], T]) -> T:
        """Start the browser, run `work` on the portal, and turn every failure into TaskFailed."""
        o = self.options
        totp = self._totp()
        self._check_playwright()
        saved = self.saved_session()
        self.checked_with = "browser"
        try:
            self.step = "start browser"
            with BrowserSession(
                executable=o.browser_executable,
                headless=o.headless,
                timeout_s=o.timeout,
                validate_certs=o.validate_certs,
                storage_state=saved.storage_state if saved else None,
                sandbox=o.browser_sandbox,
                secrets=self.secrets,
            ) as browser:
                if browser.context is None or browser.page is None:  # pragma: no cover - _start sets both
                    raise CegidLifeError("the browser started without a page", step=self.step)
                portal = self._portal(browser, saved, totp)
                try:
                    return work(portal)
                except BaseException as exc:
                    self.artifacts.capture(browser.page, self.failed_step(exc))
                    raise
                finally:
                    self.artifacts.end()
                    if saved is not None and portal.signed_in:
                        saved.portal_origins, saved.sign_in_origins = portal.origins.portal, portal.origins.sign_in
                        with contextlib.suppress(PlaywrightError):
                            saved.save(dict(browser.context.storage_state()))
        except Exception as exc:  # noqa: BLE001 - reported as a message, never a traceback
            raise self.failure(exc) from None

    def failed_step(self, exc: BaseException) -> str:
        """The step an error names, else the one the run was at (failure artifacts are named for it)."""
        return exc.step if isinstance(exc, CegidLifeError) and exc.step else self.step

    def failure(self, exc: Exception) -> TaskFailed:
        """Any error of a run as the task's failure: redacted, naming its step, with the artifacts."""
        try:
            if isinstance(exc, TaskFailed):
                if (self.artifacts.paths or self.artifacts.notes) and "failure_artifacts" not in exc.extra:
                    self.fail(exc.msg, **exc.extra)
                return exc
            if isinstance(exc, CegidLifeError):
                details: dict[str, t.Any] = {"step": exc.step}
                if exc.details.get("key_name"):
                    details["generated_key_name"] = exc.details["key_name"]
                self.fail(str(exc), **details)
            if isinstance(exc, PlaywrightError):
                self.fail(f"{self.step}: the browser reported an error: {first_line(exc)}")
            self.fail(f"{self.step}: unexpected error ({type(exc).__name__}): {first_line(exc)}")
        except TaskFailed as failed:
            return failed

    def _portal(self, browser: BrowserSession, saved: SessionFile | None, totp: t.Callable[[], str] | None) -> Portal:
        o = self.options
        if browser.context is None or browser.page is None:  # pragma: no cover - _start sets both
            raise CegidLifeError("the browser started without a page", step=self.step)
        portal = Portal(
            browser.context,
            browser.page,
            url=o.portal_url,
            username=o.username,
            password=o.password,
            labels=self.labels(),
            timeout_s=o.timeout,
            service=o.service,
            tiers=o.tiers,
            totp=totp,
            key_pages=saved.key_pages if saved else None,
            routes=saved.routes if saved else None,
            origins=Origins(
                o.portal_url,
                *((saved.portal_origins, saved.sign_in_origins) if saved else ()),
                named=o.sign_in_origins or (),
            ),
            given_route=parse_route(o.route) if o.route is not None else None,
            identity_provider=o.identity_provider,
        )
        portal.around_sign_in = lambda: self.artifacts.untraced("before sign-in")
        portal.on_arrival.append(lambda: self._arrived(portal, browser))
        portal.on_list_read = lambda start, rows: self._compare_with_html(portal, start, rows)
        return portal

    def _arrived(self, portal: Portal, browser: BrowserSession) -> None:
        self.take_shown(portal.shown_service, portal.shown_tiers)
        self.route = portal.route
        self.route_steps = portal.routes.get(portal.slot, [])
        for notice in portal.notices:
            self.warn(notice)
        portal.notices.clear()
        if self.options.trace and browser.context is not None:
            self.artifacts.start_trace(browser.context, browser.traces_dir)

    def _totp(self) -> t.Callable[[], str] | None:
        secret = self.options.totp_secret
        if not secret:
            return None
        if not HAS_PYOTP:
            self.fail(missing_required_lib(PYOTP_REQUIREMENT))
        problem = totp_problem(secret)
        if problem:
            self.fail(problem)
        return code_provider(secret)

    def _check_playwright(self) -> None:
        if not HAS_PLAYWRIGHT:
            self.fail(missing_required_lib(PLAYWRIGHT_REQUIREMENT))
        old = playwright_too_old()
        if old:
            self.fail(f"Playwright {old} is too old: this module needs {PLAYWRIGHT_REQUIREMENT}")

    def _compare_with_html(self, portal: Portal, start: str, rows: list[KeyRow]) -> None:
        """Once a run, where the browser lists keys: does the list's HTML, from the page at `start`
        on, list the same? Only then may a later run read this key page without a browser."""
        saved = self.saved_session()
        if self._compared or not rows or saved is None or not self.options.http_check:
            return
        self._compared = True
        saved.user_agent = portal.user_agent()
        seen = (start, rows, portal.shown_title, self.tiers)
        problem = check_against_browser(saved, self.options, portal.labels, portal.page_source, seen)
        if problem:
            reasons = [self.http_declined, f"{problem}: later runs use the browser too"]
            self.http_declined = "; ".join(r for r in reasons if r)
