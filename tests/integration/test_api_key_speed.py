"""Fewer round trips: a reused session goes straight to the key page; many keys share one run.
(Timings live in bench/; these tests count the portal's requests, which do not depend on load.)"""

from __future__ import annotations

import json
import stat
import urllib.request
from pathlib import Path

import pytest

from tests.integration.conftest import Portal
from tests.support.simulator import SimFactory


def _stats(portal: Portal, reset: bool = False) -> dict:
    url = portal.sim.portal_url + ("/__sim__/stats/reset" if reset else "/__sim__/stats")
    req = urllib.request.Request(
        url,
        data=b"{}" if reset else None,
        headers={"Content-Type": "application/json"},
        method="POST" if reset else "GET",
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return dict(json.loads(resp.read()))


def _gets(portal: Portal, page: str) -> int:
    pages = _stats(portal).get("pages", {})
    return int(pages.get(page, {}).get("GET", 0))


def test_reused_session_goes_straight_to_the_key_page(sims: SimFactory, tmp_path: Path) -> None:
    """In the browser (http_check off: the plain reading would end the run before it), a run with
    the saved session loads the remembered key page: no sign-in, no search of the way."""
    portal = Portal(sims())
    session = tmp_path / "sessions" / "portal.json"
    first = portal.run(name="fast", session_file=str(session), http_check=False)
    assert first.result["action"] == "created" and first.result["checked_with"] == "browser", first.output
    assert stat.S_IMODE(session.stat().st_mode) == 0o600 and stat.S_IMODE(session.parent.stat().st_mode) == 0o700
    assert portal.args()["password"] not in session.read_text()
    cold = _stats(portal, reset=True)  # the first run signed in and searched the way through the catalogue
    assert cold["events"].get("sign_ins_ok") == 1 and cold["pages"].get("catalogue", {}).get("GET", 0) >= 1, cold

    warm = portal.run(name="fast", session_file=str(session), http_check=False)
    assert warm.result["action"] == "unchanged" and warm.result["checked_with"] == "browser", warm.output
    assert warm.result["route"] == first.result["route"]  # the remembered way, not a new one
    counts = _stats(portal)
    assert not counts["events"], counts  # no sign-in (sign_ins_ok, portal_sign_ins), nothing else
    assert set(counts["pages"]) <= {"keys", "static"}, counts  # no home, catalogue, sign-in page...
    assert 1 <= _gets(portal, "keys") <= 2  # the remembered address (then, maybe, the name filter)

    # Sessions end: the run signs in again, lands back on the key page without a search, and carries on.
    portal.sim.expire_sessions()
    _stats(portal, reset=True)
    expired = portal.run(name="fast", session_file=str(session), http_check=False)
    assert expired.result["action"] == "unchanged", expired.output
    counts = _stats(portal)
    assert counts["events"].get("sign_ins_ok") == 1 and _gets(portal, "catalogue") == 0, counts

    # Another user never gets this session.
    other = portal.run(
        name="fast", session_file=str(session), username="user@futuroscope.example", password="User-Demo-2026!"
    )
    assert other.failed and "administrator" in other.result["msg"]


@pytest.mark.extended  # scripts/test-extended's (CI's time): a speed property; bench/speed.py measures it
def test_many_keys_in_one_task_one_sign_in(sims: SimFactory, tmp_path: Path) -> None:
    portal = Portal(sims())
    names = [f"fleet-{i}" for i in range(6)]
    creds = str(tmp_path / "c.json")
    portal.run(name="fleet-3", credentials_file=creds)
    _stats(portal, reset=True)
    run = portal.run(names=names, credentials_file=creds, reuse_session=False)
    assert not run.failed, run.output
    actions = {r["name"]: r["action"] for r in run.result["results"]}
    assert actions == {n: ("unchanged" if n == "fleet-3" else "created") for n in names}
    assert set(run.result["credentials"]) == set(names)
    assert int(_stats(portal)["pages"].get("signin", {}).get("POST", 0)) == 1

    _stats(portal, reset=True)
    again = portal.run(names=names, credentials_file=creds)
    assert again.result["changed"] is False and {r["action"] for r in again.result["results"]} == {"unchanged"}
    assert again.result["credentials"] == run.result["credentials"]
    assert _gets(portal, "keys") <= 2 and _gets(portal, "signin") == 0
    for name in names:
        assert portal.loop_api(again.result["credentials"][name]["x_apikey"]) == 200


def test_name_and_names_are_exclusive(portal: Portal) -> None:
    run = portal.run(name="a", names=["b"])
    assert run.failed and "either name or names" in run.result["msg"]
