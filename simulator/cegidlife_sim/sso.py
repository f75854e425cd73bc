"""The sign-in app, shaped like an ADFS host: /adfs/ls/ asks for e-mail and password.

Public code links CegidLife to an ADFS host, so sign-in may happen on another origin. On
success this app hands the browser back to the portal the way ADFS does, with an
auto-submitted POST form: the single-use code then never appears in a URL or a request log.
It keeps no signed-in state of its own: after the portal session ends, one signs in again.
"""

from __future__ import annotations

import typing as t
from urllib.parse import urlencode, urlsplit

from flask import Flask, redirect, render_template, request, session
from werkzeug.wrappers import Response

from . import faults
from .web import csrf_failure, csrf_valid, make_flask

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from .config import LiveConfig, Topology
    from .store import Store

SSO_COOKIE = "cegidlife_sso"  # differs from the portal's: cookies ignore ports
BAD_CREDENTIALS = "Identifiant ou mot de passe incorrect."
STEP_PASSWORD = "mot-de-passe"


def create_sso_app(store: Store, live: LiveConfig, topology: Topology) -> Flask:
    """The app to mount under /adfs (its own routes are relative to that prefix)."""
    app = make_flask("cegidlife_sim.sso", store, live, scope="sso", cookie_name=SSO_COOKIE, cookie_path="/adfs")

    @app.before_request
    def _guard() -> ResponseReturnValue | None:
        fault = faults.before_request(live.get(), "sso", request)
        if fault is not None:
            return fault
        if request.method == "POST" and not csrf_valid():
            return csrf_failure()
        return None

    def reply_to() -> tuple[str, str]:
        """(wreply, wctx): where to send the browser back, checked so codes go nowhere else."""
        values = request.form if request.method == "POST" else request.args
        default = topology.portal_base(request) + "/auth/callback"
        wreply = values.get("wreply", "")
        try:
            parts = urlsplit(wreply)
            # Same host name as this page (behind --sso-public-url the portal's host may differ).
            same_host = parts.hostname == urlsplit(request.host_url).hostname or bool(topology.sso_public_url)
            ok = parts.scheme in ("http", "https") and same_host and parts.path == "/auth/callback"
        except ValueError:  # e.g. a broken IPv6 literal
            ok = False
        if not ok:
            wreply = default
        return wreply, values.get("wctx", "/")

    def page(step: str, *, email: str = "", error: bool = False) -> tuple[str, int]:
        wreply, wctx = reply_to()
        restart = request.script_root + "/ls/?" + urlencode({"wa": "wsignin1.0", "wreply": wreply, "wctx": wctx})
        return render_template("signin.html", step=step, email=email, error=error, wreply=wreply, wctx=wctx,
                               restart_url=restart), 200

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
            wreply, wctx = reply_to()
            query = urlencode({"wa": "wsignin1.0", "wreply": wreply, "wctx": wctx, "etape": STEP_PASSWORD})
            return redirect(f"{request.script_root}/ls/?{query}", code=303)
        if step == STEP_PASSWORD:
            email = str(session.get("email", ""))
            if not email:
                return page("email", error=True)
        else:
            email = request.form.get("UserName", "").strip()
        password = request.form.get("Password", "")
        user = store.authenticate(email, password) if email and password else None
        if user is None:
            return page("password" if step == STEP_PASSWORD else "single", email=email, error=True)
        session.pop("email", None)
        wreply, wctx = reply_to()
        return render_template("signin_done.html", wreply=wreply, wctx=wctx, code=store.issue_auth_code(user.id))

    return app


def sso_root_app(sso_app: Flask) -> t.Callable[..., t.Any]:
    """The sign-in server on its own port: /adfs/* is the app, anything else goes to it."""
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    def elsewhere(environ: dict[str, t.Any], start_response: t.Callable[..., t.Any]) -> t.Iterable[bytes]:
        return Response(status=302, headers={"Location": "/adfs/ls/"})(environ, start_response)

    return DispatcherMiddleware(elsewhere, {"/adfs": sso_app})
