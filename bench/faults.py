#!/usr/bin/env python
"""The fault matrix: one line per fault, with what happened and whether any secret was lost.

    .venv/bin/python bench/faults.py

Each case starts a simulator with that fault, runs cegidlife_api_key (state=present) in-process
and prints: the fault, the outcome (ok, or a clear failure: a message that names its step, no
traceback), the keys the run created, and the secrets lost: Active keys whose credentials the run
did not hand over (must be 0).
"""

from __future__ import annotations

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


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="cegidlife-faults-"))
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
    raise SystemExit(1 if total_lost else 0)


if __name__ == "__main__":
    main()
