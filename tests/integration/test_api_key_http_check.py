"""http_check: a no-change run reads the key page with one plain request in the saved session and
starts no browser; anything it cannot vouch for goes to the browser. Requests are counted by the
simulator (a browser also loads the page's CSS and script: `static` GETs)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_module
from tests.support.simulator import SimFactory

INFO = "cegid.cegidlife.cegidlife_api_key_info"


class Runs:
    """The module against one simulator, with one session file and one credentials file."""

    def __init__(self, portal: Portal, tmp_path: Path) -> None:
        self.portal = portal
        self.session = tmp_path / "sessions" / "session.json"
        self.creds = tmp_path / "creds.json"

    def __call__(self, check: bool = False, **over: object) -> dict:
        self.portal.sim.reset_stats()
        run = self.portal.run(
            check=check, session_file=str(self.session), credentials_file=str(self.creds), **{"name": "app", **over}
        )
        assert not run.failed, run.output
        return run.result

    def info(self, **over: object) -> dict:
        self.portal.sim.reset_stats()
        args = {k: v for k, v in self.portal.args().items() if k != "show_credentials"}
        run = run_module({**args, "session_file": str(self.session), **over}, module=INFO, check=True)
        assert not run.failed, run.output
        return run.result

    def requests(self) -> dict[str, dict[str, int]]:
        return dict(self.portal.sim.stats()["pages"])


@pytest.fixture
def runs(sim_factory: SimFactory, tmp_path: Path) -> Runs:
    return Runs(Portal(sim_factory()), tmp_path)


def _no_browser(runs: Runs) -> None:
    assert runs.requests() == {"keys": {"GET": 1}}  # one page load, no sign-in, no CSS or script


def test_a_warm_no_change_run_is_one_request_and_no_browser(runs: Runs) -> None:
    created = runs()
    assert created["action"] == "created" and created["checked_with"] == "browser"
    assert "no saved session" in created["http_check_declined"]

    again = runs()
    assert again["action"] == "unchanged" and again["changed"] is False
    assert again["checked_with"] == "http" and "http_check_declined" not in again
    _no_browser(runs)
    assert again["credentials"] == created["credentials"] and again["secret_available"] is True
    assert again["key"] == created["key"] and again["tiers"] == created["tiers"] == "95943 FUTUROSCOPE CEDEX"
    assert stat.S_IMODE(runs.session.stat().st_mode) == 0o600
    assert runs.portal.loop_api(again["credentials"]["x_apikey"]) == 200

    # Check mode reads the same way.
    checked = runs(check=True)
    assert checked["checked_with"] == "http" and checked["action"] == "unchanged" and checked["changed"] is False


def test_the_same_result_as_the_browser(runs: Runs) -> None:
    runs()
    by_http = runs()
    by_browser = runs(http_check=False)
    assert by_browser["checked_with"] == "browser" and "http_check_declined" not in by_browser
    assert {k: v for k, v in by_http.items() if k != "checked_with"} == {
        k: v for k, v in by_browser.items() if k != "checked_with"
    }


def test_an_ended_session_goes_to_the_browser_which_signs_in_again(runs: Runs) -> None:
    runs()
    runs.portal.sim.expire_sessions()
    expired = runs()
    assert expired["checked_with"] == "browser" and expired["action"] == "unchanged"
    assert (
        "HTTP 302" in expired["http_check_declined"] and "session has probably ended" in expired["http_check_declined"]
    )
    # The remembered address led to the sign-in page: nothing is typed on a page reached from the
    # session file (one GET), the run signs in from portal_url instead (a GET and the one POST).
    assert runs.requests()["signin"] == {"GET": 2, "POST": 1}
    assert runs()["checked_with"] == "http"


def test_a_session_the_portal_renews_on_every_answer_is_kept(sim_factory: SimFactory, tmp_path: Path) -> None:
    runs = Runs(Portal(sim_factory(session_cookie="rotate")), tmp_path)
    runs()
    for dummy in range(3):
        assert runs()["checked_with"] == "http"
        _no_browser(runs)
    cookies = json.loads(runs.session.read_text())["storage_state"]["cookies"]
    assert len(cookies) >= 1


def test_anything_that_needs_a_click_goes_to_the_browser(runs: Runs) -> None:
    runs()
    runs()
    would = runs(check=True, state="absent")
    assert would["checked_with"] == "http" and would["changed"] is True and would["action"] == "revoked"
    assert len(runs.portal.active("app")) == 1

    revoked = runs(state="absent")
    assert revoked["checked_with"] == "browser" and revoked["action"] == "revoked"
    assert revoked["http_check_declined"] == "the API key 'app' needs a change (revoked)"
    assert runs.portal.active("app") == []
    assert runs.requests()["revoke"] == {"POST": 1}

    # Two Active keys of one name: the decision (and its error) is the browser run's.
    runs()
    runs.portal.sim.plant_key(name="app", service="Loop APIkey", tiers_code="95943")
    dup = runs.portal.run(name="app", session_file=str(runs.session), credentials_file=str(runs.creds))
    assert dup.failed and "decide:" in dup.result["msg"] and "2 Active keys" in dup.result["msg"]
    assert dup.result["http_check_declined"] == "the key list leaves a decision for the API key 'app' to the browser"
    assert dup.result["failure_artifacts"]  # the browser's screenshot of the list


def test_a_list_built_by_scripts_is_never_read_without_the_browser(sim_factory: SimFactory, tmp_path: Path) -> None:
    runs = Runs(Portal(sim_factory(key_list="client")), tmp_path)
    runs()
    for dummy in range(2):
        result = runs()
        assert result["checked_with"] == "browser" and result["action"] == "unchanged"
        assert "does not list what the browser lists" in result["http_check_declined"]


def test_a_portal_that_starts_building_its_list_with_scripts_is_caught(runs: Runs) -> None:
    runs()
    assert runs()["checked_with"] == "http"
    runs.portal.sim.config(key_list="client")
    first = runs()
    assert first["checked_with"] == "browser" and first["action"] == "unchanged"
    assert first["http_check_declined"].startswith("the page lists no key at all")
    second = runs()
    assert second["checked_with"] == "browser"
    assert "no browser run has yet confirmed" in second["http_check_declined"]


def test_a_paginated_list_is_read_page_by_page_and_a_missing_key_goes_to_the_browser(runs: Runs) -> None:
    runs.portal.sim.bulk_keys(service="Loop APIkey", tiers_code="95943", prefix="other-", count=4)
    runs()
    runs.portal.sim.config(page_size=2)
    paged = runs()  # "app" is the newest, on the first page; the read goes on to the last page
    assert paged["checked_with"] == "http" and paged["action"] == "unchanged"
    assert runs.requests() == {"keys": {"GET": 3}}
    # Its duplicate on the last page is found too: the decision is the browser run's.
    runs.portal.sim.plant_key(name="app", service="Loop APIkey", tiers_code="95943", created_at="2020-01-01T10:00:00")
    dup = runs.portal.run(name="app", session_file=str(runs.session), credentials_file=str(runs.creds))
    assert dup.failed and "2 Active keys" in dup.result["msg"]
    assert dup.result["http_check_declined"] == "the key list leaves a decision for the API key 'app' to the browser"

    missing = runs(name="new-one")
    assert missing["checked_with"] == "browser" and missing["action"] == "created"
    assert missing["http_check_declined"] == "the API key 'new-one' needs a change (created)"


def test_off_and_without_a_saved_session(runs: Runs) -> None:
    runs()
    off = runs(http_check=False)
    assert off["checked_with"] == "browser" and "http_check_declined" not in off
    alone = runs(reuse_session=False)
    assert alone["checked_with"] == "browser" and "reuse_session is off" in alone["http_check_declined"]


def test_many_keys_in_one_request(runs: Runs) -> None:
    names = [f"fleet-{i}" for i in range(5)]
    runs(name=None, names=names)
    again = runs(name=None, names=names)
    assert again["checked_with"] == "http" and again["changed"] is False
    assert {r["action"] for r in again["results"]} == {"unchanged"} and set(again["credentials"]) == set(names)
    _no_browser(runs)


def test_the_info_module_reads_active_keys_in_one_request(runs: Runs) -> None:
    runs()
    runs()
    active = runs.info()
    assert active["checked_with"] == "http" and [k["name"] for k in active["api_keys"]] == ["app"]
    _no_browser(runs)
    everything = runs.info(status="all")
    assert everything["checked_with"] == "browser" and [k["name"] for k in everything["api_keys"]] == ["app"]
