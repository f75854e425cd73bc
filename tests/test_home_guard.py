"""The real-home guard (tests/support/home_guard.py) fails a run that writes there, and only then."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.home_guard import REAL_HOME_ENV

ROOT = Path(__file__).resolve().parents[1]

INNER = """
import os
from pathlib import Path

def test_writes():
    target = Path(os.environ[{var!r}]) / ".ansible" / "cegidlife" / "locks"
    home = Path(os.environ["HOME"])
    {action}
"""


def _inner_run(tmp_path: Path, action: str) -> subprocess.CompletedProcess[str]:
    """A nested pytest session with the guard, whose "real" home is a stand-in under tmp_path."""
    fake_home = tmp_path / "real-home"
    (fake_home / ".ansible" / "cegidlife").mkdir(parents=True)
    (fake_home / ".ansible" / "cegidlife" / "kept.json").write_text("{}")
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_inner.py").write_text(INNER.format(var=REAL_HOME_ENV, action=action))
    env = dict(os.environ, HOME=str(fake_home), PYTHONPATH=str(ROOT))
    env[REAL_HOME_ENV] = str(fake_home)
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.support.home_guard",
            "-p",
            "no:cacheprovider",
            "-q",
            str(project),
        ],
        cwd=project,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_run_that_writes_under_the_real_home_fails(tmp_path: Path) -> None:
    action = 'target.mkdir(parents=True); (target / "x.lock").write_text("")'
    run = _inner_run(tmp_path, action)
    assert run.returncode == pytest.ExitCode.TESTS_FAILED, run.stdout + run.stderr
    assert "1 passed" in run.stdout and "real home touched" in run.stdout, run.stdout
    assert "added    locks/x.lock" in run.stdout, run.stdout


def test_a_run_that_writes_under_its_own_home_passes(tmp_path: Path) -> None:
    action = 'own = home / ".ansible" / "cegidlife" / "locks"; own.mkdir(parents=True); (own / "x.lock").write_text("")'
    run = _inner_run(tmp_path, action)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "real home touched" not in run.stdout


def test_each_test_has_its_own_home(tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    real = Path(os.environ[REAL_HOME_ENV])
    assert home != real and not (home / ".ansible" / "cegidlife").exists()
    assert "CEGIDLIFE_LOCK_DIR" not in os.environ and "CEGIDLIFE_ARTIFACTS_DIR" not in os.environ
