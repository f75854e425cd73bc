"""The portal app: the sign-in guard, session handling, the main screen and the service catalogue
(key pages: key_pages.py; profile and other pages: account_pages.py), in French as on the real one."""

from __future__ import annotations

import dataclasses
import threading
import time
import typing as t
from urllib.parse import urlencode, urlsplit

from flask import Flask, abort, g, redirect, render_template, request, session

from . import account_pages, blind, faults, key_pages, words
from .admin_api import create_admin_blueprint
from .loop_api import create_loop_blueprint
from .web import csrf_failure, csrf_token, csrf_valid, make_flask, safe_return_path

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue
    from werkzeug.wrappers import Response

    from .config import LiveConfig, Topology
    from .sessions import ServerSession
    from .store import Service, Store, Tier, User

PORTAL_COOKIE = "cegidlife_portal"
PANEL_TTL = 600.0  # an unclaimed one-time panel is dropped after this many seconds
_OPEN = {"static", "auth_callback"}  # endpoints reachable without a portal session
_TYPES = {"en-ligne": "online", "logiciel": "software"}


class OneTimePanels:
    """Credentials shown once after "Générer", kept in memory only (never in the data file),
    keyed by the server session and consumed by that session's next page load."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, tuple[float, dict[str, t.Any]]] = {}

    def put(self, sid: str, panel: dict[str, t.Any]) -> None:
        now = time.monotonic()
        with self._lock:
            self._items = {k: v for k, v in self._items.items() if now - v[0] < PANEL_TTL}
            self._items[sid] = (now, panel)

    def pop(self, sid: str) -> dict[str, t.Any] | None:
        with self._lock:
            item = self._items.pop(sid, None)
        return item[1] if item and time.monotonic() - item[0] < PANEL_TTL else None

    def move(self, old_sid: str, new_sid: str) -> None:
        """Follow the session to its new id (session_cookie: rotate), so the panel still shows."""
        with self._lock:
            item = self._items.pop(old_sid, None)
            if item is not None:
                self._items[new_sid] = item


@dataclasses.dataclass
class Portal:
    """What the portal's page modules share (app.py, key_pages.py, account_pages.py)."""

    store: Store
    live: LiveConfig
    panels: OneTimePanels

    def admin(self) -> User:
        user: User = g.user
        if not user.is_admin:
            abort(403)
        return user

    def tier_for(self, user: User, code: str | None) -> Tier:
        tiers = self.store.tiers_for_account(user.account_id)
        if not code:
            return tiers[0]
        for tier in tiers:
            if tier.code == code:
                return tier
        abort(404)

    def online_service(self, service_id: int) -> Service:
        service = self.store.service(service_id)
        if service is None or service.kind != "online":
            abort(404)
        return service

    @staticmethod
    def flash(kind: str, text: str, typed: str = "") -> None:
        session["flash"] = {"kind": kind, "text": text, "typed": typed}

    @staticmethod
    def server_session() -> ServerSession:
        return t.cast("ServerSession", session._get_current_object())  # type: ignore[attr-defined]


