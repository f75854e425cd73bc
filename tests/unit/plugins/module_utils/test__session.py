"""The session file: what a damaged one costs is a sign-in (or a browser run), never a failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key import ApiKeyTask
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._session import SessionFile, key_page_slot

PORTAL = "https://portal.example"
SLOT = key_page_slot(PORTAL, "95943", "Loop APIkey")


def _write(path: Path, **data: object) -> None:
    path.write_text(json.dumps({"owner": "me", **data}))


def test_round_trip_and_another_owner(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    saved = SessionFile(str(path), "me")
    saved.key_pages[SLOT] = f"{PORTAL}/cles"
    saved.verified[SLOT] = 1.0
    saved.user_agent = "Mozilla/5.0"
    saved.save({"cookies": [{"name": "s", "value": "v", "domain": "portal.example", "path": "/"}]})
    again = SessionFile(str(path), "me")
    assert (again.key_pages, again.verified, again.user_agent) == ({SLOT: f"{PORTAL}/cles"}, {SLOT: 1.0}, "Mozilla/5.0")
    assert again.storage_state == saved.storage_state
    assert SessionFile(str(path), "someone else").storage_state is None


@pytest.mark.parametrize("state", [{"cookies": {"s": "v"}}, {"cookies": ["s=v"]}, {"origins": []}, "cookies"])
def test_a_storage_state_of_another_shape_is_no_session(tmp_path: Path, state: object) -> None:
    _write(tmp_path / "s.json", storage_state=state)
    assert SessionFile(str(tmp_path / "s.json"), "me").storage_state is None


def test_a_plain_reading_that_breaks_goes_to_the_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = tmp_path / "s.json"
    cookie = {"name": "s", "value": "v", "domain": "portal.example", "path": "/", "expires": -1}
    _write(session, storage_state={"cookies": [cookie]}, key_pages={SLOT: "https://[::1/cles"}, verified={SLOT: 1})
    monkeypatch.setattr(
        "ansible_collections.cegid.cegidlife.plugins.module_utils._api_key.session_owner", lambda *args: "me"
    )
    params = {
        "portal_url": PORTAL,
        "username": "admin@example",
        "password": "pw",
        "service": "Loop APIkey",
        "tiers": "95943",
        "timeout": 5.0,
        "session_file": str(session),
    }
    task = ApiKeyTask(params, check_mode=False, diff=False, warn=lambda message: None)
    assert task.read_without_browser(Labels()) is None
    assert task.http_declined == "the plain reading failed unexpectedly (ValueError)"
