#!/usr/bin/env python
"""First contact: the module's whole lifecycle on hand-written renderings it was never written for.

    .venv/bin/python bench/first_contact.py [--batch b1] [--rendering b1/fiori ...] [--timeout 480]
                                            [--json results.json] [--keep DIR]

For each blind rendering (simulator/cegidlife_sim/blind/<batch>/<name>/; default: every one of the
newest batch) it starts the simulator with --rendering blind:NAME and runs one real
`ansible-playbook` against its portal root, as tests/integration/test_renderings.py does:

  1 create           cegidlife_api_key creates the key; its credentials are the simulator's record
  2 loop api         the Loop API stand-in accepts them (ansible.builtin.uri, 200)
  3 portal check     cegidlife_portal_check: ok, no drift, every step found
  4 rerun            a second run changes nothing and returns the same credentials
  5 check absent     check mode, state absent: would revoke
  6 absent           state absent revokes (the Loop API then answers 401; no Active key left)
  7 absent again     nothing left to do

Each task runs only when the one before succeeded; the first step that does not pass stops the
count. It prints, per rendering, the steps passed and, for the first failing one, the module's
failure message (first 300 characters; secrets and the password are masked). A rendering passes
when all 7 pass. Exit status 0 whatever the outcome: a failure is the measurement.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import time
import typing as t
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "simulator")]

from cegidlife_sim import blind  # noqa: E402
from tests.integration.conftest import Portal  # noqa: E402
from tests.support.ansible_cli import run_playbook  # noqa: E402
from tests.support.simulator import ADMIN, SimFactory  # noqa: E402

FQCN = "cegid.cegidlife.cegidlife_api_key"
KEY_NAME = "first-contact"
STEPS = ("create", "loop api", "portal check", "rerun", "check absent", "absent", "absent again")
_SECRET = re.compile(r"[A-Za-z0-9+/]{43}=")


def _playbook(portal: Portal, workdir: Path, module_timeout: int) -> Path:
    args = portal.args(
        name=KEY_NAME,
        timeout=module_timeout,
        session_file=str(workdir / "session.json"),
        credentials_file=str(workdir / "creds.json"),
        failure_artifacts_dir=str(workdir / "artifacts"),
        show_credentials=False,
    )
    loop_url = f"{portal.sim.portal_url}/loop-api-publiques/Dossiers"
    check = {k: v for k, v in args.items() if k not in ("name", "credentials_file", "show_credentials")}

    def step(register: str, after: str | None, body: dict[str, t.Any], **extra: t.Any) -> dict[str, t.Any]:
        task = {**body, "register": register, "ignore_errors": True, **extra}
        if after:
            task["when"] = f"{after} is defined and {after} is succeeded"
        return task

    def loop_api(register: str, after: str, status: int) -> dict[str, t.Any]:
        call = {"url": loop_url, "headers": {"x-apikey": "{{ created.credentials.x_apikey }}"}, "status_code": status}
        return step(register, after, {"ansible.builtin.uri": call}, no_log=True)

    names = ("created", "accepted", "checked", "rerun", "would", "revoked", "refused", "gone")
    results = "{{ {" + ", ".join(f"'{n}': ({n} | default({{}}))" for n in names) + "} | to_json }}"
    tasks = [
        step("created", None, {FQCN: args}),
        loop_api("accepted", "created", 200),
        step("checked", "accepted", {"cegid.cegidlife.cegidlife_portal_check": check}),
        step("rerun", "checked", {FQCN: args}),
        step("would", "rerun", {FQCN: {**args, "state": "absent"}}, check_mode=True),
        step("revoked", "would", {FQCN: {**args, "state": "absent"}}),
        loop_api("refused", "revoked", 401),
        step("gone", "refused", {FQCN: {**args, "state": "absent"}}),
        {"ansible.builtin.copy": {"content": results, "dest": str(workdir / "results.json"), "mode": "0600"}},
    ]
    playbook = workdir / "first_contact.yml"
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}]))
    return playbook


def _clean(text: t.Any) -> str:
    """A message fit to print: no secret, no password, one line, 300 characters."""
    out = _SECRET.sub("<secret>", str(text)).replace(ADMIN[1], "<password>")
    return " ".join(out.split())[:300]


def _why(result: t.Mapping[str, t.Any], expected: str) -> str:
    if not result or result.get("skipped"):
        return "not run"
    if result.get("failed"):
        return _clean(result.get("msg") or "failed without a message")
    return _clean(f"{expected}; got action={result.get('action')!r} changed={result.get('changed')!r}")


def _ran_ok(result: t.Mapping[str, t.Any] | None) -> bool:
    return bool(result) and not result.get("failed") and not result.get("skipped")  # type: ignore[union-attr]


def judge(results: dict[str, t.Any], portal: Portal) -> tuple[int, str, str]:
    """(steps passed, first failing step, why)."""
    created, checked = results.get("created") or {}, results.get("checked") or {}
    rerun, would, revoked, gone = (results.get(k) or {} for k in ("rerun", "would", "revoked", "gone"))
    # The key asked for: of Loop APIkey, for the tiers asked (a key in another tiers is a wrong answer).
    records = [
        k
        for k in portal.sim.keys()
        if k["name"] == KEY_NAME and k["service"] == "Loop APIkey" and k["tiers_code"] == "95943"
    ]
    creds = created.get("credentials") or {}
    same = any(
        r["identifier"] == creds.get("identifier")
        and r["secret_sha256"] == hashlib.sha256(str(creds.get("secret", "")).encode()).hexdigest()
        for r in records
    )
    if created.get("failed") or created.get("action") != "created":
        create_why = _why(created, "expected action=created")
    else:
        create_why = "the credentials returned are not the simulator's record"
    missing = [s.get("name", s) for s in checked.get("steps", []) if not s.get("found") and s.get("applies", True)]
    check_ok = bool(checked.get("ok")) and checked.get("drift") == [] and not missing and bool(checked.get("steps"))
    if checked.get("failed") or not checked or checked.get("skipped"):
        check_why = _why(checked, "")
    else:
        check_why = _clean(f"ok={checked.get('ok')} drift={checked.get('drift')} not found={missing}")
    refused = results.get("refused") or {}
    revoke_ok = revoked.get("action") == "revoked" and bool(revoked.get("changed"))
    checks: list[tuple[str, bool, str]] = [
        ("create", not created.get("failed") and created.get("action") == "created" and same, create_why),
        ("loop api", _ran_ok(results.get("accepted")), "the Loop API did not accept the credentials"),
        ("portal check", check_ok, check_why),
        (
            "rerun",
            rerun.get("action") == "unchanged" and not rerun.get("changed") and rerun.get("credentials") == creds,
            _why(rerun, "expected action=unchanged with the same credentials"),
        ),
        (
            "check absent",
            bool(would.get("changed")) and would.get("action") == "revoked",
            _why(would, "expected a revoke"),
        ),
        (
            "absent",
            revoke_ok and _ran_ok(refused) and portal.active(KEY_NAME) == [],
            _why(revoked, "expected action=revoked") if not revoke_ok else "the key still works or is still Active",
        ),
        (
            "absent again",
            not gone.get("changed") and gone.get("action") == "absent",
            _why(gone, "expected action=absent"),
        ),
    ]
    for i, (label, ok, why) in enumerate(checks):
        if not ok:
            return i, label, why
    return len(checks), "", ""


def one(factory: SimFactory, name: str, workdir: Path, timeout: float, module_timeout: int) -> dict[str, t.Any]:
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    sim = factory(rendering=f"blind:{name}")
    portal = Portal(sim)
    out: dict[str, t.Any] = {"rendering": name, "passed": 0, "stopped_at": "", "why": ""}
    try:
        try:
            run = run_playbook(_playbook(portal, workdir, module_timeout), timeout=timeout)
        except subprocess.TimeoutExpired as exc:  # the whole run took too long
            out.update(stopped_at="(timeout)", why=_clean(f"ansible-playbook did not finish in {timeout:.0f} s: {exc}"))
            return out
        results_file = workdir / "results.json"
        if not results_file.exists():
            out.update(stopped_at="(playbook)", why=_clean(run.output[-600:]))
            return out
        results = json.loads(results_file.read_text())
        results_file.unlink()
        passed, label, why = judge(results, portal)
        events = sim.stats().get("events", {})
        dangerous = sorted(e for e in portal.sim.rendering().get("dangerous_events", []) if events.get(e))
        out.update(passed=passed, stopped_at=label, why=why, dangerous=dangerous)
        route = (results.get("created") or {}).get("route")
        if route:
            out["route"] = " > ".join(map(str, route))
    finally:
        out["seconds"] = round(time.monotonic() - started, 1)
        sim.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    batches = sorted({n.split("/")[0] for n in blind.names()})
    parser.add_argument("--batch", default=batches[-1] if batches else "b1", help=f"one of {', '.join(batches)}")
    parser.add_argument("--rendering", action="append", default=[], help="BATCH/NAME or NAME (repeatable)")
    parser.add_argument("--timeout", type=float, default=480, help="seconds for one rendering's playbook")
    parser.add_argument("--module-timeout", type=int, default=15, help="the module's own timeout option")
    parser.add_argument("--json", help="also write the results here")
    parser.add_argument("--keep", help="keep the work folders (failure artifacts) here")
    args = parser.parse_args()
    chosen = [blind.canonical(n) for n in args.rendering] or blind.names(args.batch)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(args.keep or tmp)
        factory = SimFactory(base / "sims")
        try:
            for name in chosen:
                row = one(factory, name, base / name.replace("/", "_"), args.timeout, args.module_timeout)
                rows.append(row)
                mark = "PASS" if row["passed"] == len(STEPS) else "FAIL"
                print(f"{name:<24} {mark} {row['passed']}/{len(STEPS)} steps  ({row['seconds']} s)", flush=True)
                if row["stopped_at"]:
                    print(f"{'':<24} stopped at {row['stopped_at']}: {row['why']}", flush=True)
                if row.get("dangerous"):
                    print(f"{'':<24} dangerous controls used: {', '.join(row['dangerous'])}", flush=True)
        finally:
            factory.stop_all()
    passed = sum(1 for r in rows if r["passed"] == len(STEPS))
    print(f"\nrenderings passed {passed} / {len(rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
