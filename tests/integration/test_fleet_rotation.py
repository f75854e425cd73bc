"""The app_credentials role rotates a key across a fleet without downtime (issue 14): the old key is
revoked only once every host runs on the new one and was verified from its own config; a failing
host rolls the fleet back; a killed play is resumed; batches (serial) revoke once, after the last."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
import typing as t
from pathlib import Path

import pytest

from tests.integration.conftest import Portal
from tests.support.ansible_cli import BIN, PlaybookRun, ansible_env, local_inventory, run_playbook

HOSTS = ("app1", "app2", "app3")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    local_inventory(tmp_path / "hosts.ini", "apps", {h: f"app_dir={tmp_path / h}" for h in HOSTS})
    return tmp_path


def _creds_file(workspace: Path) -> Path:
    return workspace / "controller" / "creds.json"


def _play(portal: Portal, workspace: Path, key_name: str, handler: str = "", **options: t.Any) -> Path:
    """A play over the three hosts: env and json configs, a handler that logs each restart (and runs
    `handler`, a shell snippet, first)."""
    role = {
        "app_credentials_key_name": key_name,
        "app_credentials_portal_url": portal.sim.portal_url,
        "app_credentials_username": portal.args()["username"],
        "app_credentials_password": portal.args()["password"],
        "app_credentials_tiers": "95943",
        "app_credentials_credentials_file": str(_creds_file(workspace)),
        "app_credentials_recreate": "always",  # a due rotation on every run
        "app_credentials_notify": ["restart app"],
        "app_credentials_verify_url": portal.sim.portal_url + "/loop-api-publiques/Dossiers",
        "app_credentials_configs": [
            {"path": "{{ app_dir }}/loop.env"},
            {"path": "{{ app_dir }}/loop.json", "format": "json", "fields": {"id": "identifier", "key": "secret"}},
        ],
        **options.pop("role", {}),
    }
    play: dict[str, t.Any] = {
        "hosts": "apps",
        "gather_facts": False,
        "pre_tasks": [{"ansible.builtin.file": {"path": "{{ app_dir }}", "state": "directory", "mode": "0700"}}],
        "roles": [{"role": "cegid.cegidlife.app_credentials", "vars": role}],
        "handlers": [
            {
                "name": "restart app",
                "ansible.builtin.shell": (handler or "true") + "\necho restart >> {{ app_dir }}/restarts.log",
            }
        ],
        **options,
    }
    path = workspace / "site.yml"
    path.write_text(json.dumps([play]))
    return path


def _run(workspace: Path, playbook: Path) -> PlaybookRun:
    return run_playbook(playbook, inventory=workspace / "hosts.ini")


def _held(workspace: Path) -> dict[str, str | None]:
    """The identifier each host's env config holds (None: no config yet)."""
    held: dict[str, str | None] = {}
    for host in HOSTS:
        path = workspace / host / "loop.env"
        lines = path.read_text().splitlines() if path.exists() else []
        values = dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
        held[host] = values.get("LOOP_API_IDENTIFIER")
    return held


class Sampler:
    """Samples the simulator's Active keys and the hosts' configs while a play runs, and checks at
    every sample that each host's config holds an Active key: no host is ever without a working key."""

    def __init__(self, portal: Portal, workspace: Path, name: str) -> None:
        self.portal, self.workspace, self.name = portal, workspace, name
        self.states: list[tuple[frozenset[str], tuple[str | None, ...]]] = []
        self.broken: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)

    def _loop(self) -> None:
        while not self._stop.is_set():
            active = frozenset(k["identifier"] for k in self.portal.active(self.name))
            held = _held(self.workspace)
            state = (active, tuple(held[h] for h in HOSTS))
            if not self.states or self.states[-1] != state:
                self.states.append(state)
            for host, identifier in held.items():
                if identifier is not None and identifier not in active:
                    self.broken.append(f"{host} holds {identifier}, Active keys: {sorted(active)}")
            time.sleep(0.05)

    def seen(self, active: set[str], held: tuple[str, ...]) -> bool:
        return (frozenset(active), held) in self.states


def _first_key(portal: Portal, workspace: Path, name: str, hosts: str = "apps") -> dict[str, t.Any]:
    """The key the fleet starts with, written on every host of `hosts` by a play without a rotation."""
    playbook = _play(portal, workspace, name, hosts=hosts, role={"app_credentials_recreate": "never"})
    first = _run(workspace, playbook)
    assert first.rc == 0, first.output[-3000:]
    [key] = portal.active(name)
    held = _held(workspace)
    assert {held[h] for h in (HOSTS if hosts == "apps" else (hosts,))} == {key["identifier"]}
    return key


