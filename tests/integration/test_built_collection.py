"""The built artifact works, not just the source tree: build the tarball, install it into an empty
collections path, and run a playbook with the FQCN against the simulator from there."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

from tests.integration.conftest import Portal
from tests.support.ansible_cli import BIN, ansible_env, run_command, run_playbook

ROOT = Path(__file__).resolve().parents[2]


def test_installed_tarball_runs_a_playbook(portal: Portal, tmp_path: Path) -> None:
    dist, colls = tmp_path / "dist", tmp_path / "collections"
    env = ansible_env({"ANSIBLE_COLLECTIONS_PATH": str(colls)})
    built = run_command(
        [str(BIN / "ansible-galaxy"), "collection", "build", "--output-path", str(dist), str(ROOT)],
        env=env,
        timeout=300,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    [tarball] = dist.glob("cegid-cegidlife-*.tar.gz")
    with tarfile.open(tarball) as archive:
        members = archive.getnames()
    assert not [
        m for m in members if m.startswith(("simulator", "tests/integration", "bench", ".venv")) or "__pycache__" in m
    ]
    installed = run_command(
        [str(BIN / "ansible-galaxy"), "collection", "install", str(tarball), "-p", str(colls)], env=env, timeout=300
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    doc = run_command([str(BIN / "ansible-doc"), "cegid.cegidlife.cegidlife_api_key"], env=env, timeout=120)
    assert doc.returncode == 0, doc.stderr
    assert str(colls) in doc.stdout  # the installed copy, not this checkout

    out = tmp_path / "identifier.txt"
    tasks = [
        {"cegid.cegidlife.cegidlife_api_key": portal.args(name="from-tarball"), "register": "k"},
        {"ansible.builtin.copy": {"content": "{{ k.credentials.identifier }}", "dest": str(out), "mode": "0600"}},
    ]
    playbook = tmp_path / "site.yml"
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}]))
    run = run_playbook(playbook, env={"ANSIBLE_COLLECTIONS_PATH": str(colls)})
    assert run.rc == 0, run.output[-3000:]
    assert out.read_text() == portal.active("from-tarball")[0]["identifier"]
