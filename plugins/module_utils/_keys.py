# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""What the portal's key list says, and what to do about it. Pure logic: no browser here."""

from __future__ import annotations

import dataclasses
import datetime
import re
import typing as t

ACTIVE = "active"
REVOKED = "revoked"

# The portal shows dates as dd/mm/yyyy HH:MM (seed: "23/01/2021 08:14"), seconds optional.
_DATE_RE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")


@dataclasses.dataclass(frozen=True)
class KeyRow:
    """One row of the key page's list."""

    name: str
    created_at: datetime.datetime | None
    created_by: str
    status: str = ACTIVE
    created_raw: str = ""

    def describe(self, service: str, tiers: str) -> dict[str, t.Any]:
        """The `key` return value: metadata only, never a secret."""
        return {
            "name": self.name,
            "status": self.status,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "created_by": self.created_by,
            "service": service,
            "tiers": tiers,
        }


def parse_portal_date(text: str) -> datetime.datetime | None:
    """dd/mm/yyyy[ HH:MM[:SS]] -> naive datetime (the portal's local time); None if not a date."""
    match = _DATE_RE.match(text or "")
    if not match:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        return datetime.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None


def same_name(row_name: str, wanted: str) -> bool:
    """Names match exactly, but for surrounding white space the portal may add when rendering."""
    return row_name.strip() == wanted.strip()


def matching(rows: t.Iterable[KeyRow], name: str) -> list[KeyRow]:
    """The Active rows of exactly that name, newest first. Revoked rows never match."""
    found = [row for row in rows if row.status == ACTIVE and same_name(row.name, name)]
    return sorted(found, key=lambda r: r.created_at or datetime.datetime.min, reverse=True)


@dataclasses.dataclass(frozen=True)
class Plan:
    """What the module will do: `action` is the result's action, `changed` follows from it."""

    action: str  # created | unchanged | revoked | absent
    generate: bool = False
    revoke: tuple[KeyRow, ...] = ()
    current: KeyRow | None = None

    @property
    def changed(self) -> bool:
        return self.generate or bool(self.revoke)


def plan(state: str, active_matches: t.Sequence[KeyRow]) -> Plan:
    """Decide from the Active keys of that name (as `matching` returns them)."""
    if state == "present":
        if active_matches:
            return Plan(action="unchanged", current=active_matches[0])
        return Plan(action="created", generate=True)
    if state == "absent":
        if active_matches:
            return Plan(action="revoked", revoke=tuple(active_matches), current=active_matches[0])
        return Plan(action="absent")
    raise ValueError(f"unknown state {state!r}")


@dataclasses.dataclass(frozen=True)
class Credentials:
    """The one-time pair the portal shows after "Générer"."""

    identifier: str
    secret: str = dataclasses.field(repr=False)

    @property
    def x_apikey(self) -> str:
        """The Loop API's `x-apikey` header value."""
        return f"{self.identifier}:{self.secret}"

    def as_result(self) -> dict[str, str]:
        return {"identifier": self.identifier, "secret": self.secret, "x_apikey": self.x_apikey}


def credential_problem(value: str, what: str) -> str | None:
    """Why a value read from the page cannot be a credential (never quoting the value)."""
    if not value:
        return f"the {what} is empty"
    if ":" in value:
        return f"the {what} contains ':' (the x-apikey header joins identifier and secret with it)"
    if any(ch.isspace() for ch in value):
        return f"the {what} contains white space (the page showed more than the value)"
    if len(value) > 512:
        return f"the {what} is {len(value)} characters long"
    return None
