"""bench/speed.py runs and prints its tables. Its speed is not checked (machines are noisy), but its
figures are: numbers in a sane range, and ratios that are what they say."""

from __future__ import annotations

import re

import pytest

from tests.bench._bench import BENCH, run

# scripts/test-extended's, not CI's (minutes each): they prove the scripts run, never their timings.
pytestmark = [pytest.mark.integration, pytest.mark.extended]


_FIGURE = re.compile(r"^  (\S.*?)\s+(\d+\.\d\d)(?:\s+\(target <= \d+\.\d\d\))?$")
_MEMORY = re.compile(r"^  (\S.*?)\s+python\s+(\d+)\s+driver\s+(\d+)\s+browser\s+(\d+)$")


def _tables(stdout: str) -> dict[str, dict[str, tuple[float, ...]]]:
    """What bench/speed.py prints: its tables by title, each line's numbers by its label."""
    tables: dict[str, dict[str, tuple[float, ...]]] = {}
    rows: dict[str, tuple[float, ...]] = {}
    for line in stdout.splitlines():
        if not line.startswith("  "):
            rows = tables.setdefault(line, {})  # a table's title
            continue
        match = _FIGURE.match(line) or _MEMORY.match(line)
        assert match and tables, f"not a figure: {line!r}\n{stdout}"
        assert match[1] not in rows, f"{match[1]!r} twice\n{stdout}"
        rows[match[1]] = tuple(float(n) for n in match.groups()[1:])
    return tables


def test_speed_benchmark_prints_ratios() -> None:
    """The figures are numbers in a sane range (each run loads at least one page, slowed by the
    latency) and each ratio is the quotient of the medians it names; no speed target is checked."""
    latency_ms, keys = 10, 3
    out = run(str(BENCH / "speed.py"), "--runs", "1", "--keys", str(keys), "--latency-ms", str(latency_ms))
    assert out.returncode == 0, out.stdout + out.stderr
    tables = _tables(out.stdout)
    medians_title = f"latency {latency_ms} ms per page, medians of 1 runs (seconds)"
    assert list(tables) == [medians_title, "ratios (no-change check)", "peak memory (PSS, MiB)"], out.stdout
    medians = {label: n for label, (n,) in tables[medians_title].items()}
    ratios = {label: n for label, (n,) in tables["ratios (no-change check)"].items()}
    for label, seconds in medians.items():
        assert latency_ms / 1000 <= seconds < 600, f"{label}: {seconds}\n{out.stdout}"
    assert {f"{keys} keys: {keys} tasks (warm)", "ansible -m ping (Ansible start-up)"} <= set(medians), out.stdout

    warm, naive = "no-change (warm)", "naive click-through (no-change)"
    quotients = {
        "warm module / naive": (warm, naive),
        "warm module / floor": (warm, "floor: plain HTTP (no-change)"),
        "warm module with the browser (http_check off) / naive": ("no-change (warm, browser)", naive),
        "cold module / naive": ("no-change (cold)", naive),
        f"{keys} keys in one task / one warm check": (f"{keys} keys: one task (warm)", warm),
    }
    assert set(ratios) == set(quotients), out.stdout
    for label, (top, bottom) in quotients.items():
        # Every figure is printed rounded to two decimals: the ratio lies where that rounding allows.
        low = (medians[top] - 0.005) / (medians[bottom] + 0.005) - 0.005
        high = (medians[top] + 0.005) / (medians[bottom] - 0.005) + 0.005
        assert low <= ratios[label] <= high, f"{label}: {ratios[label]} is not {top} / {bottom}\n{out.stdout}"

    memory = tables["peak memory (PSS, MiB)"]
    assert set(memory) == {"create (cold)", "no-change (warm, browser)", warm}, out.stdout
    for label, (python, driver, browser) in memory.items():
        assert 10 <= python < 4096, f"{label}\n{out.stdout}"
        if label == warm:  # the plain HTTP reading starts no browser
            assert driver == browser == 0, f"{label}\n{out.stdout}"
        else:
            assert driver > 0 and browser > 0, f"{label}\n{out.stdout}"
