"""What the benchmarks share: a simulator, the module's task in-process, a memory sampler."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import threading
import time
import typing as t
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / ".build" / "collections"), str(ROOT / "simulator")]

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator  # noqa: E402

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed  # noqa: E402
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import ApiKeyRun, argument_spec  # noqa: E402
from tests.support.simulator import ADMIN  # noqa: E402

# scripts/bootstrap exports the browser it installed; else the system's, as the module finds it.
BROWSER = os.environ.get("CEGIDLIFE_BROWSER") or shutil.which("chromium") or shutil.which("chromium-browser") or None


def params(sim_url: str, **over: t.Any) -> dict[str, t.Any]:
    raw = {
        "portal_url": sim_url,
        "username": ADMIN[0],
        "password": ADMIN[1],
        "tiers": "95943",
        "timeout": 30,
        "browser_executable": BROWSER,
        **over,
    }
    result = ArgumentSpecValidator(argument_spec()).validate({k: v for k, v in raw.items() if v is not None})
    if result.error_messages:
        raise SystemExit("; ".join(result.error_messages))
    return dict(result.validated_parameters)


def run_task(p: dict[str, t.Any]) -> tuple[float, dict[str, t.Any]]:
    """(seconds, result) of one module run in this process (no Ansible start-up in the figure)."""
    started = time.perf_counter()
    try:
        result = ApiKeyRun(p, check_mode=False, diff=False, warn=lambda _m: None).run()
    except TaskFailed as failure:
        result = {"failed": True, "msg": failure.msg}
    return time.perf_counter() - started, result


def median(values: t.Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def _rss_kib(pid: int) -> int:
    """Proportional set size (shared pages split among their sharers, so a browser's many
    processes add up to what they really use); resident set size where the kernel has no PSS."""
    for path, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(field):
                    return int(line.split()[1])
        except OSError:
            continue
    return 0


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


class PeakMemory:
    """Peak memory (PSS) of this process and of its descendants (driver, browser), sampled;
    the process trees of `exclude` (the simulator) are not counted."""

    def __init__(self, every_s: float = 0.05, exclude: t.Iterable[int] = ()) -> None:
        self.every_s = every_s
        self.exclude = set(exclude)
        self.python_kib = 0
        self.browser_kib = 0
        self.driver_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            browser = driver = 0
            todo = [pid for pid in _children(me) if pid not in self.exclude]
            while todo:
                pid = todo.pop()
                todo += _children(pid)
                if _name(pid).startswith("node"):  # the Playwright driver (node, or node-MainThread)
                    driver += _rss_kib(pid)
                else:
                    browser += _rss_kib(pid)
            self.python_kib = max(self.python_kib, _rss_kib(me))
            self.browser_kib = max(self.browser_kib, browser)
            self.driver_kib = max(self.driver_kib, driver)
            self._stop.wait(self.every_s)
