"""The browser's processes in a real Chromium: they run in Chromium's sandbox unless the run is
root or opted out, and neither the Playwright driver nor Chromium inherits a secret from the
environment."""

from __future__ import annotations

import os
import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import BrowserError
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal import browser as browser_module
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.simulator import CHROMIUM

PASSWORD = "Env-Pass~word*!"
TOTP = "JBSWY3DPEHPK3PXP"


def _descendants() -> dict[int, tuple[list[bytes], bytes]]:
    """This process's descendants: pid -> (command line, environment)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    mine, found = {os.getpid()}, {}
    for dummy in range(10):  # the driver, Chromium, its zygote and renderers: a few levels
        for pid, parent in parents.items():
            if parent in mine and pid not in mine:
                mine.add(pid)
    for pid in mine - {os.getpid()}:
        try:
            found[pid] = (
                Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0"),
                Path(f"/proc/{pid}/environ").read_bytes(),
            )
        except OSError:
            continue
    return found


def _browser(**options: t.Any) -> BrowserSession:
    """`sandbox` (default: on) and `secrets` as given."""
    return BrowserSession(executable=CHROMIUM, headless=True, timeout_s=20, validate_certs=True, **options)


def _chromium_flags(processes: dict[int, tuple[list[bytes], bytes]]) -> list[list[bytes]]:
    """The command lines of the browser's main processes (not the driver, not its helpers)."""
    # A helper may have rewritten its command line into one string ("... --type=utility ..."): the
    # headless shell's do.
    return [
        cmd
        for cmd, dummy in processes.values()
        if cmd and Path(cmd[0].split(b" ")[0].decode()).name.startswith("chrom") and b" --type=" not in b" ".join(cmd)
    ]


def _started_with(monkeypatch: pytest.MonkeyPatch, **options: t.Any) -> dict[int, tuple[list[bytes], bytes]]:
    """The browser's processes, started with the secrets in the environment."""
    monkeypatch.setenv("CEGIDLIFE_PASSWORD", PASSWORD)
    monkeypatch.setenv("CEGIDLIFE_TOTP_SECRET", TOTP)
    monkeypatch.setenv("DEPLOY_PW", PASSWORD)  # the password under another name
    before = dict(os.environ)
    with _browser(**options) as browser:
        assert browser.page is not None
        browser.page.set_content("<p>ok</p>")
        processes = _descendants()
    assert dict(os.environ) == before  # the module's own environment is left as it was
    assert len(processes) >= 2 and _chromium_flags(processes), processes.keys()  # the driver and Chromium
    assert any(b"PATH=" in env for cmd, env in processes.values())  # the rest of the environment is kept
    return processes


def _leaks(processes: dict[int, tuple[list[bytes], bytes]], *needles: bytes) -> list[tuple[int, bytes, bytes]]:
    return [(pid, cmd[0], n) for pid, (cmd, env) in processes.items() for n in needles if n in env]


def test_the_secret_variables_reach_neither_the_driver_nor_the_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    processes = _started_with(monkeypatch)
    assert _leaks(processes, b"CEGIDLIFE_PASSWORD=", b"CEGIDLIFE_TOTP_SECRET=", TOTP.encode()) == []


def test_no_variable_holding_a_secret_reaches_them(monkeypatch: pytest.MonkeyPatch) -> None:
    processes = _started_with(monkeypatch, secrets=(PASSWORD, TOTP))
    assert _leaks(processes, PASSWORD.encode(), TOTP.encode(), b"DEPLOY_PW=") == []


def test_chromium_uses_its_sandbox_when_not_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root (a container, CI), Chromium refuses its sandbox: it then fails to start, which shows
    that the sandbox was asked for, and the failure says how to opt out. As another user, it
    starts in it."""
    if os.geteuid() == 0:
        monkeypatch.setattr(browser_module.os, "geteuid", lambda: 1000)  # the run believes it is not root
        with pytest.raises(BrowserError) as failed, _browser():
            pass
        assert "browser_sandbox: false" in str(failed.value)
        return
    with _browser() as browser:
        assert browser.page is not None
        flags = _chromium_flags(_descendants())
    assert flags and not [cmd for cmd in flags if b"--no-sandbox" in cmd]


def test_chromium_runs_without_its_sandbox_as_root_or_when_opted_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser_module.os, "geteuid", lambda: 1000)
    with _browser(sandbox=False) as browser:  # opted out
        assert browser.page is not None
        flags = _chromium_flags(_descendants())
    assert flags and all(b"--no-sandbox" in cmd for cmd in flags)
    monkeypatch.setattr(browser_module.os, "geteuid", lambda: 0)
    assert not browser_module.uses_sandbox(True)  # root: Chromium cannot have it
