"""The lock (constraints/*.txt, written by scripts/lock) pins every virtualenv of the tests and gates:
one file per virtualenv, covering every package its requirements name; every pip install of
scripts/bootstrap, gates and test goes through it; the virtualenv stamps hash it; and the newest
releases are tried by scripts/newest only, which CI does not run."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ROOT / "constraints"


def _matrix() -> list[str]:
    ini = configparser.ConfigParser()
    ini.read(ROOT / "tox-ansible.ini")
    return sorted(ini["matrix"], key=lambda v: tuple(int(p) for p in v.split(".")))


def _core(version: str) -> str:
    major, minor = version.split(".")
    return f"ansible-core>={version},<{major}.{int(minor) + 1}"


def _requirements(path: Path, skip: tuple[str, ...] = ()) -> list[Requirement]:
    """The requirements a file names, following -r."""
    out: list[Requirement] = []
    for raw in path.read_text().splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("-r "):
            out += _requirements(path.parent / line[3:].strip(), skip)
        elif not line.startswith(skip):
            out.append(Requirement(line))
    return out


def _floor(name: str) -> str:
    (req,) = [r for r in _requirements(ROOT / "requirements.txt") if r.name == name]
    return next(s.version for s in req.specifier if s.operator == ">=")


def _wanted() -> dict[str, list[Requirement]]:
    """Each virtualenv's lock and what it installs, read from the requirements files and the matrix."""
    cores = _matrix()
    wanted = {
        "test": [*_requirements(ROOT / "requirements-test.txt"), Requirement(_core(cores[-1]))],
        "gates": _requirements(ROOT / "requirements-gates.txt"),
        "oldest": [
            *_requirements(ROOT / "requirements-test.txt", skip=("pytest-ansible",)),
            Requirement(_core(cores[0])),
            Requirement(f"playwright=={_floor('playwright')}"),
            Requirement(f"pyotp=={_floor('pyotp')}"),
        ],
    }
    for core in cores:
        wanted[f"ansible-core-{core}"] = [Requirement(_core(core))]
    for reqs in wanted.values():
        reqs.append(Requirement("pip"))  # upgraded first in every virtualenv
    return wanted


def _pins(name: str) -> dict[str, list[str]]:
    """A lock's pins: package -> versions (two where its Pythons need different ones)."""
    pins: dict[str, list[str]] = {}
    for line in (LOCKS / f"{name}.txt").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(;.*)?$", line)
        assert m, f"constraints/{name}.txt: not an exact pin: {line!r}"
        pins.setdefault(canonicalize_name(m[1]), []).append(m[2])
    return pins


def test_one_lock_per_virtualenv() -> None:
    expected = {f"{name}.txt" for name in _wanted()}
    present = {p.name for p in LOCKS.glob("*.txt")} if LOCKS.is_dir() else set()
    assert present == expected


@pytest.mark.parametrize("name", sorted(_wanted()))
def test_lock_covers_every_requirement(name: str) -> None:
    pins = _pins(name)
    bad = []
    for req in _wanted()[name]:
        versions = pins.get(canonicalize_name(req.name))
        if not versions:
            bad.append(f"{req.name}: not pinned")
        bad += [f"{req}: pinned {v}" for v in versions or [] if not req.specifier.contains(v, prereleases=True)]
    assert not bad, f"constraints/{name}.txt does not follow its requirements (run scripts/lock): {bad}"


def test_oldest_lock_pins_exactly_the_floors() -> None:
    pins = _pins("oldest")
    for name in ("playwright", "pyotp"):
        assert [Version(v) for v in pins[name]] == [Version(_floor(name))]
    assert all(v.startswith(_matrix()[0] + ".") for v in pins["ansible-core"])


def _common() -> str:
    return (ROOT / "scripts" / "lib" / "common.sh").read_text()


def test_pip_install_passes_the_lock(tmp_path: Path) -> None:
    """common.sh's pip_install gives pip `-c constraints/<lock>.txt`; with UNLOCKED=1 nothing."""
    fake = tmp_path / "python"
    fake.write_text('#!/bin/sh\nprintf "%s\\n" "$@" >"$(dirname "$0")/args"\n')
    fake.chmod(0o755)
    script = f"root={ROOT}; . {ROOT}/scripts/lib/common.sh; pip_install {fake} gates -r requirements-gates.txt"
    for unlocked, expect in (("0", ["-c", str(LOCKS / "gates.txt")]), ("1", [])):
        env = dict(os.environ, UNLOCKED=unlocked)
        run = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stderr
        args = (tmp_path / "args").read_text().split()
        assert args == [
            "-m",
            "pip",
            "install",
            *expect,
            "-r",
            "requirements-gates.txt",
            "--quiet",
            "--disable-pip-version-check",
        ]


