"""Failure artifacts in a real Chromium: a trace keeps nothing typed and no known secret, wherever it
stands in the archive; unfinished traces live in a private folder that goes with the browser; a
screenshot blanks every known value, whatever its length or characters."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from ansible_collections.cegid.cegidlife.plugins.module_utils._artifacts import (
    _BLANK_JS,
    _RESTORE_JS,
    RunArtifacts,
    TraceRecorder,
    failure_screenshot,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._browser import BrowserSession
from tests.support.simulator import CHROMIUM

PASSWORD = 'Pw"with-quotes\\and é'
TYPED = "typed-into-a-textarea"
SECRET = "c2VjcmV0LXZhbHVlLW9mLXRoZS1rZXktMDEyMzQ1Njc="
COOKIE = "session-cookie-value-0123456789"
PAGE = f"""<html><body>
<label>Mot de passe <input type=password id=p></label>
<textarea id=t></textarea>
<p>Secret de la clé d'API : <input readonly id=s value="{SECRET}"></p>
<p>also in text: <code>{SECRET}</code></p>
</body></html>"""


def _browser() -> BrowserSession:
    return BrowserSession(executable=CHROMIUM, headless=True, timeout_s=15, validate_certs=True)


def _members(path: str) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_trace_holds_nothing_typed_and_no_known_secret(tmp_path: Path) -> None:
    with _browser() as browser:
        assert browser.context is not None and browser.page is not None
        work = browser.traces_dir
        assert stat.S_IMODE(os.stat(work).st_mode) == 0o700  # private before Playwright writes
        page = browser.page
        page.route(
            "https://portal.test/**",
            lambda route: route.fulfill(
                status=200,
                headers={"Content-Type": "text/html", "Set-Cookie": f"sid={COOKIE}; Path=/; HttpOnly"},
                body=PAGE,
            ),
        )
        recorder = TraceRecorder(browser.context, work, lambda: [PASSWORD, SECRET])
        recorder.resume()
        page.goto("https://portal.test/keys")
        page.fill("#p", PASSWORD)
        page.locator("#t").type(TYPED)
        page.locator("#t").press_sequentially("more")
        page.reload()
        recorder.close("done")
        assert recorder.paths and all(p.startswith(work) for p in recorder.paths)
        found = {f"{path}!{name}": data for path in recorder.paths for name, data in _members(path).items()}
        for needle in (PASSWORD, TYPED, SECRET, COOKIE, PASSWORD.replace('"', '\\"').replace("\\", "\\\\")):
            hits = [where for where, data in found.items() if needle.encode() in data]
            assert hits == [], (needle, hits)
        assert any(b"fill" in data for data in found.values())  # the actions are still there, blanked
        kept = recorder.keep(str(tmp_path / "artifacts"))
        assert kept and all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in kept)
    assert not os.path.exists(work)  # what was not kept goes with the browser


def test_a_run_that_succeeds_keeps_no_trace(tmp_path: Path) -> None:
    artifacts = tmp_path / "artifacts"
    with _browser() as browser:
        assert browser.context is not None and browser.page is not None
        run = RunArtifacts(str(artifacts), lambda: [])
        run.start_trace(browser.context, browser.traces_dir)
        browser.page.set_content("<p>ok</p>")
        run.end()
    assert not artifacts.exists() or list(artifacts.iterdir()) == []


def test_a_screenshot_blanks_every_known_value_and_leaves_the_page_as_it_was(tmp_path: Path) -> None:
    short, odd = "abc", "p@ss w0rd!é"
    html = f"""<p>short: <b>{short}</b></p><p title="{odd}">odd: <span>p@ss </span><wbr><span>w0rd!é</span></p>
        <input value="{odd}"><p>{SECRET}</p><a href="/catalogue/services/1/cles?tiers=95943">keys</a>"""
    with _browser() as browser:
        page = browser.page
        assert page is not None
        page.set_content(html)
        before = page.content()
        # What the screenshot is taken of:
        page.evaluate(_BLANK_JS, [short, odd])
        blanked = page.content()
        for needle in (short, odd, SECRET):
            assert needle not in blanked.replace(f'title="{odd}"', ""), needle  # a title is not drawn
        assert odd not in page.locator("input").input_value()
        assert 'href="/catalogue/services/1/cles?tiers=95943"' in blanked  # links keep working
        page.evaluate(_RESTORE_JS)
        assert page.content() == before
        # And the whole thing, which must leave the page as it found it (a run may go on with it).
        shot = failure_screenshot(page, str(tmp_path / "shots"), "sign-in", [short, odd])
        # (Playwright's mask leaves an empty style attribute on the masked field.)
        assert page.content().replace(' style=""', "") == before and page.locator("input").input_value() == odd
    assert shot is not None and shot.endswith("-sign-in.png")
    assert stat.S_IMODE(os.stat(shot).st_mode) == 0o600 and Path(shot).read_bytes().startswith(b"\x89PNG")
