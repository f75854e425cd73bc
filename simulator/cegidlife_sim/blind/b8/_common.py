"""What b8's renderings share: date formats real products print (the kit gives "dd/mm/yyyy HH:MM"), a
customer account remembered in a cookie, and the slug a developer portal makes of a service's name."""

from __future__ import annotations

import typing as t
import unicodedata
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

from flask import redirect, request

if t.TYPE_CHECKING:
    from werkzeug.wrappers import Response

    from .._kit import Kit

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR_SHORT = [
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


def parse(value: str) -> datetime | None:
    """The kit's French date ("23/01/2021 08:14" or "23/01/2021")."""
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return datetime.strptime((value or "").strip(), fmt)
        except ValueError:
            continue
    return None


def en_date(value: str, with_time: bool = False) -> str:
    """ "Jan 23, 2021" or "Jan 23, 2021, 8:14 AM"."""
    d = parse(value)
    if d is None:
        return value or ""
    text = f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"
    if with_time and ":" in value:
        text += f", {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    return text


def en_long(value: str) -> str:
    """ "January 23, 2021, 08:14" (the AWS console's absolute date)."""
    d = parse(value)
    return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}, {d:%H:%M}" if d else (value or "")


def iso(value: str) -> str:
    """ "2021-01-23 08:14"."""
    d = parse(value)
    return f"{d:%Y-%m-%d %H:%M}" if d else (value or "")


def fr_short(value: str) -> str:
    """ "23 janv. 2021"."""
    d = parse(value)
    return f"{d.day} {MONTHS_FR_SHORT[d.month - 1]} {d.year}" if d else (value or "")


def ago(value: str) -> str:
    """ "3 minutes ago" (what consoles print, the exact date in a tooltip)."""
    d = parse(value)
    if d is None:
        return value or ""
    seconds = max(0, int((datetime.now() - d).total_seconds()))
    for size, unit in ((365 * 86400, "year"), (30 * 86400, "month"), (86400, "day"), (3600, "hour"), (60, "minute")):
        n = seconds // size
        if n:
            return f"{n} {unit}{'' if n == 1 else 's'} ago"
    return "just now"


def slug(value: str) -> str:
    """ "Dematerialisation RH" -> "dematerialisation-rh"."""
    plain = unicodedata.normalize("NFKD", value or "").encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def days_ago(days: int, hour: int = 9, minute: int = 0) -> str:
    """An ISO date ``days`` before today (keys planted relative to now, for validity periods)."""
    when = datetime.now(UTC) - timedelta(days=days)
    return when.replace(hour=hour, minute=minute, second=0, microsecond=0).isoformat()


def remembered_tier(cookie: str, default: str) -> str:
    """The customer account code kept in ``cookie`` (``default`` until one was chosen)."""
    code = request.cookies.get(cookie, "")
    return code if code.isdigit() else default


def install(kit: Kit) -> None:
    """Filters and globals, under names no other batch uses."""
    kit.app.jinja_env.filters.update(
        b8_en=en_date, b8_en_long=en_long, b8_iso=iso, b8_fr_short=fr_short, b8_ago=ago, b8_slug=slug
    )
    kit.app.jinja_env.globals.update(b8_tier=remembered_tier)


def tier_switch(kit: Kit, rule: str, cookie: str) -> None:
    """GET ``rule?tiers=CODE&suite=PATH``: remember the account in a cookie and go back to PATH (whose own
    ``tiers`` argument, if any, becomes CODE, and whose ``page`` is dropped)."""

    def switch() -> Response:
        code = request.args.get("tiers", "")
        kit.tier(code)  # 404 for an account the user does not have
        back = request.args.get("suite", "/")
        if not back.startswith("/") or back.startswith("//") or back.startswith("/\\"):
            back = "/"
        parts = urlsplit(back)
        args = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
        if any(k == "tiers" for k, v in args):
            args = [(k, code if k == "tiers" else v) for k, v in args]
        back = parts.path + ("?" + urlencode(args) if args else "")
        response = redirect(back, code=303)
        response.set_cookie(cookie, code, path="/", max_age=31536000, samesite="Lax", httponly=True)
        return response

    kit.app.add_url_rule(rule, endpoint="b8_switch_" + cookie, view_func=switch, methods=["GET"])
