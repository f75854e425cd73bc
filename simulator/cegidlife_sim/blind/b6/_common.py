"""What b6's renderings share: date formats real products use (the kit gives "dd/mm/yyyy HH:MM"), and
small helpers for routes of their own (a key's detail page, a choice kept in a cookie)."""

from __future__ import annotations

import typing as t
from datetime import date, datetime

if t.TYPE_CHECKING:
    from .._kit import Kit

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
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


def en_date(value: str, with_time: bool = True) -> str:
    """ "Jan 23, 2021, 08:14" (or "Jan 23, 2021")."""
    d = _parse(value)
    if d is None:
        return value or ""
    text = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    return f"{text}, {d:%H:%M}" if with_time and ":" in value else text


def en_weekday(value: str) -> str:
    """ "Sat, Dec 5 2027", the way GitHub writes expiry dates."""
    d = _parse(value)
    if d is None:
        return value or ""
    return f"{d:%a}, {MONTHS_EN[d.month - 1]} {d.day} {d.year}"


def fr_long(value: str, with_time: bool = True) -> str:
    """ "23 janvier 2021 à 08h14"."""
    d = _parse(value)
    if d is None:
        return value or ""
    text = f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    return f"{text} à {d:%H}h{d:%M}" if with_time and ":" in value else text


def fr_short(value: str) -> str:
    """ "23 janv. 2021"."""
    d = _parse(value)
    if d is None:
        return value or ""
    return f"{d.day} {MONTHS_FR_SHORT[d.month - 1]} {d.year}"


def iso(value: str) -> str:
    """ "2021-01-23 08:14"."""
    d = _parse(value)
    if d is None:
        return value or ""
    return f"{d:%Y-%m-%d %H:%M}" if ":" in value else f"{d:%Y-%m-%d}"


def days_left(value: str) -> int | None:
    d = _parse(value)
    return None if d is None else (d.date() - date.today()).days


def install(kit: Kit) -> None:
    """The filters, under names no other batch uses."""
    kit.app.jinja_env.filters.update(
        b6_en=en_date,
        b6_en_weekday=en_weekday,
        b6_fr_long=fr_long,
        b6_fr_short=fr_short,
        b6_iso=iso,
        b6_days_left=days_left,
    )
