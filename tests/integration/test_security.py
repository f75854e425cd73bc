"""The password never reaches another host or a trace, and no new secret is dropped (real Ansible,
real Chromium, the simulator, and a foreign host of our own on 127.0.0.2)."""

from __future__ import annotations

import http.server
import json
import threading
import typing as t
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import PortalError, TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import SessionFile, key_page_slot
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import argument_spec
from tests.integration.conftest import Portal, assert_clean_failure
from tests.support.ansible_cli import run_playbook
from tests.support.encodings import SPECIAL_PASSWORDS, every_encoding
from tests.support.simulator import ADMIN, CHROMIUM, Sim, SimFactory

SIGN_IN_FORM = b"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion</title></head><body>
<h1>Connexion</h1><form method="post" action="/login">
<label for="u">Adresse e-mail</label><input id="u" type="email" name="UserName">
<label for="p">Mot de passe</label><input id="p" type="password" name="Password">
<button type="submit">Se connecter</button></form></body></html>"""


class _Foreign(http.server.BaseHTTPRequestHandler):
    """A host that is not the portal: shows a sign-in form and records everything it receives."""

    received: t.ClassVar[list[tuple[str, str, bytes]]] = []

    def do_GET(self) -> None:
        _Foreign.received.append(("GET", self.path, b""))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(SIGN_IN_FORM)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        _Foreign.received.append(("POST", self.path, body))
        self.send_response(302)
        self.send_header("Location", "/keys")
        self.end_headers()

    def log_message(self, *args: t.Any) -> None:
        pass


@pytest.fixture
def foreign() -> t.Iterator[str]:
    _Foreign.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.2", 0), _Foreign)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.2:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def fresh(sims: SimFactory) -> Portal:
    return Portal(sims())


def _slot(portal: Portal) -> str:
    return key_page_slot(portal.sim.portal_url, "95943", "Loop APIkey")


def _no_password_sent(received: list[tuple[str, str, bytes]]) -> None:
    assert not [r for r in received if r[0] == "POST"], received
    assert not [r for r in received if ADMIN[1].encode() in r[2] or ADMIN[0].encode() in r[2]]


# --- 1. a session file never sends the password elsewhere ---------------------------------------
def test_an_edited_session_file_sends_nothing_to_another_host(fresh: Portal, tmp_path: Path, foreign: str) -> None:
    session = tmp_path / "session.json"
    first = fresh.run(name="sealed", session_file=str(session))
    assert not first.failed, first.output
    data = json.loads(session.read_text())
    data["key_pages"][_slot(fresh)] = f"{foreign}/keys"
    data["origins"]["portal"].append(foreign)
    session.write_text(json.dumps(data))  # the attacker can write the file, but not seal it

    again = fresh.run(name="sealed", session_file=str(session))
    assert not again.failed and again.result["action"] == "unchanged", again.output
    assert _Foreign.received == []


def test_a_remembered_address_off_the_portal_is_never_followed(fresh: Portal, tmp_path: Path, foreign: str) -> None:
    """Even in a sealed file (made here with the password, as no run of ours would), an address off
    the portal's origins is not loaded."""
    session = tmp_path / "session.json"
    assert not fresh.run(name="sealed-2", session_file=str(session)).failed
    saved = SessionFile(str(session), fresh.sim.portal_url, ADMIN[0], ADMIN[1])
    saved.key_pages[_slot(fresh)] = f"{foreign}/keys"
    saved.save(saved.storage_state or {"cookies": []})

    again = fresh.run(name="sealed-2", session_file=str(session))
    assert not again.failed and again.result["action"] == "unchanged", again.output
    assert _Foreign.received == []


def test_the_password_is_never_typed_on_a_page_reached_from_the_session_file(
    fresh: Portal, tmp_path: Path, foreign: str
) -> None:
    """A sealed file whose remembered address shows a sign-in form: the run does not type there; it
    signs in from portal_url instead, and succeeds."""
    session = tmp_path / "session.json"
    assert not fresh.run(name="sealed-3", session_file=str(session)).failed
    saved = SessionFile(str(session), fresh.sim.portal_url, ADMIN[0], ADMIN[1])
    saved.key_pages[_slot(fresh)] = f"{foreign}/keys"
    saved.portal_origins.append(foreign)
    saved.save(saved.storage_state or {"cookies": []})

    again = fresh.run(name="sealed-3", session_file=str(session), http_check=False)
    assert not again.failed and again.result["action"] == "unchanged", again.output
    assert ("GET", "/keys") in [r[:2] for r in _Foreign.received]  # it looked, and typed nothing
    _no_password_sent(_Foreign.received)


