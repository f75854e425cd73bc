# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""cegidlife_api_key_info: list a service's keys (metadata only, never a secret)."""

from __future__ import annotations

import datetime
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key import ApiKeyTask, browse_portal
from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import name_problem, portal_argument_spec
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, REVOKED, KeyRow, parse_age, same_name

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal

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
    problems = []
    if params.get("name") is not None:
        problem = name_problem(params["name"])
        if problem:
            problems.append(problem)
    try:
        older_than = parse_age(params.get("older_than"))
    except ValueError as exc:
        problems.append(f"older_than: {exc}")
        older_than = None

    def read(task: ApiKeyTask, portal: Portal) -> list[KeyRow]:
        rows: list[KeyRow] = []
        for status in STATUSES[params["status"]]:
            if status == ACTIVE:
                rows.extend(task.list_active(portal, params.get("name") or ""))
            else:
                task.reach(portal)
                portal.key_page.show(params.get("name"), status)
                rows.extend(portal.key_page.rows(status))
        return rows

    def answer(rows: list[KeyRow], service: str, tiers: str) -> dict[str, t.Any]:
        now = datetime.datetime.now()
        keys = [key_info(r, service, tiers, now) for r in select(rows, params.get("name"), older_than, now)]
        return {"changed": False, "api_keys": keys, "service": service, "tiers": tiers}

    return browse_portal(params, read, answer, warn=warn, problems=problems, active_only=params["status"] == "active")