SCRIPTS = {  # script -> the locks its pip installs use
    "scripts/bootstrap": {"test"},
    "scripts/gates": {"gates", '"ansible-core-$core"'},
    "scripts/test": {"oldest"},
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_scripts_install_through_the_lock(script: str) -> None:
    text = (ROOT / script).read_text()
    assert not re.search(r"pip install", re.sub(r"#.*", "", text)), f"{script}: a pip install without the lock"
    used = set(re.findall(r'pip_install "[^"]+" (\S+)', text))
    assert used == SCRIPTS[script]


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_venv_stamps_hash_the_lock(script: str) -> None:
    """The stamp that decides whether a virtualenv is rebuilt includes its lock."""
    text = (ROOT / script).read_text()
    stamps = re.findall(r"want=\$\(.*?\)\s*\|\s*sha256sum", text, re.S)
    assert stamps, f"{script}: no stamp"
    for lock in SCRIPTS[script]:
        assert any(f"lock_stamp {lock}" in s for s in stamps), f"{script}: the stamp does not hash the lock {lock}"
    assert 'lock_stamp() { if unlocked; then echo unlocked; else cat "$(lock_file "$1")"; fi; }' in _common()


def test_a_gate_checks_the_lock_against_the_requirements() -> None:
    gates = subprocess.run([ROOT / "scripts" / "gates", "--list"], capture_output=True, text=True, check=True)
    assert re.search(r"^lock +scripts/lock --check", gates.stdout, re.M)
    assert "--check) check=1" in (ROOT / "scripts" / "lock").read_text()


def test_newest_pass_is_apart_from_ci() -> None:
    """scripts/newest tries the newest releases (docs and install gates, a test slice) unlocked;
    scripts/test, which CI runs, does not call it."""
    newest = (ROOT / "scripts" / "newest").read_text()
    assert "export UNLOCKED=1" in newest
    assert "gates=(docs install)" in newest
    assert "lock_diff.py" in newest
    for ci in ("scripts/test", ".ci/run"):
        assert "scripts/newest" not in re.sub(r"#.*", "", (ROOT / ci).read_text())


def _lock_diff() -> ModuleType:
    path = ROOT / "scripts" / "lib" / "lock_diff.py"
    spec = importlib.util.spec_from_file_location("lock_diff", path)
    assert spec and spec.loader, f"{path} is missing"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lock_diff_reports_old_to_new() -> None:
    lock_diff = _lock_diff()
    pins = lock_diff.read_pins(
        "cryptography==50.0.2\n    # via ansible-core\nJinja2==3.1.6\n"
        "colorama==0.4.6 ; sys_platform == 'win32'\ngone==1.0\n",
        applies=False,
    )
    assert pins == {"cryptography": "50.0.2", "jinja2": "3.1.6", "colorama": "0.4.6", "gone": "1.0"}
    newest = {"cryptography": "51.0.1", "jinja2": "3.1.6", "colorama": "0.4.6", "fresh": "2.0"}
    assert lock_diff.diff(pins, newest) == [
        "cryptography: 50.0.2 -> 51.0.1",
        "fresh: (not in the lock) -> 2.0",
        "gone: 1.0 -> (not installed)",
    ]
    # Run in a virtualenv, it reads the pins whose marker holds there.
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "lib" / "lock_diff.py"), str(LOCKS / "test.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.startswith(f"{LOCKS / 'test.txt'} against {sys.prefix}: ")


def test_a_quiet_install_that_prints_nothing_is_no_failure_under_errexit() -> None:
    """pip prints nothing when all goes well: the filter that drops its registry notices then finds no
    line, which must not stop a `set -euo pipefail` script (scripts/lock did, in a fresh clone)."""
    script = (
        'set -euo pipefail; . scripts/lib/common.sh; pip_quiet true; echo reached; pip_quiet false || echo "failed: $?"'
    )
    done = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.split() == ["reached", "failed:", "1"], done
