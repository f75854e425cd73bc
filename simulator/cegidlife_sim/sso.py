"""The sign-in app, shaped like an ADFS host: /adfs/ls/ asks for e-mail and password.

Public code links CegidLife to an ADFS host, so sign-in may happen on another origin. On
success this app hands the browser back to the portal the way ADFS does, with an
auto-submitted POST form: the single-use code then never appears in a URL or a request log.
It keeps no signed-in state of its own: after the portal session ends, one signs in again.

Faults that live here: ``mfa`` (a TOTP code page, or a push approval page, after the
password) and ``lockout_after`` (N consecutive wrong passwords lock the user, in the file).
"""

from __future__ import annotations

import time
import typing as t
from urllib.parse import urlencode, urlsplit

from flask import Flask, redirect, render_template, request, session
from werkzeug.wrappers import Response

from . import faults
from .web import csrf_failure, csrf_valid, make_flask, safe_return_path

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from .config import LiveConfig, Topology
    from .store import Store

SSO_COOKIE = "cegidlife_sso"  # differs from the portal's: cookies ignore ports
BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect."
STEP_PASSWORD = "mot-de-passe"
MFA_TTL = 300.0  # seconds between the password and the second factor
# Endpoints that carry wreply and wctx, and may end in the hand-back page (a one-time code).
_HAND_BACK = {"sign_in_form", "sign_in_submit", "mfa_code_form", "mfa_code_submit", "mfa_push"}


def totp_ok(secret: str, code: str) -> bool:
    """A 6-digit TOTP code (30 s steps, SHA-1), one step of clock drift either way."""
    import pyotp  # only needed with --mfa totp

    class AnyLengthTOTP(pyotp.TOTP):
        # Recent pyotp (2.12) refuses secrets under 112 bits; the documented default has 80.
        min_secret_length_bits = 0

    code = "".join(code.split())
    return len(code) == 6 and code.isdigit() and bool(AnyLengthTOTP(secret).verify(code, valid_window=1))


