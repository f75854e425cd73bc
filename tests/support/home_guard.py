"""pytest plugin: the tests never touch the real ``~/.ansible/cegidlife/``.

The module keeps sessions, locks and failure screenshots under ``~/.ansible/cegidlife/`` unless told
otherwise. So that a test run leaves nothing in the developer's home:

- the whole session runs with ``HOME`` set to a temporary folder (module- and session-scoped
  fixtures run Ansible too), and every test gets a ``HOME`` of its own on top;
- ``CEGIDLIFE_LOCK_DIR`` and ``CEGIDLIFE_ARTIFACTS_DIR`` from the caller's environment are dropped, so
  they fall back under that ``HOME``;
- at the end, the real ``~/.ansible/cegidlife/`` is compared with what it held at the start, and any
  file or folder added, changed or removed fails the run (exit status 1) with the paths.

On a machine where other programs use that folder at the same time (other checkouts' tests, a
demo), their writes would show too. So, where it can (as root, with unshare and mount), the session
first moves into a private mount namespace in which the real folder is hidden behind an empty one:
the check then sees exactly what this run wrote there, and the real folder is left alone. Elsewhere
it compares the real folder itself.

The real home is the ``HOME`` pytest was started with (``CEGIDLIFE_TEST_REAL_HOME`` when set, so that
a nested run can be pointed at a stand-in).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import tempfile
import typing as t
from pathlib import Path

import pytest

REAL_HOME_ENV = "CEGIDLIFE_TEST_REAL_HOME"
MODULE_DIR = Path(".ansible") / "cegidlife"
_DROPPED = ("CEGIDLIFE_LOCK_DIR", "CEGIDLIFE_ARTIFACTS_DIR")

Snapshot = dict[str, tuple[str, int, int]]


def real_module_dir() -> Path:
    return Path(os.environ.get(REAL_HOME_ENV) or os.path.expanduser("~")) / MODULE_DIR


def snapshot(root: Path) -> Snapshot:
    """Every entry under root: kind, size, modification time."""
    entries: Snapshot = {}
    if not root.is_dir():
        return entries
    for path in root.rglob("*"):
        try:
            st = path.lstat()
        except FileNotFoundError:  # removed while walking
            continue
        kind = "dir" if path.is_dir() and not path.is_symlink() else "file"
        entries[str(path.relative_to(root))] = (kind, st.st_size, st.st_mtime_ns)
    return entries


def differences(before: Snapshot, after: Snapshot) -> list[str]:
    lines = [f"added    {p}" for p in sorted(after.keys() - before.keys())]
    lines += [f"removed  {p}" for p in sorted(before.keys() - after.keys())]
    lines += [f"changed  {p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]]
    return lines


_CLONE_NEWNS = 0x00020000


def hide_in_private_namespace(real: Path) -> Path | None:
    """Move this process (and its future children) into a mount namespace of its own where the real
    folder (or ~/.ansible, when the folder does not exist yet) is an empty one; the path hidden, or
    None where that cannot be done (not root, no unshare or mount)."""
    target = next((p for p in (real, real.parent) if p.is_dir()), None)
    if target is None or os.geteuid() != 0 or not shutil.which("mount"):
        return None
    try:
        if hasattr(os, "unshare"):  # Python 3.12+
            os.unshare(os.CLONE_NEWNS)
        elif ctypes.CDLL(None, use_errno=True).unshare(_CLONE_NEWNS) != 0:
            return None
    except (OSError, AttributeError):
        return None
    # Private first, so that the bind mount does not propagate back to the machine's namespace.
    if (
        subprocess.run(
            ["mount", "--make-rprivate", "/"], stdin=subprocess.DEVNULL, capture_output=True, check=False
        ).returncode
        != 0
    ):
        return None
    empty = tempfile.mkdtemp(prefix="cegidlife-tests-hidden-")
    if (
        subprocess.run(
            ["mount", "--bind", empty, str(target)], stdin=subprocess.DEVNULL, capture_output=True, check=False
        ).returncode
        != 0
    ):
        return None
    return target


def pytest_configure(config: pytest.Config) -> None:
    real = real_module_dir()
    os.environ.setdefault(REAL_HOME_ENV, str(real.parent.parent))
    # pytest-xdist workers are started after this, inside the namespace: only the controller moves.
    if not hasattr(config, "workerinput"):
        config.stash[_hidden_key] = hide_in_private_namespace(real)
    config.stash[_before_key] = snapshot(real)
    # Playwright looks for its own browsers under ~/.cache/ms-playwright: keep finding them.
    os.environ.setdefault("PLAYWRIGHT_BROWSERS_PATH", str(real.parent.parent / ".cache" / "ms-playwright"))
    for name in _DROPPED:
        os.environ.pop(name, None)
    home = tempfile.mkdtemp(prefix="cegidlife-tests-home-")
    config.stash[_home_key] = home
    os.environ["HOME"] = home


def pytest_unconfigure(config: pytest.Config) -> None:
    home = config.stash.get(_home_key, None)
    if home:
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(autouse=True)
def _own_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> t.Iterator[Path]:
    """Each test runs with a HOME of its own (what it and its Ansible runs write stays there)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    yield home


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return  # pytest-xdist worker: the controller checks once for all
    real = real_module_dir()
    changes = differences(session.config.stash.get(_before_key, {}), snapshot(real))
    if not changes:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    hidden = session.config.stash.get(_hidden_key, None)
    where = (
        f"(hidden from other programs behind an empty folder at {hidden}: these are this run's own writes)"
        if hidden
        else "(another program writing there during the run shows here too)"
    )
    text = (
        f"the tests wrote under the real {real} {where}; every test must use its own HOME or the "
        "module's directory options:\n  " + "\n  ".join(changes)
    )
    if reporter is not None:
        reporter.write_sep("=", "real home touched", red=True)
        reporter.write_line(text)
    else:  # pragma: no cover
        print(text)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED


_before_key = pytest.StashKey[Snapshot]()
_hidden_key = pytest.StashKey["Path | None"]()
_home_key = pytest.StashKey[str]()
