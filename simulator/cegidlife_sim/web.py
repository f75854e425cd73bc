"""What the portal and the sign-in apps share: Flask setup, CSRF, ids, dates, headers."""

from __future__ import annotations

import functools
import hmac
import secrets
import typing as t
import unicodedata
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from flask import Flask, Response, render_template, request, session

from . import navigation, words
from .sessions import StoreSessionInterface

if t.TYPE_CHECKING:
    from .config import LiveConfig
    from .store import Store

PKG_DIR = Path(__file__).resolve().parent
CSRF_FIELD = "csrf_token"


def make_flask(name: str, store: Store, live: LiveConfig, *, scope: str, cookie_name: str, cookie_path: str) -> Flask:
    app = Flask(name, template_folder=str(PKG_DIR / "templates"), static_folder=str(PKG_DIR / "static"))
    app.secret_key = store.secret_key()
    app.session_interface = StoreSessionInterface(store, scope, cookie_name, cookie_path)
    app.jinja_env.globals.update(rid=rid, csrf_token=csrf_token, csrf_field=CSRF_FIELD)
    app.jinja_env.filters["frdate"] = frdate
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    @app.context_processor
    def _inject() -> dict[str, t.Any]:
        # One config per page: the words and names it shows all come from the same axes.
        cfg = live.get()
        return {
            "cfg": cfg,
            "w": words.Words.of(cfg),
            "display": functools.partial(words.display_name, cfg),
            "title_of": functools.partial(words.title_name, cfg),
            "account_label": functools.partial(words.account_label, cfg),
            "account_entries": functools.partial(navigation.account_entries, cfg),
            "header_links": functools.partial(navigation.header_links, cfg),
            "footer_links": navigation.footer_links(cfg),
            "logout_entry": functools.partial(navigation.logout_entry, cfg),
        }

    app.after_request(_headers)
    return app


def rid() -> str:
    """A random element id: the alt layout must not offer stable ids to a page model."""
    return "x" + secrets.token_hex(5)


def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return str(token)


def csrf_valid() -> bool:
    sent = request.form.get(CSRF_FIELD) or request.headers.get("X-CSRF-Token") or ""
    expected = session.get("csrf")
    return bool(expected) and hmac.compare_digest(str(sent).encode(), str(expected).encode())


def csrf_failure() -> tuple[str, int]:
    return render_template("message.html", title="Erreur", heading="Requête refusée", text="Jeton CSRF invalide"), 400


def safe_return_path(value: t.Any) -> str | None:
    """``value`` if it is a path on this origin (a return path such as ``wctx``), else None.

    Exactly one leading slash; no backslash (browsers read it as a slash), control character or
    white space anywhere (browsers drop tab and newline from URLs, so slash, TAB, slash, host would
    become ``//host``); and once parsed and joined to an origin, still no scheme and no other host.
    """
    if not isinstance(value, str) or not value.startswith("/") or len(value) > 2000:
        return None
    if value.startswith(("//", "/\\")) or "\\" in value:
        return None
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in value):
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    joined = urlsplit(urljoin("http://return.invalid/", value))
    if joined.netloc != "return.invalid" or joined.path.startswith("//"):
        return None
    return value


def frdate(iso: str | None) -> str:
    """dd/mm/yyyy HH:MM in the server's local time, as the portal shows dates."""
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")


def _headers(response: Response) -> Response:
    # Pages may hold one-time secrets: never cache them, so Back cannot bring a panel back.
    if response.mimetype in ("text/html", "application/json"):
        response.headers["Cache-Control"] = "no-store"
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response
