"""The app_credentials role against the simulator: two hosts, every format, idempotent, verified."""

from __future__ import annotations

import configparser
import json
import stat
from pathlib import Path

import pytest
import yaml

from tests.integration.conftest import Portal
from tests.support.ansible_cli import PlaybookRun, local_inventory, run_playbook

HOSTS = ("app1", "app2")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    local_inventory(tmp_path / "hosts.ini", "apps", {h: f"app_dir={tmp_path / h}" for h in HOSTS})
    (tmp_path / "custom.j2").write_text("url={{ app_credentials.base_url }}\nheader={{ app_credentials.x_apikey }}\n")
    return tmp_path


def _play(portal: Portal, workspace: Path, key_name: str, **role_vars: object) -> Path:
    role = {
        "app_credentials_key_name": key_name,
        "app_credentials_portal_url": portal.sim.portal_url,
        "app_credentials_username": portal.args()["username"],
        "app_credentials_password": portal.args()["password"],
        "app_credentials_tiers": "95943",
        "app_credentials_credentials_file": str(workspace / "controller" / "creds.json"),
        "app_credentials_base_url": portal.sim.portal_url + "/loop-api-publiques",
        "app_credentials_subscription_key": "sub-key-123",
        "app_credentials_notify": ["restart app"],
        "app_credentials_verify_url": portal.sim.portal_url + "/loop-api-publiques/Dossiers",
        "app_credentials_configs": [
            {"path": "{{ app_dir }}/loop.env"},
            {
                "path": "{{ app_dir }}/loop.json",
                "format": "json",
                "fields": {"apiKey": "x_apikey", "baseUrl": "base_url"},
            },
            {"path": "{{ app_dir }}/loop.yml", "format": "yaml", "mode": "0640"},
            {"path": "{{ app_dir }}/loop.ini", "format": "ini", "section": "cegid"},
            {"path": "{{ app_dir }}/custom.conf", "format": "template", "template": str(workspace / "custom.j2")},
        ],
        **role_vars,
    }
    play = {
        "hosts": "apps",
        "gather_facts": False,
        "pre_tasks": [{"ansible.builtin.file": {"path": "{{ app_dir }}", "state": "directory", "mode": "0700"}}],
        "roles": [{"role": "cegid.cegidlife.app_credentials", "vars": role}],
        "handlers": [
            {
                "name": "restart app",
                "ansible.builtin.lineinfile": {
                    "path": "{{ app_dir }}/restarts.log",
                    "line": "restart {{ 999999 | random }}",
                    "create": True,
                    "mode": "0600",
                },
            }
        ],
    }
    path = workspace / "site.yml"
    path.write_text(json.dumps([play]))
    return path


def _run(workspace: Path, playbook: Path) -> PlaybookRun:
    return run_playbook(playbook, inventory=workspace / "hosts.ini")


