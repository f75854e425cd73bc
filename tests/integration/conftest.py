"""Integration fixtures: a simulator per test module, and the module run through real Ansible."""

from __future__ import annotations

import hashlib
import json
import typing as t
import urllib.error
import urllib.request

import pytest

from tests.support.ansible_cli import ModuleRun, run_module
from tests.support.simulator import ADMIN, Sim, SimFactory

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def sims(module_sim_factory: SimFactory) -> SimFactory:
    return module_sim_factory


@pytest.fixture(scope="module")
def sim(sims: SimFactory) -> Sim:
    return sims()


class Portal:
    """Runs cegidlife_api_key against one simulator with its seeded administrator."""

    def __init__(self, sim: Sim) -> None:
        self.sim = sim

    def args(self, **over: t.Any) -> dict[str, t.Any]:
        args: dict[str, t.Any] = {
            "portal_url": self.sim.portal_url,
            "username": ADMIN[0],
            "password": ADMIN[1],
            "tiers": "95943",
            "timeout": 15,
            "show_credentials": True,
        }
        args.update(over)
        return {k: v for k, v in args.items() if v is not None}

    def run(
        self, check: bool = False, diff: bool = False, extra_args: t.Sequence[str] = (), **over: t.Any
    ) -> ModuleRun:
        return run_module(self.args(**over), check=check, diff=diff, extra_args=extra_args)

    def active(self, name: str, service: str = "Loop APIkey") -> list[dict[str, t.Any]]:
        return [k for k in self.sim.keys() if k["name"] == name and k["service"] == service and k["status"] == "active"]

    def active_all(self) -> list[dict[str, t.Any]]:
        return [k for k in self.sim.keys() if k["status"] == "active"]

    def loop_api(self, x_apikey: str) -> int:
        req = urllib.request.Request(
            self.sim.portal_url + "/loop-api-publiques/Dossiers", headers={"x-apikey": x_apikey}
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                json.loads(resp.read())
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)


@pytest.fixture(scope="module")
def portal(sim: Sim) -> Portal:
    return Portal(sim)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def assert_clean_failure(run: ModuleRun, *needles: str) -> str:
    """Failed with a message containing every needle, no traceback, no password."""
    assert run.failed, run.output
    msg = str(run.result.get("msg", ""))
    for needle in needles:
        assert needle in msg, msg
    assert "Traceback" not in run.output and "MODULE FAILURE" not in run.output, run.output
    assert ADMIN[1] not in run.output
    return msg
