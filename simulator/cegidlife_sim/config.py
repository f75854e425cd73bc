"""The simulator's variants and fault switches, settable at start and at runtime.

The real portal's sign-in, credential display, revoke confirmation, key list rendering and
session cookie handling are unknown (see PORTAL.md), so each plausible shape is a variant here.
Fault switches (slow pages, 5xx, dropped connections, session expiry, TOTP, lockout...) are
more fields of ``SimConfig``, acted on by ``faults.before_request`` and a few hooks in the
apps. Count-down switches (``fail_next``, ``drop_next``, ``panel_fails``, ...) are decremented
in the live config as they fire, so ``GET /__sim__/config`` shows what is left.
"""

from __future__ import annotations

import base64
import binascii
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
    "key_list": ("server", "client"),  # client: the key rows are built by sim.js from JSON
    "session_cookie": ("fixed", "rotate"),  # rotate: a new session id on every signed-in answer
    "mfa": ("none", "totp", "push"),
}

# Names faults use for what a request is for (see faults.page_of). "any" matches every one
# of them except "static".
PAGES: tuple[str, ...] = (
    "signin",
    "mfa",
    "home",
    "catalogue",
    "keys",
    "generate",
    "revoke",
    "callback",
    "logout",
    "loop-api",
)
GET_PAGES: tuple[str, ...] = ("signin", "mfa", "home", "catalogue", "keys", "loop-api")
FAIL_STATUSES: tuple[int, ...] = (500, 502, 503)
MAX_DELAY_MS = 120_000
MAX_COUNT = 1_000_000
DEFAULT_TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # documented: every user without a secret of their own uses it

# Fields that are faults (reset by POST /__sim__/faults/reset), as opposed to rendering variants.
FAULT_FIELDS: tuple[str, ...] = (
    "slow_ms",
    "slow_pages",
    "fail_next",
    "error_every",
    "fail_post_after_commit",
    "drop_next",
    "expire_after_requests",
    "panel_fails",
    "mfa",
    "totp_secrets",
    "lockout_after",
)


