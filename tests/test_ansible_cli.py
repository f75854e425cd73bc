"""The commands the tests run get an open stdin even when the test process has none.

A test process's stdin can be closed (some CI runners, xdist workers); a child that inherits it has
no fd 0, and ansible-core 2.19+ then kills its workers at random ("Could not detach from stdio"),
which once failed CI on whichever test happened to run a play at that moment.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_command_has_an_open_stdin_when_the_test_process_has_none() -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        os.close(0)
        sys.path.insert(0, {str(ROOT)!r})
        from tests.support.ansible_cli import run_command
        probe = run_command([sys.executable, "-c", "import os; os.fstat(0)"], env=os.environ, timeout=60)
        print(probe.returncode, probe.stderr)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.stdout.startswith("0 "), proc.stdout + proc.stderr
