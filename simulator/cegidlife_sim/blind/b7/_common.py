"""What b7's renderings share: date formats real products use (the kit gives "dd/mm/yyyy HH:MM"),
dangerous controls that only count an event, a customer account chosen once and kept in a cookie,
and a key's own detail page (for lists whose rows lead to the key)."""

from __future__ import annotations

import typing as t
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit

from flask import abort, g, redirect, request

if t.TYPE_CHECKING:
    from werkzeug.wrappers import Response

    from .._kit import Kit

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_LONG = [
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
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_FR_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _parse(value: str) -> datetime | None:
    """The kit's French date ("23/01/2021 08:14" or "23/01/2021")."""
    value = (value or "").strip()
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def us_date(value: str, with_time: bool = True) -> str:
    """ "01/23/2021 08:14 AM" (Workday's US English)."""
    d = _parse(value)
    if d is None:
        return value or ""
    text = f"{d:%m/%d/%Y}"
    return f"{text} {d:%I:%M %p}" if with_time and ":" in value else text


def en_date(value: str, with_time: bool = False) -> str:
    """ "Jan 23, 2021" (or "Jan 23, 2021, 08:14")."""
    d = _parse(value)
    if d is None:
        return value or ""
    text = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return f"{text}, {d:%H:%M}" if with_time and ":" in value else text


def en_long(value: str) -> str:
    """ "January 23, 2021"."""
    d = _parse(value)
    return f"{MONTHS_EN_LONG[d.month - 1]} {d.day}, {d.year}" if d else (value or "")


def fr_long(value: str, with_time: bool = True) -> str:
    """ "23 janvier 2021 à 08:14"."""
    d = _parse(value)
    if d is None:
        return value or ""
    text = f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{text} à {d:%H:%M}" if with_time and ":" in value else text


def fr_short(value: str) -> str:
    """ "23 janv. 2021"."""
    d = _parse(value)
    return f"{d.day} {MONTHS_FR_SHORT[d.month - 1]} {d.year}" if d else (value or "")


def ago(value: str, lang: str = "en") -> str:
    """ "3 days ago" / "il y a 3 jours" (what dashboards print, the exact date in a tooltip)."""
    d = _parse(value)
    if d is None:
        return value or ""
    seconds = max(0, int((datetime.now() - d).total_seconds()))
    steps = [(365 * 86400, "year", "an", "ans"), (30 * 86400, "month", "mois", "mois"), (86400, "day", "jour", "jours")]
    steps += [(3600, "hour", "heure", "heures"), (60, "minute", "minute", "minutes")]
    for size, en, fr_one, fr_many in steps:
        n = seconds // size
        if n:
            if lang == "fr":
                return f"il y a {n} {fr_one if n == 1 else fr_many}"
            return f"{n} {en}{'' if n == 1 else 's'} ago"
    return "à l'instant" if lang == "fr" else "just now"


def install(kit: Kit) -> None:
    """The filters and globals, under names no other batch uses."""
    kit.app.jinja_env.filters.update(
        b7_us=us_date,
        b7_en=en_date,
        b7_en_long=en_long,
        b7_fr_long=fr_long,
        b7_fr_short=fr_short,
        b7_ago=ago,
    )
    kit.app.jinja_env.globals.update(b7_tier=chosen_tier)


def danger(kit: Kit, rule: str, event: str, *, method: str = "POST", back: str = "/", message: str = "") -> None:
    """``rule`` counts ``event`` (a dangerous control was used) and sends the browser back."""

    def view(**_: t.Any) -> Response:
        kit.live.state.event(event)
        if message:
            kit.portal.flash("alert", message)
        ref = request.referrer or ""
        host = request.host_url.rstrip("/")
        target = ref[len(host) :] if ref.startswith(host + "/") else back
        return redirect(target or back, code=303)

    endpoint = "b7_danger_" + "".join(c if c.isalnum() else "_" for c in rule)
    kit.app.add_url_rule(rule, endpoint=endpoint, view_func=view, methods=[method])


def chosen_tier(cookie: str, default: str) -> str:
    """The customer account code kept in ``cookie`` (``default`` until one was chosen)."""
    code = request.cookies.get(cookie, "")
    return code if code.isdigit() else default


def tier_switch(kit: Kit, rule: str, cookie: str) -> None:
    """GET ``rule?tiers=CODE&suite=PATH``: remember the account (a cookie) and go back to PATH (whose
    own ``tiers`` argument, if any, becomes CODE)."""

    def switch() -> Response:
        code = request.args.get("tiers", "")
        kit.tier(code)  # 404 for an account the user does not have
        back = request.args.get("suite", "/")
        if not back.startswith("/") or back.startswith("//") or back.startswith("/\\"):
            back = "/"
        parts = urlsplit(back)
        args = parse_qsl(parts.query, keep_blank_values=True)
        if any(pair[0] == "tiers" for pair in args):
            args = [(k, code if k == "tiers" else v) for k, v in args if k != "page"]
            back = parts.path + "?" + urlencode(args)
        response = redirect(back, code=303)
        response.set_cookie(cookie, code, path="/", max_age=31536000, samesite="Lax", httponly=True)
        return response

    kit.app.add_url_rule(rule, endpoint="b7_switch_" + cookie, view_func=switch, methods=["GET"])


def key_detail(kit: Kit, rule: str, template: str, revoke_rule: str, **ctx: t.Any) -> None:
    """GET ``rule``/<id>: one key's page (its revoke form posts to ``revoke_rule``/<id>/revoquer)."""

    def detail(key_id: int) -> str:
        user = g.user
        key = kit.store.key(key_id)
        tier = kit.store.tier_by_id(key.tier_id) if key else None
        if key is None or tier is None or tier.account_id != user.account_id:
            abort(404)
        view = kit.view(key)
        return kit.render(
            template,
            key=view,
            tier=tier,
            service=kit.store.service(key.service_id),
            revoke_url=f"{revoke_rule}/{key.id}/revoquer",
            flash=kit.flash(),
            **ctx,
        )

    kit.app.add_url_rule(f"{rule}/<int:key_id>", endpoint="b7_key_detail", view_func=detail, methods=["GET"])