def test_a_sign_in_on_a_new_origin_fails_naming_it(sims: SimFactory, tmp_path: Path) -> None:
    first_sim = sims()
    session = tmp_path / "session.json"
    assert not Portal(first_sim).run(name="moved", session_file=str(session)).failed
    first_sim.stop()
    # The same portal (same data, same port), whose sign-in now lives on another origin.
    moved: Sim = sims(data=str(first_sim.data), port=first_sim.portal_url.rsplit(":", 1)[1])
    moved.expire_sessions()
    run = Portal(moved).run(name="moved", session_file=str(session))
    msg = assert_clean_failure(run, f"the sign-in page is on {moved.sso_url}", "delete the session file")
    assert first_sim.sso_url in msg


def test_a_wrong_password_is_refused_even_with_a_saved_session(fresh: Portal, tmp_path: Path) -> None:
    session = tmp_path / "session.json"
    assert not fresh.run(name="pw", session_file=str(session)).failed
    shots = tmp_path / "shots"
    wrong = fresh.run(
        name="pw", session_file=str(session), password="Not-The-Password-1", failure_artifacts_dir=str(shots)
    )
    assert_clean_failure(wrong, "refused the user name or password")
    assert "Not-The-Password-1" not in wrong.output
    # The screenshot is named for the step that failed, the sign-in (it was "open-the-key-page").
    assert [p.name.split("Z-", 1)[1] for p in shots.glob("*.png")] == ["sign-in.png"]
    assert ADMIN[1] not in session.read_text() and "Not-The-Password-1" not in session.read_text()


# --- 2. a trace never holds the password, even when the session ends mid-run --------------------
def _kept_files(paths: t.Iterable[str]) -> dict[str, bytes]:
    """Every file a failure kept, a trace archive's members each on its own."""
    found = {}
    for path in paths:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                found.update({f"{Path(path).name}!{m}": archive.read(m) for m in archive.namelist()})
        else:
            found[Path(path).name] = Path(path).read_bytes()
    return found


@pytest.mark.parametrize("password", SPECIAL_PASSWORDS, ids=["ascending", "descending"])
def test_a_sign_in_in_the_middle_of_a_traced_run_is_not_in_the_trace(
    sims: SimFactory, tmp_path: Path, password: str
) -> None:
    """The module's own run, in this process so that the test can end the portal's session between
    two steps: the second read signs in again while the trace records, then the run fails and
    keeps its trace. No encoding of the password (the browser's form encoding among them), no
    session cookie is in any file it kept; the sign-in itself was not traced at all."""
    fresh = Portal(sims(user=[f"{ADMIN[0]}:{password}"]))
    session, artifacts = tmp_path / "session.json", tmp_path / "artifacts"
    assert not fresh.run(name="traced", session_file=str(session), password=password).failed
    params = fresh.args(
        name="traced",
        password=password,
        session_file=str(session),
        trace=True,
        failure_artifacts_dir=str(artifacts),
        browser_executable=CHROMIUM,
    )
    run = PortalSession(KeyOptions.from_params(params, argument_spec()), warn=lambda message: None)
    signed_in_before = fresh.sim.stats()["events"]["portal_sign_ins"]
    cookies: list[str] = []

    def work(portal: t.Any) -> None:
        assert [r.name for r in portal.read_active("traced")] == ["traced"]  # the trace starts here
        cookies.extend(c["value"] for c in portal.page.context.cookies())
        fresh.sim.expire_sessions()
        assert [r.name for r in portal.read_active("traced")] == ["traced"]  # signs in again, traced run
        cookies.extend(c["value"] for c in portal.page.context.cookies())
        raise PortalError("stopped by the test, so that the trace is kept", step="test")

    with pytest.raises(TaskFailed) as failed:
        run.browse(work)
    assert fresh.sim.stats()["events"]["portal_sign_ins"] == signed_in_before + 1, failed.value.msg
    kept = failed.value.extra["failure_artifacts"]
    traces = [p for p in kept if p.endswith(".trace.zip")]
    assert len(traces) >= 2, failed.value.msg  # before the sign-in, and after it
    assert "deleted" not in failed.value.msg  # scrubbed, not dropped
    needles = {**every_encoding(password), **{f"cookie {c[:4]}": c.encode() for c in cookies if len(c) >= 16}}
    files = _kept_files(kept)
    leaks = [(form, where) for where, data in files.items() for form, needle in needles.items() if needle in data]
    assert leaks == []
    fills = [line for data in files.values() for line in data.decode(errors="replace").splitlines() if '"fill"' in line]
    # The sign-in was not recorded at all (tracing stopped around it): only the name filter.
    assert fills and not [f for f in fills if "password" in f.lower() or "mot de passe" in f.lower()], fills
    requests = [
        (event["snapshot"]["request"]["method"], urllib.parse.urlsplit(event["snapshot"]["request"]["url"]).path)
        for where, data in files.items()
        if where.endswith(".network")
        for event in map(json.loads, data.splitlines())
        if event.get("type") == "resource-snapshot"
    ]
    assert requests and not [r for r in requests if r[0] == "POST" or r[1] == "/auth/callback"], requests


