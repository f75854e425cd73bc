"""Where the suite's time goes: each worker's busy seconds and the files that took longest, printed at
the end of a run (CI must stay under 45 minutes on two cores; --durations names tests, not files, and
with --dist loadfile a long file is one worker's alone)."""

from __future__ import annotations

import collections
import typing as t

if t.TYPE_CHECKING:
    import pytest

_FILES: collections.Counter[str] = collections.Counter()
_WORKERS: collections.Counter[str] = collections.Counter()
_SHOWN = 12


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _FILES[report.nodeid.split("::")[0]] += report.duration
    node = getattr(report, "node", None)  # xdist: the worker that ran it (on the controller)
    _WORKERS[getattr(getattr(node, "gateway", None), "id", "main")] += report.duration


def pytest_terminal_summary(terminalreporter: t.Any) -> None:
    if not _FILES or sum(_FILES.values()) < 60:  # a short run: nothing to learn
        return
    write = terminalreporter.write_line
    terminalreporter.section("time per worker and per file")
    write("busy: " + ", ".join(f"{w} {s:.0f}s" for w, s in sorted(_WORKERS.items())))
    for path, seconds in _FILES.most_common(_SHOWN):
        write(f"{seconds:8.1f}s  {path}")