def create_sso_app(store: Store, live: LiveConfig, topology: Topology) -> Flask:
    """The app to mount under /adfs (its own routes are relative to that prefix)."""
    app = make_flask("cegidlife_sim.sso", store, live, scope="sso", cookie_name=SSO_COOKIE, cookie_path="/adfs")
    from .blind import adapt_sso

    adapt_sso(app, live.get())  # a hand-written rendering's sign-in look (same routes and checks)

    @app.before_request
    def _guard() -> ResponseReturnValue | None:
        fault = faults.before_request(live, "sso", request)
        if fault is not None:
            return fault
        if request.endpoint in _HAND_BACK and reply_to() is None:
            # A code goes to the portal's own origin and back to one of its paths, or nowhere:
            # a page that says so, never a redirect.
            return render_template(
                "message.html",
                title="Erreur de connexion",
                heading="Demande de connexion refusée",
                text="L'adresse de retour de cette demande de connexion (wreply ou wctx) n'est pas celle "
                "du portail CegidLife : la connexion ne peut pas y renvoyer.",
                link=None,
            ), 400
        if request.method == "POST" and not csrf_valid():
            return csrf_failure()
        return None

    def reply_to() -> tuple[str, str] | None:
        """(wreply, wctx): where to send the browser back, or None when either is not the portal's.

        wreply: the portal's own origin (Topology.is_portal_origin: a configured public URL, or
        a loopback or --host name with the portal's port), path /auth/callback, nothing else;
        empty means the portal's. wctx: a path on that origin (web.safe_return_path)."""
        values = request.form if request.method == "POST" else request.args
        wreply = values.get("wreply", "") or topology.portal_base(request) + "/auth/callback"
        wctx = safe_return_path(values.get("wctx", "/") or "/")
        if wctx is None or not portal_callback(wreply):
            return None
        return wreply, wctx

    def portal_callback(wreply: str) -> bool:
        if any(c.isspace() or not c.isprintable() or c == "\\" for c in wreply):
            return False
        try:
            parts = urlsplit(wreply)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:  # e.g. a broken IPv6 literal or port
            return False
        return (
            parts.scheme in ("http", "https")
            and parts.username is None
            and parts.password is None
            and parts.path == "/auth/callback"
            and not parts.query
            and not parts.fragment
            and topology.is_portal_origin(parts.scheme, parts.hostname or "", port)
        )

    def checked_reply() -> tuple[str, str]:
        reply = reply_to()
        if reply is None:  # the guard refuses such a request before any page runs
            raise RuntimeError("wreply or wctx is not the portal's")
        return reply

    def ls_url(sub: str = "", **extra: str) -> str:
        wreply, wctx = checked_reply()
        return f"{request.script_root}/ls/{sub}?" + urlencode(
            {"wa": "wsignin1.0", "wreply": wreply, "wctx": wctx, **extra}
        )

    def page(step: str, *, email: str = "", error: bool = False, locked: bool = False) -> tuple[str, int]:
        wreply, wctx = checked_reply()
        return render_template(
            "signin.html",
            step=step,
            email=email,
            error=error,
            locked=locked,
            wreply=wreply,
            wctx=wctx,
            restart_url=ls_url(),
        ), 200

    def signed_in(user_id: int) -> ResponseReturnValue:
        """The hand-back page: auto-posts a single-use code to the portal."""
        live.state.event("sign_ins_ok")
        wreply, wctx = checked_reply()
        return render_template("signin_done.html", wreply=wreply, wctx=wctx, code=store.issue_auth_code(user_id))

    def pending_mfa() -> dict[str, t.Any] | None:
        item = session.get("mfa")
        if not isinstance(item, dict) or time.time() - float(item.get("at", 0)) > MFA_TTL:
            session.pop("mfa", None)
            return None
        return item

    @app.get("/")
    def root() -> Response:
        return redirect(request.script_root + "/ls/")

    @app.get("/ls/")
    def sign_in_form() -> ResponseReturnValue:
        cfg = live.get()
        if cfg.login == "two-step" and request.args.get("etape") == STEP_PASSWORD and session.get("email"):
            return page("password", email=str(session["email"]))
        return page("email" if cfg.login == "two-step" else "single")

    @app.post("/ls/")
    def sign_in_submit() -> ResponseReturnValue:
        step = request.form.get("etape", "")
        if step == "identifiant":
            # Two-step, first page: any e-mail moves on, so the form never tells which
            # part was wrong; both are checked together on the password page.
            email = request.form.get("UserName", "").strip()
            if not email:
                return page("email", error=True)
            session["email"] = email
            wreply, wctx = checked_reply()
            query = urlencode({"wa": "wsignin1.0", "wreply": wreply, "wctx": wctx, "etape": STEP_PASSWORD})
            return redirect(f"{request.script_root}/ls/?{query}", code=303)
        if step == STEP_PASSWORD:
            email = str(session.get("email", ""))
            if not email:
                return page("email", error=True)
        else:
            email = request.form.get("UserName", "").strip()
        password = request.form.get("Password", "")
        shown_step = "password" if step == STEP_PASSWORD else "single"
        cfg = live.get()
        known = store.user_by_email(email) if email else None
        if known is not None and store.is_locked(known.id):
            live.state.event("sign_ins_locked")
            return page(shown_step, email=email, locked=True)
        user = store.authenticate(email, password) if email and password else None
        if user is None:
            if known is not None and password and cfg.lockout_after:
                store.login_failed(known.id, cfg.lockout_after)
            live.state.event("sign_ins_failed")
            return page(shown_step, email=email, error=True)
        store.login_succeeded(user.id)
        session.pop("email", None)
        if cfg.mfa == "totp":
            session["mfa"] = {"uid": user.id, "at": time.time()}
            return redirect(ls_url("verification"), code=303)
        if cfg.mfa == "push":
            session["mfa"] = {"uid": user.id, "at": time.time(), "push": live.state.push_request(user.id, user.email)}
            return redirect(ls_url("approbation"), code=303)
        return signed_in(user.id)

    # -- second factor (mfa: totp | push) ----------------------------------------------------
    @app.get("/ls/verification")
    def mfa_code_form() -> ResponseReturnValue:
        if pending_mfa() is None:
            return redirect(ls_url(), code=303)
        wreply, wctx = checked_reply()
        return render_template("mfa.html", kind="totp", error=False, wreply=wreply, wctx=wctx)

    @app.post("/ls/verification")
    def mfa_code_submit() -> ResponseReturnValue:
        item = pending_mfa()
        user = store.user_by_id(int(item["uid"])) if item else None
        if user is None:
            return redirect(ls_url(), code=303)
        if totp_ok(live.get().totp_secret_for(user.email), request.form.get("Code", "")):
            session.pop("mfa", None)
            return signed_in(user.id)
        live.state.event("mfa_codes_refused")
        wreply, wctx = checked_reply()
        return render_template("mfa.html", kind="totp", error=True, wreply=wreply, wctx=wctx)

    @app.get("/ls/approbation")
    def mfa_push() -> ResponseReturnValue:
        item = pending_mfa()
        token = str(item.get("push", "")) if item else ""
        user_id, approved = live.state.push_status(token) if token else (None, False)
        if user_id is None:
            session.pop("mfa", None)
            return redirect(ls_url(), code=303)
        if approved:
            session.pop("mfa", None)
            live.state.push_done(token)
            return signed_in(user_id)
        return render_template("mfa.html", kind="push", error=False, wreply="", wctx="")

    return app


def sso_root_app(sso_app: Flask) -> t.Callable[..., t.Any]:
    """The sign-in server on its own port: /adfs/* is the app, anything else goes to it."""
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    def elsewhere(environ: dict[str, t.Any], start_response: t.Callable[..., t.Any]) -> t.Iterable[bytes]:
        return Response(status=302, headers={"Location": "/adfs/ls/"})(environ, start_response)

    return DispatcherMiddleware(elsewhere, {"/adfs": sso_app})
