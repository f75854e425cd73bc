# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Failure screenshots and Playwright traces that hold no secret.

A screenshot is taken after every value the run knows to be secret is blanked from the page (text,
field values, attributes) and with every field masked. A trace records only the steps that show no
secret: it is paused around every sign-in and from "Générer" until the one-time panel is gone.
Its chunks are written to a private working folder (0700, made before Playwright writes), then
scrubbed (typed values, field values of password fields, cookies, authorization headers, form posts,
and every known secret wherever it stands in the archive); only a failing run moves them to the
artifacts folder. Files are mode 0600 in a 0700 folder.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import re
import shutil
import typing as t
import urllib.parse
import zipfile

from ansible_collections.cegid.cegidlife.plugins.module_utils._files import private_dir
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError

if t.TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

BLANK = "********"

_BLANK_JS = """
(values) => {
  // Known values (any length, any characters), and anything shaped like a credential or token
  // (a secret that could not be read is on screen but unknown to us): 20+ characters of
  // base64/identifier alphabet. Every change is recorded so that _RESTORE_JS can undo it: the run
  // may go on with this page (a lost key to revoke), and it must find the page as it was.
  const shaped = /[A-Za-z0-9+\\/=_-]{20,}/g;
  const known = values.filter((v) => v);
  const has = (s) => known.some((v) => s.includes(v));
  const hide = (s) => known.reduce((acc, v) => acc.split(v).join('********'), s).replace(shaped, '********');
  const undo = [];
  window.__cegidlifeUndo = undo;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const hidden = hide(node.nodeValue);
    if (hidden !== node.nodeValue) {
      const old = node.nodeValue;
      undo.push(() => { node.nodeValue = old; });
      node.nodeValue = hidden;
    }
  }
  for (const el of document.body.querySelectorAll('*')) {
    // What a screenshot renders of attributes: a field's value and placeholder.
    for (const name of ['value', 'placeholder']) {
      const old = el.getAttribute(name);
      if (old !== null && has(old)) { undo.push(() => el.setAttribute(name, old)); el.setAttribute(name, '********'); }
    }
    // A value split over several text nodes (<wbr>, spans): blank the smallest element holding it.
    if (![...el.children].some((c) => has(c.textContent || '')) && has(el.textContent || '')) {
      const children = [...el.childNodes];
      undo.push(() => el.replaceChildren(...children));
      el.textContent = '********';
    }
  }
  for (const field of document.querySelectorAll('input, textarea')) {
    if (field.type === 'password' || has(field.value || '')) {
      const old = field.value;
      undo.push(() => { field.value = old; });
      field.value = '';
    }
  }
}
"""

_RESTORE_JS = """
() => {
  const undo = window.__cegidlifeUndo || [];
  for (const step of undo.reverse()) step();
  window.__cegidlifeUndo = [];
}
"""

_SENSITIVE_HEADERS = {"cookie", "set-cookie", "authorization", "proxy-authorization", "x-apikey"}
# Trace actions whose parameters are what was typed.
_TYPING_METHODS = {"fill", "type", "pressSequentially", "insertText", "setInputFiles"}
_TYPED_LOG = re.compile(r'((?:fill|type|pressSequentially|insertText)\()"(?:[^"\\]|\\.)*"')


