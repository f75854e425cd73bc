"""Failure artifacts in a real Chromium: a trace keeps nothing typed and no known secret, wherever it
stands in the archive; unfinished traces live in a private folder that goes with the browser; a
screenshot blanks every known value, whatever its length or characters."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.artifacts import (
    RunArtifacts,
    TraceRecorder,
    failure_screenshot,
    scrub_trace,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.encodings import SPECIAL_PASSWORDS, every_encoding
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
        page.evaluate(script("blank_secrets"), [short, odd])
        blanked = page.content()
        for needle in (short, odd, SECRET):
            assert needle not in blanked.replace(f'title="{odd}"', ""), needle  # a title is not drawn
        assert odd not in page.locator("input").input_value()
        assert 'href="/catalogue/services/1/cles?tiers=95943"' in blanked  # links keep working
        page.evaluate(script("restore_secrets"))
        assert page.content() == before
        # And the whole thing, which must leave the page as it found it (a run may go on with it).
        shot = failure_screenshot(page, str(tmp_path / "shots"), "sign-in", [short, odd])
        # (Playwright's mask leaves an empty style attribute on the masked field.)
        assert page.content().replace(' style=""', "") == before and page.locator("input").input_value() == odd
    assert shot is not None and shot.endswith("-sign-in.png")
    assert stat.S_IMODE(os.stat(shot).st_mode) == 0o600 and Path(shot).read_bytes().startswith(b"\x89PNG")


def test_the_scrub_blanks_every_encoding_of_every_special_character(tmp_path: Path) -> None:
    """Every form of a password made of every printable ASCII special character (the browser's form
    encoding, lower-case hex, JSON, HTML, base64...) is blanked wherever it stands, and a request
    body's resource file is dropped whole."""
    archive = tmp_path / "t.trace.zip"
    body = "resources/0123abcd.dat"
    forms = {name: form for password in SPECIAL_PASSWORDS for name, form in every_encoding(password).items()}
    network = {
        "type": "resource-snapshot",
        "snapshot": {
            "request": {
                "method": "POST",
                "url": "https://sso.test/ls/",
                "headers": [],
                "postData": {"mimeType": "application/x-www-form-urlencoded", "_file": body},
            },
            "response": {"headers": [{"name": "Set-Cookie", "value": "sid=x"}]},
        },
    }
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("trace.network", json.dumps(network))
        out.writestr(body, b"UserName=a&Password=" + forms["form"])
        for i, form in enumerate(forms.values()):
            out.writestr(f"resources/{i}.html", b"<p>before " + form + b" after</p>")
    kept = scrub_trace(str(archive), SPECIAL_PASSWORDS)
    members = _members(str(archive))
    leaks = [(name, where) for where, data in members.items() for name, form in forms.items() if form in data]
    assert leaks == []
    assert body not in members and "Set-Cookie" not in members["trace.network"].decode()
    assert kept
    assert all(data.startswith(b"<p>before ") for name, data in members.items() if name.endswith(".html"))


def test_a_trace_that_still_holds_a_secret_is_deleted_and_the_failure_says_so(tmp_path: Path) -> None:
    """A secret that blanking cannot hide (made of the blank's own stars) is found when the scrubbed
    archive is read again: that trace is deleted, and the failure says a part was deleted."""
    stars = "*****"
    artifacts = tmp_path / "artifacts"
    with _browser() as browser:
        assert browser.context is not None and browser.page is not None
        run = RunArtifacts(str(artifacts), lambda: [stars])
        run.start_trace(browser.context, browser.traces_dir)
        browser.page.set_content(f"<p>{stars}</p>")
        run.capture(browser.page, "test")
    assert not [p for p in run.paths if p.endswith(".trace.zip")]
    assert run.notes == ["1 part(s) of the trace were deleted: a secret was still in them after scrubbing"]
