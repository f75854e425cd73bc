"""What b10's renderings share: date formats real products print (the kit gives "dd/mm/yyyy HH:MM"), a customer
account remembered in a cookie (switched by a link, or chosen once after sign-in), and keys planted relative to
today."""

from __future__ import annotations

import typing as t
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

from flask import g, redirect, request

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue
    from werkzeug.wrappers import Response

    from .._kit import Kit

MONTHS_FR = [
    "janv.",
    "f\u00e9vr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "ao\u00fbt",
    "sept.",
    "oct.",
    "nov.",
    "d\u00e9c.",
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OPEN = {"static", "auth_callback", "logout", "logout_link"}


def parse(value: str) -> datetime | None:
    """The kit's French date ("23/01/2021 08:14" or "23/01/2021")."""
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return datetime.strptime((value or "").strip(), fmt)
        except ValueError:
            continue
    return None


def fr_short(value: str) -> str:
    """ "23 janv. 2021"."""
    d = parse(value)
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}" if d else (value or "")


def en_long(value: str) -> str:
    """ "Jan 23, 2021, 8:14:00 AM" (Google Cloud console)."""
    d = parse(value)
    if d is None:
        return value or ""
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}, {d.hour % 12 or 12}:{d:%M}:00 {'AM' if d.hour < 12 else 'PM'}"


def en_day(value: str) -> str:
    """ "23 Jan 2021" (British English, as Spendesk prints it)."""
    d = parse(value)
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if d else (value or "")


def iso(value: str) -> str:
    """ "2021-01-23 08:14"."""
    d = parse(value)
    return f"{d:%Y-%m-%d %H:%M}" if d else (value or "")


def days_ago(days: int, hour: int = 9, minute: int = 0) -> str:
    """An ISO date ``days`` before today (keys planted relative to now, for validity periods)."""
    when = datetime.now(UTC) - timedelta(days=days)
    return when.replace(hour=hour, minute=minute, second=0, microsecond=0).isoformat()


def remembered_tier(cookie: str, default: str) -> str:
    """The customer account code kept in ``cookie`` (``default`` until one was chosen)."""
    code = request.cookies.get(cookie, "")
    return code if code.isdigit() else default


def _safe(back: str) -> str:
    if not back.startswith("/") or back.startswith("//") or back.startswith("/\\"):
        return "/"
    return back


def install(kit: Kit) -> None:
    """Filters and globals, under names no other batch uses."""
    kit.app.jinja_env.filters.update(b10_fr=fr_short, b10_en=en_long, b10_en_day=en_day, b10_iso=iso)

    def live_count(code: str, service_id: int | None = None) -> int:
        """Keys of the account (of one service when given) that are neither revoked nor expired."""
        tier = kit.tier(code)
        service = kit.service(service_id) if service_id else None
        return sum(1 for k in kit.keys(tier, service) if k.status == "active")

    kit.app.jinja_env.globals.update(b10_tier=remembered_tier, b10_live=live_count)


def tier_switch(kit: Kit, rule: str, cookie: str) -> None:
    """GET ``rule?tiers=CODE&suite=PATH``: remember the account in a cookie and go back to PATH (whose own
    ``tiers`` argument, if any, becomes CODE, and whose ``page`` is dropped)."""

    def switch() -> Response:
        code = request.args.get("tiers", "")
        kit.tier(code)  # 404 for an account the user does not have
        parts = urlsplit(_safe(request.args.get("suite", "/")))
        args = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("page", "offset")]
        args = [(k, code if k == "tiers" else v) for k, v in args]
        back = parts.path + ("?" + urlencode(args) if args else "")
        response = redirect(back, code=303)
        response.set_cookie(cookie, code, path="/", max_age=31536000, samesite="Lax", httponly=True)
        return response

    kit.app.add_url_rule(rule, endpoint="b10_switch_" + cookie, view_func=switch, methods=["GET"])


def chooser(kit: Kit, rule: str, template: str, cookie: str, switch_rule: str) -> None:
    """A choice of customer account between sign-in and the portal: every signed-in page sends the browser to
    ``rule`` until an account is remembered in ``cookie`` (by ``switch_rule``, see tier_switch)."""
    tier_switch(kit, switch_rule, cookie)
    mine = {"b10_chooser", "b10_switch_" + cookie}

    @kit.app.before_request
    def _choose() -> ResponseReturnValue | None:
        if g.get("user") is None or remembered_tier(cookie, ""):
            return None
        if request.endpoint in mine or request.endpoint in OPEN or request.endpoint is None:
            return None
        if request.blueprint in ("loop_api", "sim_admin"):
            return None
        back = request.full_path.rstrip("?") if request.method == "GET" else "/"
        return redirect(f"{rule}?{urlencode({'suite': back})}")

    def page() -> str:
        return kit.render(template, back=_safe(request.args.get("suite", "/")), switch_rule=switch_rule)

    kit.app.add_url_rule(rule, endpoint="b10_chooser", view_func=page, methods=["GET"])