def _stamped(directory: str, step: str, suffix: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", step.lower()).strip("-") or "step"
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return os.path.join(directory, f"cegidlife-{stamp}-{slug}{suffix}")


def failure_screenshot(page: Page, directory: str, step: str, hidden: t.Sequence[str]) -> str | None:
    """A PNG of the page as the failure left it, secrets blanked and fields masked; its path."""
    values = sorted({v for v in hidden if v}, key=len, reverse=True)
    try:
        page.evaluate(_BLANK_JS, values)
        try:
            png = page.screenshot(full_page=True, mask=[page.locator("input, textarea")], timeout=10_000)
        finally:
            page.evaluate(_RESTORE_JS)
    except PlaywrightError:
        return None
    path = _stamped(private_dir(directory), step, ".png")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(png)
    return path


class TraceRecorder:
    """A Playwright trace in chunks, recorded only while no secret is on screen.

    `work_dir` is the browser's private traces folder; `secrets()` gives, at scrub time, every
    value known to be secret (the password, credentials read so far)."""

    def __init__(self, context: BrowserContext, work_dir: str, secrets: t.Callable[[], t.Sequence[str]]) -> None:
        self._context = context
        self._work_dir = work_dir
        self._secrets = secrets
        self._started = False
        self._recording = False
        self.paths: list[str] = []  # scrubbed chunks, still in the private working folder

    def resume(self) -> None:
        if self._recording:
            return
        with contextlib.suppress(PlaywrightError):
            if not self._started:
                # Screenshots off: a trace's film strip would show what the page shows.
                self._context.tracing.start(snapshots=True, screenshots=False, sources=False)
                self._started = True
            self._context.tracing.start_chunk()
            self._recording = True

    def pause(self, step: str) -> bool:
        """End the current chunk into a scrubbed file (called before a secret can appear);
        whether it was recording."""
        if not self._recording:
            return False
        self._recording = False
        path = _stamped(self._work_dir, step, ".trace.zip")
        with contextlib.suppress(PlaywrightError):
            self._context.tracing.stop_chunk(path=path)
            secrets = [*self._secrets(), *self._cookie_values()]
            scrub_trace(path, secrets)
            self.paths.append(path)
        return True

    def close(self, step: str) -> None:
        self.pause(step)
        if self._started:
            self._started = False
            with contextlib.suppress(PlaywrightError):
                self._context.tracing.stop()

    def keep(self, directory: str) -> list[str]:
        """Move the chunks to the artifacts folder (a failing run); their new paths."""
        kept = []
        target = private_dir(directory)
        for path in self.paths:
            dest = os.path.join(target, os.path.basename(path))
            with contextlib.suppress(OSError):
                shutil.move(path, dest)
                os.chmod(dest, 0o600)
                kept.append(dest)
        self.paths = []
        return kept

    def discard(self) -> None:
        for path in self.paths:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self.paths = []

    def _cookie_values(self) -> list[str]:
        try:
            return [str(c.get("value") or "") for c in self._context.cookies()]
        except PlaywrightError:
            return []


def scrub_trace(path: str, secrets: t.Iterable[str]) -> None:
    """Rewrite a trace archive in place without what was typed, password field values, cookies,
    authorization headers or form posts, and with every known secret blanked, mode 0600. An archive
    that cannot be rewritten is deleted: a trace that may hold a secret is worth less than none."""
    needles = _encodings(secrets)
    try:
        with zipfile.ZipFile(path) as src:
            members = [(item.filename, src.read(item.filename)) for item in src.infolist()]
        rewritten = []
        for name, data in members:
            if name.endswith(".network"):
                data = _each_line(data, _scrub_network_event)
            elif name.endswith(".trace"):
                data = _each_line(data, _scrub_trace_event)
            for needle in needles:
                data = data.replace(needle, BLANK.encode())
            rewritten.append((name, data))
        directory = os.path.dirname(path)
        tmp = os.path.join(directory, f".scrub-{os.path.basename(path)}")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
            for name, data in rewritten:
                dst.writestr(name, data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except (OSError, zipfile.BadZipFile, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(path)


def _encodings(secrets: t.Iterable[str]) -> list[bytes]:
    """Every form a value takes in a trace: raw, JSON-escaped (either way), URL-encoded."""
    forms: set[bytes] = set()
    for value in secrets:
        if not value:
            continue
        for text in (
            value,
            json.dumps(value)[1:-1],
            json.dumps(value, ensure_ascii=False)[1:-1],
            urllib.parse.quote(value, safe=""),
            urllib.parse.quote_plus(value, safe=""),
        ):
            forms.add(text.encode("utf-8"))
    return sorted(forms, key=len, reverse=True)


def _each_line(data: bytes, scrub: t.Callable[[dict[str, t.Any]], None]) -> bytes:
    out = []
    for line in data.split(b"\n"):
        if not line.strip():
            out.append(line)
            continue
        try:
            event = json.loads(line)
        except ValueError:
            continue  # not an event we can vouch for: dropped
        if isinstance(event, dict):
            scrub(event)
        out.append(json.dumps(event).encode())
    return b"\n".join(out)


def _scrub_network_event(event: dict[str, t.Any]) -> None:
    snapshot = event.get("snapshot")
    if not isinstance(snapshot, dict):
        return
    for part in ("request", "response"):
        section = snapshot.get(part)
        if isinstance(section, dict):
            section["headers"] = [
                h
                for h in section.get("headers", [])
                if isinstance(h, dict) and str(h.get("name", "")).lower() not in _SENSITIVE_HEADERS
            ]
            section.pop("cookies", None)
            if part == "request":
                section.pop("postData", None)  # form posts: the password, CSRF tokens


def _scrub_trace_event(event: dict[str, t.Any]) -> None:
    kind = event.get("type")
    if kind == "before" and event.get("method") in _TYPING_METHODS:
        params = event.get("params")
        if isinstance(params, dict):
            for field in ("value", "text", "values", "files", "payloads"):
                if field in params:
                    params[field] = BLANK
    elif kind == "log" and isinstance(event.get("message"), str):
        event["message"] = _TYPED_LOG.sub(lambda m: f'{m.group(1)}"{BLANK}"', event["message"])
    elif kind == "frame-snapshot":
        snapshot = event.get("snapshot")
        if isinstance(snapshot, dict):
            _scrub_snapshot_node(snapshot.get("html"))


def _scrub_snapshot_node(node: t.Any) -> None:
    """Snapshots are nested lists: [TAG, {attributes}, children...]. Field values (what was typed,
    a password, a read-only credential field) are blanked; the page's text is kept."""
    if not isinstance(node, list) or len(node) < 2 or not isinstance(node[0], str):
        return
    attrs = node[1] if isinstance(node[1], dict) else None
    if attrs is not None and "__playwright_value_" in attrs:
        attrs["__playwright_value_"] = BLANK
        if node[0] in ("INPUT", "TEXTAREA") and "value" in attrs:
            attrs["value"] = BLANK
    for child in node[2:]:
        _scrub_snapshot_node(child)


class RunArtifacts:
    """What a failing run leaves behind: one screenshot and the trace so far, named in the message.

    A run that succeeds leaves nothing: its trace chunks are discarded with the browser's private
    working folder."""

    def __init__(self, directory: str, known_values: t.Callable[[], t.Sequence[str]]) -> None:
        self.directory = directory
        self.paths: list[str] = []
        self._known_values = known_values
        self._trace: TraceRecorder | None = None
        self._captured = False

    def start_trace(self, context: BrowserContext, work_dir: str) -> None:
        """Record from now on (called once the key page is reached: never during the sign-in)."""
        if self._trace is None:
            self._trace = TraceRecorder(context, work_dir, self._known_values)
            self._trace.resume()

    def pause_trace(self, step: str) -> bool:
        """Stop recording before a secret can be on screen; whether it was recording."""
        return self._trace is not None and self._trace.pause(step)

    def resume_trace(self) -> None:
        if self._trace is not None:
            self._trace.resume()

    @contextlib.contextmanager
    def untraced(self, step: str) -> t.Iterator[None]:
        """No trace records what happens inside (a sign-in: the password typed)."""
        was_recording = self.pause_trace(step)
        yield
        if was_recording:
            self.resume_trace()

    def capture(self, page: Page, step: str) -> None:
        """The page as the failure left it (once a run), and the trace up to here."""
        if self._captured:
            return
        self._captured = True
        if self._trace is not None:
            # Closed first: a trace records every call's arguments, and blanking the page for the
            # screenshot passes it the very values to hide.
            self._trace.close(step)
            self.paths.extend(self._trace.keep(self.directory))
            self._trace = None
        try:
            shot = failure_screenshot(page, self.directory, step, self._known_values())
        except OSError:
            shot = None
        if shot:
            self.paths.append(shot)

    def allow_another_capture(self) -> None:
        """After a failure the run recovered from (a retried 'Générer'), a later one is captured too."""
        self._captured = False

    def end(self) -> None:
        """A run that got this far without a failure keeps no trace."""
        if self._trace is not None:
            self._trace.close("done")
            self._trace.discard()
            self._trace = None