def _count(name: str, value: t.Any, *, maximum: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValueError(f"{name}: {value!r} is not an integer from 0 to {maximum}")
    return value


def _int_text(name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(f"{name}: {text!r} is not an integer") from None


def _slow_pages(value: t.Any) -> dict[str, int]:
    """{"catalogue": 3000} or ["catalogue:3000", ...] or "catalogue:3000,keys:2000"."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = [p for p in value.split(",") if p.strip()]
    if isinstance(value, (list, tuple)):
        pairs: dict[str, t.Any] = {}
        for item in value:
            page, sep, ms = str(item).partition(":")
            if not sep:
                raise ValueError(f"slow_pages: {item!r} is not PAGE:MS")
            pairs[page.strip()] = _int_text("slow_pages", ms)
        value = pairs
    if not isinstance(value, dict):
        raise ValueError("slow_pages: expected a mapping of page to milliseconds")
    out: dict[str, int] = {}
    for page, ms in value.items():
        if page not in PAGES:
            raise ValueError(f"slow_pages: unknown page {page!r}; known: {', '.join(PAGES)}")
        out[page] = _count(f"slow_pages[{page}]", ms, maximum=MAX_DELAY_MS)
    return {k: v for k, v in out.items() if v}


def _fail_next(value: t.Any) -> dict[str, t.Any] | None:
    """{"page": "keys", "status": 503, "count": 2} or "keys:503:2"; None or count 0 = off."""
    if value is None:
        return None
    if isinstance(value, str):
        parts = value.split(":")
        if not 1 <= len(parts) <= 3:
            raise ValueError(f"fail_next: {value!r} is not PAGE[:STATUS[:COUNT]]")
        value = {
            "page": parts[0],
            **({"status": _int_text("fail_next", parts[1])} if len(parts) > 1 else {}),
            **({"count": _int_text("fail_next", parts[2])} if len(parts) > 2 else {}),
        }
    if not isinstance(value, dict) or set(value) - {"page", "status", "count"}:
        raise ValueError('fail_next: expected {"page": ..., "status": 500|502|503, "count": N} or null')
    page = value.get("page", "any")
    if page != "any" and page not in GET_PAGES:
        raise ValueError(f"fail_next: page {page!r} is not one of any, {', '.join(GET_PAGES)} (only GETs fail)")
    status = value.get("status", 503)
    if status not in FAIL_STATUSES or isinstance(status, bool):
        raise ValueError(f"fail_next: status {status!r} is not one of {', '.join(map(str, FAIL_STATUSES))}")
    count = _count("fail_next.count", value.get("count", 1))
    return {"page": page, "status": status, "count": count} if count else None


def _drop_next(value: t.Any) -> dict[str, t.Any] | None:
    """{"page": "keys", "count": 1} or "keys:1"; None or count 0 = off."""
    if value is None:
        return None
    if isinstance(value, str):
        name, sep, number = value.partition(":")
        value = {"page": name, **({"count": _int_text("drop_next", number)} if sep else {})}
    if not isinstance(value, dict) or set(value) - {"page", "count"}:
        raise ValueError('drop_next: expected {"page": ..., "count": N} or null')
    page = value.get("page", "any")
    if page != "any" and page not in PAGES:
        raise ValueError(f"drop_next: page {page!r} is not one of any, {', '.join(PAGES)}")
    count = _count("drop_next.count", value.get("count", 1))
    return {"page": page, "count": count} if count else None


def valid_base32(secret: str) -> bool:
    text = secret.strip().replace(" ", "").upper()
    if not text:
        return False
    try:
        return bool(base64.b32decode(text + "=" * (-len(text) % 8)))
    except (binascii.Error, ValueError):
        return False


def _totp_secrets(value: t.Any) -> dict[str, str]:
    """{"user@x": "BASE32", "*": "BASE32"} or ["user@x:BASE32", "BASE32"] ("*" / no e-mail: every user)."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (list, tuple)):
        pairs: dict[str, t.Any] = {}
        for item in value:
            email, sep, secret = str(item).rpartition(":")
            pairs[email.strip() if sep and email.strip() else "*"] = secret
        value = pairs
    if not isinstance(value, dict):
        raise ValueError("totp_secrets: expected a mapping of e-mail (or '*') to a base32 secret")
    out: dict[str, str] = {}
    for email, secret in value.items():
        if not isinstance(secret, str) or not valid_base32(secret):
            raise ValueError(f"totp_secrets: the secret for {email!r} is not base32")  # never echo it
        out[str(email).strip().lower()] = secret.strip().replace(" ", "").upper()
    return out


@dataclasses.dataclass(frozen=True)
class SimConfig:
    login: str = "one-step"
    credentials: str = "text"
    confirm: str = "modal"
    page_size: int = 0  # 0 = no pagination
    layout: str = "classic"
    session_ttl: int = 3600  # seconds from sign-in
    key_list: str = "server"
    session_cookie: str = "fixed"
    # -- faults (see README "Fault injection") --
    slow_ms: int = 0
    slow_pages: dict[str, int] = dataclasses.field(default_factory=dict)
    fail_next: dict[str, t.Any] | None = None
    error_every: int = 0
    fail_post_after_commit: bool = False
    drop_next: dict[str, t.Any] | None = None
    expire_after_requests: int = 0
    panel_fails: int = 0
    mfa: str = "none"
    totp_secrets: dict[str, str] = dataclasses.field(default_factory=dict)
    lockout_after: int = 0

    def __post_init__(self) -> None:
        for name, allowed in CHOICES.items():
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
        for name in (
            "page_size",
            "session_ttl",
            "error_every",
            "expire_after_requests",
            "panel_fails",
            "lockout_after",
        ):
            _count(name, getattr(self, name))
        _count("slow_ms", self.slow_ms, maximum=MAX_DELAY_MS)
        if not isinstance(self.fail_post_after_commit, bool):
            raise ValueError(f"fail_post_after_commit: {self.fail_post_after_commit!r} is not true or false")
        # Normalise the structured switches (the dataclass is frozen: set through object).
        object.__setattr__(self, "slow_pages", _slow_pages(self.slow_pages))
        object.__setattr__(self, "fail_next", _fail_next(self.fail_next))
        object.__setattr__(self, "drop_next", _drop_next(self.drop_next))
        object.__setattr__(self, "totp_secrets", _totp_secrets(self.totp_secrets))

    def as_dict(self) -> dict[str, t.Any]:
        return dataclasses.asdict(self)

    def replaced(self, changes: t.Mapping[str, t.Any]) -> SimConfig:
        """A copy with ``changes`` applied; unknown fields and bad values raise ValueError.

        ``totp`` is accepted as a shorthand: true = ``mfa: totp``, false = ``mfa: none``.
        """
        changes = dict(changes)
        if "totp" in changes:
            totp = changes.pop("totp")
            if not isinstance(totp, bool):
                raise ValueError(f"totp: {totp!r} is not true or false")
            changes.setdefault("mfa", "totp" if totp else "none")
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return dataclasses.replace(self, **changes)

    def totp_secret_for(self, email: str) -> str:
        return self.totp_secrets.get(email.strip().lower()) or self.totp_secrets.get("*") or DEFAULT_TOTP_SECRET


class LiveConfig:
    """The current SimConfig, swapped atomically so a request always sees one consistent set.

    ``state`` holds what faults count at runtime (request statistics, counters, pending push
    approvals); it is shared by the portal and the sign-in apps like the config itself.
    """

    def __init__(self, initial: SimConfig) -> None:
        from .faults import FaultState

        self._lock = threading.Lock()
        self._current = initial
        self.state = FaultState()

    def get(self) -> SimConfig:
        return self._current

    def update(self, changes: t.Mapping[str, t.Any]) -> SimConfig:
        with self._lock:
            self._current = self._current.replaced(changes)
            self.state.on_config_change(set(changes))
            return self._current

    def take(self, name: str, match: t.Callable[[t.Any], bool] | None = None) -> t.Any:
        """Consume one unit of a count-down switch if it is on (and ``match(value)``, when given).

        Returns the value before (``fail_next`` / ``drop_next``: their dict; ``panel_fails`` /
        ``expire_after_requests``: the count; ``fail_post_after_commit``: True, then it turns
        itself off), or None when nothing fired. Checked and consumed under one lock.
        """
        with self._lock:
            cur = self._current
            value = getattr(cur, name)
            if not value or (match is not None and not match(value)):
                return None
            if name in ("fail_next", "drop_next"):
                left = dict(value, count=value["count"] - 1)
                new: t.Any = left if left["count"] else None
            elif name == "fail_post_after_commit":
                new = False
            else:
                new = value - 1
            self._current = dataclasses.replace(cur, **{name: new})
            return value


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
