"""Run the real `ansible` / `ansible-playbook` commands against the collection under test."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import typing as t
from pathlib import Path

BIN = Path(sys.executable).parent
FQCN = "cegid.cegidlife.cegidlife_api_key"


@dataclasses.dataclass
class ModuleRun:
    rc: int
    result: dict[str, t.Any]
    stdout: str
    stderr: str

    @property
    def failed(self) -> bool:
        return bool(self.result.get("failed")) or self.rc != 0

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


@dataclasses.dataclass
class PlaybookRun:
    rc: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    def recap(self, host: str = "localhost") -> dict[str, int]:
        """The PLAY RECAP counters of one host."""
        for line in self.stdout.splitlines():
            if line.split(" ", 1)[0] == host and "ok=" in line:
                return {k: int(v) for k, v in (part.split("=") for part in line.split(":", 1)[1].split())}
        raise AssertionError(f"no PLAY RECAP line for {host} in:\n{self.stdout}")


def local_inventory(path: Path, group: str, hosts: t.Mapping[str, str]) -> Path:
    """Write an inventory of one group whose hosts run on this machine with the Python running the
    tests (so the module finds Playwright); each host's value is its own variables, `k=v ...`."""
    lines = [f"[{group}]"]
    lines += [
        f"{h} ansible_connection=local ansible_python_interpreter={sys.executable} {v}".rstrip()
        for h, v in hosts.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ansible_env(extra: t.Mapping[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ANSIBLE_NOCOLOR="1",
        ANSIBLE_FORCE_COLOR="0",
        ANSIBLE_HOST_KEY_CHECKING="0",
        ANSIBLE_RETRY_FILES_ENABLED="0",
        ANSIBLE_LOCALHOST_WARNING="0",
        ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    env.update(extra or {})
    return env


def run_command(cmd: t.Sequence[str], *, env: t.Mapping[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    """Run a command (ansible-playbook, ansible-doc, a module) with its output captured and stdin on /dev/null.

    Never the test process's own stdin: where that is closed (some CI runners, xdist workers), the
    child's fd 0 is closed too, and ansible-core 2.19+ then kills its workers at random
    ("Could not detach from stdio: [Errno 9] Bad file descriptor").
    """
    return subprocess.run(
        list(cmd), stdin=subprocess.DEVNULL, capture_output=True, text=True, env=dict(env), timeout=timeout, check=False
    )


def run_module(
    args: t.Mapping[str, t.Any],
    *,
    module: str = FQCN,
    check: bool = False,
    diff: bool = False,
    env: t.Mapping[str, str] | None = None,
    verbosity: int = 0,
    extra_args: t.Sequence[str] = (),
    timeout: float = 300,
) -> ModuleRun:
    """`ansible localhost -m MODULE -a JSON` with the controller's Python; parses the JSON result."""
    cmd = [
        str(BIN / "ansible"),
        "localhost",
        "-i",
        "localhost,",
        "-c",
        "local",
        "-e",
        f"ansible_python_interpreter={sys.executable}",
        "-m",
        module,
        "-a",
        json.dumps(dict(args)),
    ]
    if check:
        cmd.append("--check")
    if diff:
        cmd.append("--diff")
    if verbosity:
        cmd.append("-" + "v" * verbosity)
    cmd.extend(extra_args)
    proc = run_command(cmd, env=ansible_env(env), timeout=timeout)
    return ModuleRun(proc.returncode, _parse_adhoc(proc.stdout), proc.stdout, proc.stderr)


def _parse_adhoc(stdout: str) -> dict[str, t.Any]:
    """The JSON after `localhost | STATUS => ` (diff output, if any, comes before it)."""
    marker = stdout.find("localhost | ")
    if marker < 0:
        return {}
    start = stdout.find("=> ", marker)
    if start < 0:
        return {}
    try:
        return t.cast("dict[str, t.Any]", json.JSONDecoder().raw_decode(stdout[start + 3 :].lstrip())[0])
    except json.JSONDecodeError:
        return {}


def run_playbook(
    playbook: Path,
    *,
    extra_vars: t.Mapping[str, t.Any] | None = None,
    inventory: Path | str | None = None,
    check: bool = False,
    diff: bool = False,
    env: t.Mapping[str, str] | None = None,
    verbosity: int = 0,
    extra_args: t.Sequence[str] = (),
    timeout: float = 600,
) -> PlaybookRun:
    cmd = [str(BIN / "ansible-playbook"), str(playbook)]
    cmd += ["-i", str(inventory)] if inventory else ["-i", "localhost,", "-c", "local"]
    cmd += ["-e", f"ansible_python_interpreter={sys.executable}"]
    if extra_vars:
        cmd += ["-e", json.dumps(dict(extra_vars))]
    if check:
        cmd.append("--check")
    if diff:
        cmd.append("--diff")
    if verbosity:
        cmd.append("-" + "v" * verbosity)
    cmd.extend(extra_args)
    proc = run_command(cmd, env=ansible_env(env), timeout=timeout)
    return PlaybookRun(proc.returncode, proc.stdout, proc.stderr)
