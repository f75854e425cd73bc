# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Failure screenshots and Playwright traces that hold no secret.

A screenshot is taken after every value the run knows to be secret is blanked from the page (text,
field values, attributes) and with every field masked. A trace records only the steps that show no
secret: it is stopped, not merely paused, around every sign-in and from "Générer" until the one-time
panel is gone. (A trace chunk ends its actions, but not the network log: Playwright keeps recording
requests, and their bodies as resource files, until tracing itself stops, and puts them in every
later chunk. Each stretch is therefore a trace of its own.) Traces are written to a private working
folder (0700, made before Playwright writes), then scrubbed: typed values, field values, cookies,
authorization headers, request bodies (the form posts' resource files too), and every known secret
in every form a browser or a trace writes it (raw, percent-encoded in any case and any safe set -
the WHATWG form encoding among them -, JSON- and HTML-escaped, base64). The scrubbed archive is read
again and searched for all of those forms: one that still holds any is deleted, and the failure says
so. Only a failing run moves the traces to the artifacts folder. Files are mode 0600 in a 0700 folder.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import json
import os
import re
import shutil
import string
import typing as t
import urllib.parse
import zipfile

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.private_files import private_dir

if t.TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page

BLANK = "********"

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
        page.evaluate(script("blank_secrets"), values)
        try:
            png = page.screenshot(full_page=True, mask=[page.locator("input, textarea")], timeout=10_000)
        finally:
            page.evaluate(script("restore_secrets"))
    except PlaywrightError:
        return None
    path = _stamped(private_dir(directory), step, ".png")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(png)
    return path


class TraceRecorder:
    """A Playwright trace in stretches, recorded only while no secret is on screen.

    `work_dir` is the browser's private traces folder; `secrets()` gives, at scrub time, every
    value known to be secret (the password, credentials read so far). Each stretch is a whole
    trace (started, then stopped): stopping only a chunk would leave the network log running."""

    def __init__(self, context: BrowserContext, work_dir: str, secrets: t.Callable[[], t.Sequence[str]]) -> None:
        self._context = context
        self._work_dir = work_dir
        self._secrets = secrets
        self._recording = False
        self.paths: list[str] = []  # scrubbed traces, still in the private working folder
        self.dropped = 0  # traces deleted because a secret was still in them after scrubbing

    def resume(self) -> None:
        if self._recording:
            return
        with contextlib.suppress(PlaywrightError):
            # Screenshots off: a trace's film strip would show what the page shows.
            self._context.tracing.start(snapshots=True, screenshots=False, sources=False)
            self._recording = True

    def pause(self, step: str) -> bool:
        """Stop tracing into a scrubbed file (called before a secret can appear, a sign-in among
        them); whether it was recording."""
        if not self._recording:
            return False
        self._recording = False
        path = _stamped(self._work_dir, step, ".trace.zip")
        try:
            self._context.tracing.stop(path=path)
        except PlaywrightError:
            with contextlib.suppress(OSError):
                os.unlink(path)
            return True
        # Read once tracing stopped (the call is not in the trace); nothing changed them since.
        if scrub_trace(path, [*self._secrets(), *self._cookie_values()]):
            self.paths.append(path)
        else:
            self.dropped += 1
        return True

    def close(self, step: str) -> None:
        self.pause(step)

    def keep(self, directory: str) -> list[str]:
        """Move the traces to the artifacts folder (a failing run); their new paths."""
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


def scrub_trace(path: str, secrets: t.Iterable[str]) -> bool:
    """Rewrite a trace archive in place without what was typed, field values, cookies,
    authorization headers or request bodies, and with every known secret blanked in every form it
    takes; mode 0600. Then read it again: an archive that still holds a secret in any of those
    forms, or that cannot be rewritten, is deleted (a trace that may hold a secret is worth less
    than none). Whether the archive is kept."""
    finder = SecretFinder(secrets)
    try:
        with zipfile.ZipFile(path) as src:
            members = [(item.filename, src.read(item.filename)) for item in src.infolist()]
        bodies: set[str] = set()  # resource files that are request bodies (form posts): dropped
        rewritten = []
        for name, data in members:
            if name.endswith(".network"):
                data = _each_line(data, lambda event: _scrub_network_event(event, bodies))
            elif name.endswith(".trace"):
                data = _each_line(data, _scrub_trace_event)
            rewritten.append((name, data))
        directory = os.path.dirname(path)
        tmp = os.path.join(directory, f".scrub-{os.path.basename(path)}")
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
            for name, data in rewritten:
                if name not in bodies:
                    dst.writestr(name, finder.blank(data))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        with zipfile.ZipFile(path) as check:
            if any(finder.holds(check.read(item.filename)) for item in check.infolist()):
                raise ValueError("a secret is still in the trace")
    except (OSError, zipfile.BadZipFile, ValueError, RuntimeError):
        with contextlib.suppress(OSError):
            os.unlink(path)
        return False
    return True


# Every way a browser, a server or a trace writes one character of a value: itself (after any
# number of backslashes: JSON, JavaScript), percent-encoded in either case (twice too: %25XX), '+'
# for a space (form encoding), \uXXXX and \xXX escapes, HTML character references. Any mixture is
# found, so every percent-encoding's safe set is covered at once: Python's quote (which keeps '~'),
# the WHATWG form encoding (which keeps '*' and encodes '~'), encodeURIComponent...
_FORM_SAFE = frozenset(string.ascii_letters + string.digits + "*-._")
_HTML_NAMES = {"&": b"amp", "<": b"lt", ">": b"gt", '"': b"quot", "'": b"apos"}


def _hex_rx(number: int, width: int = 0) -> bytes:
    """`number` in hexadecimal, either case, at least `width` digits (HTML: any leading zeros)."""
    digits = f"{number:0{width}x}" if width else f"{number:x}"
    return b"".join(f"[{d}{d.upper()}]".encode() if d.isalpha() else d.encode() for d in digits)


def _char_rx(char: str) -> bytes:
    raw = char.encode("utf-8")
    code = ord(char)
    forms = [(rb"\\*" + re.escape(raw)) if char.isascii() and not char.isalnum() else re.escape(raw)]
    forms.append(b"".join(b"%(?:25)*" + _hex_rx(byte, 2) for byte in raw))
    if char == " ":
        forms.append(rb"\+")
    units = [code] if code < 0x10000 else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)]
    forms.append(b"".join(rb"\\+u" + _hex_rx(unit, 4) for unit in units))
    if code < 0x100:
        forms.append(rb"\\+x" + _hex_rx(code, 2))
    forms.append(b"&#0*" + str(code).encode() + b";?")
    forms.append(b"&#[xX]0*" + _hex_rx(code) + b";?")
    if char in _HTML_NAMES:
        forms.append(b"&" + _HTML_NAMES[char] + b";")
    return b"(?:" + b"|".join(forms) + b")"


