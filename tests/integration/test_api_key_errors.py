"""Bad input and portal refusals fail clearly: the step, what was expected, never a traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.integration.conftest import Portal, assert_clean_failure
from tests.support.simulator import CHROMIUM


def test_wrong_password_fails_at_sign_in(portal: Portal) -> None:
    run = portal.run(name="x", password="not-the-password-123", reuse_session=False)
    msg = assert_clean_failure(run, "sign-in", "refused")
    assert run.result["step"] == "sign-in"
    assert "not-the-password-123" not in run.output and "not-the-password-123" not in msg


def test_unknown_service_lists_the_services_seen(portal: Portal) -> None:
    run = portal.run(name="x", service="Loop APIkey Premium")
    msg = assert_clean_failure(run, "unknown service 'Loop APIkey Premium'", "Loop APIkey", "Cegid File Exchange")
    assert "Dématérialisation RH" in msg


def test_unknown_tiers_lists_the_tiers_offered(portal: Portal) -> None:
    run = portal.run(name="x", tiers="12345")
    assert_clean_failure(run, "unknown tiers '12345'", "95943 FUTUROSCOPE CEDEX", "86360 CHASSENEUIL DU POITOU")


def test_non_administrator_is_told_why(portal: Portal) -> None:
    run = portal.run(name="x", username="user@futuroscope.example", password="User-Demo-2026!")
    assert_clean_failure(run, "Catalogue de services", "administrator")


def test_unreachable_portal_is_one_clear_line() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    from tests.support.ansible_cli import run_module

    run = run_module({"name": "x", "portal_url": f"http://127.0.0.1:{port}", "username": "u", "password": "p"})
    msg = assert_clean_failure(run, "could not be reached", "ERR_CONNECTION_REFUSED")
    assert "\n" not in msg


def _recording_browser(folder: Path) -> tuple[Path, Path]:
    """A browser executable that records being started (a file), then starts Chromium."""
    started = folder / "browser-started"
    browser = folder / "chromium"
    browser.write_text(f'#!/bin/sh\ntouch "{started}"\nexec "{CHROMIUM}" "$@"\n')
    browser.chmod(0o755)
    return browser, started


@pytest.mark.parametrize(
    ("over", "needle"),
    [
        ({"name": "  "}, "name must not be empty"),
        ({"name": "a\nb"}, "control characters"),
        ({"name": "x" * 101}, "at most 100"),
        ({"portal_url": "ftp://example"}, "portal_url"),
        ({"labels": {"genrate": "x"}}, "unknown label"),
        ({"state": "rotated"}, "state"),
    ],
)
def test_bad_input_fails_before_any_browser_starts(portal: Portal, tmp_path: Path, over: dict, needle: str) -> None:
    """The browser given is a script that records being started, then starts Chromium (issue 22 §5:
    the test asserted only the time): bad input fails with no browser started, no portal request."""
    browser, started = _recording_browser(tmp_path)
    portal.sim.reset_stats()
    run = portal.run(**{"name": "x", "browser_executable": str(browser), **over})
    assert_clean_failure(run, needle)
    assert not started.exists(), "a browser was started"
    assert portal.sim.stats()["total"] == 0, "the portal was asked"
    assert portal.active(over.get("name", "x")) == []


def test_the_browser_recorder_records_a_start(portal: Portal, tmp_path: Path) -> None:
    """The premise of the test above: a run that needs the browser starts the recording script."""
    browser, started = _recording_browser(tmp_path)
    run = portal.run(name="recorded", browser_executable=str(browser), state="absent", reuse_session=False)
    assert not run.failed, run.output
    assert started.exists()


def test_missing_browser_says_how_to_install_one(portal: Portal) -> None:
    run = portal.run(name="x", browser_executable="/nonexistent/chromium")
    assert_clean_failure(run, "browser_executable", "playwright install chromium", "apt-get install chromium")
