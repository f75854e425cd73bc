"""The simulator as a process: flags, ports, signals, and state that survives a restart."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.support.simulator import ADMIN, SIM_DIR, Client, SimFactory


def test_state_and_sessions_survive_restart(sim_factory: SimFactory, tmp_path: Path) -> None:
    data = tmp_path / "state.db"
    first = sim_factory(data=data)
    client = Client(first)
    client.sign_in()
    page = client.get("/catalogue/services/1/cles?tiers=95943")
    client.submit(page, page.form("/generer"), nom_cle="survivor")
    planted = first.plant_key(name="planted-before-restart")
    assert first.stop() == 0

    second = sim_factory(data=data)
    assert {"survivor", "planted-before-restart", "Felix"} <= {k["name"] for k in second.keys()}
    assert len(second.keys()) == 3  # seeding ran once
    # Cookies ignore ports: the same browser session is still signed in on the new process.
    client.sim = second
    again = client.get("/catalogue/services/1/cles?tiers=95943", follow=False)
    assert again.status == 200 and "<td>survivor</td>" in again.plain
    call = Client(second).get(
        "/loop-api-publiques/x", headers={"x-apikey": f"{planted['identifier']}:{planted['secret']}"}
    )
    assert call.status == 200


def test_user_flag_and_same_origin_sign_in(sim_factory: SimFactory) -> None:
    sim = sim_factory(
        sso_port=0, user=["ci.bot@example.test:pa:ss:word", "ops@example.test:Ops-1:ACME", f"{ADMIN[0]}:New-Admin-Pass"]
    )
    assert sim.sso_url == sim.portal_url
    client = Client(sim)
    bounce = client.get("/", follow=False)
    assert bounce.headers["Location"].startswith(sim.portal_url + "/adfs/ls/?")
    home = client.sign_in("ci.bot@example.test", "pa:ss:word")
    assert "<title>Accueil - CegidLife</title>" in home.text and "Ci Bot" in home.text
    assert "Catalogue de services" in home.plain
    ops = Client(sim)
    ops.sign_in("ops@example.test", "Ops-1")
    assert "Tiers rattaché : 75008 ACME PARIS" in ops.get("/catalogue").plain
    assert "incorrect" in Client(sim).sign_in(*ADMIN).plain  # the old password was replaced
    assert "Accueil" in Client(sim).sign_in(ADMIN[0], "New-Admin-Pass").plain


def _free_port_pair() -> int:
    for dummy in range(20):
        with socket.socket() as a:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
        try:
            with socket.socket() as b:
                b.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise AssertionError("no free port pair")


def test_fixed_port_puts_sso_on_next_port_and_sigint_exits_zero(sim_factory: SimFactory) -> None:
    port = _free_port_pair()
    sim = sim_factory(
        port=port,
        login="two-step",
        credentials="copy-only",
        confirm="none",
        page_size=3,
        layout="alt",
        session_ttl=60,
        key_list="client",
        session_cookie="rotate",
    )
    assert sim.portal_url == f"http://127.0.0.1:{port}" and sim.sso_url == f"http://127.0.0.1:{port + 1}"
    cfg = sim.config()
    variants = ("login", "credentials", "confirm", "page_size", "layout", "session_ttl", "key_list", "session_cookie")
    assert {k: cfg[k] for k in variants} == {
        "login": "two-step",
        "credentials": "copy-only",
        "confirm": "none",
        "page_size": 3,
        "layout": "alt",
        "session_ttl": 60,
        "key_list": "client",
        "session_cookie": "rotate",
    }
    sim.proc.send_signal(signal.SIGINT)
    assert sim.proc.wait(10) == 0


def test_bad_flags_exit_non_zero(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SIM_DIR))
    for args in (
        ["--layout", "fancy"],
        ["--page-size", "-1"],
        ["--user", "nobody"],
        ["--key-list", "js"],
        ["--session-cookie", "always"],
    ):
        proc = subprocess.run(
            check=False,
            args=[sys.executable, "-m", "cegidlife_sim", "--port", "0", "--data", str(tmp_path / "x.db"), *args],
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert proc.returncode == 2, args
        assert "READY" not in proc.stdout
