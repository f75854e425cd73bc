# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""cegidlife_api_key_info: list a service's keys (metadata only, never a secret)."""

from __future__ import annotations

import datetime
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    name_problem,
    portal_argument_spec,
    portal_input_problems,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    ACTIVE,
    REVOKED,
    KeyRow,
    parse_age,
    rotation_due,
    same_name,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import InfoOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession

STATUSES = {"active": (ACTIVE,), "revoked": (REVOKED,), "all": (ACTIVE, REVOKED)}


def argument_spec() -> dict[str, dict[str, t.Any]]:
    spec = portal_argument_spec()
    spec.update(
        name={"type": "str"},
        status={"type": "str", "default": "active", "choices": sorted(STATUSES)},
        older_than={"type": "str"},
        max_age={"type": "str", "aliases": ["rotate_within"]},
    )
    return spec


def key_info(
    row: KeyRow, service: str, tiers: str, now: datetime.datetime, max_age: datetime.timedelta | None = None
) -> dict[str, t.Any]:
    """A key's metadata, its age, and when an Active key is due for rotation under max_age."""
    info = row.describe(service, tiers)
    info["age_days"] = (now - row.created_at).days if row.created_at else None
    due = rotation_due(row, max_age, now) if row.status == ACTIVE else None
    if due is not None:
        info["rotation_due"] = due[0].isoformat()
        info["rotation_due_in_days"] = due[1]
    return info


def select(
    rows: t.Iterable[KeyRow],
    name: str | None,
    older_than: datetime.timedelta | None,
    now: datetime.datetime,
) -> list[KeyRow]:
    """Exact name (the portal's filter matches substrings) and age; newest first."""
    chosen = [
        r
        for r in rows
        if (name is None or same_name(r.name, name))
        and (older_than is None or (r.created_at is not None and now - r.created_at > older_than))
    ]
    return sorted(chosen, key=lambda r: r.created_at or datetime.datetime.min, reverse=True)


def run_info(params: t.Mapping[str, t.Any], warn: t.Callable[[str], None]) -> dict[str, t.Any]:
    """The result of the info module; raises TaskFailed on bad input or a portal fault."""
    options = InfoOptions.from_params(params, argument_spec())
    session = PortalSession(options, warn=warn)
    problems = portal_input_problems(options)
    if options.name is not None:
        problem = name_problem(options.name)
        if problem:
            problems.append(problem)
    ages: dict[str, datetime.timedelta | None] = {}
    for option in ("older_than", "max_age"):
        try:
            ages[option] = parse_age(getattr(options, option))
        except ValueError as exc:
            problems.append(f"{option}: {exc}")
    older_than, max_age = ages.get("older_than"), ages.get("max_age")
    if problems:
        session.fail("; ".join(problems))
    session.labels()
    wanted = STATUSES[options.status]

    def answer(rows: list[KeyRow]) -> dict[str, t.Any]:
        now = datetime.datetime.now()
        chosen = select(rows, options.name, older_than, now)
        keys = [key_info(r, session.service, session.tiers, now, max_age) for r in chosen]
        return session.reported(
            {"changed": False, "api_keys": keys, "service": session.service, "tiers": session.tiers}
        )

    if wanted == (ACTIVE,):
        rows = session.read_without_browser()
        if rows is not None:
            return answer(rows)
    return answer(
        session.browse(lambda portal: [r for status in wanted for r in portal.read_keys(options.name, status)])
    )
