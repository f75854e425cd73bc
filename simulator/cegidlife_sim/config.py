"""The simulator's variants: how the portal behaves, switchable at start and at runtime.

The real portal's sign-in, credential display and revoke confirmation are unknown (see
PORTAL.md), so each plausible shape is a variant here. Fault switches (slow pages, 5xx,
dropped connections, TOTP, lockout...) are meant to become more fields of ``SimConfig``,
read by ``faults.before_request``.
"""

from __future__ import annotations

import dataclasses
import threading
import typing as t
from urllib.parse import urlsplit

if t.TYPE_CHECKING:
    from flask import Request

# Allowed values of the enumerated variants; the CLI and /__sim__/config share them.
CHOICES: dict[str, tuple[str, ...]] = {
    "login": ("one-step", "two-step"),
    "credentials": ("text", "inputs", "copy-only"),
    "confirm": ("modal", "native", "none"),
    "layout": ("classic", "alt"),
}


@dataclasses.dataclass(frozen=True)
class SimConfig:
    login: str = "one-step"
    credentials: str = "text"
    confirm: str = "modal"
    page_size: int = 0  # 0 = no pagination
    layout: str = "classic"
    session_ttl: int = 3600  # seconds from sign-in

    def __post_init__(self) -> None:
        for name, allowed in CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
        for name in ("page_size", "session_ttl"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name}: {value!r} is not an integer >= 0")

    def as_dict(self) -> dict[str, t.Any]:
        return dataclasses.asdict(self)

    def replaced(self, changes: t.Mapping[str, t.Any]) -> SimConfig:
        """A copy with ``changes`` applied; unknown fields and bad values raise ValueError."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return dataclasses.replace(self, **dict(changes))


class LiveConfig:
    """The current SimConfig, swapped atomically so a request always sees one consistent set."""

    def __init__(self, initial: SimConfig) -> None:
        self._lock = threading.Lock()
        self._current = initial

    def get(self) -> SimConfig:
        return self._current

    def update(self, changes: t.Mapping[str, t.Any]) -> SimConfig:
        with self._lock:
            self._current = self._current.replaced(changes)
            return self._current


@dataclasses.dataclass(frozen=True)
class Topology:
    """Where the two servers listen, so each can send the browser to the other.

    URLs are built from the host name the browser used (a CI job may reach the simulator as
    "localhost", "127.0.0.1" or a container name), with the port of the other server.
    """

    portal_port: int
    sso_port: int | None  # None: the sign-in pages are on the portal's own origin, under /adfs/
    sso_public_url: str | None = None  # override, e.g. behind a port mapping or a proxy

    def sso_base(self, request: Request) -> str:
        if self.sso_public_url:
            return self.sso_public_url.rstrip("/")
        if self.sso_port is None:
            return request.host_url.rstrip("/")
        return f"{request.scheme}://{request_hostname(request)}:{self.sso_port}"

    def portal_base(self, request: Request) -> str:
        if self.sso_port is None:
            return request.host_url.rstrip("/")
        return f"{request.scheme}://{request_hostname(request)}:{self.portal_port}"


def request_hostname(request: Request) -> str:
    """The host name the browser used, without port, IPv6 kept in brackets."""
    name = urlsplit("//" + request.host).hostname or "127.0.0.1"
    return f"[{name}]" if ":" in name else name
