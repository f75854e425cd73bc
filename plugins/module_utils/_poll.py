# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Waiting: one way to poll until something holds, and one way to back off between attempts."""

from __future__ import annotations

import time
import typing as t

T = t.TypeVar("T")

# Back-off between attempts of a safe step, in seconds (the last one repeats).
BACKOFF = (0.5, 1.0, 2.0, 4.0)


def poll(
    check: t.Callable[[], T | None],
    timeout_s: float,
    wait: t.Callable[[float], None],
    interval_s: float = 0.1,
) -> T | None:
    """Call `check` until it returns a value (returned) or `timeout_s` has passed (None). `wait`
    sleeps for so many seconds (a page's own wait, so that its events are served meanwhile);
    `check` may raise to stop at once."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() >= deadline:
            return None
        wait(min(interval_s, max(0.0, deadline - time.monotonic())))


def pauses(deadline: float, schedule: t.Sequence[float] = BACKOFF) -> t.Iterator[float]:
    """The pauses between attempts, growing along `schedule` (its last one repeats), as long as the
    next attempt still starts before `deadline`."""
    for attempt in range(10_000):
        pause = schedule[min(attempt, len(schedule) - 1)]
        if time.monotonic() + pause > deadline:
            return
        yield pause


def page_wait(page: t.Any) -> t.Callable[[float], None]:
    """A page's own wait (Playwright serves the page's events while it waits), in seconds."""
    return lambda seconds: page.wait_for_timeout(seconds * 1000)
