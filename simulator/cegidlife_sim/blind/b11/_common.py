"""What b11's renderings share: dates as real products print them (the kit gives "dd/mm/yyyy HH:MM"), keys planted
relative to today, a customer account remembered in a cookie (switched by a link, or chosen once after sign-in),
and pages served inside a same-origin frame."""

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
MONTHS_FR_LONG = [
    "janvier",
    "f\u00e9vrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "ao\u00fbt",
    "septembre",
    "octobre",
    "novembre",
    "d\u00e9cembre",
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


def fr_long(value: str) -> str:
    """ "23 janvier 2021"."""
    d = parse(value)
    return f"{d.day} {MONTHS_FR_LONG[d.month - 1]} {d.year}" if d else (value or "")


def en_us(value: str) -> str:
    """ "1/23/2021" (Docusign)."""
    d = parse(value)
    return f"{d.month}/{d.day}/{d.year}" if d else (value or "")


def en_med(value: str) -> str:
    """ "Jan 23, 2021" (Atlassian)."""
    d = parse(value)
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if d else (value or "")


def sn_date(value: str) -> str:
    """ "2021-01-23 08:14:00" (ServiceNow's system format)."""
    d = parse(value)
    return f"{d:%Y-%m-%d %H:%M}:00" if d else (value or "")


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
    kit.app.jinja_env.filters.update(b11_fr=fr_short, b11_fr_long=fr_long, b11_us=en_us, b11_med=en_med, b11_sn=sn_date)

    def live_count(code: str, service_id: int | None = None) -> int:
        """Keys of the account (of one service when given) that are neither revoked nor expired."""
        tier = kit.tier(code)
        service = kit.service(service_id) if service_id else None
        return sum(1 for k in kit.keys(tier, service) if k.status == "active")

    def counts(code: str, service_id: int | None = None) -> dict[str, int]:
        """How many keys of the account (of one service when given) are active, expired, revoked."""
        tier = kit.tier(code)
        service = kit.service(service_id) if service_id else None
        found = {"active": 0, "expired": 0, "revoked": 0}
        for k in kit.keys(tier, service):
            found[k.status] = found.get(k.status, 0) + 1
        return found

    kit.app.jinja_env.globals.update(b11_tier=remembered_tier, b11_live=live_count, b11_counts=counts)


def tier_switch(kit: Kit, rule: str, cookie: str) -> None:
    """GET ``rule?tiers=CODE&suite=PATH``: remember the account in a cookie and go back to PATH (whose own
    ``tiers`` argument, if any, becomes CODE, and whose ``page`` is dropped)."""

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

    kit.app.add_url_rule(rule, endpoint="b11_switch_" + cookie, view_func=switch, methods=["GET"])


def chooser(kit: Kit, rule: str, template: str, cookie: str, switch_rule: str) -> None:
    """A choice of customer account between sign-in and the portal: every signed-in page sends the browser to
    ``rule`` until an account is remembered in ``cookie`` (by ``switch_rule``, see tier_switch)."""
    tier_switch(kit, switch_rule, cookie)
    mine = {"b11_chooser", "b11_switch_" + cookie, "gate_page", "gate_answer"}

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

    kit.app.add_url_rule(rule, endpoint="b11_chooser", view_func=page, methods=["GET"])
