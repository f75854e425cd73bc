#!/usr/bin/env python
"""The module on portals it was never written for: the lifecycle over N generated renderings.

    .venv/bin/python bench/renderings.py [--seeds 25] [--first 0] [--latency-ms 100] [--runs 3]
                                         [--rendering seed --rendering cle-api ...] [--batch b5]

For each rendering of the simulator (`random:SEED`, or the ones named with --rendering) it runs
cegidlife_api_key in this process (no Ansible start-up) through the lifecycle: create, a warm
no-change run, check-mode absent, absent, absent again; and prints each step's pass or fail, the
route the module found, whether the warm no-change run used the browser, and that run's time
(median of --runs) against the same rendering's literal click-through - a fresh browser that signs
in, follows the route the generator itself describes (/__sim__/rendering) and reads the key list;
and the same for cold no-change runs (no session file, as in a fresh AWX container): searching the
way, and following the way given in the option route (the create run's own route).

Totals: lifecycles passed out of N, secrets lost (Active keys whose credentials no run returned:
must be 0), the share of renderings answered without a browser, and the median ratio of warm
no-change over click-through (target 0.4 or less at 100 ms of latency per page), and of cold over
click-through (target 1.0 or less).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _harness import BROWSER, median, params, run_task
from playwright.sync_api import Error as PlaywrightError

from tests.simulator.replay import sign_in, to_key_page
from tests.support.simulator import SimFactory, sim_defaults

STEPS = (
    ("create", {}, False),
    ("no-change", {}, False),
    ("check absent", {"state": "absent"}, True),
    ("absent", {"state": "absent"}, False),
    ("absent again", {"state": "absent"}, False),
)
EXPECTED = {"create": "created", "no-change": "unchanged", "check absent": "revoked", "absent": "revoked"}


class _AtTheKeys(Exception):
    """A person's flow through a hand-written rendering has reached the key list."""


def _stop_at_the_keys(label: str) -> None:
    if label == "keys":
        raise _AtTheKeys


def click_through(sim: object, described: dict, rendering: str) -> float:
    """The rendering's own route, literally, with a fresh browser and no shortcut: the route the
    generator describes, or, on a hand-written rendering (blind:BATCH/NAME), its author's own flow
    (tests/simulator/blind_flows.py) up to the key list."""
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        page = browser.new_page()
        if rendering.startswith("blind:"):
            from tests.simulator.blind_flows import FLOWS

            try:
                FLOWS[rendering.removeprefix("blind:")](page, sim, "bench-click", _stop_at_the_keys)
            except _AtTheKeys:
                pass
            else:
                raise SystemExit(f"{rendering}: its flow never said it reached the key list")
        else:
            sign_in(page, sim, described)  # type: ignore[arg-type]
            to_key_page(page, described)
        page.get_by_text("bench-key").first.wait_for()
        browser.close()
    return time.perf_counter() - started


def run_step(base: dict, over: dict, check: bool) -> tuple[str, dict]:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
    from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import ApiKeyRun

    try:
        result = ApiKeyRun({**base, **over}, check_mode=check, diff=False, warn=lambda _m: None).run()
    except TaskFailed as failure:
        return "fail", {"failed": True, "msg": failure.msg}
    return "ok", result


def cold(base: dict, workdir: Path, over: dict) -> float:
    """A no-change run with no session file: it signs in and finds (or follows) the way."""
    fresh = tempfile.mkdtemp(dir=workdir)
    took, result = run_task({**base, **over, "session_file": str(Path(fresh) / "session.json")})
    if result.get("action") != "unchanged":
        raise SystemExit(f"a cold no-change run failed: {result.get('msg') or result.get('action')}")
    return took


