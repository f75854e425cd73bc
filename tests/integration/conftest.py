"""Integration fixtures: a simulator per test module, and the module run through real Ansible."""

from __future__ import annotations

import datetime
import hashlib
import time
import typing as t

import pytest

from tests.support.ansible_cli import ModuleRun, run_module
from tests.support.simulator import ADMIN, Sim, SimFactory

pytestmark = pytest.mark.integration

# The smaller pass on the oldest ansible-core of the matrix, run by scripts/test (with the lowest
# Playwright and pyotp that requirements.txt claims) and by tox's integration env of that version:
# `pytest -m oldest_pass`. A file maps to None (all its tests) or to the names of some.
OLDEST_PASS: dict[str, set[str] | None] = {
    # create, unchanged, check mode, diff mode, revoke; revoked keys and duplicates, other tiers and
    # odd names are the newest core's only (CI's time: they exercise the page model, which no
    # version changes)
    "test_api_key_lifecycle.py": {
        "test_create_returns_the_simulators_credentials_and_they_authenticate",
        "test_rerun_is_unchanged_and_returns_no_secret",
        "test_diff_shows_metadata_never_the_secret",
        "test_absent_revokes_then_is_unchanged_and_the_api_refuses",
    },
    # The role: its input checks (argument_specs); writing every format, its rotations and verification
    # failures are the newest core's only (CI's time: templates and copies no version changes).
    "test_app_credentials_role.py": {"test_bad_input_is_caught_before_anything_runs"},
    "test_api_key_faults.py": {"test_totp_second_factor"},  # pyotp
    "test_pytest_ansible.py": None,  # skipped where pytest-ansible is not installed
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = OLDEST_PASS.get(item.path.name, set()) if "integration" in item.path.parts else set()
        if names is None or getattr(item, "originalname", item.name) in names:
            item.add_marker(pytest.mark.oldest_pass)


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
        return self.sim.loop_api(x_apikey)


@pytest.fixture(scope="module")
def portal(sim: Sim) -> Portal:
    return Portal(sim)


def early_in_a_minute(seconds_left: int = 30) -> None:
    """Wait for the next minute when fewer than `seconds_left` remain, so that runs started now make
    their keys in the same minute (the portal lists keys to the minute: they then look alike)."""
    now = datetime.datetime.now()
    left = 60 - now.second - now.microsecond / 1e6
    if left < seconds_left:
        time.sleep(left + 0.2)


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
