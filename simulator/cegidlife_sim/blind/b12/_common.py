"""What b12's renderings share: dates as the products print them (the kit gives "dd/mm/yyyy HH:MM"), keys planted
relative to today, and a customer account remembered in a cookie (switched by a link, or chosen once after
sign-in)."""

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


def fr_time(value: str) -> str:
    """ "23 janv. 2021 \u00e0 08:14"."""
    d = parse(value)
    return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year} \u00e0 {d:%H:%M}" if d else (value or "")


def en_med(value: str) -> str:
    """ "Jan 23, 2021"."""
    d = parse(value)
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if d else (value or "")


def en_ago(value: str) -> str:
    """ "3d ago", "5mo ago", "2y ago" (Vercel, Linear)."""
    d = parse(value)
    if d is None:
        return value or ""
    days = (datetime.now() - d).days
    if days < 1:
        return "today"
    if days < 31:
        return f"{days}d ago"
    if days < 365:
        return f"{days // 30}mo ago"
    return f"{days // 365}y ago"


def iso_day(value: str) -> str:
    """ "2021-01-23"."""
    d = parse(value)
    return f"{d:%Y-%m-%d}" if d else (value or "")


def days_ago(days: int, hour: int = 9, minute: int = 0) -> str:
    """An ISO date ``days`` before today (keys planted relative to now, for validity periods)."""
    when = datetime.now(UTC) - timedelta(days=days)
    return when.replace(hour=hour, minute=minute, second=0, microsecond=0).isoformat()


def remembered_tier(cookie: str, default: str) -> str:
    """The customer account code kept in ``cookie`` (``default`` until one was chosen)."""
    code = request.cookies.get(cookie, "")
    return code if code.isdigit() else default


def safe(back: str) -> str:
    if not back.startswith("/") or back.startswith("//") or back.startswith("/\\"):
        return "/"
    return back


def install(kit: Kit) -> None:
    """Filters and globals, under names no other batch uses."""
    kit.app.jinja_env.filters.update(
        b12_fr=fr_short, b12_fr_time=fr_time, b12_med=en_med, b12_ago=en_ago, b12_iso=iso_day
    )

    def counts(code: str, service_id: int | None = None) -> dict[str, int]:
        """How many keys of the account (of one service when given) are active, expired, revoked."""
        tier = kit.tier(code)
        service = kit.service(service_id) if service_id else None
        found = {"active": 0, "expired": 0, "revoked": 0}
        for k in kit.keys(tier, service):
            found[k.status] = found.get(k.status, 0) + 1
        return found

    kit.app.jinja_env.globals.update(b12_tier=remembered_tier, b12_counts=counts)


def tier_switch(kit: Kit, rule: str, cookie: str) -> None:
    """GET ``rule?tiers=CODE&suite=PATH``: remember the account in a cookie and go back to PATH (whose own
    ``tiers`` argument, if any, becomes CODE, and whose ``page`` / ``offset`` are dropped)."""

    def switch() -> Response:
        code = request.args.get("tiers", "")
        kit.tier(code)  # 404 for an account the user does not have
        parts = urlsplit(safe(request.args.get("suite", "/")))
        args = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("page", "offset")]
        args = [(k, code if k == "tiers" else v) for k, v in args]
        back = parts.path + ("?" + urlencode(args) if args else "")
        response = redirect(back, code=303)
        response.set_cookie(cookie, code, path="/", max_age=31536000, samesite="Lax", httponly=True)
        return response

    kit.app.add_url_rule(rule, endpoint="b12_switch_" + cookie, view_func=switch, methods=["GET"])


def chooser(kit: Kit, rule: str, template: str, cookie: str, switch_rule: str) -> None:
    """A choice of customer account between sign-in and the portal: every signed-in page sends the browser to
    ``rule`` until an account is remembered in ``cookie`` (by ``switch_rule``, see tier_switch)."""
    tier_switch(kit, switch_rule, cookie)
    mine = {"b12_chooser", "b12_switch_" + cookie, "gate_page", "gate_answer"}

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
        return kit.render(template, back=safe(request.args.get("suite", "/")), switch_rule=switch_rule)

    kit.app.add_url_rule(rule, endpoint="b12_chooser", view_func=page, methods=["GET"])
