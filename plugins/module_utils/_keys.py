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

# How the portal shows a creation date, in French or in English (the portal follows the user's
# language): numbers (seed: "23/01/2021 08:14"; the order of day and month is not in the text),
# ISO ("2026-12-06 15:04"), or a month's name ("6 déc. 2026 15:04", "Dec 6, 2026 3:04 PM").
# Seconds optional; a time zone shown after an ISO time is not kept (times are the portal's local
# time, whatever zone that is).
_TIME = r"(?:,?\s+(?:at\s+|à\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?)?"
_NUMERIC_RE = re.compile(rf"^\s*(\d{{1,2}})([/.-])(\d{{1,2}})\2(\d{{4}}){_TIME}\s*$", re.IGNORECASE)
_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?)?\s*$",
    re.IGNORECASE,
)
_MONTH = r"([^\W\d_]{3,10})\.?"
_DAY_MONTH_RE = re.compile(rf"^\s*(\d{{1,2}})(?:er)?\s+{_MONTH},?\s+(\d{{4}}){_TIME}\s*$", re.IGNORECASE)
_MONTH_DAY_RE = re.compile(rf"^\s*{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_TIME}\s*$", re.IGNORECASE)
# Month names and the abbreviations French and English use, folded to lower case.
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv",
        "february feb février fevrier févr fevr fév fev",
        "march mar mars",
        "april apr avril avr",
        "may mai",
        "june jun juin",
        "july jul juillet juil",
        "august aug août aout",
        "september sep sept septembre",
        "october oct octobre",
        "november nov novembre",
        "december dec décembre decembre déc",
    ),
    start=1,
):
    _MONTHS.update(dict.fromkeys(_names.split(), _number))