def _restarts(workspace: Path, host: str) -> int:
    path = workspace / host / "restarts.log"
    return len(path.read_text().splitlines()) if path.exists() else 0


def test_three_hosts_never_without_an_active_key(portal: Portal, workspace: Path) -> None:
    old = _first_key(portal, workspace, "fleet")
    # Each restart takes a while, so the sampler sees the fleet on the new key with both keys Active.
    playbook = _play(portal, workspace, "fleet", handler="sleep 1")
    with Sampler(portal, workspace, "fleet") as sampler:
        run = _run(workspace, playbook)
    assert run.rc == 0, run.output[-4000:]
    [new] = portal.active("fleet")
    assert new["identifier"] != old["identifier"]
    assert sampler.broken == [], sampler.broken[:5]
    o, n = old["identifier"], new["identifier"]
    # The steps, in order: both keys Active with every host on the old one; every host on the new
    # one (handlers run, verified) with the old still Active; then the old one revoked.
    assert sampler.seen({o, n}, (o, o, o)), sampler.states
    assert sampler.seen({o, n}, (n, n, n)), sampler.states
    assert sampler.states[-1] == (frozenset({n}), (n, n, n)), sampler.states
    assert [s for s in sampler.states if s[0] == frozenset({n})] == [sampler.states[-1]]
    for host in HOSTS:
        assert _restarts(workspace, host) == 2  # the first key, then the new one
        assert json.loads((workspace / host / "loop.json").read_text())["id"] == n
    assert portal.loop_api(f"{o}:x") == 401
    assert "The Loop API accepted" not in run.stdout  # each host was verified by its own task
    assert run.stdout.count("Check the Loop API's answer") == 1 and run.recap("app2")["failed"] == 0

    # The credentials file ends with one record for the name, no rotation marks; no secret was shown.
    records = [r for rs in json.loads(_creds_file(workspace).read_text())["keys"].values() for r in rs]
    assert [(r["identifier"], r.get("rotation")) for r in records if r["name"] == "fleet"] == [(n, None)]
    assert next(r["secret"] for r in records if r["name"] == "fleet") not in run.output


def test_a_failing_host_rolls_the_fleet_back(portal: Portal, workspace: Path) -> None:
    old = _first_key(portal, workspace, "fleet-fail")
    old_x = json.loads((workspace / "app1" / "loop.json").read_text())
    old_x_apikey = f"{old_x['id']}:{old_x['key']}"
    # The middle host's application rewrites its config on the first restart: its verification,
    # which reads the key from that config, gets 401.
    breaks = (
        "if [ {{ inventory_hostname }} = app2 ] && [ ! -e {{ app_dir }}/broke ]; then "
        "sed -i 's/^LOOP_API_KEY=.*/LOOP_API_KEY=WRONGIDENTIFIER:wrongsecret/' {{ app_dir }}/loop.env; "
        "touch {{ app_dir }}/broke; fi"
    )
    playbook = _play(portal, workspace, "fleet-fail", handler=breaks)
    with Sampler(portal, workspace, "fleet-fail") as sampler:
        run = _run(workspace, playbook)
    assert run.rc != 0, run.output[-3000:]
    assert sampler.broken == [], sampler.broken[:5]
    msg = "The rotation of the API key 'fleet-fail' failed on app2 (app2: The Loop API"
    assert msg in run.stdout, run.stdout[-4000:]
    assert "HTTP 401 to the key in app2's config" in run.stdout and "LoopHub" in run.stdout
    assert "failed on app2 (" in run.stdout and "app1:" not in run.stdout.split("failed on app2")[1][:300]
    assert "the new key was revoked" in run.stdout
    # Every host back on the old key, which still answers; the new key revoked; handlers ran again.
    [left] = portal.active("fleet-fail")
    assert left["identifier"] == old["identifier"]
    assert set(_held(workspace).values()) == {old["identifier"]}
    assert portal.loop_api(old_x_apikey) == 200
    new = [k for k in portal.sim.keys() if k["name"] == "fleet-fail" and k["identifier"] != old["identifier"]]
    assert [k["status"] for k in new] == ["revoked"]
    for host in HOSTS:
        assert _restarts(workspace, host) == 3  # first key, new key, old key again
    assert old_x["key"] not in run.output