def _base64_forms(value: bytes) -> set[bytes]:
    """The characters of base64(value) that stay the same wherever value stands in a longer
    base64 text (each of the three alignments), in the standard and URL-safe alphabets."""
    forms = set()
    for shift in range(3):
        text = base64.b64encode(b"\0" * shift + value)
        start = -(-shift * 8 // 6)
        end = ((shift + len(value)) * 8) // 6
        middle = text[start:end]
        if len(middle) >= 8:  # shorter ones would blank unrelated text
            forms.add(middle)
            forms.add(middle.replace(b"+", b"-").replace(b"/", b"_"))
    return forms


class SecretFinder:
    """Finds and blanks known values in every form they take (see _char_rx), and their base64."""

    def __init__(self, secrets: t.Iterable[str]) -> None:
        values = sorted({v for v in secrets if v}, key=len, reverse=True)
        parts = [b"".join(_char_rx(ch) for ch in value) for value in values]
        literal: set[bytes] = set()
        for value in values:
            for text in (value, urllib.parse.quote(value, safe=""), _form_encoded(value)):
                literal |= _base64_forms(text.encode("utf-8"))
        parts += [re.escape(form) for form in sorted(literal, key=len, reverse=True)]
        self._rx = re.compile(b"|".join(parts)) if parts else None

    def blank(self, data: bytes) -> bytes:
        return self._rx.sub(BLANK.encode(), data) if self._rx is not None else data

    def holds(self, data: bytes) -> bool:
        return self._rx is not None and self._rx.search(data) is not None


def _form_encoded(value: str) -> str:
    """application/x-www-form-urlencoded as browsers write it (WHATWG): '*-._' and alphanumerics
    kept, a space as '+', everything else percent-encoded, '~' included (Python's quote keeps it)."""
    return "".join(
        ch if ch in _FORM_SAFE else "+" if ch == " " else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
        for ch in value
    )


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


def _scrub_network_event(event: dict[str, t.Any], bodies: set[str]) -> None:
    """Headers that carry a session or a credential, cookies, and request bodies (form posts: a
    password, CSRF tokens), whose resource files are noted in `bodies` to be dropped."""
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
                body = section.pop("postData", None)
                if isinstance(body, dict):
                    for field in ("_file", "_sha1"):
                        if isinstance(body.get(field), str):
                            bodies.add(body[field] if "/" in body[field] else f"resources/{body[field]}")


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
        self.notes: list[str] = []  # what the failure message says of artifacts not kept
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
            if self._trace.dropped:
                self.notes.append(
                    f"{self._trace.dropped} part(s) of the trace were deleted: a secret was still in them after "
                    "scrubbing"
                )
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