def test_role_writes_every_format_on_every_host_and_is_idempotent(portal: Portal, workspace: Path) -> None:
    # Some module options passed through (the others stay the module's defaults).
    playbook = _play(portal, workspace, "role-app", app_credentials_module_options={"timeout": 20, "http_check": True})
    first = _run(workspace, playbook)
    assert first.rc == 0, first.output[-3000:]
    [record] = portal.active("role-app")
    assert "The Loop API accepted the credentials of 'role-app'" in first.stdout

    for host in HOSTS:
        app = workspace / host
        env = dict(
            line.split("=", 1)
            for line in (app / "loop.env").read_text().splitlines()
            if "=" in line and not line.startswith("#")
        )
        assert env["LOOP_API_IDENTIFIER"] == record["identifier"]
        assert env["LOOP_API_KEY"] == f"{record['identifier']}:{env['LOOP_API_SECRET']}"
        assert env["LOOP_API_SUBSCRIPTION_KEY"] == "sub-key-123" and "LOOP_API_CODE_DOSSIER" not in env
        assert portal.loop_api(env["LOOP_API_KEY"]) == 200
        assert json.loads((app / "loop.json").read_text()) == {
            "apiKey": env["LOOP_API_KEY"],
            "baseUrl": portal.sim.portal_url + "/loop-api-publiques",
        }
        assert yaml.safe_load((app / "loop.yml").read_text())["LOOP_API_SECRET"] == env["LOOP_API_SECRET"]
        ini = configparser.ConfigParser(interpolation=None, delimiters=("=",))
        ini.optionxform = str  # type: ignore[assignment,method-assign]
        ini.read(app / "loop.ini")
        assert ini["cegid"]["LOOP_API_KEY"] == env["LOOP_API_KEY"]
        assert (
            app / "custom.conf"
        ).read_text() == f"url={portal.sim.portal_url}/loop-api-publiques\nheader={env['LOOP_API_KEY']}\n"
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in app.iterdir() if p.name.startswith(("loop", "custom"))}
        assert modes == {
            "loop.env": 0o600,
            "loop.json": 0o600,
            "loop.yml": 0o640,
            "loop.ini": 0o600,
            "custom.conf": 0o600,
        }
        assert len((app / "restarts.log").read_text().splitlines()) == 1
        assert env["LOOP_API_SECRET"] not in first.output

    second = _run(workspace, playbook)
    assert second.rc == 0, second.output[-3000:]
    for host in HOSTS:
        assert second.recap(host)["changed"] == 0, second.stdout
        assert len((workspace / host / "restarts.log").read_text().splitlines()) == 1
    assert len(portal.active("role-app")) == 1


def test_revoked_key_fails_verification_clearly(portal: Portal, workspace: Path) -> None:
    first = _run(workspace, _play(portal, workspace, "role-revoked"))
    assert first.rc == 0, first.output[-3000:]
    x_apikey = json.loads((workspace / HOSTS[0] / "loop.json").read_text())["apiKey"]
    revoked = portal.run(name="role-revoked", state="absent")
    assert revoked.result["action"] == "revoked", revoked.output

    verify = {
        "hosts": "apps",
        "gather_facts": False,
        "tasks": [
            {
                "ansible.builtin.include_role": {"name": "cegid.cegidlife.app_credentials", "tasks_from": "verify"},
                "vars": {
                    "app_credentials_key_name": "role-revoked",
                    "app_credentials_verify_url": portal.sim.portal_url + "/loop-api-publiques/Dossiers",
                    "app_credentials_verify_x_apikey": x_apikey,
                },
            }
        ],
    }
    playbook = workspace / "verify.yml"
    playbook.write_text(json.dumps([verify]))
    run = _run(workspace, playbook)
    assert run.rc != 0
    assert "refused the credentials of the API key 'role-revoked': HTTP 401" in run.stdout
    assert x_apikey not in run.output


@pytest.mark.parametrize(
    ("override", "needle"),
    [
        ({"app_credentials_key_name": None}, "app_credentials_key_name"),
        ({"app_credentials_configs": [{"path": "/tmp/x", "format": "toml"}]}, "format"),
        ({"app_credentials_recreate": "sometimes"}, "app_credentials_recreate"),
        ({"app_credentials_module_options": {"timout": 5}}, "timout"),
    ],
)
def test_bad_input_is_caught_before_anything_runs(portal: Portal, workspace: Path, override: dict, needle: str) -> None:
    playbook = _play(portal, workspace, "role-bad-input", **override)
    if override.get("app_credentials_key_name", "") is None:
        data = json.loads(playbook.read_text())
        del data[0]["roles"][0]["vars"]["app_credentials_key_name"]
        playbook.write_text(json.dumps(data))
    run = _run(workspace, playbook)
    assert run.rc != 0 and needle in run.stdout, run.stdout[-2000:]
    assert "Validating arguments against arg spec" in run.stdout
    assert portal.active("role-bad-input") == []