def test_a_killed_play_is_resumed_with_no_second_key(portal: Portal, workspace: Path) -> None:
    """Killed while the applications restart (after phase 1): the next run finishes the rotation
    with the key phase 1 made (it is recorded in the credentials file), restarting every host again."""
    old = _first_key(portal, workspace, "fleet-kill")
    marker = workspace / "restarting"
    playbook = _play(portal, workspace, "fleet-kill", handler=f"touch {marker}; sleep 120")
    proc = subprocess.Popen(
        [str(BIN / "ansible-playbook"), str(playbook), "-i", str(workspace / "hosts.ini")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ansible_env(),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists(), "the play never reached the handlers"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    # Phase 1 is done: both keys Active, the new one recorded as current.
    active = {k["identifier"] for k in portal.active("fleet-kill")}
    records = [r for rs in json.loads(_creds_file(workspace).read_text())["keys"].values() for r in rs]
    [staged] = [r["identifier"] for r in records if r.get("rotation") == "current"]
    assert active == {old["identifier"], staged}

    rerun = _run(workspace, _play(portal, workspace, "fleet-kill"))
    assert rerun.rc == 0, rerun.output[-4000:]
    assert "Resuming the staged rotation of 'fleet-kill'" in rerun.stdout
    [left] = portal.active("fleet-kill")
    assert left["identifier"] == staged
    assert set(_held(workspace).values()) == {staged}
    assert len([k for k in portal.sim.keys() if k["name"] == "fleet-kill"]) == 2  # no second new key
    for host in HOSTS:
        assert _restarts(workspace, host) >= 2  # the rerun restarted every application on the new key


@pytest.mark.extended  # scripts/test-extended's (CI's time); the other fleet tests sample the same property
def test_batches_revoke_the_old_key_once_after_the_last_host(portal: Portal, workspace: Path) -> None:
    old = _first_key(portal, workspace, "fleet-serial")
    playbook = _play(portal, workspace, "fleet-serial", handler="sleep 0.5", serial=1)
    with Sampler(portal, workspace, "fleet-serial") as sampler:
        run = _run(workspace, playbook)
    assert run.rc == 0, run.output[-4000:]
    assert sampler.broken == [], sampler.broken[:5]
    [new] = portal.active("fleet-serial")
    o, n = old["identifier"], new["identifier"]
    for held in ((n, o, o), (n, n, o), (n, n, n)):
        assert sampler.seen({o, n}, held), sampler.states
    assert sampler.states[-1] == (frozenset({n}), (n, n, n))
    # Phase 1 ran in every batch (the later ones found the rotation under way), phase 2 once.
    assert run.stdout.count("once per play on the controller - ensure]") == 3
    assert run.stdout.count("once per play on the controller - finish]") == 1
    assert run.stdout.count("stays Active until every host of the play runs on the new one") == 2
    assert len([k for k in portal.sim.keys() if k["name"] == "fleet-serial"]) == 2


def test_verification_knows_loophub(portal: Portal, workspace: Path) -> None:
    """A new key the Loop API refuses with 401 until it is declared in LoopHub: `http` fails naming
    the cause and rolls back; `accept_401_new` goes on, the old key answering as before. One host:
    the verification is each host's own (a fleet's rollback is test_a_failing_host_rolls_the_fleet_back's)."""
    old = _first_key(portal, workspace, "fleet-hub", hosts="app1")
    portal.sim.config(loophub_declared=[old["identifier"]])
    try:
        strict = _run(workspace, _play(portal, workspace, "fleet-hub", hosts="app1"))
        assert strict.rc != 0
        assert "A new key answers 401 until an administrator declares it in Cegid Loop's LoopHub" in strict.stdout
        assert "set app_credentials_verify_mode to accept_401_new" in strict.stdout
        assert [k["identifier"] for k in portal.active("fleet-hub")] == [old["identifier"]]

        lenient = _run(
            workspace,
            _play(portal, workspace, "fleet-hub", hosts="app1", role={"app_credentials_verify_mode": "accept_401_new"}),
        )
        assert lenient.rc == 0, lenient.output[-4000:]
        [new] = portal.active("fleet-hub")
        assert new["identifier"] != old["identifier"] and _held(workspace)["app1"] == new["identifier"]
    finally:
        portal.sim.config(loophub_declared=[])