@dataclasses.dataclass(frozen=True)
class KeyRow:
    """One row of the key page's list. Its identity is what the row shows (`look`), never its
    place in the list: a portal owes no order among keys that look the same."""

    name: str
    created_at: datetime.datetime | None
    created_by: str
    status: str = ACTIVE
    created_raw: str = ""
    # Whatever else the row shows beside name, date and creator (an identifier, a masked key, an
    # expiry date), as (label, text) pairs: it can tell same-minute keys apart.
    shown: tuple[tuple[str, str], ...] = ()

    @property
    def look(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        return (self.name, self.created_raw, self.created_by, self.shown)

    def says(self) -> str:
        """The row as a person would name it in a message (metadata only, never a secret)."""
        extra = "".join(f", {label} {text}" for label, text in self.shown if text)
        return (
            f"{self.name!r} created {self.created_raw or '(no date)'} by {self.created_by or '(nobody shown)'}{extra}"
        )

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


def parse_portal_date(text: str, day_first: bool | None = True) -> datetime.datetime | None:
    """A creation date as the portal shows it -> naive datetime (the portal's local time); None if
    it is not a date, or not one proven: a numeric date is read day first ("dd/mm/yyyy", French)
    with `day_first`, month first ("mm/dd/yyyy", US English) with `day_first=False`, and with
    `day_first=None` (the order unknown) only when its numbers allow one reading ("13/06/2026",
    "06/13/2026", "06/06/2026"). ISO dates and dates with a month's name have one reading."""
    text = text or ""
    found = _ISO_RE.match(text)
    if found:
        year, month, day, *clock = found.groups()
        return _date(year, month, day, clock)
    found = _NUMERIC_RE.match(text)
    if found:
        first, dummy, second, year, *clock = found.groups()
        if day_first is None and first != second:
            day_first = _numeric_order([(int(first), int(second))])
            if day_first is None:
                return None  # 12/06/2026: the 12th of June or December 6th; nothing here says which
        day, month = (first, second) if day_first else (second, first)
        return _date(year, month, day, clock)
    found = _DAY_MONTH_RE.match(text)
    if found:
        day, name, year, *clock = found.groups()
        return _date(year, _MONTHS.get(name.casefold()), day, clock)
    found = _MONTH_DAY_RE.match(text)
    if found:
        name, day, year, *clock = found.groups()
        return _date(year, _MONTHS.get(name.casefold()), day, clock)
    return None


def numeric_date_order(texts: t.Iterable[str]) -> bool | None:
    """Whether the numeric dates of one list (one formatter wrote them all) put the day first
    (True) or the month first (False), as far as their numbers prove it: a first number above 12
    is a day, a second above 12 is a day. None when none proves an order, or they contradict."""
    pairs = []
    for text in texts:
        found = _NUMERIC_RE.match(text or "")
        if found:
            pairs.append((int(found.group(1)), int(found.group(3))))
    return _numeric_order(pairs)


def _numeric_order(pairs: t.Iterable[tuple[int, int]]) -> bool | None:
    day_first = month_first = False
    for first, second in pairs:
        day_first = day_first or (first > 12 >= second)
        month_first = month_first or (second > 12 >= first)
    if day_first == month_first:
        return None  # neither proven, or both: not one formatter, or not dates
    return day_first


def _date(year: str, month: str | int | None, day: str, clock: t.Sequence[str | None]) -> datetime.datetime | None:
    """`clock`: hour, minute, second, and "a" or "p" where a 12-hour time says AM or PM."""
    hour, minute, second, meridiem = (*clock, None, None, None, None)[:4]
    if month is None:
        return None  # not a month's name
    hours = int(hour or 0)
    if meridiem:
        if not 1 <= hours <= 12:
            return None  # "15:04 PM" is no time
        hours = hours % 12 + (12 if meridiem.lower() == "p" else 0)
    try:
        return datetime.datetime(int(year), int(month), int(day), hours, int(minute or 0), int(second or 0))
    except ValueError:
        return None


def lookalikes(rows: t.Iterable[KeyRow], row: KeyRow) -> list[KeyRow]:
    """The rows that look exactly like `row` (itself included): nothing on the page tells them apart."""
    return [r for r in rows if r.look == row.look]


def new_row(before: t.Sequence[KeyRow], after: t.Sequence[KeyRow], name: str | None = None) -> KeyRow | None:
    """The row a generation added, proven by the list: exactly one row more, of a look that no row
    had before. None when the list cannot prove it (no new row, more than one, or a look-alike of a
    row that was already there: nothing would tell the two apart). With `name`, only rows of
    exactly that name count (a list filtered on a name also shows the names that contain it)."""
    if name is not None:
        before = [r for r in before if same_name(r.name, name)]
        after = [r for r in after if same_name(r.name, name)]
    grown = [row for row in dict.fromkeys(after) if len(lookalikes(after, row)) > len(lookalikes(before, row))]
    if len(grown) != 1 or len(after) != len(before) + 1 or lookalikes(before, grown[0]):
        return None
    return grown[0]


def list_changed(before: t.Sequence[KeyRow], after: t.Sequence[KeyRow], name: str) -> bool:
    """Whether the rows of that name differ at all (one more, one of a new look): a key may have
    been made even where `new_row` cannot prove which row it is."""
    before = [r for r in before if same_name(r.name, name)]
    after = [r for r in after if same_name(r.name, name)]
    return len(after) != len(before) or {r.look for r in after} != {r.look for r in before}


class PlanError(ValueError):
    """The key list and the options leave no safe action (e.g. duplicates with on_duplicates=fail)."""


# Real time zones are whole quarters of an hour from UTC, within these bounds; the portal's is unknown.
_ZONE_STEP = datetime.timedelta(minutes=15)
_ZONE_SPAN = datetime.timedelta(hours=14)
# How far this machine's clock may be from the portal's, around a minute's turn.
CLOCK_SKEW_S = 2.0


def could_be_minute_of(shown: datetime.datetime, instant: datetime.datetime) -> bool:
    """Whether a time the portal shows (its local time, to the minute) can be the minute of that
    UTC instant, whichever real time zone the portal shows times in."""
    minute = instant.astimezone(datetime.UTC).replace(tzinfo=None, second=0, microsecond=0)
    delta = shown.replace(second=0, microsecond=0) - minute
    return abs(delta) <= _ZONE_SPAN and delta % _ZONE_STEP == datetime.timedelta(0)


def wait_for_next_minute(rows: t.Iterable[KeyRow], now: datetime.datetime) -> tuple[float, KeyRow] | None:
    """Seconds to wait before generating so that the new key's creation minute differs from every
    Active key of its name (rows shown to the minute), and the row that asks for it; None: no wait.
    The clocks may differ by CLOCK_SKEW_S: the wait ends that long past the minute's turn."""
    skew = datetime.timedelta(seconds=CLOCK_SKEW_S)
    longest: tuple[float, KeyRow] | None = None
    for row in rows:
        if row.created_at is None or ":" not in row.created_raw:
            continue  # no time shown: waiting a minute cannot tell them apart
        for drift in (-skew, datetime.timedelta(0), skew):
            if could_be_minute_of(row.created_at, now + drift):
                turn = (now + drift).replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)
                wait = (turn - now).total_seconds() + CLOCK_SKEW_S
                if longest is None or wait > longest[0]:
                    longest = (wait, row)
    return longest


def same_name(row_name: str, wanted: str) -> bool:
    """Names match exactly, but for surrounding white space the portal may add when rendering."""
    return row_name.strip() == wanted.strip()


