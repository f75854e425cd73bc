"""A stand-in for Cegid's Loop public API: just enough to prove a key works or does not.

Real calls send ``x-apikey: <identifier>:<secret>`` (plus an APIM subscription key this
stand-in ignores); only the SHA-256 of each secret is stored, as a real service would.
"""

from __future__ import annotations

import typing as t

from flask import Blueprint, jsonify, redirect, request

from . import faults

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from .config import LiveConfig
    from .store import Store


def create_loop_blueprint(store: Store, live: LiveConfig) -> Blueprint:
    bp = Blueprint("loop_api", __name__)

    @bp.get("/loop-api-publiques/<path:rest>")
    def call(rest: str) -> ResponseReturnValue:
        fault = faults.before_request(live, "loop-api", request)
        if fault is not None:
            return fault
        moved_to = live.get().loop_redirect
        if moved_to:  # the loop_redirect fault: a client that follows it sends its x-apikey there
            live.state.count_fault("redirected")
            return redirect(moved_to, code=302)
        identifier, sep, secret = request.headers.get("x-apikey", "").strip().partition(":")
        key = store.verify_api_key(identifier, secret) if sep and identifier and secret else None
        if key is None:
            return jsonify(error="invalid api key"), 401, {"WWW-Authenticate": 'ApiKey header="x-apikey"'}
        declared = live.get().loophub_declared
        if declared and key.identifier not in declared:
            undeclared = jsonify(error="api key not declared in LoopHub")
            return undeclared, 401, {"WWW-Authenticate": 'ApiKey header="x-apikey"'}
        service = store.service(key.service_id)
        tier = store.tier_by_id(key.tier_id)
        return jsonify(
            ok=True,
            key=key.name,
            service=service.name if service else None,
            tiers=tier.code if tier else None,
            tiers_label=tier.label if tier else None,
            resource=rest,
        )

    return bp
