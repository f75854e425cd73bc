"""Every hand-written rendering (--rendering blind:BATCH/NAME) starts and a person can use it, without
the module: sign in, reach Loop APIkey's keys for 95943, generate a key and read its one-time values
(the simulator's record), revoke it with its confirmation (the Loop API then refuses it), and the
secret is gone after a reload. The flows are tests/simulator/blind_flows.py."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import typing as t

import pytest

from tests.simulator.blind_flows import FLOWS
from tests.support.simulator import SIM_DIR, SimFactory, sim_defaults

sim_defaults()  # puts this checkout's simulator on sys.path
from cegidlife_sim import blind  # noqa: E402

NAMES = blind.names()
# Walked by scripts/blind-flows and scripts/test-extended, not by scripts/test (CI's time): a batch's
# walks are run when its author writes it, and again after a change to the simulator's blind kit.
WALKED = [pytest.param(name, marks=[pytest.mark.extended]) for name in NAMES]


def test_every_blind_rendering_has_a_flow() -> None:
    assert NAMES, "no blind rendering"
    assert sorted(FLOWS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_it_describes_itself(name: str) -> None:
    """META says what the bench reports (design, language, first-contact classes); the sign-in look
    it names exists."""
    mod = blind.module(f"blind:{name}")
    assert {"design", "lang", "classes"} <= set(mod.META), name
    assert mod.META["lang"] in ("fr", "en") and mod.META["classes"], name
    for attr in ("SIGNIN", "SIGNIN_DONE"):
        look = getattr(mod, attr, None)
        assert look is None or (blind.BLIND_DIR / "_signin" / f"{look}.html").is_file(), (name, look)


def test_the_blind_set_is_there_and_no_test_runs_the_module_on_it() -> None:
    """Only the bench runs the module on the blind set (blind.BLIND_SET)."""
    assert len(blind.names(blind.BLIND_SET)) >= 8
    integration = SIM_DIR.parent / "tests" / "integration"
    for test in integration.rglob("*.py"):
        assert f"blind:{blind.BLIND_SET}/" not in test.read_text(encoding="utf-8"), test


def test_unknown_blind_rendering_is_refused() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cegidlife_sim", "--port", "0", "--rendering", "blind:nope"],
        capture_output=True,
        text=True,
        timeout=30,
        env={"PYTHONPATH": str(SIM_DIR), "PATH": ""},
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "blind" in proc.stderr


@pytest.mark.parametrize("name", WALKED)
def test_a_person_can_use_it(name: str, sim_factory: SimFactory, page: t.Any) -> None:
    sim = sim_factory(rendering=f"blind:{name}")
    described = sim.rendering()
    assert described["blind"]["name"] == name and described["route"] is None
    identifier, secret = FLOWS[name](page, sim, "essai-blind")

    assert re.fullmatch(r"[A-Z0-9]{25}", identifier), identifier
    assert re.fullmatch(r"[A-Za-z0-9+/]{43}=", secret)
    [record] = [k for k in sim.keys() if k["name"] == "essai-blind"]
    assert record["identifier"] == identifier
    assert record["secret_sha256"] == hashlib.sha256(secret.encode()).hexdigest()
    assert record["service"] == "Loop APIkey" and record["tiers_code"] == "95943"
    assert record["status"] == "revoked"
    assert sim.loop_api(f"{identifier}:{secret}") == 401

    page.reload()
    page.wait_for_load_state("networkidle")
    shown = page.content() + "".join(f.content() for f in page.frames[1:])
    assert secret not in shown
    # Only the rendering's own pages are served, none of the generated portal's.
    for path in ("/catalogue", "/cles-api", "/profil", "/catalogue/services/1/cles"):
        assert page.goto(sim.portal_url + path).status == 404, path
    assert not {e for e in described["dangerous_events"] if sim.stats()["events"].get(e)}
