"""What b4's renderings share: controls a careless client could use on the way. Each one is a real
form or link; using it changes nothing but is counted in /__sim__/stats ``events`` under one of the
simulator's dangerous events (logout, password_page, password_changed, profile_saved, account_delete).
"""

from __future__ import annotations

import typing as t

from flask import redirect, request

if t.TYPE_CHECKING:
    from werkzeug.wrappers import Response

    from .._kit import Kit


def danger(kit: Kit, rule: str, event: str, *, back: str = "/", method: str = "POST", message: str = "") -> None:
    """``rule`` counts ``event`` and sends the browser back (with ``message`` as an alert)."""

    def view() -> Response:
        kit.live.state.event(event)
        if message:
            kit.portal.flash("alert", message)
        ref = request.referrer or ""
        host = request.host_url.rstrip("/")
        target = ref[len(host) :] if ref.startswith(host + "/") else back
        return redirect(target or back, code=303)

    endpoint = "b4_danger_" + "".join(c if c.isalnum() else "_" for c in rule)
    kit.app.add_url_rule(rule, endpoint=endpoint, view_func=view, methods=[method])
