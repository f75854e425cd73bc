"""The app_credentials role against the simulator: two hosts, every format, idempotent, verified, and
never following the Loop API's redirects with the key."""

from __future__ import annotations

import configparser
import contextlib
import http.server
import json
import stat
import threading
import typing as t
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


class Recorder:
    """A second web server on 127.0.0.1, another host for the Loop API to redirect to: it records
    every request's headers and answers 200 with JSON, as a Loop API that accepted the key would."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        recorded = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorded.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                body = b'{"ok": true}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextlib.contextmanager
def loop_api_redirects_to(portal: Portal, recorder: Recorder) -> t.Iterator[str]:
    """The simulator's Loop API answers every call with a 302 to the recorder (loop_redirect); the
    Location's query is a stand-in for anything a message must not show."""
    portal.sim.config(loop_redirect=recorder.url + "/loop-api-publiques/Dossiers?sig=query-kept-out#frag")
    try:
        yield f"a redirect to {recorder.url}/loop-api-publiques/Dossiers: redirects are refused"
    finally:
        portal.sim.reset_faults()


def test_a_redirect_fails_the_check_and_the_key_goes_nowhere_else(portal: Portal, workspace: Path) -> None:
    """The Loop API answers 302 to another host: the role does not follow it (the x-apikey would go
    with it, and that host's 200 would count as verified); it fails, saying so."""
    verify_url = portal.sim.portal_url + "/loop-api-publiques/Dossiers"
    with Recorder() as recorder, loop_api_redirects_to(portal, recorder) as refused:
        run = _run(workspace, _play(portal, workspace, "role-redirect"))
    assert recorder.requests == [], [sorted(r) for r in recorder.requests]  # not even without the key
    assert run.rc != 0, run.output[-3000:]
    assert f"The Loop API at {verify_url} answered HTTP 302, {refused}" in run.stdout, run.stdout[-3000:]
    assert "x-apikey of 'role-redirect' was not sent on" in run.stdout
    assert "The Loop API accepted" not in run.stdout
    env = (workspace / HOSTS[0] / "loop.env").read_text()
    secret = next(line.split("=", 1)[1] for line in env.splitlines() if line.startswith("LOOP_API_SECRET="))
    assert secret not in run.output and "query-kept-out" not in run.output and "frag" not in run.output


def test_a_redirect_during_a_staged_rotation_rolls_it_back(portal: Portal, workspace: Path) -> None:
    """rotate.yml and verify_host.yml too: the old key's probe (accept_401_new) and each host's check
    get the 302, follow nothing, and the rotation is rolled back naming the redirect."""
    first = _run(workspace, _play(portal, workspace, "role-redirect-rotation"))
    assert first.rc == 0, first.output[-3000:]
    [old] = portal.active("role-redirect-rotation")
    rotation = {"app_credentials_recreate": "always", "app_credentials_verify_mode": "accept_401_new"}
    with Recorder() as recorder, loop_api_redirects_to(portal, recorder) as refused:
        run = _run(workspace, _play(portal, workspace, "role-redirect-rotation", **rotation))
    assert recorder.requests == [], [sorted(r) for r in recorder.requests]
    assert run.rc != 0, run.output[-3000:]
    assert "The rotation of the API key 'role-redirect-rotation' failed on app1, app2" in run.stdout, run.stdout[-4000:]
    assert f"answered HTTP 302, {refused}" in run.stdout
    assert "the new key was revoked" in run.stdout
    assert [k["identifier"] for k in portal.active("role-redirect-rotation")] == [old["identifier"]]
    for host in HOSTS:
        assert f"LOOP_API_IDENTIFIER={old['identifier']}" in (workspace / host / "loop.env").read_text()
    assert "query-kept-out" not in run.output
