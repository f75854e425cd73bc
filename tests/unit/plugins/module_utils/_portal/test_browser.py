"""Which Chromium a run drives: the one asked for, Playwright's own (its headless shell when
headless), else a system one, Chromium's headless shell first when headless."""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import BrowserError
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import (
    BrowserSession,
    FoundBrowser,
    find_browser,
)


class _Chromium:
    def __init__(self, own: str, refuse: t.Sequence[str | None] = ()) -> None:
        self.executable_path = own
        self.refuse = refuse
        self.launched: list[str | None] = []

    def launch(self, *, executable_path: str | None, **options: t.Any) -> str:
        self.launched.append(executable_path)
        if executable_path in self.refuse:
            raise PlaywrightError(f"BrowserType.launch: Executable doesn't exist at /cache/shell ({executable_path})")
        return f"browser from {executable_path}"


class _Playwright:
    def __init__(self, own: str = "/nowhere/chrome", refuse: t.Sequence[str | None] = ()) -> None:
        self.chromium = _Chromium(own, refuse)


def _bin(folder: Path, *names: str) -> Path:
    folder.mkdir(exist_ok=True)
    for name in names:
        path = folder / name
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
    return folder


def test_headless_prefers_the_headless_shell_on_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(_bin(tmp_path / "bin", "chromium", "chromium-headless-shell")))
    found = find_browser(None, _Playwright(), headless=True)  # type: ignore[arg-type]
    assert found == FoundBrowser(str(tmp_path / "bin" / "chromium-headless-shell"), False)


def test_a_window_is_never_asked_of_the_headless_shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(_bin(tmp_path / "bin", "chromium", "chromium-headless-shell")))
    found = find_browser(None, _Playwright(), headless=False)  # type: ignore[arg-type]
    assert found == FoundBrowser(str(tmp_path / "bin" / "chromium"), False)


def test_playwrights_own_comes_before_the_system_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = _bin(tmp_path / "cache", "chrome") / "chrome"
    monkeypatch.setenv("PATH", str(_bin(tmp_path / "bin", "chromium-headless-shell")))
    assert find_browser(None, _Playwright(str(own))) == FoundBrowser(str(own), True)  # type: ignore[arg-type]


def test_the_one_asked_for_is_driven_or_named_when_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(_bin(tmp_path / "bin", "chromium-headless-shell", "my-chrome")))
    assert find_browser("my-chrome", _Playwright()) == FoundBrowser(str(tmp_path / "bin" / "my-chrome"), False)  # type: ignore[arg-type]
    with pytest.raises(BrowserError, match="browser_executable '/no/chrome' is not an executable file"):
        find_browser("/no/chrome", _Playwright())  # type: ignore[arg-type]


def _session() -> BrowserSession:
    return BrowserSession(executable=None, headless=True, timeout_s=5, validate_certs=True)


def test_playwrights_own_lets_playwright_pick_its_build_then_falls_back_to_the_whole_browser() -> None:
    picked = _Playwright("/cache/chrome")
    assert _session()._launch(picked, FoundBrowser("/cache/chrome", True), {}) == "browser from None"  # type: ignore[arg-type]
    assert picked.chromium.launched == [None]

    no_shell = _Playwright("/cache/chrome", refuse=[None])
    assert _session()._launch(no_shell, FoundBrowser("/cache/chrome", True), {}) == "browser from /cache/chrome"  # type: ignore[arg-type]
    assert no_shell.chromium.launched == [None, "/cache/chrome"]


def test_a_system_browser_is_launched_as_found_and_its_failure_is_not_hidden() -> None:
    system = _Playwright(refuse=["/usr/bin/chromium-headless-shell"])
    with pytest.raises(PlaywrightError, match="Executable doesn't exist"):
        _session()._launch(system, FoundBrowser("/usr/bin/chromium-headless-shell", False), {})  # type: ignore[arg-type]
    assert system.chromium.launched == ["/usr/bin/chromium-headless-shell"]
