"""The key pages: one service's ("Clés d'API", reached from the catalogue or the wizard) and
the "Clé API" page listing the keys of every service of a tiers (route cle-api), with the
forms behind Générer and Révoquer. Both render keys.html."""

from __future__ import annotations

import typing as t

from flask import abort, g, redirect, render_template, request, session, url_for

from . import faults, words
from .keylist import Criteria, order_ties, paginate
from .web import CSRF_FIELD, csrf_token, frdate

if t.TYPE_CHECKING:
    from flask import Flask
    from werkzeug.wrappers import Response

    from .app import Portal
    from .store import ApiKey, Service, Tier

NAME_MAX = 100  # characters in a key name


def register(app: Flask, portal: Portal) -> None:
    store, live = portal.store, portal.live

    def render_keys(
        *,
        service: Service | None,
        tier: Tier,
        keys: list[ApiKey],
        endpoint: str,
        endpoint_args: dict[str, t.Any],
        generate_url: str,
        revoke_url: t.Callable[[ApiKey], str],
        back_url: str | None,
    ) -> str:
        """keys.html for ``service``'s keys, or (None) the keys of every service of the tiers."""
        cfg = live.get()
        crit = Criteria.parse(request.args)
        kept = order_ties([k for k in keys if crit.keep(k)], cfg.tie_order)
        rows, paging = paginate(kept, cfg.page_size, crit.page, cfg.pager)

        def page_url(page: int | None) -> str | None:
            return url_for(endpoint, **endpoint_args, tiers=tier.code, **crit.params(page=page)) if page else None

        panel = g.get("panel")
        if panel and (panel["tier_id"] != tier.id or (service is not None and panel["service_id"] != service.id)):
            panel = None
        active = sum(1 for k in keys if k.active)
        quota = {"used": active, "limit": cfg.key_quota} if cfg.key_quota and active >= cfg.key_quota else None
        client = cfg.key_list == "client"
        online = [s for s in store.services("online") if words.shown_service(cfg, s.name)]
        names = {s.id: s.name for s in store.services()}
        if service is None:
            reveal: dict[str, t.Any] | None = {"label": words.CLE_API_GENERATE, "icon": True}
        elif cfg.route == "wizard":
            reveal = {"label": words.WIZARD_GENERATE, "icon": False}
        else:
            reveal = None
        return render_template(
            "keys.html",
            service=service,
            all_services=service is None,
            service_line=words.title_name(cfg, service.name) if service else None,
            service_name=lambda k: names.get(k.service_id, ""),
            tier=tier,
            tiers=store.tiers_for_account(tier.account_id),
            crit=crit,
            rows=rows,
            panel=panel,
            flash=session.pop("flash", None),
            paging=paging,
            prev_url=page_url(paging.prev_page),
            next_url=page_url(paging.next_page),
            pager_fields=[("tiers", tier.code), *((n, v) for n, v in crit.fields() if n != "page")],
            reset_url=url_for(endpoint, **endpoint_args, tiers=tier.code),
            filter_action=url_for(endpoint, **endpoint_args),
            back_url=back_url,
            generate_url=generate_url,
            generate_services=online if service is None else None,
            reveal=reveal,
            quota=quota,
            revoke_url=revoke_url,
            client_rows=client_rows(rows, revoke_url) if client else None,
            revoke_fields=[(CSRF_FIELD, csrf_token()), *crit.fields(page=paging.page)] if client else None,
        )

    def client_rows(rows: list[ApiKey], revoke_url: t.Callable[[ApiKey], str]) -> list[dict[str, t.Any]]:
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
                "revoke_url": revoke_url(k) if k.active else None,
            }
            for k in rows
        ]

    def create(service: Service, tier: Tier, typed: str) -> Response | None:
        """Générer: store the key and leave its one-time panel for the next page; a response
        only when a fault replaces the page."""
        user = g.user
        name = typed.strip()
        if not name:
            portal.flash("alert", "Veuillez saisir le nom de la clé d'API.", typed)
            return None
        if len(name) > NAME_MAX:
            portal.flash("alert", f"Le nom de la clé d'API ne doit pas dépasser {NAME_MAX} caractères.", typed)
            return None
        quota = live.get().key_quota
        if quota and sum(1 for k in store.list_keys(tier.id, service.id) if k.active) >= quota:
            live.state.count_fault("key_quota")
            portal.flash("alert", f"Limite atteinte : {quota} clés actives au plus pour ce service.", typed)
            return None
        key, secret = store.create_key(tier.id, service.id, name, user.creator_name)
        live.state.event("keys_generated")
        if live.take("fail_post_after_commit"):
            # The key exists, but the answer is lost: the secret is never shown.
            live.state.count_fault("post_after_commit")
            return faults.error_page(502)
        if live.get().panel_alert_for and live.get().panel_alert_for == name:
            # The key exists; the page says so in words no label knows, and shows no secret.
            live.state.count_fault("panel_alert")
            portal.flash("alert", f"Opération effectuée : {name}")
            return None
        if live.take("panel_fails") or (live.get().panel_fails_for and live.get().panel_fails_for == name):
            # The key exists and is listed, but the one-time panel never renders.
            live.state.count_fault("panel_missing")
            return None
        portal.panels.put(
            portal.server_session().sid,
            {
                "service_id": service.id,
                "tier_id": tier.id,
                "name": key.name,
                "identifier": key.identifier,
                "secret": secret,
            },
        )
        return None

    def revoke(key_id: int, service: Service | None) -> tuple[ApiKey, Tier]:
        user = g.user
        key = store.key(key_id)
        tier = store.tier_by_id(key.tier_id) if key else None
        if key is None or tier is None or tier.account_id != user.account_id:
            abort(404)
        if service is not None and key.service_id != service.id:
            abort(404)
        if live.get().revoke_fails_for and live.get().revoke_fails_for == key.name:
            # The portal refuses to revoke it: the key stays Active.
            live.state.count_fault("revoke_refused")
            portal.flash("alert", f"La clé d'API '{key.name}' n'a pas pu être révoquée.")
            return key, tier
        if store.revoke_key(key.id):
            live.state.event("keys_revoked")
            portal.flash("status", f"La clé d'API '{key.name}' a été révoquée.")
        else:
            portal.flash("alert", f"La clé d'API '{key.name}' est déjà révoquée.")
        return key, tier

    # -- one service's key page ----------------------------------------------------------------
    def key_page_url(service: Service, tier: Tier, crit: Criteria, *, page: int | None = None) -> str:
        return url_for("key_page", service_id=service.id, tiers=tier.code, **crit.params(page=page))

    @app.get("/catalogue/services/<int:service_id>/cles")
    def key_page(service_id: int) -> str:
        user = portal.admin()
        service = portal.online_service(service_id)
        tier = portal.tier_for(user, request.args.get("tiers"))
        wizard = live.get().route == "wizard"
        return render_keys(
            service=service,
            tier=tier,
            keys=store.list_keys(tier.id, service.id),
            endpoint="key_page",
            endpoint_args={"service_id": service.id},
            generate_url=url_for("generate_key", service_id=service.id),
            revoke_url=lambda k: url_for("revoke_key", service_id=service.id, key_id=k.id),
            back_url=url_for("wizard_services") if wizard else url_for("catalogue", tiers=tier.code, type="en-ligne"),
        )

    @app.post("/catalogue/services/<int:service_id>/cles/generer")
    def generate_key(service_id: int) -> Response:
        user = portal.admin()
        service = portal.online_service(service_id)
        tier = portal.tier_for(user, request.form.get("tiers"))
        failed = create(service, tier, request.form.get("nom_cle", ""))
        if failed is not None:
            return failed
        return redirect(key_page_url(service, tier, Criteria.parse(request.form), page=1), code=303)

    @app.post("/catalogue/services/<int:service_id>/cles/<int:key_id>/revoquer")
    def revoke_key(service_id: int, key_id: int) -> Response:
        portal.admin()
        service = portal.online_service(service_id)
        dummy, tier = revoke(key_id, service)
        return redirect(key_page_url(service, tier, Criteria.parse(request.form)), code=303)

    # -- the "Clé API" page: every service's keys ---------------------------------------------
    def all_keys_url(tier: Tier, crit: Criteria, *, page: int | None = None) -> str:
        return url_for("all_keys", tiers=tier.code, **crit.params(page=page))

    @app.get("/cles-api")
    def all_keys() -> str:
        user = portal.admin()
        cfg = live.get()
        tier = portal.tier_for(user, request.args.get("tiers"))
        shown = {s.id for s in store.services("online") if words.shown_service(cfg, s.name)}
        return render_keys(
            service=None,
            tier=tier,
            keys=[k for k in store.keys_for_tier(tier.id) if k.service_id in shown],
            endpoint="all_keys",
            endpoint_args={},
            generate_url=url_for("generate_any"),
            revoke_url=lambda k: url_for("revoke_any", key_id=k.id),
            back_url=None,
        )

    @app.post("/cles-api/generer")
    def generate_any() -> Response:
        user = portal.admin()
        try:
            service = portal.online_service(int(request.form.get("service", "")))
        except ValueError:
            abort(404)
        tier = portal.tier_for(user, request.form.get("tiers"))
        failed = create(service, tier, request.form.get("nom_cle", ""))
        if failed is not None:
            return failed
        return redirect(all_keys_url(tier, Criteria.parse(request.form), page=1), code=303)

    @app.post("/cles-api/<int:key_id>/revoquer")
    def revoke_any(key_id: int) -> Response:
        portal.admin()
        dummy, tier = revoke(key_id, None)
        return redirect(all_keys_url(tier, Criteria.parse(request.form)), code=303)
