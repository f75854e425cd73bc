"""Waiting and trying again go through module_utils/_poll.py only: no hand-written wait loop in plugins/.

Flagged outside _poll.py: a `while` loop that reads the clock (`monotonic`), and any plain sleep
(`time.sleep`, `sleep`, `.wait_for_timeout(...)`, `fixed_sleep(...)`, `page_wait(...)(...)`) unless
the call's lines, or the comment lines right above it, say why it must be one with `# fixed sleep:`
followed by a reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PLUGINS = Path(__file__).resolve().parents[3] / "plugins"
ALLOWED = {PLUGINS / "module_utils" / "_poll.py"}
MARKER = re.compile(r"#\s*fixed sleep:\s*\S.{9,}")  # a reason of a few words at least
SLEEPS = {"sleep", "wait_for_timeout", "fixed_sleep"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _is_sleep(call: ast.Call) -> bool:
    if _name(call.func) in SLEEPS:
        return True
    # page_wait(page)(seconds): the page's wait called at once, a fixed sleep by another name
    return isinstance(call.func, ast.Call) and _name(call.func.func) == "page_wait"


def _marked(lines: list[str], node: ast.AST) -> bool:
    start, end = node.lineno, node.end_lineno or node.lineno
    if any(MARKER.search(line) for line in lines[start - 1 : end]):
        return True
    above = start - 2
    while above >= 0 and lines[above].strip().startswith("#"):
        if MARKER.search(lines[above]):
            return True
        above -= 1
    return False


def hand_written_waits(source: str, where: str = "<source>") -> list[str]:
    """Where the source waits by hand: unmarked plain sleeps, and `while` loops that read the clock."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _is_sleep(node) and not _marked(lines, node):
            found.append(f"{where}:{node.lineno}: a plain sleep with no '# fixed sleep: <why>' comment")
        if isinstance(node, ast.While) and any(
            isinstance(inner, ast.Call) and _name(inner.func) == "monotonic" for inner in ast.walk(node)
        ):
            found.append(f"{where}:{node.lineno}: a wait loop on the clock (use _poll.poll or _poll.retry)")
    return found


def test_no_hand_written_wait_in_plugins() -> None:
    files = sorted(p for p in PLUGINS.rglob("*.py") if p not in ALLOWED)
    assert len(files) > 40  # the tree was found
    found = [hit for path in files for hit in hand_written_waits(path.read_text(), str(path.relative_to(PLUGINS)))]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "import time\ntime.sleep(0.2)\n",
        "from time import sleep\nsleep(1)\n",
        "page.wait_for_timeout(100)\n",
        "self.page.wait_for_timeout(100)  # the page needs a moment\n",
        "page_wait(page)(0.1)\n",
        "fixed_sleep(page, 0.1)\n",
        "fixed_sleep(page, 0.1)  # fixed sleep:\n",  # a marker with no reason
        "# fixed sleep: the minute must turn\n\nfixed_sleep(page, 0.1)\n",  # not right above
        "deadline = time.monotonic() + 5\nwhile time.monotonic() < deadline:\n    check()\n",
        "while True:\n    if time.monotonic() > deadline:\n        break\n",
    ],
)
def test_a_hand_written_wait_is_caught(source: str) -> None:
    assert hand_written_waits(source)


@pytest.mark.parametrize(
    "source",
    [
        "fixed_sleep(page, 0.1)  # fixed sleep: the minute must turn first\n",
        "# fixed sleep: what moves the page on starts within this moment;\n"
        "# where nothing does, there is no event to wait for.\n"
        "fixed_sleep(page, 0.3)\n",
        "poll(check, 5, page_wait(page), LOOK)\n",
        "poll(check, 5, time.sleep, LOCK_RETRY)\n",
        "while todo:\n    todo.pop()\n",
        "started = time.monotonic()\n",
    ],
)
def test_what_goes_through_the_helper_or_says_why_passes(source: str) -> None:
    assert hand_written_waits(source) == []