def matching(rows: t.Iterable[KeyRow], name: str) -> list[KeyRow]:
    """The Active rows of exactly that name, newest first. Revoked rows never match."""
    found = [row for row in rows if row.status == ACTIVE and same_name(row.name, name)]
    return sorted(found, key=lambda r: r.created_at or datetime.datetime.min, reverse=True)


@dataclasses.dataclass(frozen=True)
class Plan:
    """What the module will do: `action` is the result's action, `changed` follows from it.

    Generation always comes before revocation (make-before-break): `revoke` lists the keys to
    revoke once the new key's credentials are safe.
    """

    action: str  # created | rotated | rotation_staged | rotation_finished | rotation_rolled_back | unchanged | ...
    generate: bool = False
    revoke: tuple[KeyRow, ...] = ()
    current: KeyRow | None = None
    reason: str = ""
    # Staged rotation: the replaced key left Active until the rotation is finished (phase 2).
    pending: KeyRow | None = None
    # The row never to click when revoking (a revocation that cannot tell it from a target refuses).
    keep: KeyRow | None = None
    # What the credentials file records of a staged rotation once this plan is done:
    # "finished" (the new key stays current), "rolled_back" (the old one does), "" (as it is).
    settle: str = ""

    @property
    def changed(self) -> bool:
        return self.generate or bool(self.revoke) or bool(self.settle)


def plan(
    state: str,
    active_matches: t.Sequence[KeyRow],
    *,
    secret_known: bool = False,
    recreate: str = "never",
    max_age: datetime.timedelta | None = None,
    on_duplicates: str = "fail",
    now: datetime.datetime | None = None,
    rotation: str = "immediate",
) -> Plan:
    """Decide from the Active keys of that name (as `matching` returns them, newest first).
    With rotation="staged", a due rotation leaves the replaced key Active (`pending`)."""
    if state == "absent":
        if active_matches:
            return Plan(action="revoked", revoke=tuple(active_matches), current=active_matches[0])
        return Plan(action="absent")
    if state != "present":
        raise ValueError(f"unknown state {state!r}")
    if not active_matches:
        return Plan(action="created", generate=True, reason="no Active key has that name")
    current, extras = active_matches[0], tuple(active_matches[1:])
    if extras and on_duplicates != "keep_newest":
        dates = ", ".join(r.created_raw or "?" for r in active_matches)
        raise PlanError(
            f"{len(active_matches)} Active keys are named {current.name!r} (created {dates}); "
            "set on_duplicates=keep_newest to keep the newest and revoke the others, or revoke them by hand"
        )
    reason = _rotation_reason(current, secret_known, recreate, max_age, now)
    keeps_newest = bool(extras) and ((rotation == "staged" and bool(reason)) or not reason)
    if keeps_newest and len(lookalikes(active_matches, current)) > 1:
        # The newest is kept (or left pending) and the others revoked, but nothing tells them apart.
        raise AmbiguousKeysError(
            f"{len(active_matches)} Active keys are named {current.name!r} and the newest cannot be told apart",
            lookalikes(active_matches, current),
        )
    undated = [r for r in active_matches if r.created_at is None]
    if keeps_newest and undated:
        # "Newest" would be the list's order: a date shown that is no date, or that could be read two
        # ways (12/06/2026), proves nothing.
        raise AmbiguousKeysError(
            f"{len(active_matches)} Active keys are named {current.name!r} and which is the newest cannot be "
            f"proven: the creation date shown for {len(undated)} of them cannot be read as one date",
            active_matches,
        )
    if reason and rotation == "staged":
        # Duplicates (on_duplicates=keep_newest) go at once; the current key waits for phase 2.
        return Plan(
            action="rotation_staged", generate=True, revoke=extras, current=current, reason=reason, pending=current
        )
    if reason:
        return Plan(action="rotated", generate=True, revoke=(current, *extras), current=current, reason=reason)
    if not secret_known and recreate == "fail":
        raise PlanError(
            f"the Active key {current.name!r} (created {current.created_raw}) exists but its secret is unknown "
            "(not in credentials_file, no current_credentials); recreate=if_secret_missing would replace it"
        )
    if extras:
        return Plan(action="unchanged", revoke=extras, current=current, reason="duplicates revoked")
    return Plan(action="unchanged", current=current)


