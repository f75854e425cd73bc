"""Five hosts of one play and two more runs at once, one key: exactly one is generated and
every caller gets the same credentials (the per-key lock on the controller)."""

from __future__ import annotations

import json
import threading
import time
import typing as t
from pathlib import Path

from tests.integration.conftest import Portal
from tests.support.ansible_cli import BIN, ansible_env, local_inventory, run_command, run_module, run_playbook
from tests.support.simulator import SimFactory


def test_parallel_runs_make_one_key_and_share_its_credentials(portal: Portal, tmp_path: Path) -> None:
    creds_file = str(tmp_path / "shared.json")
    args = portal.args(name="concurrent", credentials_file=creds_file)
    out = tmp_path / "ids"
    out.mkdir()
    inventory = local_inventory(tmp_path / "hosts.ini", "webservers", {f"web{i}": "" for i in range(5)})
    playbook = tmp_path / "fleet.yml"
    playbook.write_text(
        json.dumps(
            [
                {
                    "hosts": "webservers",
                    "gather_facts": False,
                    "tasks": [
                        {"cegid.cegidlife.cegidlife_api_key": args, "register": "k"},
                        {
                            "ansible.builtin.copy": {
                                "content": "{{ k.action }} {{ k.credentials.x_apikey }}",
                                "dest": f"{out}/{{{{ inventory_hostname }}}}.id",
                                "mode": "0600",
                            }
                        },
                    ],
                }
            ]
        )
    )
    results: list = []

    def adhoc() -> None:
        results.append(run_module(args))

    others = [threading.Thread(target=adhoc) for dummy in range(2)]
    for thread in others:
        thread.start()
    play = run_command(
        [str(BIN / "ansible-playbook"), "-i", str(inventory), "--forks", "5", str(playbook)],
        env=ansible_env(),
        timeout=900,
    )
    for thread in others:
        thread.join(900)
    assert play.returncode == 0, play.stdout + play.stderr

    keys = [k for k in portal.sim.keys() if k["name"] == "concurrent"]
    assert len(keys) == 1, keys
    outcomes = [p.read_text().split(" ", 1) for p in out.iterdir()]
    outcomes += [[r.result["action"], r.result["credentials"]["x_apikey"]] for r in results]
    assert len(outcomes) == 7
    assert {x_apikey for dummy, x_apikey in outcomes} == {
        f"{keys[0]['identifier']}:{x_apikey.split(':', 1)[1]}" for dummy, x_apikey in outcomes
    }
    assert len({x_apikey for dummy, x_apikey in outcomes}) == 1
    assert sorted(action for action, dummy in outcomes) == ["created"] + ["unchanged"] * 6


def test_hosts_with_keys_of_their_own_sharing_one_file_lose_no_record(portal: Portal, tmp_path: Path) -> None:
    """Four hosts of one play, each its own key, one credentials file: every record is kept (each
    write re-reads the file under its lock), so the next run returns every secret."""
    creds_file = str(tmp_path / "shared.json")
    inventory = local_inventory(tmp_path / "hosts.ini", "apps", {f"app{i}": "" for i in range(4)})
    args = portal.args(name="own-{{ inventory_hostname }}", credentials_file=creds_file, reuse_session=False)
    playbook = tmp_path / "own.yml"
    playbook.write_text(
        json.dumps(
            [
                {
                    "hosts": "apps",
                    "gather_facts": False,
                    "tasks": [{"cegid.cegidlife.cegidlife_api_key": args, "register": "k"}],
                }
            ]
        )
    )
    play = run_playbook(playbook, inventory=inventory, extra_args=["--forks", "4"])
    assert play.rc == 0, play.output
    for i in range(4):
        assert len(portal.active(f"own-app{i}")) == 1
        again = run_module(portal.args(name=f"own-app{i}", credentials_file=creds_file))
        assert again.result["action"] == "unchanged" and again.result["secret_available"] is True, again.output
        assert portal.loop_api(again.result["credentials"]["x_apikey"]) == 200


def test_a_task_with_names_locks_before_it_reads(sims: SimFactory, tmp_path: Path) -> None:
    """Lock, then read: a task with `names` takes every name's lock before it reads the list, so a
    run on one of those names in another process cannot slip in between its read and its click and
    leave two keys. Generating is slow, and the run on one name starts first: it holds that name's
    lock while the task with `names` starts, signs in and would read the list (before the fix, it
    read then, without the lock, and generated a second key from that stale list)."""
    portal = Portal(sims(slow_pages="generate:4000"))
    many = portal.args(names=["lock-shared", "lock-first"], reuse_session=False)
    one = portal.args(name="lock-shared", reuse_session=False)
    locks = tmp_path / "locks"
    env = {"CEGIDLIFE_LOCK_DIR": str(locks)}
    results: dict[str, t.Any] = {}
    runs = [
        threading.Thread(target=lambda k=k, a=a: results.update({k: run_module(a, env=env)}))
        for k, a in (("one", one), ("many", many))
    ]
    runs[0].start()
    deadline = time.monotonic() + 120
    while not list(locks.glob("*.lock")):  # the run on one name holds its lock: now the other starts
        assert time.monotonic() < deadline and runs[0].is_alive(), "the run on one name never took its lock"
        time.sleep(0.05)
    runs[1].start()
    for run in runs:
        run.join(900)
    assert all(not r.failed for r in results.values()), [r.output[-1500:] for r in results.values()]
    assert len(portal.active("lock-shared")) == 1 and len(portal.active("lock-first")) == 1
    assert results["one"].result["action"] == "created", results["one"].output
    shared = next(x for x in results["many"].result["results"] if x["name"] == "lock-shared")
    assert shared["action"] == "unchanged", results["many"].output
