"""cegidlife_portal_check through real Ansible and Chromium: it walks the whole way, says exactly what
is missing when the portal changed, never changes anything, and its snapshots hold no personal or
secret value. (On every generated rendering it passes: test_renderings.py runs it there.)"""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

import pytest

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_module
from tests.support.simulator import ADMIN, SimFactory

CHECK = "cegid.cegidlife.cegidlife_portal_check"


def _check(portal: Portal, **over: object) -> object:
    args = {k: v for k, v in portal.args(**over).items() if k != "show_credentials"}
    return run_module(args, module=CHECK)


@pytest.mark.parametrize("rendering", ["classic", "cle-api", "wizard"])
def test_a_renamed_generer_is_named_and_nothing_is_changed(sim_factory: SimFactory, rendering: str) -> None:
    portal = Portal(sim_factory(rendering=rendering, generate_word="Lancer"))
    portal.sim.plant_key(name="existing")
    before = portal.sim.keys()
    run = _check(portal)
    assert run.failed and "the portal changed" in run.result["msg"], run.output
    [missing] = [s for s in run.result["steps"] if not s["found"]]
    assert missing["step"] == "'Générer' button"
    assert run.result["drift"] == [run.result["drift"][0]] and "'Générer' button" in run.result["drift"][0]
    assert "'Lancer'" in run.result["drift"][0]  # the closest controls, the renamed one among them
    assert run.result["ok"] is False and run.result["checked_at"]
    # It walked the way, read the list, found the other controls - and changed nothing at all.
    assert {s["step"] for s in run.result["steps"] if s["found"]} >= {"sign in", "the way to the key page"}
    assert portal.sim.keys() == before
    events = portal.sim.stats()["events"]
    assert not events.get("keys_generated") and not events.get("keys_revoked"), events
    assert not [e for e in portal.sim.rendering()["dangerous_events"] if events.get(e)], events


def test_no_drift_and_not_failing_when_told(sim_factory: SimFactory) -> None:
    portal = Portal(sim_factory(rendering="seed"))
    ok = _check(portal)
    assert not ok.failed and ok.result["ok"] is True and ok.result["drift"] == [], ok.output
    assert ok.result["route"][0] == "button 'Mon profil'"
    portal.sim.config(generate_word="Lancer")
    told = _check(portal, fail_on_drift=False)
    assert not told.failed and told.result["ok"] is False and len(told.result["drift"]) == 1, told.output


def test_snapshots_hold_nothing_personal_or_secret(sim_factory: SimFactory, tmp_path: Path) -> None:
    portal = Portal(sim_factory(rendering="random:4"))
    created = portal.run(name="snapshot-secret-app", session_file=str(tmp_path / "s.json"))
    other = portal.sim.plant_key(name="another-teams-key", created_by="Martin Claire")
    snaps = tmp_path / "snaps"
    run = _check(portal, snapshot_dir=str(snaps), session_file=str(tmp_path / "s.json"))
    assert not run.failed, run.output
    files = sorted(snaps.iterdir())
    assert [p.name for p in files if not p.name.endswith(".aria")] == ["README.txt"]
    assert len(files) >= 3 and stat.S_IMODE(snaps.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)
    record = next(k for k in portal.sim.keys() if k["name"] == "snapshot-secret-app")
    needles = [
        ADMIN[0], ADMIN[0].split("@", maxsplit=1)[0], ADMIN[1], "Vincent", "Deltumeau", "Claire", "Martin",
        "95943", "FUTUROSCOPE", "86360", "CHASSENEUIL",
        "snapshot-secret-app", "another-teams-key",
        created.result["credentials"]["identifier"], created.result["credentials"]["secret"],
        other["identifier"], other["secret"],
    ]  # fmt: skip
    text = "\n".join(p.read_text(encoding="utf-8") for p in files)
    # Whole words: "admin" is in "Administration", the service's name, which is no one's data.
    assert [n for n in needles if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE)] == []
    assert hashlib.sha256(created.result["credentials"]["secret"].encode()).hexdigest() == record["secret_sha256"]
    assert "dd/mm/yyyy HH:MM" in text and "?" not in "".join(x for x in text.splitlines() if "/url:" in x)
