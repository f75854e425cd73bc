"""Bad input and portal refusals fail clearly: the step, what was expected, never a traceback."""

from __future__ import annotations

import socket
import time

import pytest

from tests.integration.conftest import Portal, assert_clean_failure


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
def test_bad_input_fails_before_any_browser_starts(portal: Portal, over: dict, needle: str) -> None:
    started = time.monotonic()
    run = portal.run(**{"name": "x", **over})
    assert_clean_failure(run, needle)
    assert portal.active(over.get("name", "x")) == []
    assert time.monotonic() - started < 30


def test_missing_browser_says_how_to_install_one(portal: Portal) -> None:
    run = portal.run(name="x", browser_executable="/nonexistent/chromium")
    assert_clean_failure(run, "browser_executable", "playwright install chromium", "apt-get install chromium")
