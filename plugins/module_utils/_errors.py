# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Errors that carry what failed: the step, the page, what was expected."""

from __future__ import annotations

import typing as t
from urllib.parse import urlsplit, urlunsplit


class CegidLifeError(Exception):
    """A failure the module reports as is (no traceback)."""

    def __init__(self, message: str, *, step: str | None = None, url: str | None = None, **details: t.Any) -> None:
        super().__init__(message)
        self.message = message
        self.step = step
        self.url = url
        self.details = details

    def __str__(self) -> str:
        parts = []
        if self.step:
            parts.append(f"{self.step}: ")
        parts.append(self.message)
        if self.url:
            parts.append(f" (page: {safe_url(self.url)})")
        return "".join(parts)


class PortalError(CegidLifeError):
    """The portal did not show what the page model expected."""


class SignInError(PortalError):
    """The portal refused the credentials or asked for something we cannot give."""


class NotFoundError(PortalError):
    """A named thing (service, tiers) is not offered by the portal."""


class ControlGoneError(NotFoundError):
    """The control to click left the page while what was drawn over it was answered."""


class GenerationRefusedError(PortalError):
    """The portal does not let a key be generated (its control is disabled): nothing was generated."""


class SecretNotDeliveredError(PortalError):
    """A key was generated but its one-time secret could not be read."""


class TransientError(PortalError):
    """A fault worth retrying on a safe step: HTTP 5xx, a dropped connection, a timeout."""


class SessionExpiredError(PortalError):
    """The portal showed its sign-in page where a signed-in page was expected."""


class BrowserError(CegidLifeError):
    """The browser could not be found or started."""


def safe_url(url: str) -> str:
    """The URL without query and fragment: those may carry session codes or return URLs."""
    try:
        parts = urlsplit(url)
        # hostname/port only: user info (user:password@) never reaches a message.
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
    except ValueError:
        return "<unparsable URL>"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def redact(text: str, secrets: t.Iterable[str | None]) -> str:
    """Replace every secret value in a message (longest first, so no part of one survives)."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        text = text.replace(secret, "********")
    return text


class TaskFailed(Exception):
    """The task fails with this (already redacted) message and these extra result keys."""

    def __init__(self, msg: str, **extra: t.Any) -> None:
        super().__init__(msg)
        self.msg = msg
        self.extra = extra


def first_line(exc: BaseException) -> str:
    """The first non-empty line of an error, or its type's name."""
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
