# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Staged rotation (rotation=staged) for one key name: the plan when no rotation is under way, what
to do about one an earlier run recorded in the credentials store (`_storage.store.CredentialStore`, whichever
store the task chose), and when the current key is due.
`_tasks.ensure_key.EnsureKey` acts on these plans; the pure decisions are `_keys.locate_pending` and
`_keys.plan_pending`."""

from __future__ import annotations

import dataclasses
import datetime
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    Credentials,
    KeyRow,
    Plan,
    due_text,
    locate_pending,
    parse_age,
    plan,
    plan_pending,
    rotation_due,
)

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
    from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession
    from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import PendingRotation

ROTATION_ENDS = ("rotation_finished", "rotation_rolled_back")


def usual_plan(
    options: KeyOptions, active: list[KeyRow], *, secret_known: bool, max_age: datetime.timedelta | None
) -> Plan:
    """The plan when no staged rotation is under way. finish_rotation and rollback_rotation only
    ever end a rotation: they never start one."""
    ending = options.finish_rotation or options.rollback_rotation
    return plan(
        options.state,
        active,
        secret_known=secret_known,
        recreate="never" if ending else options.recreate,
        max_age=None if ending else max_age,
        on_duplicates=options.on_duplicates,
        rotation=options.rotation,
    )


def pending_plan(
    session: PortalSession,
    options: KeyOptions,
    name: str,
    active: list[KeyRow],
    pending: PendingRotation,
    *,
    kept_in: str,
    max_age: datetime.timedelta | None,
) -> tuple[Plan, Credentials | None, Credentials | None]:
    """A staged rotation recorded by an earlier run (`pending`, as the store returned it): go on with
    it, finish it or roll it back. The plan, the credentials of the key it leaves current, and the old
    key's. `kept_in` names the store, for messages."""
    rows = locate_pending(active, pending.new.created_at, pending.old.created_at)
    new_known, old_known = pending.new.credentials, pending.old.credentials
    for known in (new_known, old_known):
        if known is not None:
            session.secrets.append(known.secret)
            session.identifiers.append(known.identifier)
    decision = plan_pending(
        rows,
        finish=options.finish_rotation,
        rollback=options.rollback_rotation,
        old_secret_known=old_known is not None,
        rotation=options.rotation,
    )
    if decision is not None:
        return decision, old_known if decision.current is rows.old else new_known, old_known
    # Its new key is gone: the store goes back to the old key, then as usual.
    session.warn(
        f"a staged rotation of {name!r} was recorded, but its new key is no longer Active: "
        f"{kept_in} is set back to the key it replaced"
    )
    decision = usual_plan(options, active, secret_known=old_known is not None, max_age=max_age)
    return dataclasses.replace(decision, settle="rolled_back"), old_known, old_known


def pending_revocation(row: KeyRow, known: Credentials | None, service: str, tiers: str) -> dict[str, t.Any]:
    """The key a staged rotation replaced, left Active until the rotation is finished: its metadata,
    and its credentials when known (to roll back to)."""
    described = row.describe(service, tiers)
    if known is not None:
        described["credentials"] = known.as_result()
    return described


def say_when_due(
    session: PortalSession,
    options: KeyOptions,
    name: str,
    decision: Plan,
    result: dict[str, t.Any],
    *,
    max_age: datetime.timedelta | None,
    check_mode: bool,
) -> None:
    """The current key's rotation date (max_age): in the result, in check mode's rotation_reason,
    and as a warning within warn_within of it, so that a scheduled job can alert."""
    now = datetime.datetime.now()
    if decision.reason and decision.generate and decision.current is not None:
        result["rotation_reason"] = (
            f"would rotate on {due_text(now)}: {decision.reason}" if check_mode else decision.reason
        )
    current = decision.current
    if current is None or decision.generate:
        return
    due = rotation_due(current, max_age, now)
    if due is None:
        return
    when, in_days = due
    result["rotation_due"] = when.isoformat()
    result["rotation_due_in_days"] = in_days
    if check_mode:
        result["rotation_reason"] = f"would rotate on {due_text(when)} (max_age {options.max_age})"
    warn_within = parse_age(options.warn_within)
    if warn_within is not None and when - now <= warn_within:
        session.warn(
            f"the API key {name!r} is due for rotation on {due_text(when)} (in {in_days} days, "
            f"max_age {options.max_age}): a run after that date replaces it"
        )
