"""The portal: main screen, service catalogue and the API key page, in French as on the real one."""

from __future__ import annotations

import dataclasses
import math
import threading
import time
import typing as t
from urllib.parse import urlencode, urlsplit

from flask import Flask, abort, g, redirect, render_template, request, session, url_for
from werkzeug.datastructures import MultiDict

from . import faults
from .admin_api import create_admin_blueprint
from .loop_api import create_loop_blueprint
from .web import CSRF_FIELD, csrf_failure, csrf_token, csrf_valid, frdate, make_flask

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue
    from werkzeug.wrappers import Response

    from .config import LiveConfig, Topology
    from .sessions import ServerSession
    from .store import ApiKey, Service, Store, Tier, User

PORTAL_COOKIE = "cegidlife_portal"
NAME_MAX = 100
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


@dataclasses.dataclass(frozen=True)
class Criteria:
    """The key page's filter, carried in the URL (the filter form is GET)."""

    active: bool = True
    revoked: bool = False
    name: str = ""
    page: int = 1

    @classmethod
    def parse(cls, values: MultiDict[str, str]) -> Criteria:
        if "criteres" in values or "statut" in values:
            statuses = values.getlist("statut")
            active, revoked = "active" in statuses, "revoquee" in statuses
        else:  # first visit: the portal checks "Active" only
            active, revoked = True, False
        try:
            page = max(1, int(values.get("page", "1")))
        except ValueError:
            page = 1
        return cls(active, revoked, values.get("nom", "").strip(), page)

    def params(self, *, page: int | None = None) -> dict[str, t.Any]:
        statuses = [s for s, on in (("active", self.active), ("revoquee", self.revoked)) if on]
        out: dict[str, t.Any] = {"criteres": "1", "statut": statuses}
        if self.name:
            out["nom"] = self.name
        if (page or self.page) > 1:
            out["page"] = page or self.page
        return out

    def keep(self, key: ApiKey) -> bool:
        if not (self.active if key.active else self.revoked):
            return False
        return self.name.casefold() in key.name.casefold()