# --- 3. with names, a later name's failure never drops an earlier name's new secret -------------
def test_names_decide_everything_before_anything_is_clicked(fresh: Portal) -> None:
    """The issue's case: "old" is due for rotation, "dup" has two Active keys. Nothing is rotated:
    the run fails on "dup" before any click, and "old" keeps its working key."""
    fresh.sim.plant_key(name="old")
    fresh.sim.plant_key(name="dup")
    fresh.sim.plant_key(name="dup")
    before = {k["identifier"] for k in fresh.active_all()}
    run = fresh.run(names=["old", "dup"], recreate="always", reuse_session=False)
    assert_clean_failure(run, "2 Active keys are named 'dup'")
    assert {k["identifier"] for k in fresh.active_all()} == before
    assert fresh.sim.stats()["events"].get("keys_generated", 0) == 0


# --- 4. an encrypted credentials file is never downgraded ---------------------------------------
def test_an_encrypted_credentials_file_is_never_replaced_by_a_plain_one(fresh: Portal, tmp_path: Path) -> None:
    creds = tmp_path / "creds.vault"
    vault_pass = tmp_path / "vault-pass"
    vault_pass.write_text("vault-Pw-1")
    task = {"name": "enc", "credentials_file": str(creds), "session_file": str(tmp_path / "s.json")}
    playbook = tmp_path / "play.yml"
    play = {
        "hosts": "localhost",
        "gather_facts": False,
        "tasks": [{"cegid.cegidlife.cegidlife_api_key": fresh.args(**task)}],
    }
    playbook.write_text(json.dumps([play]))
    made = run_playbook(playbook, extra_args=["--vault-id", f"prod@{vault_pass}"])
    assert made.rc == 0, made.output
    encrypted = creds.read_bytes()
    assert encrypted.startswith(b"$ANSIBLE_VAULT;1.2;AES256;prod")
    fresh.sim.reset_stats()

    without = run_playbook(playbook)
    assert without.rc != 0
    assert "is vault-encrypted (vault id 'prod') and this run has no vault secret" in without.output
    assert creds.read_bytes() == encrypted and [p.name for p in tmp_path.glob("creds.vault*")] == ["creds.vault"]
    assert fresh.sim.stats()["total"] == 0  # the portal was not touched


def test_a_later_names_failure_keeps_or_revokes_the_earlier_new_key(fresh: Portal, tmp_path: Path) -> None:
    """Two names; the second one's secret is lost after the first was rotated. Without a credentials
    file nobody could have the first's new secret: that key is revoked again and its old key, whose
    revocation waited for every new key to be safe, still works. With a credentials file the first's
    new key is kept, its credentials handed over in the failed result."""
    old = fresh.sim.plant_key(name="first")
    fresh.sim.config(panel_fails_for="second")
    run = fresh.run(names=["first", "second"], recreate="always", reuse_session=False)
    msg = assert_clean_failure(run, "for the API key 'second', the one-time panel did not appear")
    assert "'first': it was revoked again, and any key it was to replace is still Active" in msg
    [still] = fresh.active("first")
    assert still["identifier"] == old["identifier"]
    assert fresh.loop_api(f"{old['identifier']}:{old['secret']}") == 200
    assert fresh.active("second") == []  # its own lost key was revoked too

    creds = tmp_path / "creds.json"
    kept = fresh.run(names=["kept", "second"], credentials_file=str(creds), reuse_session=False)
    assert kept.failed
    [new] = fresh.active("kept")
    handed = kept.result["credentials"]["kept"]
    assert handed["identifier"] == new["identifier"] and fresh.loop_api(handed["x_apikey"]) == 200
    assert "'kept': its credentials are in credentials_file" in kept.result["msg"]
