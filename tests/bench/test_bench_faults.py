"""bench/faults.py's cold table: no fault loses a secret, and each failure is clear (a file of its own, so that
pytest-xdist runs it beside the other benchmarks, not after them)."""

from __future__ import annotations

import pytest

from tests.bench._bench import BENCH, run

pytestmark = pytest.mark.integration


def test_fault_matrix_loses_no_secret() -> None:
    out = run(str(BENCH / "faults.py"), "--table", "cold")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "secrets lost in all: 0" in out.stdout
    assert "UNCLEAR" not in out.stdout, out.stdout
    assert "warm no-change run" not in out.stdout, out.stdout