def _rotation_reason(
    current: KeyRow,
    secret_known: bool,
    recreate: str,
    max_age: datetime.timedelta | None,
    now: datetime.datetime | None,
) -> str:
    if recreate == "always":
        return "recreate=always"
    if max_age is not None and current.created_at is None:
        raise PlanError(
            f"max_age is set, but the creation date shown for the Active key {current.name!r} "
            f"({current.created_raw or 'none'!r}) cannot be read as one date, so its age is unknown; a date "
            "whose day and month could be swapped is never guessed (see the labels option's day_first_dates)"
        )
    if max_age is not None and current.created_at is not None:
        age = (now or datetime.datetime.now()) - current.created_at
        if age > max_age:
            return f"the key is {age.days} days old, older than max_age"
    if not secret_known and recreate == "if_secret_missing":
        return "its secret is unknown and recreate=if_secret_missing"
    return ""


def rotation_due(
    row: KeyRow, max_age: datetime.timedelta | None, now: datetime.datetime
) -> tuple[datetime.datetime, int] | None:
    """When the key is due for rotation (its creation date plus max_age, in the portal's local
    time) and in how many whole days from now (negative once past); None without both."""
    if max_age is None or row.created_at is None:
        return None
    due = row.created_at + max_age
    return due, (due - now).days


def due_text(due: datetime.datetime) -> str:
    return due.strftime("%Y-%m-%d %H:%M")


# --- staged rotation: a rotation recorded in the credentials file, picked up by later runs ----------


@dataclasses.dataclass(frozen=True)
class PendingRows:
    """The Active rows of a staged rotation's two keys, as found in the list (None: not Active)."""

    new: KeyRow | None
    old: KeyRow | None
    others: tuple[KeyRow, ...] = ()


def locate_pending(
    active: t.Sequence[KeyRow], new_at: datetime.datetime | None, old_at: datetime.datetime | None
) -> PendingRows:
    """Find a staged rotation's keys among the Active rows of the name, by the creation dates the
    credentials file recorded. A date that fits several rows, or both keys, proves nothing: the
    list's order is no identity, so that raises PlanError naming the rows."""
    olds = [r for r in active if old_at is not None and r.created_at == old_at]
    if new_at is not None and new_at == old_at and olds:
        raise AmbiguousKeysError(
            f"a staged rotation of {active[0].name if active else 'this key'!r} is recorded, but its two keys "
            "were made the same minute and the list shows nothing else that tells them apart",
            olds,
        )
    if new_at is not None and new_at == old_at:
        return PendingRows(None, None, tuple(active))  # both gone
    news = [r for r in active if r not in olds and (new_at is None or r.created_at == new_at)]
    if len(olds) > 1 or (new_at is not None and len(news) > 1):
        raise AmbiguousKeysError(
            f"a staged rotation of {active[0].name!r} is recorded, but several Active keys were made the "
            "same minute as one of its keys",
            olds if len(olds) > 1 else news,
        )
    # A new key whose row could not be read back has no recorded date: the one other Active key.
    new = news[0] if news and (new_at is not None or len(news) == 1) else None
    old = olds[0] if olds else None
    others = tuple(r for r in active if r is not new and r is not old)
    return PendingRows(new, old, others)


class AmbiguousKeysError(PlanError):
    """Keys the run would have to choose between, though nothing the portal shows tells them apart."""

    def __init__(self, what: str, rows: t.Sequence[KeyRow]) -> None:
        super().__init__(ambiguity(what, rows))
        self.rows = tuple(rows)


def ambiguity(what: str, rows: t.Sequence[KeyRow]) -> str:
    """A refusal to choose among look-alike rows: what, which rows, and how to settle it by hand."""
    listed = "; ".join(row.says() for row in rows) or "none"
    return (
        f"{what} (rows: {listed}); the module never chooses by a row's place in the list. Resolve it by "
        "hand: find which credentials the applications use (the Loop API accepts them), revoke the "
        "other key(s) in the portal, then run again"
    )


def plan_pending(
    rows: PendingRows, *, finish: bool, rollback: bool, old_secret_known: bool, rotation: str
) -> Plan | None:
    """What to do about a staged rotation recorded in the credentials file (None: it is over, plan
    as usual with the keys left). Rolling back needs the old key's secret: nobody could use it else."""
    if rows.others:
        dates = ", ".join(r.created_raw or "?" for r in rows.others)
        raise PlanError(
            f"a staged rotation of {rows.others[0].name!r} is recorded, and besides its two keys "
            f"{len(rows.others)} other Active key(s) have that name (created {dates}): revoke them by hand first"
        )
    if rollback and (rows.old is None or not old_secret_known):
        why = "it is no longer Active" if rows.old is None else "its secret is unknown (it was not kept before)"
        raise PlanError(
            f"rollback_rotation refused: the replaced key cannot be restored, {why}; "
            "finish the rotation instead (finish_rotation=true)"
        )
    if rows.new is None:
        # The new key was revoked (by hand, or by a rollback that died before writing the file).
        return Plan(action="rotation_rolled_back", current=rows.old, settle="rolled_back") if rollback else None
    if rows.old is None:
        return Plan(action="rotation_finished", current=rows.new, settle="finished")
    if rollback:
        return Plan(
            action="rotation_rolled_back", revoke=(rows.new,), current=rows.old, keep=rows.old, settle="rolled_back"
        )
    if finish or rotation != "staged":
        return Plan(action="rotation_finished", revoke=(rows.old,), current=rows.new, keep=rows.new, settle="finished")
    return Plan(action="unchanged", current=rows.new, pending=rows.old)


