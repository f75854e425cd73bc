"""The whole lifecycle, through real ansible-playbook and Chromium, on many renderings of the portal
that the page model was never written for: presets of the public routes and random:SEED portals
composed by the simulator's generator (tests/integration/rendering_seeds.txt). CI runs the presets and
what scripts/test draws each run (CEGIDLIFE_EXTRA_SEEDS): one of the seeds kept for a reason and one
new seed; CEGIDLIFE_ALL_SEEDS=1 runs every listed seed.

Each rendering: create (credentials equal to the simulator's record, accepted by its Loop API), a
rerun that changes nothing (without a browser where the list is in the served HTML), check-mode
absent that changes nothing, absent that revokes (the Loop API then answers 401), absent again that
changes nothing; the read-only portal check finds every control a run needs; and no dangerous
control (sign-out, password, profile save) is ever used.
"""

from __future__ import annotations

import hashlib
import json
import os
import typing as t
from pathlib import Path

import pytest

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_playbook
from tests.support.simulator import SimFactory

SEEDS_FILE = Path(__file__).with_name("rendering_seeds.txt")
FQCN = "cegid.cegidlife.cegidlife_api_key"


def listed() -> tuple[list[str], list[str]]:
    """The file's renderings that always run (presets, seeds kept for a reason) and its plain seeds."""
    always: list[str] = []
    plain: list[str] = []
    for line in SEEDS_FILE.read_text(encoding="utf-8").splitlines():
        rendering, dummy, reason = (part.strip() for part in line.partition("#"))
        if rendering:
            (plain if rendering.startswith("random:") and not reason else always).append(rendering)
    return always, plain


def renderings() -> list[str]:
    """The presets always; every listed seed with CEGIDLIFE_ALL_SEEDS=1; under scripts/test, which
    draws a few of the kept and the plain seeds anew each run (CEGIDLIFE_EXTRA_SEEDS), those; else
    (pytest run by hand) the seeds kept for a reason."""
    always, plain = listed()
    presets = [r for r in always if not r.startswith("random:")]
    kept = [r for r in always if r.startswith("random:")]
    drawn = os.environ.get("CEGIDLIFE_EXTRA_SEEDS")
    extra = [f"random:{s.strip()}" for s in (drawn or "").split(",") if s.strip()]
    if os.environ.get("CEGIDLIFE_ALL_SEEDS") == "1":
        return list(dict.fromkeys(presets + kept + plain + extra))
    return list(dict.fromkeys(presets + (extra if drawn is not None else kept + extra)))


def _playbook(portal: Portal, workdir: Path) -> Path:
    args = portal.args(
        name="unseen-app",
        session_file=str(workdir / "session.json"),
        credentials_file=str(workdir / "creds.json"),
        failure_artifacts_dir=str(workdir / "artifacts"),
        show_credentials=False,
    )
    loop_api = {"url": f"{portal.sim.portal_url}/loop-api-publiques/Dossiers", "headers": {"x-apikey": ""}}

    def task(register: str, **over: t.Any) -> dict[str, t.Any]:
        return {FQCN: {**args, **over}, "register": register}

    def answers(status: int) -> dict[str, t.Any]:
        call = {**loop_api, "headers": {"x-apikey": "{{ created.credentials.x_apikey }}"}, "status_code": status}
        return {"ansible.builtin.uri": call, "no_log": True}

    results = (
        "{{ {'created': created, 'checked': checked, 'rerun': rerun, 'would': would, 'revoked': revoked,"
        " 'gone': gone} | to_json }}"
    )
    check = {k: v for k, v in args.items() if k not in ("name", "credentials_file", "show_credentials")}
    tasks = [
        task("created"),
        answers(200),
        {"cegid.cegidlife.cegidlife_portal_check": check, "register": "checked"},
        task("rerun"),
        {**task("would", state="absent"), "check_mode": True},
        task("revoked", state="absent"),
        answers(401),
        task("gone", state="absent"),
        {"ansible.builtin.copy": {"content": results, "dest": str(workdir / "results.json"), "mode": "0600"}},
    ]
    playbook = workdir / "lifecycle.yml"
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}]))
    return playbook


@pytest.mark.parametrize("rendering", renderings())
def test_the_lifecycle_on_a_portal_never_seen(rendering: str, sim_factory: SimFactory, tmp_path: Path) -> None:
    portal = Portal(sim_factory(rendering=rendering))
    described = portal.sim.rendering()
    run = run_playbook(_playbook(portal, tmp_path))
    assert run.rc == 0, f"{rendering}: {run.output[-3000:]}"
    results = json.loads((tmp_path / "results.json").read_text())
    created, rerun, would, revoked, gone = (results[k] for k in ("created", "rerun", "would", "revoked", "gone"))
    checked = results["checked"]

    # Created: the credentials are the simulator's record, never page furniture.
    assert created["action"] == "created" and created["changed"], created
    [record] = [k for k in portal.sim.keys() if k["name"] == "unseen-app"]
    assert created["credentials"]["identifier"] == record["identifier"]
    assert hashlib.sha256(created["credentials"]["secret"].encode()).hexdigest() == record["secret_sha256"]
    assert created["route"], created  # the way found, as a person would say it

    # The portal check walks the whole way and finds everything a run needs (a key to revoke included).
    assert checked["ok"] and checked["drift"] == [], checked
    assert all(s["found"] for s in checked["steps"]), checked["steps"]

    # Unchanged, with the same credentials; without a browser where the list is in the served HTML.
    assert rerun["action"] == "unchanged" and not rerun["changed"], rerun
    assert rerun["credentials"] == created["credentials"]
    if described["key_list"]["built_by"] == "server":
        assert rerun["checked_with"] == "http", rerun.get("http_check_declined")

    # Check mode says it would revoke, and does not; then it revokes; then there is nothing left.
    assert would["changed"] and would["action"] == "revoked", would
    assert revoked["changed"] and revoked["action"] == "revoked", revoked
    assert portal.active("unseen-app") == []
    assert not gone["changed"] and gone["action"] == "absent", gone

    # Nothing that changes the portal or ends the session was used on the way.
    events = portal.sim.stats()["events"]
    assert not {e: events[e] for e in described["dangerous_events"] if events.get(e)}, events
