"""plan() branch by branch, compared whole (every field of the Plan), its exact refusals, and the
proof of one-time credentials at its limits (the `mutation` gate holds each of them)."""

from __future__ import annotations

import datetime

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    KeyRow,
    Plan,
    PlanError,
    ambiguity,
    credential_problem,
    furniture_problem,
    parse_portal_date,
    plan,
)

NOW = datetime.datetime(2021, 2, 1, 12, 0)


def row(when: str, name: str = "loop", by: str = "Deltumeau Vincent") -> KeyRow:
    return KeyRow(name=name, created_at=parse_portal_date(when), created_by=by, created_raw=when)


OLD, NEW = row("01/01/2021 08:00"), row("20/01/2021 09:00")


def test_absent() -> None:
    assert plan("absent", [NEW, OLD]) == Plan(action="revoked", revoke=(NEW, OLD), current=NEW)
    assert plan("absent", []) == Plan(action="absent")


def test_present_with_the_defaults() -> None:
    """recreate=never, on_duplicates=fail, rotation=immediate."""
    assert plan("present", []) == Plan(action="created", generate=True, reason="no Active key has that name")
    assert plan("present", [NEW]) == Plan(action="unchanged", current=NEW)
    with pytest.raises(PlanError) as refused:
        plan("present", [NEW, row("")])
    assert str(refused.value) == (
        "2 Active keys are named 'loop' (created 20/01/2021 09:00, ?); set on_duplicates=keep_newest to keep "
        "the newest and revoke the others, or revoke them by hand"
    )


def test_rotations() -> None:
    assert plan("present", [NEW], secret_known=True, recreate="always") == Plan(
        action="rotated", generate=True, revoke=(NEW,), current=NEW, reason="recreate=always"
    )
    assert plan("present", [NEW], recreate="if_secret_missing") == Plan(
        action="rotated",
        generate=True,
        revoke=(NEW,),
        current=NEW,
        reason="its secret is unknown and recreate=if_secret_missing",
    )
    assert plan("present", [NEW], secret_known=True, recreate="if_secret_missing") == Plan(
        action="unchanged", current=NEW
    )
    assert plan("present", [NEW, OLD], recreate="always", rotation="staged", on_duplicates="keep_newest") == Plan(
        action="rotation_staged", generate=True, revoke=(OLD,), current=NEW, reason="recreate=always", pending=NEW
    )


def test_max_age_counts_from_the_now_given() -> None:
    """Older than max_age rotates; exactly max_age does not; `now` is the one given, not the clock's."""
    day = datetime.timedelta(days=1)
    assert plan("present", [NEW], secret_known=True, max_age=30 * day, now=NOW) == Plan(action="unchanged", current=NEW)
    exact = datetime.datetime(2021, 2, 19, 9, 0)  # NEW was created 30 days before
    assert plan("present", [NEW], secret_known=True, max_age=30 * day, now=exact).action == "unchanged"
    later = exact + datetime.timedelta(seconds=1)
    assert plan("present", [NEW], secret_known=True, max_age=30 * day, now=later).reason == (
        "the key is 30 days old, older than max_age"
    )


def test_duplicates_kept_newest() -> None:
    assert plan("present", [NEW, OLD], secret_known=True, on_duplicates="keep_newest") == Plan(
        action="unchanged", revoke=(OLD,), current=NEW, reason="duplicates revoked"
    )


def test_an_unknown_secret_with_recreate_fail_is_refused_exactly() -> None:
    with pytest.raises(PlanError) as refused:
        plan("present", [NEW], recreate="fail")
    assert str(refused.value) == (
        "the Active key 'loop' (created 20/01/2021 09:00) exists but its secret is unknown (not in "
        "credentials_file, no current_credentials); recreate=if_secret_missing would replace it"
    )


def test_ambiguity_names_the_rows_and_the_way_out() -> None:
    tail = (
        "; the module never chooses by a row's place in the list. Resolve it by hand: find which credentials the "
        "applications use (the Loop API accepts them), revoke the other key(s) in the portal, then run again"
    )
    assert ambiguity("two keys", [NEW, OLD]) == (
        "two keys (rows: 'loop' created 20/01/2021 09:00 by Deltumeau Vincent; "
        f"'loop' created 01/01/2021 08:00 by Deltumeau Vincent){tail}"
    )
    assert ambiguity("no key", []) == f"no key (rows: none){tail}"


def test_the_credential_proof_at_its_limits() -> None:
    assert credential_problem("A" * 512, "secret") is None
    assert credential_problem("A" * 513, "secret") == "the secret is 513 characters long"
    assert furniture_problem("", "secret", []) == "the secret is empty"
    assert furniture_problem("A" * 16, "identifier", []) is None
    assert furniture_problem("A" * 15, "identifier", []) == (
        "the identifier read is 15 characters long (a credential has at least 16)"
    )


@pytest.mark.parametrize(("shown", "said"), [("", "'none'"), ("12/06/2026", "'12/06/2026'")])
def test_max_age_on_a_key_of_unknown_age_fails_saying_why(shown: str, said: str) -> None:
    unknown = KeyRow(name="loop", created_at=None, created_by="Jo", status="active", created_raw=shown)
    with pytest.raises(PlanError) as failed:
        plan("present", [unknown], secret_known=True, max_age=datetime.timedelta(days=30), now=NOW)
    assert str(failed.value) == (
        f"max_age is set, but the creation date shown for the Active key 'loop' ({said}) cannot be read as one "
        "date, so its age is unknown; a date whose day and month could be swapped is never guessed (see the "
        "labels option's day_first_dates)"
    )
