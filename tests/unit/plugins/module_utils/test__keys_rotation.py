from __future__ import annotations

import datetime

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    KeyRow,
    PlanError,
    matching,
    new_row,
    number_lookalikes,
    parse_age,
    parse_portal_date,
    plan,
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


def test_lookalikes_are_numbered_and_the_new_one_found_newest_first() -> None:
    before = number_lookalikes([row("26/11/2026 20:41"), row("01/01/2026 10:00", name="other")])
    after = number_lookalikes([row("26/11/2026 20:41"), row("26/11/2026 20:41"), row("01/01/2026 10:00", name="other")])
    assert [r.position for r in after] == [0, 1, 0]
    assert new_row(before, after) == after[0]


def test_new_row_in_an_oldest_first_list_is_the_last_lookalike() -> None:
    before = number_lookalikes([row("01/01/2026 10:00", name="other"), row("26/11/2026 20:41")])
    after = number_lookalikes([row("01/01/2026 10:00", name="other"), row("26/11/2026 20:41"), row("26/11/2026 20:41")])
    assert new_row(before, after) == after[2]


def test_new_row_of_a_name_ignores_names_that_contain_it() -> None:
    """A list filtered on "app" also shows "app-2"; a read filtered otherwise must not make that a new key."""
    when = parse_portal_date("02/03/2026 09:30")
    mine = KeyRow("app", when, "Jo", created_raw="02/03/2026 09:30")
    other = KeyRow("app-2", when, "Jo", created_raw="02/03/2026 09:30")
    assert new_row([mine], [other, mine]) == other  # what a name-blind comparison would claim
    assert new_row([mine], [other, mine], "app") is None
    fresh = KeyRow("app", parse_portal_date("02/03/2026 09:31"), "Jo", created_raw="02/03/2026 09:31")
    assert new_row([mine], [fresh, other, mine], "app") == fresh
