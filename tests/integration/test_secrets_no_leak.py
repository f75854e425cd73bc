"""The whole lifecycle at -vvvv with a log file, diff and check mode, failure screenshots and
traces on, runs in the browser and over plain HTTP, and sessions the portal ends in the middle of a
traced run: the password, every secret and the portal session's cookies appear in no byte produced,
but the encrypted file (and the session file)."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_playbook
from tests.support.simulator import ADMIN

VAULT_PASSWORD = "leak-test-vault-Pw9"


def _all_bytes(paths: list[Path]) -> dict[str, bytes]:
    """Every file's bytes, and every member of every zip (traces) unpacked."""
    found: dict[str, bytes] = {}
    for root in paths:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            found[str(path)] = data
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as archive:
                    for member in archive.namelist():
                        found[f"{path}!{member}"] = archive.read(member)
    return found


def test_no_secret_reaches_any_output(portal: Portal, tmp_path: Path) -> None:
    artifacts = tmp_path / "artifacts"
    capture = tmp_path / "capture"  # the test's own record of the secrets, excluded below
    creds_file = tmp_path / "vault" / "creds.vault"
    log_file = tmp_path / "ansible.log"
    session_file = tmp_path / "sessions" / "session.json"
    vault_pass = tmp_path / "vault-pass"
    vault_pass.write_text(VAULT_PASSWORD)
    base = portal.args(
        name="leak-app",
        credentials_file=str(creds_file),
        failure_artifacts_dir=str(artifacts),
        trace=True,
        show_credentials=False,
        session_file=str(session_file),
    )

    def key_task(register: str, **over: object) -> list[dict]:
        return [
            {"cegid.cegidlife.cegidlife_api_key": {**base, **over}, "register": register, "ignore_errors": True},
            {
                "ansible.builtin.copy": {
                    "content": f"{{{{ {register}.credentials.secret | default('') }}}}",
                    "dest": f"{capture}/{register}",
                    "mode": "0600",
                },
                "no_log": True,
            },
        ]

    def end_the_session_midway() -> dict:
        """The portal ends the session after the next signed-in request: the task signs in again."""
        config = {"url": f"{portal.sim.portal_url}/__sim__/config", "method": "POST", "body_format": "json"}
        return {"ansible.builtin.uri": {**config, "body": {"expire_after_requests": 1}}}

    tasks = [
        {"ansible.builtin.file": {"path": str(capture), "state": "directory", "mode": "0700"}},
        *key_task("created"),
        *key_task("rerun"),
        end_the_session_midway(),
        *key_task("expired_midway", name="leak-expiry", http_check=False),
        {"ansible.builtin.copy": {"content": "{{ rerun.checked_with }}", "dest": f"{tmp_path}/rerun-checked-with"}},
        *key_task("rotated", recreate="always"),
        *key_task("failed_wrong_service", service="Nope"),
        end_the_session_midway(),
        *key_task("lost", name="leak-lost", labels={"secret_label": "^nothing matches this$"}),
        *key_task("revoked", state="absent"),
    ]
    playbook = tmp_path / "lifecycle.yml"
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}]))
    env = {"ANSIBLE_LOG_PATH": str(log_file)}
    vault = ["--vault-password-file", str(vault_pass)]
    run = run_playbook(playbook, verbosity=4, diff=True, env=env, extra_args=vault)
    assert run.rc == 0, run.output[-4000:]
    check = run_playbook(playbook, verbosity=4, diff=True, check=True, env=env, extra_args=vault)

    secrets = {p.name: p.read_text() for p in capture.iterdir() if p.read_text()}
    assert {"created", "rerun", "rotated", "expired_midway"} <= set(secrets), secrets.keys()
    assert secrets["created"] == secrets["rerun"] != secrets["rotated"]
    assert (tmp_path / "rerun-checked-with").read_text() == "http"  # the rerun read the list without a browser
    cookies = json.loads(session_file.read_text())["storage_state"]["cookies"]
    assert cookies
    needles = {
        "password": ADMIN[1],
        **{f"secret of {k}": v for k, v in secrets.items()},
        **{f"session cookie {c['name']}": c["value"] for c in cookies if len(c["value"]) >= 16},
    }

    produced = {"stdout": run.stdout.encode(), "stderr": run.stderr.encode()}
    produced |= {"check stdout": check.stdout.encode(), "check stderr": check.stderr.encode()}
    produced |= _all_bytes([log_file, artifacts, portal.sim.log_file, portal.sim.stderr_file])
    produced |= _all_bytes([creds_file])  # encrypted: must not show them either
    for extra in (Path("/var/log/syslog"), Path("/var/log/messages")):
        if extra.exists():
            produced |= _all_bytes([extra])
    hits = [
        f"{what} in {where}"
        for where, data in produced.items()
        for what, needle in needles.items()
        if needle.encode() in data
    ]
    assert hits == []

    # The failures left a screenshot and a trace, private, named in their messages.
    shots = sorted(artifacts.glob("*.png"))
    traces = sorted(artifacts.glob("*.trace.zip"))
    assert shots and traces, sorted(p.name for p in artifacts.iterdir())
    for path in [*shots, *traces]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(artifacts.stat().st_mode) == 0o700
    assert str(shots[0]) in run.stdout or any(str(s) in run.stdout for s in shots)
    # No cookie reached a trace.
    for where, data in _all_bytes(traces).items():
        assert b'"name": "Cookie"' not in data and b'"name": "Set-Cookie"' not in data, where
    # The lost key was revoked again: nobody has its secret, so it must not stay Active.
    assert portal.active("leak-lost") == []
    assert "was revoked again so that no key is left whose secret nobody has" in run.stdout
