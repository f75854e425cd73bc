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
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, REVOKED, KeyRow, parse_age, same_name
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import InfoOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal_session import PortalSession

STATUSES = {"active": (ACTIVE,), "revoked": (REVOKED,), "all": (ACTIVE, REVOKED)}


def argument_spec() -> dict[str, dict[str, t.Any]]:
    spec = portal_argument_spec()
    spec.update(
        name={"type": "str"},
        status={"type": "str", "default": "active", "choices": sorted(STATUSES)},
        older_than={"type": "str"},
    )
    return spec


def key_info(row: KeyRow, service: str, tiers: str, now: datetime.datetime) -> dict[str, t.Any]:
    info = row.describe(service, tiers)
    info["age_days"] = (now - row.created_at).days if row.created_at else None
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
    older_than = None
    try:
        older_than = parse_age(options.older_than)
    except ValueError as exc:
        problems.append(f"older_than: {exc}")
    if problems:
        session.fail("; ".join(problems))
    session.labels()
    wanted = STATUSES[options.status]

    def answer(rows: list[KeyRow]) -> dict[str, t.Any]:
        now = datetime.datetime.now()
        chosen = select(rows, options.name, older_than, now)
        keys = [key_info(r, session.service, session.tiers, now) for r in chosen]
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
