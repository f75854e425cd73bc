"""One way to wait and to try again: the policies' pauses, limits and deadlines, on a fake clock."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils import _poll
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import SessionExpiredError, TransientError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import (
    GENERATE_RETRY,
    LOCK_RETRY,
    LOOK,
    LOOK_AT_CONTROLS,
    LOOK_IN_SLICES,
    LOOK_OFTEN,
    RELOAD_RETRY,
    SAFE_STEP_RETRY,
    Policy,
    fixed_sleep,
    page_wait,
    poll,
    retry,
)


class Clock:
    """Stands for the `time` module in _poll: time passes only when slept or worked."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(_poll, "time", fake)
    return fake


def taken(policy: Policy, timeout_s: float | None, clock: Clock, work_s: float = 0.0) -> list[float]:
    """The pauses a policy gives when each try takes `work_s` and each pause is slept in full."""
    found = []
    for pause in policy.waits(timeout_s):
        clock.sleep(pause)
        clock.now += work_s
        found.append(round(pause, 6))
    return found


# --- the named policies: their values are the collection's behaviour --------------------------------
def test_the_named_policies_keep_their_values() -> None:
    named = {
        "SAFE_STEP_RETRY": SAFE_STEP_RETRY,
        "RELOAD_RETRY": RELOAD_RETRY,
        "GENERATE_RETRY": GENERATE_RETRY,
        "LOOK": LOOK,
        "LOOK_OFTEN": LOOK_OFTEN,
        "LOOK_AT_CONTROLS": LOOK_AT_CONTROLS,
        "LOOK_IN_SLICES": LOOK_IN_SLICES,
        "LOCK_RETRY": LOCK_RETRY,
    }
    assert named == {
        "SAFE_STEP_RETRY": Policy((0.5, 1.0, 2.0, 4.0)),
        "RELOAD_RETRY": Policy((0.3, 0.6, 1.2, 2.4, 4.8)),
        "GENERATE_RETRY": Policy((0.0,), tries=2),
        "LOOK": Policy((0.1,), to_the_deadline=True),
        "LOOK_OFTEN": Policy((0.05,), to_the_deadline=True),
        "LOOK_AT_CONTROLS": Policy((0.15,), to_the_deadline=True),
        "LOOK_IN_SLICES": Policy((0.5,), to_the_deadline=True),
        "LOCK_RETRY": Policy((0.2,), to_the_deadline=True),
    }


# --- Policy.waits ----------------------------------------------------------------------------------
def test_a_retry_backs_off_and_its_last_pause_repeats(clock: Clock) -> None:
    assert taken(SAFE_STEP_RETRY, 12, clock) == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert taken(RELOAD_RETRY, 30, clock) == [0.3, 0.6, 1.2, 2.4, 4.8, 4.8, 4.8, 4.8, 4.8]


def test_a_retry_that_would_start_after_the_deadline_is_not_begun(clock: Clock) -> None:
    # 0.5 + 1 + 2 + 4 = 7.5 s; the next try would start at 11.5 s, past 10 s: none.
    assert taken(SAFE_STEP_RETRY, 10, clock) == [0.5, 1.0, 2.0, 4.0]
    # Exactly on the deadline still starts.
    assert taken(SAFE_STEP_RETRY, 7.5, clock) == [0.5, 1.0, 2.0, 4.0]
    assert taken(SAFE_STEP_RETRY, 0.4, clock) == []


def test_a_look_has_its_last_pause_cut_to_fall_on_the_deadline(clock: Clock) -> None:
    assert taken(LOOK, 0.25, clock) == [0.1, 0.1, 0.05]
    assert taken(LOOK, 0, clock) == []
    start = clock.now
    taken(LOOK_IN_SLICES, 1.2, clock)
    assert clock.now == pytest.approx(start + 1.2)  # never past it


def test_the_deadline_counts_from_the_call_not_from_the_first_pause(clock: Clock) -> None:
    waits = SAFE_STEP_RETRY.waits(1.0)
    clock.now += 0.8  # the first try took 0.8 s: a 0.5 s pause would start the next past 1 s
    assert list(waits) == []
    waits = LOOK.waits(1.0)
    clock.now += 0.95
    assert next(waits) == pytest.approx(0.05)


def test_the_work_of_each_try_counts_against_the_deadline(clock: Clock) -> None:
    assert taken(SAFE_STEP_RETRY, 10, clock, work_s=1.0) == [0.5, 1.0, 2.0]


def test_a_limit_of_tries_holds_without_a_timeout(clock: Clock) -> None:
    assert taken(GENERATE_RETRY, None, clock) == [0.0]
    assert taken(Policy((1.0,), tries=3), None, clock) == [1.0, 1.0]
    assert taken(Policy((1.0,), tries=3), 1.5, clock) == [1.0]  # and the time, when given
    assert taken(Policy((1.0,), tries=1), None, clock) == []


def test_a_policy_with_no_limit_at_all_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a timeout"):
        SAFE_STEP_RETRY.waits(None)


