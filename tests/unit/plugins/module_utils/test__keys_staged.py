"""Staged rotation's pure decisions: where its two keys are in the list, what to do, when it is due."""

from __future__ import annotations

import datetime

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    AmbiguousKeysError,
    KeyRow,
    PendingRows,
    PlanError,
    locate_pending,
    matching,
    parse_portal_date,
    plan,
    plan_pending,
    rotation_due,
)

NOW = datetime.datetime(2026, 11, 26, 12, 0)
OLD_AT = datetime.datetime(2026, 1, 1, 10, 0)
NEW_AT = datetime.datetime(2026, 11, 26, 11, 59)


def row(when: str, name: str = "app") -> KeyRow:
    return KeyRow(name, parse_portal_date(when), "Deltumeau Vincent", created_raw=when)


def test_a_due_staged_rotation_leaves_the_old_key_pending() -> None:
    old = row("01/01/2026 10:00")
    staged = plan("present", [old], secret_known=True, max_age=datetime.timedelta(days=90), now=NOW, rotation="staged")
    assert (staged.action, staged.generate, staged.revoke, staged.pending) == ("rotation_staged", True, (), old)
    immediate = plan("present", [old], secret_known=True, max_age=datetime.timedelta(days=90), now=NOW)
    assert (immediate.action, immediate.revoke, immediate.pending) == ("rotated", (old,), None)


def test_staged_with_duplicates_revokes_them_now_and_stages_the_newest() -> None:
    newest, extra = row("02/01/2026 10:00"), row("01/01/2026 10:00")
    decided = plan(
        "present", [newest, extra], secret_known=True, recreate="always", on_duplicates="keep_newest", rotation="staged"
    )
    assert decided.pending == newest and decided.revoke == (extra,)


def test_locate_by_recorded_dates() -> None:
    old, new, other = row("01/01/2026 10:00"), row("26/11/2026 11:59"), row("05/05/2026 05:05")
    found = locate_pending(matching([old, new], "app"), NEW_AT, OLD_AT)
    assert (found.new, found.old, found.others) == (new, old, ())
    assert locate_pending([new], NEW_AT, OLD_AT) == PendingRows(new, None)
    assert locate_pending([old], NEW_AT, OLD_AT) == PendingRows(None, old)
    assert locate_pending([new, other, old], NEW_AT, OLD_AT).others == (other,)
    # A new key whose row could not be read back has no date: the one other Active key.
    assert locate_pending([new, old], None, OLD_AT) == PendingRows(new, old)


@pytest.mark.parametrize("count", [1, 2])
def test_a_rotation_recorded_in_one_minute_is_never_guessed(count: int) -> None:
    """Both keys recorded the same minute: whichever rows are left and in whatever order, the list
    cannot say which is which, so the run refuses and names the rows (never by their place)."""
    listed = [row("26/11/2026 11:59") for dummy in range(count)]
    with pytest.raises(AmbiguousKeysError, match=r"made the same minute.*26/11/2026 11:59.*by hand") as refused:
        locate_pending(listed, NEW_AT, NEW_AT)
    assert len(refused.value.rows) == count
    assert locate_pending([], NEW_AT, NEW_AT) == PendingRows(None, None)


def test_a_recorded_date_that_fits_two_rows_is_never_guessed() -> None:
    twins = [row("01/01/2026 10:00"), row("01/01/2026 10:00")]
    with pytest.raises(AmbiguousKeysError, match="several Active keys"):
        locate_pending([row("26/11/2026 11:59"), *twins], NEW_AT, OLD_AT)


def test_keeping_the_newest_of_lookalikes_is_refused() -> None:
    twins = matching([row("26/11/2026 11:59"), row("26/11/2026 11:59")], "app")
    with pytest.raises(AmbiguousKeysError, match="cannot be told apart"):
        plan("present", twins, secret_known=True, on_duplicates="keep_newest")
    with pytest.raises(AmbiguousKeysError):
        plan("present", twins, secret_known=True, recreate="always", on_duplicates="keep_newest", rotation="staged")
    # Revoking every one of them needs no choice.
    assert len(plan("absent", twins).revoke) == 2
    rotated = plan("present", twins, secret_known=True, recreate="always", on_duplicates="keep_newest")
    assert rotated.generate and len(rotated.revoke) == 2


@pytest.mark.parametrize(
    ("finish", "rollback", "rotation", "action", "revoked", "current"),
    [
        (False, False, "staged", "unchanged", None, "new"),  # a rerun between the phases
        (True, False, "staged", "rotation_finished", "old", "new"),
        (False, False, "immediate", "rotation_finished", "old", "new"),  # a plain run after the rollout
        (False, True, "staged", "rotation_rolled_back", "new", "old"),
    ],
)
def test_plan_pending(finish: bool, rollback: bool, rotation: str, action: str, revoked: str, current: str) -> None:
    rows = PendingRows(row("26/11/2026 11:59"), row("01/01/2026 10:00"))
    by = {"new": rows.new, "old": rows.old}
    decided = plan_pending(rows, finish=finish, rollback=rollback, old_secret_known=True, rotation=rotation)
    assert decided is not None and decided.action == action and decided.current == by[current]
    assert decided.revoke == ((by[revoked],) if revoked else ())
    assert decided.keep == (by[current] if revoked else None)
    assert decided.pending == (rows.old if action == "unchanged" else None)
    assert decided.changed == (action != "unchanged")


def test_plan_pending_when_a_key_is_gone_or_unknown() -> None:
    new, old = row("26/11/2026 11:59"), row("01/01/2026 10:00")
    gone_old = plan_pending(
        PendingRows(new, None), finish=False, rollback=False, old_secret_known=True, rotation="staged"
    )
    assert gone_old is not None and (gone_old.action, gone_old.settle, gone_old.revoke) == (
        "rotation_finished",
        "finished",
        (),
    )
    assert (
        plan_pending(PendingRows(None, old), finish=True, rollback=False, old_secret_known=True, rotation="staged")
        is None
    )
    with pytest.raises(PlanError, match="secret is unknown"):
        plan_pending(PendingRows(new, old), finish=False, rollback=True, old_secret_known=False, rotation="staged")
    with pytest.raises(PlanError, match="no longer Active"):
        plan_pending(PendingRows(new, None), finish=False, rollback=True, old_secret_known=True, rotation="staged")
    with pytest.raises(PlanError, match="revoke them by hand"):
        plan_pending(PendingRows(new, old, (row("02/02/2026 02:02"),)), finish=True, rollback=False,
                     old_secret_known=True, rotation="staged")  # fmt: skip


def test_rotation_due() -> None:
    created = row("01/09/2026 09:30")
    assert rotation_due(created, datetime.timedelta(days=90), NOW) == (datetime.datetime(2026, 11, 30, 9, 30), 3)
    assert rotation_due(created, datetime.timedelta(days=30), NOW) == (datetime.datetime(2026, 10, 1, 9, 30), -57)
    assert rotation_due(created, None, NOW) is None
    assert rotation_due(KeyRow("app", None, "x"), datetime.timedelta(days=1), NOW) is None
