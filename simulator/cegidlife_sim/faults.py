"""Injected faults: every portal, sign-in and Loop API request passes through ``before_request``.

Each fault is a field of ``SimConfig`` (see config.py and the README's "Fault injection"
table), switchable at start (CLI) and at runtime (``POST /__sim__/config``). All are
deterministic: count-downs and counters, no randomness. Counters that are not config
(statistics, the ``error_every`` counter, pending push approvals) live in ``FaultState``,
shared by the portal and sign-in apps through ``LiveConfig.state``.

A few faults act inside the apps rather than here, because they happen after the work is
done: ``fail_post_after_commit`` and ``panel_fails`` (app.generate_key), ``mfa`` and
``lockout_after`` (sso), ``loop_redirect`` (loop_api). The admin endpoints (/__sim__/) never pass here, so a test can
always switch a fault off.
"""

from __future__ import annotations

import collections
import logging
import secrets
import socket
import struct
import threading
import time
import typing as t

from flask import Response, session

from .store import utc_now_iso

if t.TYPE_CHECKING:
    from flask import Request
    from flask.typing import ResponseReturnValue

    from .config import LiveConfig
    from .store import Store

# endpoint -> page name, per surface (the sign-in app is a separate Flask app).
_PORTAL_PAGES = {
    "home": "home",
    "catalogue": "catalogue",
    "key_page": "keys",
    "generate_key": "generate",
    "revoke_key": "revoke",
    "all_keys": "keys",
    "generate_any": "generate",
    "revoke_any": "revoke",
    "wizard_services": "catalogue",
    "auth_callback": "callback",
    "logout": "logout",
    "logout_link": "logout",
    "profile_page": "profile",
    "profile_save": "profile",
    "profile_delete": "profile",
    "password_page": "profile",
    "password_submit": "profile",
    "info_page": "info",
    "service_details": "info",
    "static": "static",
}
_SSO_PAGES = {
    "root": "signin",
    "sign_in_form": "signin",
    "sign_in_submit": "signin",
    "mfa_code_form": "mfa",
    "mfa_code_submit": "mfa",
    "mfa_push": "mfa",
    "static": "static",
}
# Portal pages that need a signed-in session: they count for expire_after_requests.
_SESSION_PAGES = {"home", "catalogue", "keys", "generate", "revoke", "profile"}
# Portal pages whose GETs count for error_every (profile: on the way to the keys in some renderings).
_ERROR_EVERY_PAGES = {"home", "catalogue", "keys", "profile"}
_LOG = logging.getLogger("cegidlife_sim.requests")
PUSH_TTL = 300.0  # seconds a push approval request stays pending


