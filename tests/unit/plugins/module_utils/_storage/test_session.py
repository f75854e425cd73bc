"""The session file: sealed with the credentials that made it, trusted only when it is ours, and
what a damaged one costs is a sign-in (or a browser run), never a failure."""

from __future__ import annotations

import json
import os
import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal import portal_session as _portal_session
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import SessionFile, key_page_slot, origin
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import argument_spec

PORTAL = "https://portal.example"
USER, PASSWORD = "admin@example", "pw-Correct-1"
SLOT = key_page_slot(PORTAL, "95943", "Loop APIkey")
COOKIE = {"name": "s", "value": "v", "domain": "portal.example", "path": "/", "expires": -1}


def _saved(path: Path, password: str = PASSWORD, **body: object) -> SessionFile:
    saved = SessionFile(str(path), PORTAL, USER, password)
    saved.key_pages[SLOT] = f"{PORTAL}/cles"
    for name, value in body.items():
        setattr(saved, name, value)
    saved.save({"cookies": [COOKIE]})
    return saved


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    saved = _saved(path, verified={SLOT: 1.0}, user_agent="Mozilla/5.0", sign_in_origins=["https://sso.example"])
    saved.routes[SLOT] = [{"role": "button", "name": "Vincent Deltumeau"}]
    saved.save({"cookies": [COOKIE]})
    again = SessionFile(str(path), PORTAL, USER, PASSWORD)
    assert again.ignored is None
    assert (again.key_pages, again.verified, again.user_agent) == ({SLOT: f"{PORTAL}/cles"}, {SLOT: 1.0}, "Mozilla/5.0")
    assert again.storage_state == saved.storage_state
    assert again.sign_in_origins == ["https://sso.example"]
    assert again.routes == {SLOT: [{"role": "button", "name": "Vincent Deltumeau"}]}
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_another_user_or_portal_does_not_use_it(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    _saved(path)
    other = SessionFile(str(path), PORTAL, "someone@example", PASSWORD)
    assert other.storage_state is None and other.ignored == "it is for another portal or user"
    assert SessionFile(str(path), "https://other.example", USER, PASSWORD).storage_state is None


def test_a_wrong_or_changed_password_does_not_reuse_the_session(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    _saved(path)
    wrong = SessionFile(str(path), PORTAL, USER, "pw-Wrong-2")
    assert wrong.storage_state is None and wrong.key_pages == {}
    assert "not made with these credentials" in (wrong.ignored or "")


def test_the_file_holds_no_password(tmp_path: Path) -> None:
    import hashlib

    path = tmp_path / "s.json"
    _saved(path)
    text = path.read_text()
    assert PASSWORD not in text
    for digest in (hashlib.sha256, hashlib.sha1, hashlib.md5):
        assert digest(PASSWORD.encode()).hexdigest() not in text
        assert digest(f"{USER}\0{PASSWORD}".encode()).hexdigest() not in text


def test_an_edited_file_is_not_used(tmp_path: Path) -> None:
    """Someone who can write the file but does not know the password cannot point a run elsewhere."""
    path = tmp_path / "s.json"
    _saved(path)
    data = json.loads(path.read_text())
    data["key_pages"][SLOT] = "http://127.0.0.2:8080/keys"
    path.write_text(json.dumps(data))
    tampered = SessionFile(str(path), PORTAL, USER, PASSWORD)
    assert tampered.key_pages == {} and tampered.storage_state is None
    # A remembered address may only be followed on the portal's origin or one a sign-in recorded.
    good = _saved(tmp_path / "t.json", portal_origins=["https://app.portal.example"])
    assert good.trusted_url(f"{PORTAL}/cles?x=1", PORTAL)
    assert good.trusted_url("https://app.portal.example/cles", PORTAL)
    assert not good.trusted_url("http://portal.example/cles", PORTAL)  # never downgraded to http
    assert not good.trusted_url("https://127.0.0.2/cles", PORTAL)
    assert not good.trusted_url("https://[::1/cles", PORTAL)


@pytest.mark.parametrize("mode", [0o620, 0o602])
def test_a_file_others_may_write_is_ignored(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "s.json"
    _saved(path)
    os.chmod(path, mode)
    loose = SessionFile(str(path), PORTAL, USER, PASSWORD)
    assert loose.storage_state is None and "other users may write it" in (loose.untrusted or "")
    loose.save({"cookies": []})  # never written back either
    assert os.stat(path).st_mode & 0o777 == mode


def test_a_folder_others_may_write_is_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    _saved(folder / "s.json")
    os.chmod(folder, 0o777)
    loose = SessionFile(str(folder / "s.json"), PORTAL, USER, PASSWORD)
    assert loose.storage_state is None and (loose.untrusted or "").startswith(f"its folder {folder}")


def test_a_file_of_another_user_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    _saved(path)
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(path).st_uid + 1)
    assert "belongs to another user" in (SessionFile(str(path), PORTAL, USER, PASSWORD).untrusted or "")


def test_a_symlink_is_ignored(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    _saved(real)
    (tmp_path / "link.json").symlink_to(real)
    assert "symbolic link" in (SessionFile(str(tmp_path / "link.json"), PORTAL, USER, PASSWORD).untrusted or "")


@pytest.mark.parametrize("state", [{"cookies": {"s": "v"}}, {"cookies": ["s=v"]}, {"origins": []}, "cookies"])
def test_a_storage_state_of_another_shape_is_no_session(tmp_path: Path, state: object) -> None:
    path = tmp_path / "s.json"
    saved = SessionFile(str(path), PORTAL, USER, PASSWORD)
    saved.save(state)  # type: ignore[arg-type]
    assert SessionFile(str(path), PORTAL, USER, PASSWORD).storage_state is None


def test_origin() -> None:
    assert origin("https://Portal.Example:8443/a?b") == "https://portal.example:8443"
    assert origin("http://[::1]:80/") == "http://[::1]:80"
    assert origin("javascript:alert(1)") == origin("https://[::1/x") == ""


def _session(path: Path, warn: t.Callable[[str], None] = lambda message: None) -> PortalSession:
    params = {"portal_url": PORTAL, "username": USER, "password": PASSWORD, "tiers": "95943", "session_file": str(path)}
    return PortalSession(KeyOptions.from_params(params, argument_spec()), warn=warn)


def test_a_damaged_address_goes_to_the_browser(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    saved = _saved(session, verified={SLOT: 1.0})
    saved.key_pages[SLOT] = "https://[::1/cles"
    saved.save({"cookies": [COOKIE]})
    run = _session(session)
    assert run.read_without_browser() is None
    assert run.http_declined == "the key page's remembered address is not on the portal's origin"


def test_a_plain_reading_that_breaks_goes_to_the_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = tmp_path / "s.json"
    _saved(session, verified={SLOT: 1.0})

    def broken(*args: object) -> None:
        raise ValueError("something unforeseen")

    monkeypatch.setattr(_portal_session, "quick_read", broken)
    run = _session(session)
    assert run.read_without_browser() is None
    assert run.http_declined == "the plain reading failed unexpectedly (ValueError)"


def test_an_untrusted_session_file_is_said(tmp_path: Path) -> None:
    session = tmp_path / "s.json"
    _saved(session)
    os.chmod(session, 0o666)
    warnings: list[str] = []
    _session(session, warnings.append).saved_session()
    assert warnings == [f"session_file {session} is ignored: other users may write it (mode 0666)"]
