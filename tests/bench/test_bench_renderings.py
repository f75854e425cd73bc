"""bench/renderings.py runs the lifecycle on renderings, loses no secret and prints its figures."""

from __future__ import annotations

import re

import pytest

from tests.bench._bench import BENCH, run

# scripts/test-extended's, not CI's (minutes each): they prove the scripts run, never their timings.
pytestmark = [pytest.mark.integration, pytest.mark.extended]


def test_renderings_benchmark_runs_the_lifecycle_and_loses_no_secret() -> None:
    out = run(str(BENCH / "renderings.py"), "--rendering", "seed", "--rendering", "random:3", "--runs", "1")
    assert out.returncode == 0, out.stdout + out.stderr
    for needle in ("lifecycles passed        2 / 2", "secrets lost             0", "median warm / click-through"):
        assert needle in out.stdout, out.stdout
    assert "route: button 'Mon profil'" in out.stdout, out.stdout
    # Cold runs (no session file), searched and with the way given, against the click-through.
    cold = re.findall(r"cold (\d+\.\d\d)x, cold with route (\d+\.\d\d)x", out.stdout)
    assert len(cold) == 2 and all(0.05 < float(v) < 20 for pair in cold for v in pair), out.stdout
    assert re.search(r"median cold / click-through  \d+\.\d\dx", out.stdout), out.stdout
