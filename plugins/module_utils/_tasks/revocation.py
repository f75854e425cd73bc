# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Revoking keys and proving it: every click on "Révoquer" is checked against the list read again.

A row is identified by what it shows (`KeyRow.look`), never by its place in the list. Rows that
look the same are interchangeable only when every one of them is to be revoked; where some must
stay (a rotation's new key, the newest of duplicates), nothing would tell the click's target
apart, so the revocation refuses before clicking anything and names the rows.
"""

from __future__ import annotations

import dataclasses
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    PortalError,
    SessionExpiredError,
    TransientError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    REVOKED,
    KeyRow,
    ambiguity,
    lookalikes,
    matching,
)

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
    """Revoke the rows that look like the targets, never the kept one; verify each by re-reading
    the list. A click whose outcome is uncertain is settled by that re-read, and a click is tried at
    most twice per target. `listed` is the latest full read."""
    rows = matching(listed, name)
    _refuse_guesses(rows, targets, keep, step)
    owed: dict[tuple[t.Any, ...], int] = {}
    for row in targets:
        owed[row.look] = owed.get(row.look, 0) + 1
    revoked: list[KeyRow] = []
    clicks = 0
    while clicks < 2 * len(targets):
        victim = next((row for row in rows if owed.get(row.look, 0) > 0), None)
        if victim is None:
            break
        clicks += 1
        try:
            portal.key_page.revoke(victim)
        except (TransientError, SessionExpiredError) as uncertain:
            warn(f"'Révoquer' met a transient fault ({uncertain.message}); the list tells what happened")
        now = matching(portal.read_active(name), name)
        if len(lookalikes(now, victim)) >= len(lookalikes(rows, victim)):
            if clicks < 2 * len(targets):
                rows = now
                continue
            raise PortalError(
                f"clicked 'Révoquer' for the API key {victim.says()}, but it is still listed as Active",
                step=step,
                url=portal.page.url,
            )
        owed[victim.look] -= 1
        revoked.append(dataclasses.replace(victim, status=REVOKED))
        rows = now
    return revoked


def _refuse_guesses(rows: t.Sequence[KeyRow], targets: t.Sequence[KeyRow], keep: KeyRow | None, step: str) -> None:
    """Fail, before any click, where a target looks like a row that must stay."""
    for target in dict.fromkeys(targets):
        shown = lookalikes(rows, target)
        wanted = len(lookalikes(targets, target))
        if len(shown) > wanted or (keep is not None and keep.look == target.look):
            what = (
                f"of {len(shown)} Active keys that look the same, {wanted} must be revoked and the others "
                "kept, and nothing the list shows tells them apart"
            )
            raise PortalError(ambiguity(what, shown), step=step)
