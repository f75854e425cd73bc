"""What blind renderings share: their template loader and the backend of a key page.

A rendering registers its own URLs and templates; the handlers here do the work the same way the
generated portal does (key_pages.py): Générer stores a key and leaves its one-time panel for the
session's next page load; Révoquer revokes; the Loop API then accepts or refuses the key. Endpoint
names are the generated portal's where a page plays the same part (``home``, ``catalogue``,
``key_page``, ``generate_key``, ``revoke_key``, ``info_page``), so statistics and faults count them.
"""

from __future__ import annotations

import dataclasses
import math
import typing as t
from datetime import datetime, timedelta
from urllib.parse import urlencode

from flask import Flask, abort, g, jsonify, redirect, render_template, request, session
from jinja2 import BaseLoader, ChoiceLoader, FileSystemLoader, PrefixLoader, TemplateNotFound

from ..web import frdate
from . import BLIND_DIR

if t.TYPE_CHECKING:
    import types

    from flask.typing import ResponseReturnValue
    from werkzeug.wrappers import Response

    from ..app import Portal
    from ..store import ApiKey, Service, Tier, User

NAME_MAX = 100
LOOP = "Loop APIkey"
GATE_FLAG = "blind_gate_done"
_OPEN_ENDPOINTS = {"static", "auth_callback", "logout", "logout_link"}


def add_loader_once(app: Flask, aliases: t.Mapping[str, str] | None = None) -> None:
    """Templates of blind renderings are named ``blind/...`` (after the app's own); ``aliases`` maps
    some of the app's own template names to blind ones (``_signin/...``), which then win."""
    if getattr(app, "_blind_loader", False):
        return
    blind_files = FileSystemLoader(str(BLIND_DIR))
    loaders: list[BaseLoader] = []
    if aliases:
        loaders.append(_Aliases(blind_files, dict(aliases)))
    loaders += [t.cast("BaseLoader", app.jinja_loader), PrefixLoader({"blind": blind_files})]
    app.jinja_loader = ChoiceLoader(loaders)  # type: ignore[assignment]
    app.jinja_env.loader = app.jinja_loader  # the environment may already exist
    app._blind_loader = True  # type: ignore[attr-defined]


class _Aliases(BaseLoader):
    """Serves ``name`` from ``files`` under another name (the sign-in app's own templates)."""

    def __init__(self, files: FileSystemLoader, aliases: dict[str, str]) -> None:
        self.files = files
        self.aliases = aliases

    def get_source(self, environment: t.Any, template: str) -> tuple[str, str | None, t.Callable[[], bool] | None]:
        if template not in self.aliases:
            raise TemplateNotFound(template)
        return self.files.get_source(environment, self.aliases[template])


@dataclasses.dataclass(frozen=True)
class KeyView:
    """A key as a blind page shows it: never its secret; its identifier only masked."""

    id: int
    name: str
    service: str
    service_id: int
    created: str
    created_date: str
    creator: str
    active: bool
    status: str  # "active" | "expired" | "revoked"
    revoked: str
    expires: str
    masked: str

    def as_json(self) -> dict[str, t.Any]:
        return dataclasses.asdict(self)