# --- poll ------------------------------------------------------------------------------------------
def test_poll_returns_the_first_value_found(clock: Clock) -> None:
    answers = iter([None, False, 0, "", "found", "later"])
    assert poll(lambda: next(answers), 5, clock.sleep) == "found"
    assert clock.slept == pytest.approx([0.1] * 4)


def test_poll_looks_a_last_time_on_the_deadline_then_gives_none(clock: Clock) -> None:
    looks: list[float] = []

    def check() -> None:
        looks.append(clock.now)

    start = clock.now
    assert poll(check, 0.35, clock.sleep) is None
    assert [round(at - start, 6) for at in looks] == [0.0, 0.1, 0.2, 0.3, 0.35]


def test_poll_follows_the_policy_given(clock: Clock) -> None:
    assert poll(lambda: None, 0.5, clock.sleep, LOOK_AT_CONTROLS) is None
    assert clock.slept == pytest.approx([0.15, 0.15, 0.15, 0.05])
    clock.slept.clear()
    assert poll(lambda: None, 3, clock.sleep, SAFE_STEP_RETRY) is None  # a retry's rule: no try past it
    assert clock.slept == pytest.approx([0.5, 1.0])


def test_a_check_that_raises_stops_the_poll_at_once(clock: Clock) -> None:
    def check() -> None:
        raise TransientError("HTTP 503")

    with pytest.raises(TransientError):
        poll(check, 5, clock.sleep)
    assert clock.slept == []


def test_a_slow_first_look_uses_up_the_timeout(clock: Clock) -> None:
    looks = []

    def check() -> None:
        looks.append(clock.now)
        clock.now += 2.0

    assert poll(check, 1.0, clock.sleep) is None
    assert len(looks) == 1 and clock.slept == []


# --- retry -----------------------------------------------------------------------------------------
class Step:
    """Fails with the errors given, in turn, then returns "done"."""

    def __init__(self, *errors: BaseException) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "done"


def _gave_up(exc: BaseException, tries: int) -> t.NoReturn:
    raise RuntimeError(f"gave up after {tries}: {exc}")


def test_retry_runs_the_step_again_after_the_errors_named(clock: Clock) -> None:
    step = Step(TransientError("HTTP 502"), SessionExpiredError("signed out"))
    seen: list[str] = []
    got = retry(
        step,
        SAFE_STEP_RETRY,
        30,
        clock.sleep,
        on=(TransientError, SessionExpiredError),
        gave_up=_gave_up,
        again=lambda exc: seen.append(f"{exc} at {clock.now - 1000:g}"),
    )
    assert got == "done" and step.calls == 3
    assert clock.slept == [0.5, 1.0]
    assert seen == ["HTTP 502 at 0", "signed out at 0.5"]  # `again` comes before the pause


def test_retry_gives_up_with_the_last_error_and_the_tries_made(clock: Clock) -> None:
    step = Step(*[TransientError(f"HTTP 50{n}") for n in range(10)])
    with pytest.raises(RuntimeError, match=r"gave up after 5: HTTP 504"):
        retry(step, SAFE_STEP_RETRY, 8, clock.sleep, on=(TransientError,), gave_up=_gave_up)
    assert step.calls == 5 and clock.slept == [0.5, 1.0, 2.0, 4.0]


def test_retry_never_repeats_other_errors(clock: Clock) -> None:
    step = Step(ValueError("a layout change"))
    with pytest.raises(ValueError):
        retry(step, SAFE_STEP_RETRY, 30, clock.sleep, on=(TransientError,), gave_up=_gave_up)
    assert step.calls == 1 and clock.slept == []


def test_what_again_raises_ends_the_retry(clock: Clock) -> None:
    step = Step(TransientError("HTTP 502"))

    def again(exc: BaseException) -> None:
        raise TransientError("the list could not be read again")

    with pytest.raises(TransientError, match="could not be read again"):
        retry(step, SAFE_STEP_RETRY, 30, clock.sleep, on=(TransientError,), gave_up=_gave_up, again=again)
    assert step.calls == 1 and clock.slept == []


def test_generate_is_tried_twice_at_most_and_at_once(clock: Clock) -> None:
    step = Step(TransientError("dropped"), TransientError("dropped again"), TransientError("never reached"))
    agains: list[BaseException] = []
    with pytest.raises(RuntimeError, match="gave up after 2: dropped again"):
        retry(step, GENERATE_RETRY, None, clock.sleep, on=(TransientError,), gave_up=_gave_up, again=agains.append)
    assert step.calls == 2 and len(agains) == 1
    assert clock.slept == []  # a pause of 0 is no wait at all


# --- the page's own waits ---------------------------------------------------------------------------
class Page:
    def __init__(self) -> None:
        self.waited: list[float] = []

    def wait_for_timeout(self, ms: float) -> None:
        self.waited.append(ms)


def test_waits_on_a_page_are_the_pages_own_in_milliseconds() -> None:
    page = Page()
    page_wait(page)(0.25)
    fixed_sleep(page, 0.1)
    assert page.waited == [250, 100]
