from __future__ import annotations

import datetime

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    AmbiguousKeysError,
    KeyRow,
    PlanError,
    could_be_minute_of,
    matching,
    new_row,
    parse_age,
    parse_portal_date,
    plan,
    wait_for_next_minute,
)

NOW = datetime.datetime(2026, 11, 26, 12, 0)


def row(when: str, name: str = "app") -> KeyRow:
    return KeyRow(name, parse_portal_date(when), "Deltumeau Vincent", created_raw=when)


@pytest.mark.parametrize(
    ("text", "seconds"), [("90d", 90 * 86400), ("12h", 43200), ("2w", 1209600), ("3600", 3600), ("5 m", 300)]
)
def test_parse_age(text: str, seconds: int) -> None:
    age = parse_age(text)
    assert age is not None and age.total_seconds() == seconds


def test_parse_age_refuses_garbage() -> None:
    with pytest.raises(ValueError, match="90d"):
        parse_age("ninety days")


def test_max_age_rotates_old_keys_only() -> None:
    old = [row("01/01/2026 10:00")]
    assert plan("present", old, secret_known=True, max_age=datetime.timedelta(days=90), now=NOW).action == "rotated"
    young = [row("01/11/2026 10:00")]
    assert plan("present", young, secret_known=True, max_age=datetime.timedelta(days=90), now=NOW).action == "unchanged"


@pytest.mark.parametrize(
    ("recreate", "action"),
    [("never", "unchanged"), ("if_secret_missing", "rotated"), ("always", "rotated")],
)
def test_unknown_secret_policies(recreate: str, action: str) -> None:
    decided = plan("present", [row("01/11/2026 10:00")], secret_known=False, recreate=recreate)
    assert decided.action == action
    if action == "rotated":
        assert decided.generate and decided.revoke  # make-before-break: both, generation first


def test_unknown_secret_fail_policy_explains() -> None:
    with pytest.raises(PlanError, match="secret is unknown"):
        plan("present", [row("01/11/2026 10:00")], recreate="fail")
    assert plan("present", [row("01/11/2026 10:00")], secret_known=True, recreate="fail").action == "unchanged"


def test_duplicates_fail_or_keep_newest() -> None:
    dupes = matching([row("01/10/2026 10:00"), row("01/11/2026 10:00")], "app")
    with pytest.raises(PlanError, match="2 Active keys"):
        plan("present", dupes, secret_known=True)
    kept = plan("present", dupes, secret_known=True, on_duplicates="keep_newest")
    assert kept.current == dupes[0] and kept.revoke == (dupes[1],) and not kept.generate


def _undated(shown: str) -> KeyRow:
    """A row whose date, as an English list showed it, proves no one date (day and month unknown)."""
    return KeyRow("app", parse_portal_date(shown, day_first=None), "Jo", created_raw=shown)


@pytest.mark.parametrize(("rotation", "recreate"), [("immediate", "never"), ("staged", "always")])
def test_the_newest_of_keys_whose_dates_are_unknown_is_not_guessed(rotation: str, recreate: str) -> None:
    """The portal in English: 12/06/2026 and 11/06/2026 are no proven dates, so "the newest" would be
    the list's order; keep_newest refuses and names the rows."""
    dupes = matching([_undated("12/06/2026 10:00"), _undated("11/06/2026 10:00")], "app")
    with pytest.raises(AmbiguousKeysError, match="which is the newest cannot be proven") as refused:
        plan("present", dupes, secret_known=True, recreate=recreate, on_duplicates="keep_newest", rotation=rotation)
    assert "12/06/2026 10:00" in str(refused.value) and "11/06/2026 10:00" in str(refused.value)
    # all of them replaced: no newest to tell
    rotated = plan("present", dupes, secret_known=True, recreate="always", on_duplicates="keep_newest")
    assert rotated.action == "rotated" and set(rotated.revoke) == set(dupes)


def test_max_age_on_a_key_of_unknown_age_fails_saying_why() -> None:
    with pytest.raises(PlanError, match=r"max_age is set.*'12/06/2026 10:00'.*never guessed"):
        plan("present", [_undated("12/06/2026 10:00")], secret_known=True, max_age=datetime.timedelta(days=90))
    assert plan("present", [_undated("13/06/2026 10:00")], secret_known=True, max_age=datetime.timedelta(days=90))


