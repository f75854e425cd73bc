"""Server-side Flask sessions kept in the Store.

Flask's default session is a signed cookie anyone can read; server-side rows keep CSRF tokens
and sign-in state off the wire, survive restarts (the file holds them), and let
/__sim__/sessions/expire end every portal session at once.
"""

from __future__ import annotations

import secrets
import typing as t

from flask.sessions import SessionInterface, SessionMixin
from itsdangerous import BadSignature, URLSafeSerializer
from werkzeug.datastructures import CallbackDict

if t.TYPE_CHECKING:
    from flask import Flask, Request, Response

    from .store import Store


class ServerSession(CallbackDict[str, t.Any], SessionMixin):
    def __init__(self, initial: t.Mapping[str, t.Any] | None = None, *, sid: str, new: bool) -> None:
        def on_update(dummy: t.Any) -> None:
            self.modified = True

        super().__init__(initial, on_update)
        self.sid = sid
        self.new = new
        self.modified = False
        self.previous_sid: str | None = None

    def rotate(self) -> None:
        """Give the session a new id so the old one is worthless: after sign-in, and after every
        signed-in answer with session_cookie: rotate (app._rotate_session)."""
        if self.previous_sid is None:
            self.previous_sid = self.sid
        self.sid = secrets.token_urlsafe(32)
        self.modified = True


class StoreSessionInterface(SessionInterface):
    def __init__(self, store: Store, scope: str, cookie_name: str, cookie_path: str) -> None:
        self.store = store
        self.scope = scope
        self.cookie_name = cookie_name
        self.cookie_path = cookie_path

    def _serializer(self, app: Flask) -> URLSafeSerializer:
        return URLSafeSerializer(str(app.secret_key), salt=f"cegidlife-sim-session-{self.scope}")

    def open_session(self, app: Flask, request: Request) -> ServerSession:
        raw = request.cookies.get(self.cookie_name)
        if raw:
            try:
                sid = str(self._serializer(app).loads(raw))
            except BadSignature:
                sid = ""
            data = self.store.session_load(self.scope, sid) if sid else None
            if data is not None:
                return ServerSession(data, sid=sid, new=False)
        return ServerSession(sid=secrets.token_urlsafe(32), new=True)

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        assert isinstance(session, ServerSession)
        if session.previous_sid is not None:
            self.store.session_delete(self.scope, session.previous_sid)
        if not session:
            # Emptied (sign-out, expiry): forget it server-side and in the browser.
            if not session.new or session.previous_sid is not None:
                self.store.session_delete(self.scope, session.sid)
                response.delete_cookie(self.cookie_name, path=self.cookie_path, httponly=True, samesite="Lax")
            return
        if not session.modified:
            return
        self.store.session_save(self.scope, session.sid, dict(session))
        if session.new or session.previous_sid is not None:
            response.set_cookie(
                self.cookie_name,
                self._serializer(app).dumps(session.sid),
                path=self.cookie_path,
                httponly=True,
                samesite="Lax",
                secure=False,  # the simulator serves plain HTTP on loopback
            )