class FaultState:
    """Runtime counters: request statistics, the error_every counter, the expiry trigger, push approvals."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.error_every_seen = 0
        self.expire_armed = False
        self.push: dict[str, dict[str, t.Any]] = {}  # token -> {"uid", "email", "approved", "at"}
        self._reset_stats()

    def _reset_stats(self) -> None:
        self.since = utc_now_iso()
        self.pages: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        self.methods: collections.Counter[str] = collections.Counter()
        self.faults: collections.Counter[str] = collections.Counter()
        self.events: collections.Counter[str] = collections.Counter()

    def on_config_change(self, names: set[str]) -> None:
        with self.lock:
            if "error_every" in names:
                self.error_every_seen = 0
            if "expire_after_requests" in names:
                self.expire_armed = False

    # -- statistics ------------------------------------------------------------------------
    def count_request(self, page: str, method: str) -> None:
        with self.lock:
            self.pages[page][method] += 1
            self.methods[method] += 1

    def count_fault(self, name: str) -> None:
        with self.lock:
            self.faults[name] += 1

    def event(self, name: str) -> None:
        with self.lock:
            self.events[name] += 1

    def stats(self) -> dict[str, t.Any]:
        with self.lock:
            return {
                "since": self.since,
                "total": sum(self.methods.values()),
                "methods": dict(self.methods),
                "pages": {page: dict(c) for page, c in sorted(self.pages.items())},
                "faults": dict(self.faults),
                "events": dict(self.events),
            }

    def reset_stats(self) -> dict[str, t.Any]:
        """Start counting afresh; returns the counts until now."""
        before = self.stats()
        with self.lock:
            self._reset_stats()
        return before

    # -- push approvals ----------------------------------------------------------------------
    def push_request(self, user_id: int, email: str) -> str:
        token = secrets.token_urlsafe(24)
        now = time.monotonic()
        with self.lock:
            self.push = {k: v for k, v in self.push.items() if now - v["at"] < PUSH_TTL}
            self.push[token] = {"uid": user_id, "email": email.lower(), "approved": False, "at": now}
        return token

    def push_status(self, token: str) -> tuple[int | None, bool]:
        """(user id, approved) of a pending request; (None, False) if unknown or too old."""
        with self.lock:
            item = self.push.get(token)
            if item is None or time.monotonic() - item["at"] >= PUSH_TTL:
                return None, False
            return int(item["uid"]), bool(item["approved"])

    def push_done(self, token: str) -> None:
        with self.lock:
            self.push.pop(token, None)

    def push_approve(self, email: str | None) -> int:
        now = time.monotonic()
        with self.lock:
            n = 0
            for item in self.push.values():
                fresh = now - item["at"] < PUSH_TTL
                if fresh and not item["approved"] and (email is None or item["email"] == email.lower()):
                    item["approved"] = True
                    n += 1
            return n


def page_of(surface: str, request: Request) -> str:
    """What the request is for: one of config.PAGES, "static" or "other" (404s and the like)."""
    if surface == "loop-api":
        return "loop-api"
    table = _SSO_PAGES if surface == "sso" else _PORTAL_PAGES
    return table.get(request.endpoint or "", "other")


def before_request(
    live: LiveConfig, surface: str, request: Request, *, store: Store | None = None
) -> ResponseReturnValue | None:
    """``surface`` is "portal", "sso" or "loop-api". Returns a response to replace the page, or None."""
    cfg = live.get()
    state = live.state
    page = page_of(surface, request)
    state.count_request(page, request.method)
    if page in ("static", "other"):
        return None

    # 1. Slow: a page's own delay, else slow_ms (which spares the Loop API).
    delay = cfg.slow_pages.get(page, 0 if page == "loop-api" else cfg.slow_ms)
    if delay:
        state.count_fault("slowed")
        time.sleep(delay / 1000.0)

    # 2. Dropped connection: any method.
    if live.take("drop_next", lambda v: v["page"] in ("any", page)):
        state.count_fault("dropped")
        return drop_connection(request)

    # 3. Errors: GETs only; a POST (Générer, Révoquer, sign-in) is never failed here.
    if request.method in ("GET", "HEAD"):
        fired = live.take("fail_next", lambda v: v["page"] in ("any", page))
        if fired:
            state.count_fault("failed")
            return error_page(int(fired["status"]))
        if cfg.error_every and surface == "portal" and page in _ERROR_EVERY_PAGES:
            with state.lock:
                state.error_every_seen += 1
                due = state.error_every_seen % cfg.error_every == 0
            if due:
                state.count_fault("error_every")
                return error_page(502)

    # 4. Session expiry after N more signed-in portal page requests.
    if surface == "portal" and page in _SESSION_PAGES and session.get("uid") is not None:
        with state.lock:
            armed, state.expire_armed = state.expire_armed, False
        if armed:
            state.count_fault("expired")
            if store is not None:
                store.sessions_clear("portal")
            session.clear()  # the portal's guard now sends the browser to sign-in, with the return URL
        elif live.take("expire_after_requests") == 1:
            with state.lock:
                state.expire_armed = True
    return None


_MESSAGES = {
    500: "Erreur interne du serveur",
    502: "Mauvaise passerelle",
    503: "Service indisponible",
}


def error_page(status: int) -> Response:
    """A bare gateway-style error page, not the portal's layout (no header, no profile menu)."""
    body = (
        '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{status} Service indisponible</title></head>\n<body>\n<h1>Service indisponible</h1>\n"
        f"<p>Le service est momentanément indisponible ({status} {_MESSAGES[status]}). "
        "Veuillez réessayer plus tard.</p>\n</body></html>\n"
    )
    return Response(body, status=status, mimetype="text/html", headers={"Cache-Control": "no-store"})


def drop_connection(request: Request) -> Response:
    """Close the client's connection without an HTTP response (the client sees a reset/empty reply).

    Werkzeug's development server puts the socket in ``environ["werkzeug.socket"]``: abort it
    (SO_LINGER 0, then shutdown) so the server reads no further request on it, and answer with
    a body that raises ConnectionResetError before anything is written: the server takes that
    for a client that went away, sends nothing and logs no status.
    """
    sock = request.environ.get("werkzeug.socket")
    _LOG.info('"%s %s" connection dropped (drop_next)', request.method, request.script_root + request.path)
    if not isinstance(sock, socket.socket):
        return Response("", status=502)  # another WSGI server: the nearest thing is an empty 502
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass

    def body() -> t.Iterator[bytes]:
        yield from ()  # a generator that fails on its first chunk
        raise ConnectionResetError("connection dropped by the drop_next fault")

    return Response(body(), status=500, mimetype="text/plain")
