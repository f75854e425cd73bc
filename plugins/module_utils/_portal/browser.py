# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Find and start one headless Chromium, and always close it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import BrowserError
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError, sync_playwright

if t.TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page, Playwright

# Tried in order when no browser_executable is given and Playwright has no Chromium of its own.
SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SYSTEM_BROWSER_PATHS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
# Chromium's headless shell (Debian/Ubuntu: the chromium-headless-shell package), tried first when
# headless: the headless-only build that Playwright itself runs headless, which costs a run about half
# the CPU of the whole browser. It cannot show a window, so never when headless is off.
HEADLESS_SHELLS = ("chromium-headless-shell",)
HEADLESS_SHELL_PATHS = ("/usr/bin/chromium-headless-shell",)

# Lean and quiet: no background traffic (a closed network refuses it, slowly), no first-run UI,
# no images (a person needs them, the page model does not).
LAUNCH_ARGS = (
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--blink-settings=imagesEnabled=false",
    "--mute-audio",
)

# The environment variables the modules read secrets from (the options' fallbacks): neither the
# Playwright driver nor Chromium needs them, and a child process's environment is readable to more
# than its parent's memory (a crash report, /proc/PID/environ).
SECRET_ENV = ("CEGIDLIFE_PASSWORD", "CEGIDLIFE_TOTP_SECRET")

_HEAVY_RESOURCES = "**/*.{png,jpg,jpeg,gif,webp,svg,ico,woff,woff2,ttf,otf,eot,mp4,webm,mp3,ogg}"

INSTALL_HINT = (
    "install one with 'python -m playwright install chromium' or the system package "
    "(Debian/Ubuntu: 'apt-get install chromium'; RHEL/Fedora: 'dnf install chromium'), "
    "or point the browser_executable option at a Chromium or Chrome binary"
)


def _is_executable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


class FoundBrowser(t.NamedTuple):
    path: str
    # Playwright's own Chromium: Playwright then picks the build itself (its headless shell when
    # headless, from Playwright 1.49), `path` being the whole browser it falls back to.
    playwrights_own: bool


def find_browser(explicit: str | None, playwright: Playwright, *, headless: bool = True) -> FoundBrowser:
    """The Chromium to drive: the one asked for, Playwright's own, else a system one (its headless
    shell first, when headless)."""
    if explicit:
        resolved = explicit if os.sep in explicit else (shutil.which(explicit) or explicit)
        if not _is_executable(resolved):
            raise BrowserError(f"browser_executable {explicit!r} is not an executable file; {INSTALL_HINT}")
        return FoundBrowser(resolved, False)
    with contextlib.suppress(PlaywrightError, OSError):
        own = playwright.chromium.executable_path
        if own and _is_executable(own):
            return FoundBrowser(own, True)
    names = (HEADLESS_SHELLS if headless else ()) + SYSTEM_BROWSERS
    for name in names:
        found = shutil.which(name)
        if found:
            return FoundBrowser(found, False)
    for path in (HEADLESS_SHELL_PATHS if headless else ()) + SYSTEM_BROWSER_PATHS:
        if _is_executable(path):
            return FoundBrowser(path, False)
    raise BrowserError(f"no Chromium browser found; {INSTALL_HINT}")


def uses_sandbox(wanted: bool) -> bool:
    """Chromium's sandbox, unless opted out (browser_sandbox: false) or running as root, where
    Chromium refuses to start with it."""
    return wanted and os.geteuid() != 0


def child_environment(secrets: t.Iterable[str] = ()) -> dict[str, str]:
    """This process's environment without the secret variables, nor any variable holding one of
    `secrets` (a password passed through a variable of another name)."""
    values = [s for s in secrets if s]
    return {
        name: value
        for name, value in os.environ.items()
        if name not in SECRET_ENV and not any(secret in value for secret in values)
    }


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> t.Iterator[None]:
    """os.environ is `env` inside (Playwright starts its driver with a copy of os.environ)."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


class BrowserSession:
    """One browser, one context, one page for a module run; closed whatever happens."""

    def __init__(
        self,
        *,
        executable: str | None,
        headless: bool,
        timeout_s: float,
        validate_certs: bool,
        storage_state: dict[str, t.Any] | None = None,
        sandbox: bool = True,
        secrets: t.Sequence[str] = (),
    ) -> None:
        self._storage_state = storage_state
        self._sandbox = uses_sandbox(sandbox)
        self._secrets = secrets
        self._executable = executable
        self._headless = headless
        self._timeout_ms = timeout_s * 1000
        self._validate_certs = validate_certs
        self._stack = contextlib.ExitStack()
        self.browser: Browser | None = None
        self.context: BrowserContext | None = None
        self.page: Page | None = None
        self.executable_path: str | None = None
        # Playwright writes unfinished traces here: private (0700, made before it writes), and
        # removed with the browser, so nothing of a trace outlives the run unless kept on failure.
        self.traces_dir = ""

    def __enter__(self) -> BrowserSession:
        try:
            self._start()
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        # Playwright's own exit tears the driver and its browser down, even after an error.
        with contextlib.suppress(Exception):
            self._stack.close()

    def _start(self) -> None:
        self.traces_dir = tempfile.mkdtemp(prefix="cegidlife-trace-")
        self._stack.callback(shutil.rmtree, self.traces_dir, True)
        env = child_environment(self._secrets)
        with _environment(env):  # the driver is started here, with a copy of os.environ
            playwright = self._stack.enter_context(sync_playwright())
        found = find_browser(self._executable, playwright, headless=self._headless)
        self.executable_path = found.path
        try:
            self.browser = self._launch(playwright, found, env)
        except PlaywrightError as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            hint = INSTALL_HINT
            if self._sandbox:
                hint = (
                    "Chromium was started in its sandbox (browser_sandbox: true); where the sandbox cannot run "
                    f"(a container without user namespaces), set browser_sandbox: false; else {INSTALL_HINT}"
                )
            raise BrowserError(f"could not start the browser {self.executable_path}: {first}; {hint}") from None
        self._stack.callback(self.browser.close)
        self.context = self.browser.new_context(
            ignore_https_errors=not self._validate_certs,
            locale="fr-FR",
            accept_downloads=False,
            service_workers="block",
            storage_state=self._storage_state,  # type: ignore[arg-type]
        )
        # Fonts and media are for people; the page model reads text and roles.
        self.context.route(_HEAVY_RESOURCES, lambda route: route.abort())
        self.context.set_default_timeout(self._timeout_ms)
        self.context.set_default_navigation_timeout(self._timeout_ms)
        self.page = self.context.new_page()

    def _launch(self, playwright: Playwright, found: FoundBrowser, env: dict[str, str]) -> Browser:
        # Playwright's own: its choice first (the headless shell), then the whole browser where that
        # shell is not installed ('playwright install chromium --no-shell', a Playwright before 1.49).
        paths: list[str | None] = [None, found.path] if found.playwrights_own else [found.path]
        for path in paths[:-1]:
            try:
                return self._launch_one(playwright, path, env)
            except PlaywrightError as exc:
                if "Executable doesn't exist" not in str(exc):
                    raise
        return self._launch_one(playwright, paths[-1], env)

    def _launch_one(self, playwright: Playwright, path: str | None, env: dict[str, str]) -> Browser:
        return playwright.chromium.launch(
            executable_path=path,
            headless=self._headless,
            args=list(LAUNCH_ARGS),
            chromium_sandbox=self._sandbox,
            env=env,  # type: ignore[arg-type]
            timeout=self._timeout_ms,
            traces_dir=self.traces_dir,
        )