@pytest.mark.parametrize("order", ["newest first", "oldest first"])
def test_a_new_key_that_looks_like_an_old_one_is_not_proven(order: str) -> None:
    """Two keys of one name made in one minute look the same: the list's order is no identity, so
    no row is claimed as the new one, whichever order the portal lists them in."""
    before = [row("26/11/2026 20:41"), row("01/01/2026 10:00", name="other")]
    after = [row("26/11/2026 20:41"), row("26/11/2026 20:41"), row("01/01/2026 10:00", name="other")]
    if order == "oldest first":
        before, after = before[::-1], after[::-1]
    assert new_row(before, after) is None


def test_a_new_key_of_its_own_minute_is_proven_wherever_it_is_listed() -> None:
    old, other = row("26/11/2026 20:41"), row("01/01/2026 10:00", name="other")
    new = row("26/11/2026 20:42")
    for after in ([new, old, other], [other, old, new], [old, new, other]):
        assert new_row([old, other], after) == new


def test_what_else_a_row_shows_tells_same_minute_keys_apart() -> None:
    old = KeyRow("app", NOW, "Jo", created_raw="26/11/2026 12:00", shown=(("Identifiant", "AAAA…1"),))
    new = KeyRow("app", NOW, "Jo", created_raw="26/11/2026 12:00", shown=(("Identifiant", "BBBB…2"),))
    assert new_row([old], [old, new]) == new and new_row([old], [new, old]) == new


def test_two_new_rows_prove_nothing() -> None:
    assert new_row([row("01/01/2026 10:00")], [row("02/01/2026 10:00"), row("03/01/2026 10:00")]) is None


def test_new_row_of_a_name_ignores_names_that_contain_it() -> None:
    """A list filtered on "app" also shows "app-2"; a read filtered otherwise must not make that a new key."""
    when = parse_portal_date("02/03/2026 09:30")
    mine = KeyRow("app", when, "Jo", created_raw="02/03/2026 09:30")
    other = KeyRow("app-2", when, "Jo", created_raw="02/03/2026 09:30")
    assert new_row([mine], [other, mine]) == other  # what a name-blind comparison would claim
    assert new_row([mine], [other, mine], "app") is None
    fresh = KeyRow("app", parse_portal_date("02/03/2026 09:31"), "Jo", created_raw="02/03/2026 09:31")
    assert new_row([mine], [fresh, other, mine], "app") == fresh


UTC = datetime.UTC


@pytest.mark.parametrize(
    ("shown", "instant", "same"),
    [
        ("26/11/2026 12:00", datetime.datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC), True),  # UTC
        ("26/11/2026 13:00", datetime.datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC), True),  # Paris, winter
        ("26/11/2026 17:30", datetime.datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC), True),  # India
        ("26/11/2026 12:01", datetime.datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC), False),
        ("26/11/2026 13:07", datetime.datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC), False),  # no such zone
        ("28/11/2026 12:00", datetime.datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC), False),  # two days off
    ],
)
def test_a_shown_time_can_be_this_minute_in_any_real_time_zone(
    shown: str, instant: datetime.datetime, same: bool
) -> None:
    when = parse_portal_date(shown)
    assert when is not None
    assert could_be_minute_of(when, instant) is same


def test_generating_beside_a_key_of_this_minute_waits_for_the_next_one() -> None:
    now = datetime.datetime(2026, 11, 26, 12, 0, 20, tzinfo=UTC)
    waited = wait_for_next_minute([row("26/11/2026 13:00")], now)  # Paris: made this very minute
    assert waited is not None
    seconds, why = waited
    assert why.created_raw == "26/11/2026 13:00"
    # Past the turn of the minute by the clock skew allowed, and never more than about a minute.
    assert now + datetime.timedelta(seconds=seconds) >= datetime.datetime(2026, 11, 26, 12, 1, 2, tzinfo=UTC)
    assert seconds <= 45
    assert wait_for_next_minute([row("26/11/2026 12:59")], now) is None  # a minute earlier
    assert wait_for_next_minute([row("26/11/2026")], now) is None  # no time shown: waiting cannot help


def test_near_the_turn_of_a_minute_the_clocks_may_differ() -> None:
    """At 12:00:59 here, the portal may already be at 12:01: a key it shows at 12:01 may be of now."""
    now = datetime.datetime(2026, 11, 26, 12, 0, 59, tzinfo=UTC)
    waited = wait_for_next_minute([row("26/11/2026 12:01")], now)
    assert waited is not None and 60 < waited[0] <= 66
    assert wait_for_next_minute([row("26/11/2026 12:00")], now) is not None