def one_rendering(factory: SimFactory, rendering: str, latency_ms: int, runs: int, workdir: Path) -> dict:
    sim = factory(rendering=rendering)
    described = sim.rendering()  # a hand-written rendering describes no route: its flow is its way
    base = params(
        sim.portal_url,
        name="bench-key",
        session_file=str(workdir / f"{rendering}.session.json"),
        credentials_file=str(workdir / f"{rendering}.creds.json"),
        failure_artifacts_dir=str(workdir / "artifacts"),
    )
    out: dict = {"rendering": rendering, "steps": [], "route": "", "delivered": set(), "error": ""}
    route: list[str] = []
    for label, over, check in STEPS:
        status, result = run_step(base, over, check)
        ok = status == "ok" and result.get("action") == EXPECTED.get(label, "absent")
        out["steps"].append((label, ok))
        if result.get("credentials"):
            out["delivered"].add(result["credentials"]["identifier"])
        if label == "create" and result.get("route"):
            route = result["route"]
            out["route"] = " > ".join(route)
        if label == "no-change" and ok:
            sim.config(slow_ms=latency_ms)
            timed = [run_task({**base})[0] for dummy in range(runs)]
            dummy, warm = run_task({**base})
            try:
                naive = median([click_through(sim, described, rendering) for dummy in range(runs)])
            except (PlaywrightError, AssertionError) as exc:  # the author's flow, the yardstick, failed: said so
                out["timing_error"] = (
                    f"no click-through to compare with: {type(exc).__name__}: {str(exc).splitlines()[0]}"
                )
            else:
                out.update(warm=median(timed), browser=warm.get("checked_with") != "http", naive=naive)
                # Cold: no session file (a fresh AWX container); searched, then with the way given (route).
                out["cold"] = median([cold(base, workdir, {}) for dummy in range(runs)])
                out["cold_route"] = median([cold(base, workdir, {"route": route}) for dummy in range(runs)])
            sim.config(slow_ms=0)
        if not ok:
            out["error"] = result.get("msg") or f"{label}: action {result.get('action')}"
            break
    keys = [k for k in sim.keys() if k["name"] == "bench-key"]
    out["lost"] = len([k for k in keys if k["status"] == "active" and k["identifier"] not in out["delivered"]])
    sim.stop()
    return out


def _batch(batches: list[str]) -> list[str]:
    if not batches:
        return []
    sim_defaults()  # puts this checkout's simulator on sys.path
    from cegidlife_sim import blind

    return [name for name in blind.names() if name.split("/")[0] in batches]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=25)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--rendering", action="append", default=[], help="a preset, random:SEED or blind:BATCH/NAME (repeatable)"
    )
    parser.add_argument("--batch", action="append", default=[], help="every hand-written rendering of a batch (b5)")
    args = parser.parse_args()
    chosen = args.rendering + [f"blind:{name}" for name in _batch(args.batch)]
    chosen = chosen or [f"random:{s}" for s in range(args.first, args.first + args.seeds)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        factory = SimFactory(Path(tmp))
        try:
            for rendering in chosen:
                row = one_rendering(factory, rendering, args.latency_ms, args.runs, Path(tmp))
                rows.append(row)
                steps = " ".join(f"{label}={'pass' if ok else 'FAIL'}" for label, ok in row["steps"])
                timing = ""
                if "warm" in row:
                    path = "browser" if row["browser"] else "no browser"
                    ratio = row["warm"] / row["naive"]
                    timing = (
                        f" | warm no-change {row['warm']:.2f}s ({path})"
                        f" vs click-through {row['naive']:.2f}s = {ratio:.2f}x"
                        f" | cold {row['cold'] / row['naive']:.2f}x,"
                        f" cold with route {row['cold_route'] / row['naive']:.2f}x"
                    )
                timing = timing or (f" | {row['timing_error'][:200]}" if row.get("timing_error") else "")
                print(f"{rendering:<12} {steps}{timing}", flush=True)
                print(f"{'':<12} route: {row['route'] or '-'}" + (f" | {row['error'][:300]}" if row["error"] else ""))
        finally:
            factory.stop_all()
    passed = sum(1 for r in rows if len(r["steps"]) == len(STEPS) and all(ok for dummy, ok in r["steps"]))
    lost = sum(r["lost"] for r in rows)
    timed = [r for r in rows if "warm" in r]
    no_browser = sum(1 for r in timed if not r["browser"])
    ratios = [r["warm"] / r["naive"] for r in timed]
    print(f"\nlatency {args.latency_ms} ms per page; times are medians of {args.runs} runs")
    print(f"lifecycles passed        {passed} / {len(rows)}")
    print(f"secrets lost             {lost}   (must be 0)")
    print(f"no-browser warm runs     {no_browser} / {len(timed)}")
    if ratios:
        print(f"median warm / click-through  {median(ratios):.2f}x   (target <= 0.40)")
        colds = [r["cold"] / r["naive"] for r in timed]
        print(f"median cold / click-through  {median(colds):.2f}x   (target <= 1.00; worst {max(colds):.2f}x)")
        given = [r["cold_route"] / r["naive"] for r in timed]
        print(f"median cold with route / click-through  {median(given):.2f}x   (worst {max(given):.2f}x)")
    raise SystemExit(1 if lost or passed != len(rows) else 0)


if __name__ == "__main__":
    main()
