#!/usr/bin/env python
"""How close a no-change run gets to what the portal itself costs. Prints medians and ratios.

    .venv/bin/python bench/speed.py [--runs 5] [--latency-ms 50] [--keys 20]

The simulator answers every page after --latency-ms (standing for the internet). Measured side by
side in one run, each a median over --runs:
  module     cegidlife_api_key in-process (no Ansible start-up): create, no-change, revoke;
             cold (no session file) and warm (session reused, key page address remembered);
             a warm no-change run reads the key page with one plain HTTP request (http_check),
             and "warm, browser" is the same run with http_check off
  naive      the vendor's click-through automated literally: new browser, sign in, profile,
             catalogue, filter, key button, read the list (one no-change check)
  floor      the same portal round trips with a plain HTTP client (no browser): sign in, key page
  keys       N keys ensured, no change: N tasks in a loop vs one task with `names`
  ansible    the warm no-change check as a user runs it (`ansible localhost -m ...`, a new
             process with Ansible's start-up), next to Ansible's start-up alone (`-m ping`)
  memory     peak PSS of this Python process, the Playwright driver and the browser, during one
             more run of each kind (sampling costs CPU, so it is kept out of the timed runs)
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _harness import ADMIN, BROWSER, PeakMemory, median, params, run_task

from tests.support.ansible_cli import run_module
from tests.support.simulator import Client, SimFactory


def naive_check(portal_url: str, name: str) -> float:
    """The seed's procedure, literally, with a fresh browser and no shortcut."""
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=BROWSER, args=["--no-sandbox"])
        page = browser.new_page()
        page.goto(portal_url)
        page.get_by_label("Adresse e-mail").fill(ADMIN[0])
        page.get_by_label("Mot de passe").fill(ADMIN[1])
        page.get_by_role("button", name="Se connecter").click()
        page.get_by_role("button", name="Mon profil").click()
        page.get_by_role("link", name="Catalogue de services").click()
        page.get_by_label("Type de service").select_option(label="Services en lignes")
        page.get_by_role("button", name="Filtrer").click()
        page.get_by_role("row").filter(has_text="Loop APIkey").get_by_role("link", name="Gérer les clés d'API").click()
        page.get_by_text("Liste des clés d'API pour le service").wait_for()
        names = page.get_by_role("row").all_inner_texts()
        assert any(name in row for row in names), "the key should exist"
        browser.close()
    return time.perf_counter() - started


def floor_check(sim: object) -> float:
    """The HTTP round trips of one sign-in and one key page, with no browser."""
    started = time.perf_counter()
    client = Client(sim)  # type: ignore[arg-type]
    client.sign_in()
    page = client.get("/catalogue/services/1/cles?tiers=95943&criteres=1&statut=active&nom=bench-key")
    assert "bench-key" in page.text
    return time.perf_counter() - started


def cli_check(args: dict, module: str) -> float:
    """One `ansible localhost -m MODULE` run, Ansible's start-up included."""
    started = time.perf_counter()
    run = run_module(args, module=module)
    if run.failed:
        raise SystemExit(f"ansible -m {module}: {run.output[-2000:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--keys", type=int, default=20)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="cegidlife-bench-"))
    factory = SimFactory(work)
    sim = factory(slow_ms=args.latency_ms)
    session = str(work / "session.json")
    creds = str(work / "creds.json")
    figures: dict[str, list[float]] = {}

    def timed(label: str, checked_with: str | None = None, **over: object) -> dict:
        seconds, result = run_task(params(sim.portal_url, session_file=session, credentials_file=creds, **over))
        if result.get("failed"):
            raise SystemExit(f"{label}: {result['msg']}")
        if checked_with and result.get("checked_with") != checked_with:
            raise SystemExit(f"{label}: read with {result.get('checked_with')}: {result.get('http_check_declined')}")
        figures.setdefault(label, []).append(seconds)
        return result

    try:
        for i in range(args.runs):
            name = f"bench-rev-{i}"
            timed("create (cold)", name=name, reuse_session=False)
            timed("revoke (cold)", name=name, state="absent", reuse_session=False)
        timed("create (warm)", name="bench-key")  # also primes the session file
        for i in range(args.runs):
            timed("no-change (cold)", name="bench-key", reuse_session=False)
            timed("no-change (warm, browser)", "browser", name="bench-key", http_check=False)
            timed("create (warm)", name=f"bench-new-{i}")
            timed("revoke (warm)", name=f"bench-new-{i}", state="absent")
            timed("no-change (warm)", "http", name="bench-key")
        memory = {}
        for label, over in (
            ("create (cold)", {"name": "bench-mem", "reuse_session": False}),
            ("no-change (warm, browser)", {"name": "bench-key", "http_check": False}),
            ("no-change (warm)", {"name": "bench-key"}),
        ):
            with PeakMemory(exclude=[sim.proc.pid]) as memory[label]:
                timed(f"_memory of {label}", **over)
        for dummy in range(args.runs):
            figures.setdefault("naive click-through (no-change)", []).append(naive_check(sim.portal_url, "bench-key"))
            figures.setdefault("floor: plain HTTP (no-change)", []).append(floor_check(sim))

        names = [f"bench-fleet-{i:02d}" for i in range(args.keys)]
        timed("fleet setup", names=names)
        for dummy in range(max(1, args.runs // 2)):
            started = time.perf_counter()
            for name in names:
                timed("_one of loop", "http", name=name)
            figures.setdefault(f"{args.keys} keys: {args.keys} tasks (warm)", []).append(time.perf_counter() - started)
            timed(f"{args.keys} keys: one task (warm)", "http", names=names)

        cli_args = params(sim.portal_url, session_file=session, credentials_file=creds)
        cli_args = {k: v for k, v in cli_args.items() if v is not None}
        for dummy in range(args.runs):
            figures.setdefault("ansible -m, no-change (warm)", []).append(
                cli_check({**cli_args, "name": "bench-key"}, "cegid.cegidlife.cegidlife_api_key")
            )
            figures.setdefault("ansible -m ping (Ansible start-up)", []).append(
                cli_check({"data": "pong"}, "ansible.builtin.ping")
            )
    finally:
        factory.stop_all()

    print(f"latency {args.latency_ms} ms per page, medians of {args.runs} runs (seconds)")
    for label, values in figures.items():
        if not label.startswith(("_", "fleet")):
            print(f"  {label:<40} {median(values):7.2f}")
    warm = median(figures["no-change (warm)"])
    warm_browser = median(figures["no-change (warm, browser)"])
    cold = median(figures["no-change (cold)"])
    naive = median(figures["naive click-through (no-change)"])
    floor = median(figures["floor: plain HTTP (no-change)"])
    fleet = median(figures[f"{args.keys} keys: one task (warm)"])
    print("ratios (no-change check)")
    print(f"  warm module / naive  {warm / naive:5.2f}   (target <= 0.40)")
    print(f"  warm module / floor  {warm / floor:5.2f}")
    print(f"  warm module with the browser (http_check off) / naive  {warm_browser / naive:5.2f}")
    print(f"  cold module / naive  {cold / naive:5.2f}")
    print(f"  {args.keys} keys in one task / one warm check  {fleet / warm:5.2f}   (target <= 3.00)")
    print("peak memory (PSS, MiB)")
    for label, mem in memory.items():
        print(
            f"  {label:<40} python {mem.python_kib / 1024:4.0f}   driver {mem.driver_kib / 1024:4.0f}   "
            f"browser {mem.browser_kib / 1024:5.0f}"
        )


if __name__ == "__main__":
    main()
