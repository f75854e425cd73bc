#!/usr/bin/env python
"""The fault matrix: one line per fault, with what happened and whether any secret was lost.

    .venv/bin/python bench/faults.py                # both tables
    .venv/bin/python bench/faults.py --table warm   # one of them (cold or warm)

Each case starts a simulator with that fault, runs cegidlife_api_key (state=present) in-process
and prints: the fault, the outcome (ok, or a clear failure: a message that names its step, no
traceback), the keys the run created, and the secrets lost: Active keys whose credentials the run
did not hand over (must be 0).

A second table does the same for a warm no-change run (session saved, key listed, so the key list
is read with one plain HTTP request when nothing stands in the way): how the list was read, and
that the run made no key and handed back the same credentials.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import typing as t
from pathlib import Path

import pyotp
from _harness import params, run_task

from tests.support.simulator import SimFactory

TOTP = "JBSWY3DPEHPK3PXP"

# (label, simulator flags at start, config switched at runtime, module options)
CASES: list[tuple[str, dict[str, t.Any], dict[str, t.Any], dict[str, t.Any]]] = [
    ("no fault", {}, {}, {}),
    ("slow pages (key page 3 s, catalogue 2 s)", {}, {"slow_pages": {"keys": 3000, "catalogue": 2000}}, {}),
    ("HTTP 503 twice on the key page", {}, {"fail_next": {"page": "keys", "status": 503, "count": 2}}, {}),
    ("HTTP 502 on every 3rd page", {}, {"error_every": 3}, {}),
    ("connection dropped on the key page", {}, {"drop_next": {"page": "keys", "count": 1}}, {}),
    ("session expires between two steps", {}, {"expire_after_requests": 2}, {}),
    ("150 keys over 15 pages", {"page_size": 10}, {"_bulk": 150}, {}),
    ("changed layout (same labels)", {"layout": "alt"}, {}, {}),
    ("copy-only credentials", {"credentials": "copy-only"}, {}, {}),
    ("Générer answers 502 after making the key", {}, {"fail_post_after_commit": True}, {}),
    ("one-time panel does not render", {}, {"panel_fails": 1}, {}),
    ("TOTP asked, secret given", {}, {"mfa": "totp"}, {"totp_secret": TOTP}),
    ("TOTP asked, no secret", {}, {"mfa": "totp"}, {}),
    ("TOTP asked, wrong secret", {}, {"mfa": "totp"}, {"totp_secret": pyotp.random_base32()}),
    ("push approval asked", {}, {"mfa": "push"}, {"timeout": 10}),
    ("wrong password (lockout after 3)", {}, {"lockout_after": 3}, {"password": "not-it-1234"}),
    ("portal unreachable", {}, {"_down": True}, {"timeout": 10}),
]

# (label, config switched after the session and the key exist)
WARM_CASES: list[tuple[str, dict[str, t.Any]]] = [
    ("no fault", {}),
    ("slow key page (3 s)", {"slow_pages": {"keys": 3000}}),
    ("HTTP 503 twice on the key page", {"fail_next": {"page": "keys", "status": 503, "count": 2}}),
    ("connection dropped on the key page", {"drop_next": {"page": "keys", "count": 1}}),
    ("session ended", {"_expire": True}),
    ("session cookie renewed on every answer", {"session_cookie": "rotate"}),
    ("list now built by JavaScript", {"key_list": "client"}),
    ("list now paginated (2 per page, 3 keys)", {"page_size": 2, "_bulk": 2}),
    ("list now 150 keys over 15 pages", {"page_size": 10, "_bulk": 149}),
    ("changed layout (same labels)", {"layout": "alt"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", maxsplit=1)[0])
    parser.add_argument("--table", choices=("cold", "warm", "both"), default="both")
    table = parser.parse_args().table
    work = Path(tempfile.mkdtemp(prefix="cegidlife-faults-"))
    lost = cold_matrix(work) if table != "warm" else 0
    wrong = warm_matrix(work) if table != "cold" else 0
    raise SystemExit(1 if lost or wrong else 0)


def cold_matrix(work: Path) -> int:
    """The fault table (state=present from no session); returns how many secrets were lost."""
    factory = SimFactory(work)
    rows = []
    try:
        for i, (label, flags, switches, options) in enumerate(CASES):
            sim = factory(**flags)
            url = sim.portal_url
            config = {k: v for k, v in switches.items() if not k.startswith("_")}
            if switches.get("_bulk"):
                sim.bulk_keys(service="Loop APIkey", tiers_code="95943", prefix="bulk-", count=switches["_bulk"])
            if config:
                sim.config(**config)
            if switches.get("_down"):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", 0))
                    url = f"http://127.0.0.1:{s.getsockname()[1]}"
            name = f"matrix-{i}"
            before = {k["id"] for k in sim.keys()}
            p = params(url, name=name, reuse_session=False, **options)
            seconds, result = run_task(p)
            keys = sim.keys()
            created = [k for k in keys if k["id"] not in before]
            delivered = {result.get("credentials", {}).get("identifier")}
            lost = [k for k in created if k["status"] == "active" and k["identifier"] not in delivered]
            if result.get("failed"):
                msg = result["msg"]
                clear = ": " in msg and "Traceback" not in msg and "unexpected error" not in msg
                outcome = ("clear failure: " if clear else "UNCLEAR failure: ") + msg.split(" (page:")[0][:110]
            else:
                outcome = f"ok ({result['action']})"
            rows.append((label, outcome, len(created), len(lost), seconds))
            sim.stop()
    finally:
        factory.stop_all()
    print(f"{'fault':<44} {'keys created':>12} {'secrets lost':>12} {'seconds':>8}  outcome")
    for label, outcome, created, lost, seconds in rows:
        print(f"{label:<44} {created:>12} {lost:>12} {seconds:>8.1f}  {outcome}")
    total_lost = sum(r[3] for r in rows)
    print(f"secrets lost in all: {total_lost}")
    return total_lost


def warm_matrix(work: Path) -> int:
    """The warm no-change table; returns how many runs made a key or lost the credentials."""
    factory = SimFactory(work / "warm")
    rows = []
    try:
        for i, (label, switches) in enumerate(WARM_CASES):
            sim = factory()
            files = {"session_file": str(work / f"warm-{i}.session"), "credentials_file": str(work / f"warm-{i}.creds")}
            p = params(sim.portal_url, name="warm", **files)
            first = run_task(p)[1]
            run_task(p)  # a browser run has by now held the page's HTML against what it shows
            if switches.get("_bulk"):
                sim.bulk_keys(service="Loop APIkey", tiers_code="95943", prefix="bulk-", count=switches["_bulk"])
            if switches.get("_expire"):
                sim.expire_sessions()
            config = {k: v for k, v in switches.items() if not k.startswith("_")}
            if config:
                sim.config(**config)
            before = len(sim.keys())
            seconds, result = run_task(p)
            made = len(sim.keys()) - before
            same = result.get("credentials") == first.get("credentials") and first.get("credentials")
            if result.get("failed"):
                outcome = "FAILED: " + result["msg"][:110]
            else:
                outcome = f"ok ({result['action']}, credentials {'the same' if same else 'NOT the same'})"
                why = result.get("http_check_declined")
                outcome += f"; browser because: {why[:90]}" if why else ""
            rows.append((label, result.get("checked_with", "-"), made, seconds, outcome, bool(made) or not same))
            sim.stop()
    finally:
        factory.stop_all()
    print()
    print("warm no-change run (session saved, key listed)")
    print(f"{'fault':<44} {'read with':>9} {'keys made':>9} {'seconds':>8}  outcome")
    for label, how, made, seconds, outcome, dummy in rows:
        print(f"{label:<44} {how:>9} {made:>9} {seconds:>8.2f}  {outcome}")
    wrong = sum(1 for r in rows if r[5])
    print(f"warm runs that made a key or lost the credentials: {wrong}")
    return wrong


if __name__ == "__main__":
    main()
