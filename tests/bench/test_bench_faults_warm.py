"""bench/faults.py's warm table: with a session and the key listed, no fault makes a run generate a
key or hand back other credentials (a file of its own, so that pytest-xdist runs it beside the cold
table)."""

from __future__ import annotations

import pytest

from tests.bench._bench import BENCH, run

pytestmark = pytest.mark.integration


def test_warm_fault_matrix_makes_no_key_and_keeps_the_credentials() -> None:
    out = run(str(BENCH / "faults.py"), "--table", "warm")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "warm runs that made a key or lost the credentials: 0" in out.stdout, out.stdout
    assert "secrets lost in all" not in out.stdout, out.stdout
