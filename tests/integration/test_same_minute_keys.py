"""Same-name keys made in one minute (issue 20): the list shows times to the minute, and a portal owes
no order among keys that look the same. On renderings that list them newest first, oldest first and
in an order unrelated to their creation, the module never revokes the wrong key:

- it waits for a fresh minute before generating beside an Active key of this minute (so recreate
  and staged rotation never make look-alikes), and says so in `generation_wait`;
- where look-alikes exist anyway (made by hand), a revocation that must choose between them fails
  before any click, naming the rows; one that revokes them all (state=absent) needs no choice.

The three orders run at once (one simulator each), so that their minute waits overlap.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import typing as t
from pathlib import Path

import pytest

from tests.integration.conftest import Portal, assert_clean_failure, early_in_a_minute
from tests.support.simulator import SimFactory

ORDERS = ("newest", "oldest", "shuffled")


def _ids(keys: t.Iterable[dict[str, t.Any]]) -> set[str]:
    return {k["identifier"] for k in keys}


def _of_this_minute(portal: Portal, name: str) -> dict[str, t.Any]:
    """A key made now, with the minute far enough from its end that the run reads the list in it."""
    early_in_a_minute(45)
    now = datetime.datetime.now().replace(microsecond=0).isoformat()
    return portal.sim.plant_key(name=name, service="Loop APIkey", tiers_code="95943", created_at=now)


def _x(key: dict[str, t.Any]) -> str:
    return f"{key['identifier']}:{key['secret']}"


def _given(key: dict[str, t.Any]) -> dict[str, str]:
    return {"identifier": key["identifier"], "secret": key["secret"]}


def _recreate_always(portal: Portal, creds: str) -> None:
    """recreate=always beside a key of this minute: the module waits for the next minute, then replaces."""
    old = _of_this_minute(portal, "tie-always")
    again = portal.run(name="tie-always", credentials_file=creds, recreate="always", current_credentials=_given(old))
    assert again.result["action"] == "rotated", again.output
    assert 0 < again.result["generation_wait"]["seconds"] <= 66, again.result
    assert "tie-always" in again.result["generation_wait"]["reason"]
    assert _ids(portal.active("tie-always")) == {again.result["credentials"]["identifier"]}
    assert portal.loop_api(again.result["credentials"]["x_apikey"]) == 200 and portal.loop_api(_x(old)) == 401
    rerun = portal.run(name="tie-always", credentials_file=creds)  # the file returns the new key's
    assert rerun.result["action"] == "unchanged" and rerun.result["credentials"] == again.result["credentials"]


def _staged(portal: Portal, creds: str, phase2: str) -> None:
    """A staged rotation beside a key of this minute, then finish (the new key stays) or roll back."""
    name = f"tie-{phase2}"
    old = _of_this_minute(portal, name)
    common = {"name": name, "credentials_file": creds, "rotation": "staged"}
    staged = portal.run(**common, recreate="always", current_credentials=_given(old))
    assert staged.result["action"] == "rotation_staged", staged.output
    assert "generation_wait" in staged.result, staged.result
    assert len(portal.active(name)) == 2
    new = staged.result["credentials"]
    end = portal.run(**common, **{phase2: True})
    assert end.result["changed"] is True, end.output
    kept, gone = (new["x_apikey"], _x(old)) if phase2 == "finish_rotation" else (_x(old), new["x_apikey"])
    assert _ids(portal.active(name)) == {kept.split(":")[0]}, (name, phase2)
    assert end.result["credentials"]["x_apikey"] == kept
    assert portal.loop_api(kept) == 200 and portal.loop_api(gone) == 401


# Each way of replacing a key on one order (a Latin square, so that the minute waits overlap): a module
# that took the first row for the old key fails on "newest" (recreate), one that took the last fails on
# "oldest" (finish); the look-alikes below run on every order.
ROTATIONS: dict[str, t.Callable[[Portal, str], None]] = {
    "newest": _recreate_always,
    "oldest": lambda portal, creds: _staged(portal, creds, "finish_rotation"),
    "shuffled": lambda portal, creds: _staged(portal, creds, "rollback_rotation"),
}


def test_rotations_beside_a_key_of_this_minute(sims: SimFactory, tmp_path: Path) -> None:
    portals = {order: Portal(sims(tie_order=order)) for order in ORDERS}
    with concurrent.futures.ThreadPoolExecutor(len(ORDERS)) as pool:
        running = {
            order: pool.submit(ROTATIONS[order], portal, str(tmp_path / f"{order}.json"))
            for order, portal in portals.items()
        }
    failed = {order: repr(done.exception()) for order, done in running.items() if done.exception()}
    assert not failed, failed


# CI (scripts/test) runs one order; the others are scripts/test-extended's.
@pytest.mark.parametrize(
    "order", [o if o == "shuffled" else pytest.param(o, marks=pytest.mark.extended) for o in ORDERS]
)
def test_lookalikes_made_by_hand_are_never_chosen_between(sims: SimFactory, order: str) -> None:
    portal = Portal(sims(tie_order=order))
    minute = datetime.datetime.now().replace(second=0, microsecond=0) - datetime.timedelta(hours=1)
    twins = [
        portal.sim.plant_key(name=name, service="Loop APIkey", tiers_code="95943", created_at=minute.isoformat())
        for name in ("twins-kept", "twins-kept", "twins-gone", "twins-gone")
    ]

    # Keeping the newest means choosing: refused before any click, naming the rows.
    keep = portal.run(name="twins-kept", on_duplicates="keep_newest", current_credentials=None)
    message = assert_clean_failure(keep, "cannot be told apart", f"{minute:%d/%m/%Y %H:%M}", "by hand")
    assert "place in the list" in message
    assert len(portal.active("twins-kept")) == 2

    # Revoking them all needs no choice.
    gone = portal.run(name="twins-gone", state="absent")
    assert gone.result["action"] == "revoked" and len(gone.result["revoked_keys"]) == 2, gone.output
    assert portal.active("twins-gone") == []
    assert all(portal.loop_api(f"{k['identifier']}:{k['secret']}") == 401 for k in twins[2:])
