# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Revoking keys and proving it: every click on "Révoquer" is checked against the list read again.

Keys made in the same minute look the same in the list; they are told apart by their place among
their look-alikes, and the key to keep (a rotation's new key) is never the one clicked.
"""

from __future__ import annotations

import dataclasses
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    PortalError,
    SessionExpiredError,
    TransientError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import REVOKED, KeyRow, matching, newest_first

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal


def revoke(
    portal: Portal,
    name: str,
    targets: t.Sequence[KeyRow],
    keep: KeyRow | None,
    listed: t.Sequence[KeyRow],
    warn: t.Callable[[str], None],
    step: str,
) -> list[KeyRow]:
    """Revoke rows that look like the targets, never the kept (new) one; verify each by re-reading
    the list. A click whose outcome is uncertain is settled by that re-read, and a click is tried at
    most twice per target. `listed` is the latest full read (its positions tell look-alikes apart)."""
    owed: dict[tuple[str, str, str], int] = {}
    for row in targets:
        owed[row.look] = owed.get(row.look, 0) + 1
    revoked: list[KeyRow] = []
    rows = matching(listed, name)
    clicks = 0
    while clicks < 2 * len(targets):
        victim = _next_victim(rows, owed, keep)
        if victim is None:
            break
        clicks += 1
        try:
            portal.key_page.revoke(victim)
        except (TransientError, SessionExpiredError) as uncertain:
            warn(f"'Révoquer' met a transient fault ({uncertain.message}); the list tells what happened")
        fresh = portal.read_active(name)
        now = matching(fresh, name)
        if sum(1 for r in now if r.look == victim.look) >= sum(1 for r in rows if r.look == victim.look):
            if clicks < 2 * len(targets):
                rows = now
                continue
            raise PortalError(
                f"clicked 'Révoquer' for the API key {name!r} created {victim.created_raw}, "
                "but it is still listed as Active",
                step=step,
                url=portal.page.url,
            )
        owed[victim.look] -= 1
        revoked.append(dataclasses.replace(victim, status=REVOKED))
        rows = now
        if keep is not None:
            keep = _the_kept(fresh, keep)
    return revoked


def _next_victim(rows: t.Sequence[KeyRow], owed: dict[tuple[str, str, str], int], keep: KeyRow | None) -> KeyRow | None:
    for row in rows:
        if owed.get(row.look, 0) <= 0:
            continue
        if keep is not None and row.look == keep.look and row.position == keep.position:
            continue
        return row
    return None


def _the_kept(rows: t.Sequence[KeyRow], keep: KeyRow) -> KeyRow:
    """Where the kept row stands now among its look-alikes (the newest of them)."""
    group = [r for r in rows if r.look == keep.look]
    if not group:
        return keep
    return group[0] if newest_first(rows) else group[-1]
