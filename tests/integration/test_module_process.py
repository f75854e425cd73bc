"""The module as a process: only its JSON on stdout, and no browser left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_command
from tests.support.simulator import ADMIN

ROOT = Path(__file__).resolve().parents[2]
MODULE = ROOT / "plugins" / "modules" / "cegidlife_api_key.py"


def _run_module_directly(tmp_path: Path, args: dict, marker: str) -> subprocess.CompletedProcess[str]:
    args_file = tmp_path / "args.json"
    args_file.write_text(json.dumps({"ANSIBLE_MODULE_ARGS": args}))
    env = dict(os.environ, PYTHONPATH=str(ROOT / ".build" / "collections"), CEGIDLIFE_TEST_MARKER=marker)
    return run_command([sys.executable, str(MODULE), str(args_file)], env=env, timeout=300)


def _processes_with(marker: str) -> list[str]:
    """Live processes that inherited the marker: the module's browser and driver, if any survive."""
    found = []
    needle = f"CEGIDLIFE_TEST_MARKER={marker}".encode()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if needle in (proc / "environ").read_bytes():
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:120])
        except OSError:
            continue  # gone, or not ours to read
    return found


@pytest.mark.parametrize(
    ("over", "failed"),
    [({}, False), ({"password": "wrong-password-1"}, True), ({"service": "No Such Service"}, True)],
    ids=["success", "wrong-password", "unknown-service"],
)
def test_stdout_is_one_json_document_and_the_browser_is_gone(
    portal: Portal, tmp_path: Path, over: dict, failed: bool
) -> None:
    marker = uuid.uuid4().hex
    # No saved session: a wrong password must meet the sign-in page.
    proc = _run_module_directly(tmp_path, portal.args(name="process-app", reuse_session=False, **over), marker)
    result = json.loads(proc.stdout)  # the whole stdout: nothing else may be printed
    assert bool(result.get("failed")) is failed, result
    assert "Traceback" not in proc.stdout + proc.stderr
    assert ADMIN[1] not in proc.stdout + proc.stderr
    assert _processes_with(marker) == [], "a browser or driver process outlived the module"