class Kit:
    """One blind rendering's registration helper (``register(kit)`` in its package)."""

    def __init__(self, app: Flask, portal: Portal, name: str, mod: types.ModuleType) -> None:
        self.app = app
        self.portal = portal
        self.store = portal.store
        self.live = portal.live
        self.name = name
        self.mod = mod
        self.prefix = f"blind/{name}/"
        self.validity_days: int = int(getattr(mod, "VALIDITY_DAYS", 0))
        self._page_ctx: dict[str, dict[str, t.Any]] = {}
        add_loader_once(app)
        app.jinja_env.globals.update(blind_name=name)

        @app.errorhandler(404)
        def _not_found(error: Exception) -> tuple[str, int]:  # pylint: disable=unused-argument
            return self.render("blind/_shared/error.html", code=404), 404

        @app.errorhandler(403)
        def _forbidden(error: Exception) -> tuple[str, int]:  # pylint: disable=unused-argument
            return self.render("blind/_shared/error.html", code=403), 403

    # -- templates -------------------------------------------------------------------------------
    def render(self, template: str, **ctx: t.Any) -> str:
        """A template of this rendering (``blind/_shared/...`` ones by their full name)."""
        name = template if template.startswith("blind/") else self.prefix + template
        return render_template(name, **self.common(), **ctx)

    def common(self) -> dict[str, t.Any]:
        user: User | None = g.get("user")
        if user is None:
            return {}
        tiers = self.store.tiers_for_account(user.account_id)
        return {
            "tiers_list": tiers,
            "services": self.online_services(),
            "loop": self.store.service_by_name(LOOP),
            "qs": lambda **kw: urlencode({k: v for k, v in kw.items() if v not in (None, "")}, doseq=True),
        }

    # -- pages -----------------------------------------------------------------------------------
    def page(self, rule: str, template: str, *, endpoint: str = "info_page", **ctx: t.Any) -> None:
        """A GET page rendering ``template``; several rules may share an endpoint."""
        view = self.app.view_functions.get(endpoint)
        if view is None:

            def view(tpl: str, **kw: t.Any) -> ResponseReturnValue:
                extra = self._page_ctx.get((request.url_rule.rule if request.url_rule else ""), {})
                return self.render(tpl, **extra, **kw)

            view.__name__ = endpoint
        self._page_ctx[rule] = ctx
        self.app.add_url_rule(rule, endpoint=endpoint, view_func=view, defaults={"tpl": template})

    def gate(self, rule: str, template: str) -> None:
        """A question between sign-in and the portal: every signed-in page sends the browser here
        until it is answered once in this session (POST to the same rule)."""
        gate_endpoints = {"gate_page", "gate_answer"}

        @self.app.before_request
        def _gate() -> ResponseReturnValue | None:
            if g.get("user") is None or session.get(GATE_FLAG):
                return None
            if request.endpoint in gate_endpoints or request.endpoint in _OPEN_ENDPOINTS:
                return None
            if request.endpoint is None or (request.blueprint in ("loop_api", "sim_admin")):
                return None
            back = request.full_path.rstrip("?") if request.method == "GET" else "/"
            return redirect(f"{rule}?{urlencode({'suite': back})}")

        def gate_page() -> str:
            return self.render(template, back=_safe_back(request.args.get("suite", "/")))

        def gate_answer() -> Response:
            session[GATE_FLAG] = True
            return redirect(_safe_back(request.form.get("suite", "/")), code=303)

        self.app.add_url_rule(rule, endpoint="gate_page", view_func=gate_page, methods=["GET"])
        self.app.add_url_rule(rule, endpoint="gate_answer", view_func=gate_answer, methods=["POST"])

    def plant(
        self, keys: t.Sequence[tuple[str, str, str | None]], *, service: str = LOOP, tiers: str = "95943"
    ) -> None:
        """Keys a real account would already hold (name, created ISO, revoked ISO or None), added once
        per data file; their secrets are unknown to everyone, like the seeded "Felix"."""
        svc, tier = self.store.service_by_name(service), self.store.tier_by_code(tiers)
        if svc is None or tier is None:
            return
        have = {k.name for k in self.store.list_keys(tier.id, svc.id)}
        for name, created, revoked in keys:
            if name not in have:
                self.store.create_key(tier.id, svc.id, name, "Martin Claire", created_at=created, revoked_at=revoked)

    # -- data ------------------------------------------------------------------------------------
    def online_services(self) -> list[Service]:
        return self.store.services("online")

    def tier(self, code: str | None = None) -> Tier:
        return self.portal.tier_for(self.portal.admin(), code)

    def service(self, service_id: t.Any) -> Service:
        try:
            return self.portal.online_service(int(service_id))
        except (TypeError, ValueError):
            abort(404)

    def view(self, key: ApiKey) -> KeyView:
        names = {s.id: s.name for s in self.store.services()}
        created = datetime.fromisoformat(key.created_at)
        expires = created + timedelta(days=self.validity_days) if self.validity_days else None
        if not key.active:
            status = "revoked"
        elif expires is not None and expires < datetime.now(expires.tzinfo):
            status = "expired"
        else:
            status = "active"
        return KeyView(
            id=key.id,
            name=key.name,
            service=names.get(key.service_id, ""),
            service_id=key.service_id,
            created=frdate(key.created_at),
            created_date=frdate(key.created_at)[:10],
            creator=key.created_by,
            active=key.active,
            status=status,
            revoked=frdate(key.revoked_at) if key.revoked_at else "",
            expires=frdate(expires.isoformat())[:10] if expires else "",
            masked=key.identifier[:4] + "•" * 8,
        )

    def keys(self, tier: Tier, service: Service | None, *, statuses: t.Iterable[str] = ()) -> list[KeyView]:
        raw = self.store.list_keys(tier.id, service.id) if service else self.store.keys_for_tier(tier.id)
        wanted = set(statuses)
        views = [self.view(k) for k in raw]
        return [v for v in views if not wanted or v.status in wanted]

    def panel(self, tier: Tier, service: Service | None) -> dict[str, t.Any] | None:
        """The one-time panel (name, identifier, secret) if this page is the one it was made for."""
        panel = g.get("panel")
        if not panel or panel["tier_id"] != tier.id or (service is not None and panel["service_id"] != service.id):
            return None
        return dict(panel)

    @staticmethod
    def flash() -> dict[str, t.Any] | None:
        return t.cast("dict[str, t.Any] | None", session.pop("flash", None))

    # -- the key page and its forms ----------------------------------------------------------------
    def key_routes(
        self,
        rule: str,
        template: str,
        *,
        fixed_service: bool = True,
        page_size: int = 0,
        name_field: str = "nom",
        typed_confirm: bool = False,
        frame_ok: bool = False,
        messages: t.Mapping[str, str] | None = None,
        json_rule: str | None = None,
        default_service: str = LOOP,
        sort: str = "newest",
    ) -> None:
        """GET ``rule`` (query: tiers, service, page, statut...), POST ``rule``/generer and
        ``rule``/<id>/revoquer, and optionally GET ``json_rule`` (the list as JSON, for pages that
        draw it by script). ``fixed_service``: the page is one service's (``service`` in the query,
        ``default_service`` without it: a name, or "first" for the first online service); otherwise
        every service's keys of the tiers. ``sort``: "newest" first (the store's order), "oldest"
        first, or by "name"."""
        msg = {
            "empty_name": "Veuillez saisir un nom pour la clé.",
            "too_long": f"Le nom ne doit pas dépasser {NAME_MAX} caractères.",
            "revoked": "La clé « {name} » a été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
            "typed": "Le nom saisi ne correspond pas : la clé n'a pas été révoquée.",
            **(messages or {}),
        }

        def chosen() -> tuple[Tier, Service | None]:
            values = request.form if request.method == "POST" else request.args
            tier = self.tier(values.get("tiers") or None)
            sid = values.get("service")
            if fixed_service:
                if sid:
                    return tier, self.service(sid)
                if default_service == "first":
                    return tier, self.online_services()[0]
                return tier, t.cast("Service", self.store.service_by_name(default_service))
            return tier, self.service(sid) if sid else None

        def back_url(tier: Tier, service: Service | None, **extra: t.Any) -> str:
            args: dict[str, t.Any] = {"tiers": tier.code}
            if service is not None and fixed_service:
                args["service"] = service.id
            for key in ("statut", "vue"):
                if request.values.getlist(key):
                    args[key] = request.values.getlist(key)
            args.update(extra)
            return f"{rule}?{urlencode(args, doseq=True)}"

        def ordered(keys: list[KeyView]) -> list[KeyView]:
            if sort == "oldest":
                return keys[::-1]
            if sort == "name":
                return sorted(keys, key=lambda k: (k.name.casefold(), k.id))
            return keys

        def key_page() -> ResponseReturnValue:
            tier, service = chosen()
            statuses = request.args.getlist("statut")
            keys = ordered(self.keys(tier, service, statuses=statuses))
            try:
                page = max(1, int(request.args.get("page", "1")))
            except ValueError:
                page = 1
            pages = max(1, math.ceil(len(keys) / page_size)) if page_size else 1
            page = min(page, pages)
            shown = keys[(page - 1) * page_size : page * page_size] if page_size else keys
            body = self.render(
                template,
                tier=tier,
                service=service,
                keys=shown,
                all_keys=keys,
                total=len(keys),
                active_count=sum(1 for k in keys if k.active),
                active_total=sum(1 for k in self.keys(tier, service) if k.active),
                page=page,
                pages=pages,
                prev_url=back_url(tier, service, page=page - 1) if page > 1 else None,
                next_url=back_url(tier, service, page=page + 1) if page < pages else None,
                panel=self.panel(tier, service),
                flash=self.flash(),
                statuses=statuses,
                generate_url=f"{rule}/generer",
                revoke_url=lambda k: f"{rule}/{k.id}/revoquer",
                json_url=json_rule,
                name_field=name_field,
                self_url=back_url(tier, service),
            )
            if not frame_ok:
                return body
            response = self.app.make_response(body)
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
            return response

        def generate_key() -> Response:
            user = self.portal.admin()
            tier, service = chosen()
            if service is None:
                abort(400)
            name = request.form.get(name_field, "").strip()
            if not name or len(name) > NAME_MAX:
                self.portal.flash("alert", msg["empty_name"] if not name else msg["too_long"], name)
                return redirect(back_url(tier, service), code=303)
            key, secret = self.store.create_key(tier.id, service.id, name, user.creator_name)
            self.live.state.event("keys_generated")
            self.portal.panels.put(
                self.portal.server_session().sid,
                {
                    "service_id": service.id,
                    "tier_id": tier.id,
                    "name": key.name,
                    "identifier": key.identifier,
                    "secret": secret,
                },
            )
            return redirect(back_url(tier, service if fixed_service else None), code=303)

        def revoke_key(key_id: int) -> Response:
            user = self.portal.admin()
            key = self.store.key(key_id)
            tier = self.store.tier_by_id(key.tier_id) if key else None
            if key is None or tier is None or tier.account_id != user.account_id:
                abort(404)
            service = self.store.service(key.service_id) if fixed_service else None
            if typed_confirm and request.form.get("confirmation", "").strip() != key.name:
                self.portal.flash("alert", msg["typed"])
            elif self.store.revoke_key(key.id):
                self.live.state.event("keys_revoked")
                self.portal.flash("status", msg["revoked"].format(name=key.name))
            else:
                self.portal.flash("alert", msg["already"].format(name=key.name))
            return redirect(back_url(tier, service), code=303)

        def key_data() -> ResponseReturnValue:
            tier, service = chosen()
            keys = ordered(self.keys(tier, service, statuses=request.args.getlist("statut")))
            try:
                offset = max(0, int(request.args.get("offset", "0")))
                limit = min(50, max(1, int(request.args.get("limit", "10"))))
            except ValueError:
                abort(400)
            items = [{**k.as_json(), "revoke_url": f"{rule}/{k.id}/revoquer"} for k in keys[offset : offset + limit]]
            return jsonify(items=items, total=len(keys), offset=offset, next=offset + limit < len(keys))

        self.app.add_url_rule(rule, endpoint="key_page", view_func=key_page, methods=["GET"])
        self.app.add_url_rule(f"{rule}/generer", endpoint="generate_key", view_func=generate_key, methods=["POST"])
        self.app.add_url_rule(
            f"{rule}/<int:key_id>/revoquer", endpoint="revoke_key", view_func=revoke_key, methods=["POST"]
        )
        if json_rule:
            self.app.add_url_rule(json_rule, endpoint="key_data", view_func=key_data, methods=["GET"])


def _safe_back(back: str) -> str:
    if not back.startswith("/") or back.startswith("//") or back.startswith("/\\"):
        return "/"
    return back
