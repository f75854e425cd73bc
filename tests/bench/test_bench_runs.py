"""The benchmarks run and print their tables (their figures are not checked: machines are noisy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"

pytestmark = pytest.mark.integration


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
        env=dict(os.environ),
    )


def test_speed_benchmark_prints_ratios() -> None:
    out = _run(str(BENCH / "speed.py"), "--runs", "1", "--keys", "3", "--latency-ms", "10")
    assert out.returncode == 0, out.stdout + out.stderr
    for needle in (
        "no-change (warm)",
        "naive click-through",
        "floor: plain HTTP",
        "warm module / naive",
        "3 keys in one task",
        "peak memory (PSS, MiB)",
        "ansible -m ping",
    ):
        assert needle in out.stdout, out.stdout


def test_fault_matrix_loses_no_secret() -> None:
    out = _run(str(BENCH / "faults.py"))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "secrets lost in all: 0" in out.stdout
    assert "UNCLEAR" not in out.stdout, out.stdout
    assert "warm runs that made a key or lost the credentials: 0" in out.stdout, out.stdout


def test_renderings_benchmark_runs_the_lifecycle_and_loses_no_secret() -> None:
    out = _run(str(BENCH / "renderings.py"), "--rendering", "seed", "--rendering", "random:3", "--runs", "1")
    assert out.returncode == 0, out.stdout + out.stderr
    for needle in ("lifecycles passed        2 / 2", "secrets lost             0", "median warm / click-through"):
        assert needle in out.stdout, out.stdout
    assert "route: button 'Mon profil'" in out.stdout, out.stdout
