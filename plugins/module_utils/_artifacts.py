# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Failure screenshots and Playwright traces that hold no secret.

A screenshot is taken after the page's secrets are blanked (text and field values) and with
every field masked. A trace records only the steps that show no secret: it starts after the
sign-in, pauses from "Générer" until the one-time panel is gone, and its network log is
rewritten without cookies or authorization headers. Files are mode 0600 in a 0700 directory.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import tempfile
import typing as t
import zipfile

from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError

if t.TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

_BLANK_JS = """
(values) => {
  // Known values, and anything shaped like a credential or token (a secret that could not be
  // read is on screen but unknown to us): 20+ characters of base64/identifier alphabet.
  const shaped = /[A-Za-z0-9+\\/=_-]{20,}/g;
  const hide = (s) => values.reduce((acc, v) => acc.split(v).join('********'), s).replace(shaped, '********');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const hidden = hide(node.nodeValue);
    if (hidden !== node.nodeValue) node.nodeValue = hidden;
  }
  for (const field of document.querySelectorAll('input, textarea')) {
    if (field.type === 'password' || values.some((v) => (field.value || '').includes(v))) field.value = '';
  }
}
"""

_SENSITIVE_HEADERS = {"cookie", "set-cookie", "authorization", "proxy-authorization", "x-apikey"}


def _private_dir(directory: str) -> str:
    path = os.path.abspath(os.path.expanduser(directory))
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


def _stamped(directory: str, step: str, suffix: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", step.lower()).strip("-") or "step"
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return os.path.join(directory, f"cegidlife-{stamp}-{slug}{suffix}")


def failure_screenshot(page: Page, directory: str, step: str, hidden: t.Sequence[str]) -> str | None:
    """A PNG of the page as the failure left it, secrets blanked and fields masked; its path."""
    values = [v for v in hidden if v and len(v) >= 4]
    try:
        page.evaluate(_BLANK_JS, values)
        png = page.screenshot(full_page=True, mask=[page.locator("input, textarea")], timeout=10_000)
    except PlaywrightError:
        return None
    path = _stamped(_private_dir(directory), step, ".png")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(png)
    return path


class TraceRecorder:
    """A Playwright trace in chunks, recorded only while no secret is on screen."""

    def __init__(self, context: BrowserContext, directory: str) -> None:
        self._context = context
        self._directory = _private_dir(directory)
        self._started = False
        self._recording = False
        self.paths: list[str] = []

    def resume(self) -> None:
        with contextlib.suppress(PlaywrightError):
            if not self._started:
                # Screenshots off: a trace's film strip would show what the page shows.
                self._context.tracing.start(snapshots=True, screenshots=False, sources=False)
                self._started = True
            self._context.tracing.start_chunk()
            self._recording = True

    def pause(self, step: str) -> None:
        """End the current chunk into a file (called before a secret can appear)."""
        if not self._recording:
            return
        self._recording = False
        path = _stamped(self._directory, step, ".trace.zip")
        with contextlib.suppress(PlaywrightError):
            self._context.tracing.stop_chunk(path=path)
            _scrub(path)
            self.paths.append(path)

    def close(self, step: str) -> None:
        self.pause(step)
        if self._started:
            with contextlib.suppress(PlaywrightError):
                self._context.tracing.stop()


def _scrub(path: str) -> None:
    """Rewrite the trace without cookies or authorization headers, mode 0600."""
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".trace-", dir=directory)
    os.close(fd)
    try:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename.endswith(".network"):
                    data = b"\n".join(_scrub_event(line) for line in data.split(b"\n"))
                dst.writestr(item.filename, data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except (OSError, zipfile.BadZipFile):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def _scrub_event(line: bytes) -> bytes:
    if not line.strip():
        return line
    try:
        event = json.loads(line)
    except ValueError:
        return b""
    snapshot = event.get("snapshot") if isinstance(event, dict) else None
    if isinstance(snapshot, dict):
        for part in ("request", "response"):
            section = snapshot.get(part)
            if isinstance(section, dict):
                section["headers"] = [
                    h for h in section.get("headers", []) if str(h.get("name", "")).lower() not in _SENSITIVE_HEADERS
                ]
                section.pop("cookies", None)
                if part == "request":
                    section.pop("postData", None)  # form posts: the password, CSRF tokens
    return json.dumps(event).encode()
