"""JSON endpoints under /__sim__/ for tests and CI jobs: inspect keys, plant keys, switch
variants and faults, describe the rendering, end sessions, count requests, unlock users,
approve push sign-ins.
Loopback clients only unless --allow-remote-admin; the Host must be the simulator's (no DNS
rebinding), a browser's Origin its own, and a POST a JSON object sent as application/json (no
cross-site form or text/plain POST)."""

from __future__ import annotations

import ipaddress
import typing as t
from urllib.parse import urlsplit

from flask import Blueprint, jsonify, request

from .config import FAULT_FIELDS, SimConfig
from .describe import ROUTE_USER, describe_rendering
from .store import to_utc_iso, utc_now_iso

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from .config import LiveConfig, Topology
    from .store import ApiKey, Store


def create_admin_blueprint(store: Store, live: LiveConfig, topology: Topology, *, allow_remote: bool) -> Blueprint:
    bp = Blueprint("sim_admin", __name__, url_prefix="/__sim__")

    @bp.before_request
    def _only_tooling() -> ResponseReturnValue | None:
        if not allow_remote:
            try:
                loopback = ipaddress.ip_address(request.remote_addr or "").is_loopback
            except ValueError:
                loopback = False
            if not loopback:
                return _error("admin endpoints are for loopback clients (see --allow-remote-admin)", 403)
        # A Host this simulator does not serve is a page of another site whose name now points
        # here (DNS rebinding): it would read and change everything.
        if not topology.portal_serves(request.host):
            return _error("the Host header is not one this simulator serves (see --public-url)", 403)
        # A browser says who sent it: tools send no Origin, a page of another origin is refused.
        origin = request.headers.get("Origin")
        if origin is not None and not own_origin(origin):
            return _error("cross-origin requests to the admin endpoints are refused", 403)
        if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return _error("cross-site requests to the admin endpoints are refused", 403)
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            # JSON only, and a body: a cross-site form or text/plain POST cannot send it without
            # a CORS preflight, which is never granted.
            if request.mimetype != "application/json":
                return _error("send Content-Type: application/json", 415)
            if not isinstance(request.get_json(silent=True), dict):
                return _error("send a JSON object as the body", 400)
        return None

    def own_origin(origin: str) -> bool:
        try:
            parts = urlsplit(origin)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            return False
        if parts.path or parts.query or parts.fragment or parts.username or not parts.hostname:
            return False
        same = f"{parts.scheme}://{parts.netloc}".lower() == request.host_url.rstrip("/").lower()
        return same or topology.is_portal_origin(parts.scheme, parts.hostname, port)

    def describe(key: ApiKey) -> dict[str, t.Any]:
        service = store.service(key.service_id)
        tier = store.tier_by_id(key.tier_id)
        return {
            "id": key.id,
            "name": key.name,
            "service": service.name if service else None,
            "tiers_code": tier.code if tier else None,
            "tiers_label": tier.label if tier else None,
            "status": "active" if key.active else "revoked",
            "created_at": key.created_at,
            "created_by": key.created_by,
            "identifier": key.identifier,
            "secret_sha256": key.secret_sha256,
            "revoked_at": key.revoked_at,
        }

    @bp.get("/health")
    def health() -> ResponseReturnValue:
        return jsonify(ok=True)

    @bp.get("/keys")
    def list_keys() -> ResponseReturnValue:
        return jsonify([describe(k) for k in store.all_keys()])

    @bp.post("/keys")
    def plant_key() -> ResponseReturnValue:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _error("expected a JSON object", 400)
        name = str(body.get("name", "")).strip()
        service = store.service_by_name(str(body.get("service", "Loop APIkey")))
        tier = store.tier_by_code(str(body.get("tiers_code", "95943")))
        status = body.get("status", "active")
        if not name or service is None or tier is None or status not in ("active", "revoked"):
            return _error("need name, a known service and tiers_code, status active|revoked", 400)
        try:
            created_at = to_utc_iso(str(body["created_at"])) if body.get("created_at") else utc_now_iso()
            revoked_at = None
            if status == "revoked":
                revoked_at = to_utc_iso(str(body["revoked_at"])) if body.get("revoked_at") else utc_now_iso()
        except ValueError:
            return _error("created_at / revoked_at must be ISO 8601 dates", 400)
        created_by = str(body.get("created_by") or "Deltumeau Vincent")
        key, secret = store.create_key(
            tier.id, service.id, name, created_by, created_at=created_at, revoked_at=revoked_at
        )
        return jsonify({**describe(key), "secret": secret}), 201

    @bp.post("/keys/bulk")
    def plant_keys_bulk() -> ResponseReturnValue:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _error("expected a JSON object", 400)
        service = store.service_by_name(str(body.get("service", "Loop APIkey")))
        tier = store.tier_by_code(str(body.get("tiers_code", "95943")))
        count = body.get("count")
        status = body.get("status", "active")
        prefix = str(body.get("prefix", "bulk-"))
        if service is None or tier is None or status not in ("active", "revoked"):
            return _error("need a known service and tiers_code, status active|revoked", 400)
        if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= BULK_MAX:
            return _error(f"count must be an integer from 1 to {BULK_MAX}", 400)
        width = max(3, len(str(count)))
        names = [f"{prefix}{i:0{width}d}" for i in range(1, count + 1)]
        if not prefix.strip() or len(names[-1]) > 100:
            return _error("prefix must be non-blank and names at most 100 characters", 400)
        created_by = str(body.get("created_by") or "Deltumeau Vincent")
        keys = store.create_keys_bulk(tier.id, service.id, names, created_by, revoked=status == "revoked")
        return jsonify(created=len(keys), keys=[describe(k) for k in keys]), 201

    @bp.route("/config", methods=["GET", "POST"])
    def config() -> ResponseReturnValue:
        if request.method == "POST":
            body = request.get_json(silent=True)
            if not isinstance(body, dict):
                return _error("expected a JSON object", 400)
            try:
                return jsonify(live.update(body).as_dict())
            except (TypeError, ValueError) as exc:
                return _error(str(exc), 400)
        return jsonify(live.get().as_dict())

    @bp.get("/rendering")
    def rendering() -> ResponseReturnValue:
        user = store.user_by_email(ROUTE_USER)
        if user is None:
            return _error(f"the route is for {ROUTE_USER}, who is not in this data file", 409)
        return jsonify(describe_rendering(live.get(), user, sign_in_url=topology.sso_base(request) + "/adfs/ls/"))

    @bp.post("/faults/reset")
    def reset_faults() -> ResponseReturnValue:
        defaults = SimConfig()
        return jsonify(live.update({name: getattr(defaults, name) for name in FAULT_FIELDS}).as_dict())

    @bp.post("/sessions/expire")
    def expire_sessions() -> ResponseReturnValue:
        return jsonify(expired=store.sessions_clear("portal"))

    @bp.get("/stats")
    def stats() -> ResponseReturnValue:
        return jsonify(live.state.stats())

    @bp.post("/stats/reset")
    def stats_reset() -> ResponseReturnValue:
        return jsonify(live.state.reset_stats())

    @bp.post("/users/unlock")
    def unlock_user() -> ResponseReturnValue:
        body = request.get_json(silent=True)
        body = body if isinstance(body, dict) else {}
        email = body.get("email")
        if email is None:
            return jsonify(unlocked=store.unlock(None))
        if store.user_by_email(str(email)) is None:
            return _error("unknown user", 404)
        return jsonify(unlocked=store.unlock(str(email)))

    @bp.post("/mfa/approve")
    def approve_mfa() -> ResponseReturnValue:
        body = request.get_json(silent=True)
        body = body if isinstance(body, dict) else {}
        email = body.get("email")
        return jsonify(approved=live.state.push_approve(None if email is None else str(email)))

    return bp


BULK_MAX = 5000


def _error(message: str, status: int) -> ResponseReturnValue:
    return jsonify(error=message), status
