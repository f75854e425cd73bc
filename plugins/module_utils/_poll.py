# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Waiting and trying again, one way each, by named policies.

A `Policy` says how long to pause between tries and how many tries it allows, within the time a call
gives it. `poll` looks until something holds; `retry` runs a step again after the errors it names;
`fixed_sleep` is the one plain sleep, for what nothing on the page can end sooner: each caller says
why in a `# fixed sleep:` comment (tests/unit/plugins/test_waits_in_one_place.py holds it).
"""

from __future__ import annotations

import dataclasses
import itertools
import time
import typing as t

T = t.TypeVar("T")
E = t.TypeVar("E", bound=BaseException)


@dataclasses.dataclass(frozen=True)
class Policy:
    """How to wait between tries: `pauses` before the second, third... try, in seconds (the last one
    repeats); `tries` at most (None: as many as the time allows).

    At the deadline, a look that costs nothing (`to_the_deadline`) has its last pause cut short, so
    that one last look falls on the deadline; a try that repeats work is not begun at all when it
    would start after the deadline."""

    pauses: tuple[float, ...]
    tries: int | None = None
    to_the_deadline: bool = False

    def waits(self, timeout_s: float | None) -> t.Iterator[float]:
        """The pause before each further try; none once the policy allows no more. The deadline
        counts from this call (not from the first pause): call it before the first try."""
        if timeout_s is None and self.tries is None:
            raise ValueError("a policy with no limit of tries needs a timeout")
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        return self._waits(deadline)

    def _waits(self, deadline: float | None) -> t.Iterator[float]:
        for tried in itertools.count(1):
            if self.tries is not None and tried >= self.tries:
                return
            pause = self.pauses[min(tried - 1, len(self.pauses) - 1)]
            if deadline is not None:
                left = deadline - time.monotonic()
                if self.to_the_deadline:
                    if left <= 0:
                        return
                    pause = min(pause, left)
                elif pause > left:
                    return
            yield pause


# --- the named policies ---------------------------------------------------------------------------
# Looking at a page until something shows, every 0.1 s.
LOOK = Policy((0.1,), to_the_deadline=True)
# A dialog expected within moments of a click: looked at twice as often.
LOOK_OFTEN = Policy((0.05,), to_the_deadline=True)
# Every control of the page, read whole at each look: a look costs more, so less often.
LOOK_AT_CONTROLS = Policy((0.15,), to_the_deadline=True)
# Playwright's own wait for a locator, in slices: between two, an ended session or an error page
# ends the wait at once (BasePage.expect).
LOOK_IN_SLICES = Policy((0.5,), to_the_deadline=True)
# Another run's lock on a key file, tried again every 0.2 s.
LOCK_RETRY = Policy((0.2,), to_the_deadline=True)
# A read-only step after a transient fault or an ended session: run again, backing off (Portal.safely).
SAFE_STEP_RETRY = Policy((0.5, 1.0, 2.0, 4.0))
# A page (a GET) that met a 5xx or a dropped connection: loaded again, backing off (BasePage.recover).
RELOAD_RETRY = Policy((0.3, 0.6, 1.2, 2.4, 4.8))
# "Générer" after a transient fault: once more, at once, and only once the list shows that no key was
# made (the caller reads it before each further try): a click that changes the portal is never
# repeated blindly.
GENERATE_RETRY = Policy((0.0,), tries=2)


def poll(
    check: t.Callable[[], T | None],
    timeout_s: float,
    wait: t.Callable[[float], None],
    policy: Policy = LOOK,
) -> T | None:
    """Call `check` until it returns a value (returned) or the policy allows no more looks within
    `timeout_s` (None). `wait` sleeps for so many seconds (a page's own wait, so that its events are
    served meanwhile); `check` may raise to stop at once."""
    waits = policy.waits(timeout_s)
    while True:
        found = check()
        if found:
            return found
        pause = next(waits, None)
        if pause is None:
            return None
        wait(pause)


def retry(
    step: t.Callable[[], T],
    policy: Policy,
    timeout_s: float | None,
    wait: t.Callable[[float], None],
    *,
    on: tuple[type[E], ...],
    gave_up: t.Callable[[E, int], t.NoReturn],
    again: t.Callable[[E], None] | None = None,
) -> T:
    """Run `step`; after an error of `on`, run it again after the policy's pause, `again(error)`
    first. When the policy allows no more tries, `gave_up(error, tries made)` raises. What `again`
    or `gave_up` raise, and any other error, ends the retry: it is never tried again."""
    waits = policy.waits(timeout_s)
    tried = 0
    while True:
        tried += 1
        try:
            return step()
        except on as exc:
            pause = next(waits, None)
            if pause is None:
                gave_up(exc, tried)
            if again is not None:
                again(exc)
            if pause > 0:
                wait(pause)


def page_wait(page: t.Any) -> t.Callable[[float], None]:
    """A page's own wait (Playwright serves the page's events while it waits), in seconds."""
    return lambda seconds: page.wait_for_timeout(seconds * 1000)


def fixed_sleep(page: t.Any, seconds: float) -> None:
    """A plain sleep on the page's own wait, where nothing on the page can end it sooner (the caller
    says why in a `# fixed sleep:` comment)."""
    page_wait(page)(seconds)