def create_portal_app(store: Store, live: LiveConfig, topology: Topology, *, allow_remote_admin: bool = False) -> Flask:
    app = make_flask("cegidlife_sim.portal", store, live, scope="portal", cookie_name=PORTAL_COOKIE, cookie_path="/")
    panels = OneTimePanels()
    portal = Portal(store, live, panels)
    server_session = portal.server_session
    app.register_blueprint(create_loop_blueprint(store, live))
    app.register_blueprint(create_admin_blueprint(store, live, topology, allow_remote=allow_remote_admin))

    def signed_in_user() -> User | None:
        uid = session.get("uid")
        if uid is None:
            return None
        ttl = live.get().session_ttl
        if ttl and time.time() - float(session.get("login_at", 0)) > ttl:
            session.clear()
            return None
        return store.user_by_id(int(uid))

    def to_sign_in() -> Response:
        if request.method == "GET":
            back = request.full_path.rstrip("?")
        else:  # a form cannot be replayed: come back to the page it was posted from
            ref = urlsplit(request.referrer or "")
            back = (ref.path + ("?" + ref.query if ref.query else "")) if ref.netloc == request.host else "/"
        back = safe_return_path(back) or "/"  # e.g. GET /%09/host: its path holds a TAB
        query = urlencode(
            {
                "wa": "wsignin1.0",
                "wtrealm": "urn:cegidlife:portal",
                "wreply": topology.portal_base(request) + "/auth/callback",
                "wctx": back,
            }
        )
        return redirect(f"{topology.sso_base(request)}/adfs/ls/?{query}")

    @app.before_request
    def _guard() -> ResponseReturnValue | None:
        if request.blueprint in ("loop_api", "sim_admin"):
            return None  # they do their own checks and never redirect
        fault = faults.before_request(live, "portal", request, store=store)
        if fault is not None:
            return fault
        if request.endpoint in _OPEN or request.endpoint is None:
            return None
        user = signed_in_user()
        if user is None:
            return to_sign_in()
        g.user = user
        if request.method == "POST" and not csrf_valid():
            return csrf_failure()
        if request.method == "GET":
            # The one-time panel goes with the very next page load, whatever page it is.
            g.panel = panels.pop(server_session().sid)
            if g.panel is not None:
                live.state.event("panels_shown")  # tests time a kill after it (the next GET reads the list)
        return None

    @app.after_request
    def _rotate_session(response: Response) -> Response:
        # session_cookie: rotate stands for portals that renew their session ticket on every
        # answer: only signed-in pages and forms that succeeded (g.user is set by the guard,
        # never for static files, /__sim__/ or the Loop API); the old id dies in save_session.
        if (
            live.get().session_cookie == "rotate"
            and g.get("user") is not None
            and session
            and 200 <= response.status_code < 400
        ):
            sess = server_session()
            old_sid = sess.sid
            sess.rotate()
            panels.move(old_sid, sess.sid)
        return response

    @app.context_processor
    def _inject() -> dict[str, t.Any]:
        return {"user": g.get("user")}

    # -- sign-in and out ---------------------------------------------------------------------
    @app.post("/auth/callback")
    def auth_callback() -> ResponseReturnValue:
        code = request.form.get("code", "")
        user_id = store.redeem_auth_code(code) if code else None
        if user_id is None:
            return render_template(
                "message.html",
                title="Erreur de connexion",
                heading="Connexion impossible",
                text="La demande de connexion est invalide ou a expiré.",
                link=("/", "Se connecter"),
            ), 400
        back = safe_return_path(request.form.get("wctx", "/")) or "/"  # never to another origin
        session.clear()
        server_session().rotate()
        session.update(uid=user_id, login_at=time.time())
        csrf_token()
        live.state.event("portal_sign_ins")
        return redirect(back)

    @app.post("/logout")
    def logout() -> Response:
        live.state.event("logout")
        session.clear()
        return redirect("/")

    @app.get("/deconnexion")
    def logout_link() -> Response:
        # Some portals sign out with a plain link: anything that follows links signs out.
        live.state.event("logout")
        session.clear()
        return redirect("/")

    # -- pages -------------------------------------------------------------------------------
    if blind.is_blind(live.get().rendering):  # a hand-written rendering serves its own pages
        blind.register(app, portal)
        return app

    @app.get("/")
    def home() -> str:
        return render_template("home.html")

    @app.get("/catalogue")
    def catalogue() -> str:
        user = portal.admin()
        cfg = live.get()
        tiers = store.tiers_for_account(user.account_id)
        selected = next((x for x in tiers if x.code == request.args.get("tiers")), tiers[0])
        kind_arg = request.args.get("type")
        if kind_arg is None:  # first visit: some renderings open on software only
            kind_arg = "logiciel" if cfg.catalogue_start == "software" else ""
        services = [s for s in store.services(_TYPES.get(kind_arg)) if words.shown_service(cfg, s.name)]
        return render_template("catalogue.html", tiers=tiers, selected=selected, kind_arg=kind_arg, services=services)

    key_pages.register(app, portal)
    account_pages.register(app, portal)

    @app.errorhandler(403)
    def _forbidden(error: Exception) -> tuple[str, int]:  # pylint: disable=unused-argument
        return render_template(
            "message.html",
            title="Accès refusé",
            heading="Accès refusé",
            text="Vous n'avez pas les droits nécessaires pour accéder à cette page.",
            link=("/", "Retour à l'accueil"),
        ), 403

    @app.errorhandler(404)
    def _not_found(error: Exception) -> tuple[str, int]:  # pylint: disable=unused-argument
        return render_template(
            "message.html",
            title="Page introuvable",
            heading="Page introuvable",
            text="La page demandée n'existe pas.",
            link=("/", "Retour à l'accueil"),
        ), 404

    return app