_AGE_RE = re.compile(r"^\s*(\d+)\s*([smhdw]?)\s*$", re.IGNORECASE)
_AGE_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_age(text: str | int | None) -> datetime.timedelta | None:
    """'90d', '12h', '2w', '3600' (seconds) -> timedelta; None stays None; anything else raises."""
    if text is None or text == "":
        return None
    match = _AGE_RE.match(str(text))
    if not match:
        raise ValueError(f"{text!r} is not an age such as 90d, 12h, 2w or a number of seconds")
    return datetime.timedelta(seconds=int(match.group(1)) * _AGE_UNITS[match.group(2).lower()])


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


# What portals draw a hidden value with ("••••••••", "****"): a run of it is never a credential's.
_MASKED = re.compile("[\u2022\u25cf\u2219\u00b7\u22c5\u25e6*]{3}")


def masked(value: str) -> bool:
    """Whether the page drew the value masked ("••••", "****"): what it shows is not the value."""
    return bool(_MASKED.search(value))


def shown_prefix(row: KeyRow) -> str:
    """The start of its identifier that a row shows before a mask ("CHQN••••••••"), "" when it shows
    none: with the name, what tells a key whose list shows no date."""
    for dummy, text in row.shown:
        found = _MASKED.search(text)
        prefix = text[: found.start()].strip() if found else ""
        if len(prefix) >= 4 and prefix.isalnum():
            return prefix
    return ""


def credential_problem(value: str, what: str) -> str | None:
    """Why a value read from the page cannot be a credential (never quoting the value)."""
    if not value:
        return f"the {what} is empty"
    if masked(value):
        return f"the {what} is shown masked: its value is not on the page"
    if ":" in value:
        return f"the {what} contains ':' (the x-apikey header joins identifier and secret with it)"
    if any(ch.isspace() for ch in value):
        return f"the {what} contains white space (the page showed more than the value)"
    if len(value) > 512:
        return f"the {what} is {len(value)} characters long"
    return None


# A credential is never this short: the portal's are 25 and 44 characters long.
MIN_CREDENTIAL_LENGTH = 16
_KNOWN_SHAPES = {
    "identifier": re.compile(r"^[A-Z0-9]{25}$"),
    "secret": re.compile(r"^[A-Za-z0-9+/]{43}=$"),
}


def furniture_problem(value: str, what: str, furniture: t.Iterable[str]) -> str | None:
    """Why a value read next to a label is page furniture rather than a credential: a control's
    text or a label, or too short to be one (never quoting the value)."""
    problem = credential_problem(value, what)
    if problem:
        return problem
    folded = value.strip().casefold()
    if any(folded == f.strip().casefold() for f in furniture if f.strip()):
        return f"the {what} read is the text of a control or a label on the page"
    if len(value) < MIN_CREDENTIAL_LENGTH:
        return f"the {what} read is {len(value)} characters long (a credential has at least {MIN_CREDENTIAL_LENGTH})"
    return None


def pair_problem(identifier: str, secret: str) -> str | None:
    if identifier == secret:
        return "the identifier and the secret read are the same text"
    return None


def shape_notice(value: str, what: str) -> str | None:
    """A warning for a credential of a shape never seen on the portal (naming the shape, never the value)."""
    known = _KNOWN_SHAPES[what]
    if known.match(value):
        return None
    kinds = []
    if any(ch.isupper() for ch in value):
        kinds.append("upper-case letters")
    if any(ch.islower() for ch in value):
        kinds.append("lower-case letters")
    if any(ch.isdigit() for ch in value):
        kinds.append("digits")
    others = sorted({ch for ch in value if not ch.isalnum()})
    if others:
        kinds.append("the characters " + " ".join(others))
    expected = "25 upper-case letters and digits" if what == "identifier" else "44 characters of base64 ending in '='"
    return (
        f"the {what} has a shape not seen before ({len(value)} characters: {', '.join(kinds)}; "
        f"expected {expected}); it was accepted"
    )