def create_portal_app(store: Store, live: LiveConfig, topology: Topology, *, allow_remote_admin: bool = False) -> Flask:
    app = make_flask("cegidlife_sim.portal", store, live, scope="portal", cookie_name=PORTAL_COOKIE, cookie_path="/")
    panels = OneTimePanels()
    app.register_blueprint(create_loop_blueprint(store, live))
    app.register_blueprint(create_admin_blueprint(store, live, allow_remote=allow_remote_admin))

    def server_session() -> ServerSession:
        return t.cast("ServerSession", session._get_current_object())  # type: ignore[attr-defined]

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

    def admin() -> User:
        user: User = g.user
        if not user.is_admin:
            abort(403)
        return user

    def tier_for(user: User, code: str | None) -> Tier:
        tiers = store.tiers_for_account(user.account_id)
        if not code:
            return tiers[0]
        for tier in tiers:
            if tier.code == code:
                return tier
        abort(404)

    def online_service(service_id: int) -> Service:
        service = store.service(service_id)
        if service is None or service.kind != "online":
            abort(404)
        return service

    def key_page_url(service: Service, tier: Tier, crit: Criteria, *, page: int | None = None) -> str:
        return url_for("key_page", service_id=service.id, tiers=tier.code, **crit.params(page=page))

    def client_rows(service: Service, rows: list[ApiKey]) -> list[dict[str, t.Any]]:
        """The key rows as sim.js builds them (key_list: client): visible texts and the revoke
        URL only, never an identifier, a secret or its hash."""
        return [
            {
                "id": k.id,
                "name": k.name,
                "created": frdate(k.created_at),
                "creator": k.created_by,
                "active": k.active,
                "revoked": frdate(k.revoked_at) if k.revoked_at else None,
                "revoke_url": url_for("revoke_key", service_id=service.id, key_id=k.id) if k.active else None,
            }
            for k in rows
        ]

    def revoke_fields(crit: Criteria, page: int) -> list[tuple[str, str]]:
        """The hidden fields of a server-rendered revoke form (keys.html revoke_control), in order."""
        fields = [(CSRF_FIELD, csrf_token())]
        for name, value in crit.params(page=page).items():
            fields += [(name, str(v)) for v in (value if isinstance(value, list) else [value])]
        return fields

    def flash(kind: str, text: str, typed: str = "") -> None:
        session["flash"] = {"kind": kind, "text": text, "typed": typed}

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
        back = request.form.get("wctx", "/")
        if not back.startswith("/") or back.startswith("//") or back.startswith("/\\"):
            back = "/"
        session.clear()
        server_session().rotate()
        session.update(uid=user_id, login_at=time.time())
        csrf_token()
        live.state.event("portal_sign_ins")
        return redirect(back)

    @app.post("/logout")
    def logout() -> Response:
        session.clear()
        return redirect("/")

    # -- pages -------------------------------------------------------------------------------
    @app.get("/")
    def home() -> str:
        return render_template("home.html")

    @app.get("/catalogue")
    def catalogue() -> str:
        user = admin()
        tiers = store.tiers_for_account(user.account_id)
        selected = next((x for x in tiers if x.code == request.args.get("tiers")), tiers[0])
        kind_arg = request.args.get("type", "")
        services = store.services(_TYPES.get(kind_arg))
        return render_template("catalogue.html", tiers=tiers, selected=selected, kind_arg=kind_arg, services=services)

    @app.get("/catalogue/services/<int:service_id>/cles")
    def key_page(service_id: int) -> str:
        user = admin()
        service = online_service(service_id)
        tier = tier_for(user, request.args.get("tiers"))
        crit = Criteria.parse(request.args)
        rows = [k for k in store.list_keys(tier.id, service.id) if crit.keep(k)]
        size = live.get().page_size
        pages = max(1, math.ceil(len(rows) / size)) if size else 1
        page = min(crit.page, pages)
        if size:
            rows = rows[(page - 1) * size : page * size]
        panel = g.get("panel")
        if panel and (panel["service_id"], panel["tier_id"]) != (service.id, tier.id):
            panel = None
        client = live.get().key_list == "client"
        return render_template(
            "keys.html",
            service=service,
            tier=tier,
            crit=crit,
            rows=rows,
            panel=panel,
            flash=session.pop("flash", None),
            page=page,
            pages=pages,
            prev_url=key_page_url(service, tier, crit, page=page - 1) if page > 1 else None,
            next_url=key_page_url(service, tier, crit, page=page + 1) if page < pages else None,
            reset_url=url_for("key_page", service_id=service.id, tiers=tier.code),
            back_url=url_for("catalogue", tiers=tier.code, type="en-ligne"),
            generate_url=url_for("generate_key", service_id=service.id),
            client_rows=client_rows(service, rows) if client else None,
            revoke_fields=revoke_fields(crit, page) if client else None,
        )

    @app.post("/catalogue/services/<int:service_id>/cles/generer")
    def generate_key(service_id: int) -> Response:
        user = admin()
        service = online_service(service_id)
        tier = tier_for(user, request.form.get("tiers"))
        crit = Criteria.parse(request.form)
        typed = request.form.get("nom_cle", "")
        name = typed.strip()
        if not name:
            flash("alert", "Veuillez saisir le nom de la clé d'API.", typed)
        elif len(name) > NAME_MAX:
            flash("alert", f"Le nom de la clé d'API ne doit pas dépasser {NAME_MAX} caractères.", typed)
        else:
            key, secret = store.create_key(tier.id, service.id, name, user.creator_name)
            live.state.event("keys_generated")
            if live.take("fail_post_after_commit"):
                # The key exists, but the answer is lost: the secret is never shown.
                live.state.count_fault("post_after_commit")
                return faults.error_page(502)
            if live.take("panel_fails"):
                # The key exists and is listed, but the one-time panel never renders.
                live.state.count_fault("panel_missing")
            else:
                panels.put(
                    server_session().sid,
                    {
                        "service_id": service.id,
                        "tier_id": tier.id,
                        "name": key.name,
                        "identifier": key.identifier,
                        "secret": secret,
                    },
                )
        return redirect(key_page_url(service, tier, crit, page=1), code=303)

    @app.post("/catalogue/services/<int:service_id>/cles/<int:key_id>/revoquer")
    def revoke_key(service_id: int, key_id: int) -> Response:
        user = admin()
        service = online_service(service_id)
        key = store.key(key_id)
        tier = store.tier_by_id(key.tier_id) if key else None
        if key is None or tier is None or key.service_id != service.id or tier.account_id != user.account_id:
            abort(404)
        if store.revoke_key(key.id):
            live.state.event("keys_revoked")
            flash("status", f"La clé d'API '{key.name}' a été révoquée.")
        else:
            flash("alert", f"La clé d'API '{key.name}' est déjà révoquée.")
        return redirect(key_page_url(service, tier, Criteria.parse(request.form)), code=303)

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
