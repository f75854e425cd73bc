# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The Playwright dependency: one constant feeds the runtime check and the `requirements` docs."""

from __future__ import annotations

import traceback
import typing as t

# The oldest Playwright whose locator API (or_, get_by_role with regex names) the page model uses.
MIN_PLAYWRIGHT_VERSION = "1.45.0"
PLAYWRIGHT_REQUIREMENT = f"playwright >= {MIN_PLAYWRIGHT_VERSION}"

PLAYWRIGHT_IMPORT_ERROR: str | None
try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright
except ImportError:
    PLAYWRIGHT_IMPORT_ERROR = traceback.format_exc()
    HAS_PLAYWRIGHT = False
    sync_playwright = None  # type: ignore[assignment]  # checked through HAS_PLAYWRIGHT first

    class PlaywrightError(Exception):  # type: ignore[no-redef]
        """Stand-in so `except PlaywrightError` stays valid without Playwright."""

    class PlaywrightTimeoutError(PlaywrightError):  # type: ignore[no-redef]
        """Stand-in, as above."""

else:
    PLAYWRIGHT_IMPORT_ERROR = None
    HAS_PLAYWRIGHT = True

__all__ = ["HAS_PLAYWRIGHT", "PlaywrightError", "PlaywrightTimeoutError", "evaluate_loaded", "sync_playwright"]


def playwright_version() -> str | None:
    """The installed Playwright version, or None."""
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover
        return None
    try:
        return version("playwright")
    except PackageNotFoundError:
        return None


def version_tuple(text: str) -> tuple[int, ...]:
    """'1.45.0' -> (1, 45, 0); pre-release suffixes are ignored."""
    numbers = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        numbers.append(int(digits))
    return tuple(numbers)


def playwright_too_old() -> str | None:
    """The installed version if it is older than the minimum, else None."""
    found = playwright_version()
    if found and version_tuple(found) < version_tuple(MIN_PLAYWRIGHT_VERSION):
        return found
    return None


# What Playwright says when a script ran into a navigation: the page was being replaced.
_NAVIGATED = ("Execution context was destroyed", "because of a navigation", "Cannot find context with specified id")


def evaluate_loaded(page: t.Any, script: str, arg: t.Any = None) -> t.Any:
    """`page.evaluate`, as a person reads a page: one that is being replaced (a redirect, a form that
    posts itself on) is read once the next one has loaded, not failed on."""
    for attempt in range(3):
        try:
            return page.evaluate(script) if arg is None else page.evaluate(script, arg)
        except PlaywrightError as exc:
            if attempt == 2 or not any(sign in str(exc) for sign in _NAVIGATED):
                raise
            page.wait_for_load_state("domcontentloaded")
    raise AssertionError("unreachable")  # pragma: no cover
