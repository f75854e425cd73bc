# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""cegidlife_portal_check: walk the whole way to the key page and say whether everything a run
needs is still there, clicking nothing that changes anything; optionally leave sanitized snapshots
of the pages passed, for a bug report."""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    portal_argument_spec,
    portal_input_problems,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import CegidLifeError, TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import CheckOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import snapshot
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import rendered
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import KeyList, ListProblem
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page_check import KeyPageCheck
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.private_files import private_dir, write_private

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import KeyRow
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal


def argument_spec() -> dict[str, dict[str, t.Any]]:
    spec = portal_argument_spec()
    spec.update(
        fail_on_drift={"type": "bool", "default": True},
        snapshot_dir={"type": "path"},
    )
    return spec


class PortalCheck:
    """One check: the steps (each found or not, what matched, how long), drift sentences, snapshots."""

    def __init__(self, params: t.Mapping[str, t.Any], warn: t.Callable[[str], None]) -> None:
        self.options = CheckOptions.from_params(params, argument_spec())
        self.session = PortalSession(self.options, warn=warn)
        self.steps: list[dict[str, t.Any]] = []
        self.drift: list[str] = []
        self._pages: list[tuple[str, str]] = []  # (what, raw snapshot), sanitized at the end
        self._personal_rows: list[KeyRow] = []  # the keys seen: their names and creators are personal
        self._clock = time.monotonic()

    def run(self) -> dict[str, t.Any]:
        s = self.session
        problems = portal_input_problems(self.options)
        if problems:
            s.fail("; ".join(problems))
        s.labels()
        try:
            s.browse(self._walk)
        except TaskFailed as failure:
            # A step that could not be done is drift too: say which, and what was seen up to there.
            self._step(failure.extra.get("step") or s.step, False, detail=failure.msg)
            self.drift.append(failure.msg)
        result = {
            "changed": False,
            "ok": not self.drift,
            "steps": self.steps,
            "drift": self.drift,
            "checked_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "route": s.route,
        }
        if self.options.snapshot_dir:
            result["snapshots"] = self._write_snapshots()
        if self.drift and self.options.fail_on_drift:
            raise TaskFailed("the portal changed: " + "; ".join(self.drift), **result)
        return result

    def _step(self, step: str, found: bool, *, matched: str = "", detail: str = "", **extra: t.Any) -> None:
        now = time.monotonic()
        entry = {"step": step, "found": found, "matched": matched, "seconds": round(now - self._clock, 2), **extra}
        if detail:
            entry["detail"] = detail
        self.steps.append(entry)
        self._clock = now

    def _walk(self, portal: Portal) -> None:
        portal.direct = False  # the whole way, never the remembered address
        if self.options.snapshot_dir:
            portal.on_page = lambda what: self._pages.append((what, snapshot.take(portal.page, rendered(portal.page))))
        portal.reach()
        self._step("sign in", True, matched="no sign-in form left, back on the portal")
        self._step("the way to the key page", True, matched=" > ".join(portal.route), route=portal.route)
        if self.options.snapshot_dir:
            shown = rendered(portal.page)
            self._pages.append(("the key page", snapshot.take(portal.page, shown)))
            with contextlib.suppress(ListProblem):  # every key shown, whatever its service: all personal
                self._personal_rows += [row for row, dummy in KeyList(shown, portal.labels).row_elements()]
        rows = portal.key_page.rows()
        self._step("the key list", True, matched=f"{len(rows)} Active key(s) listed")
        self._personal_rows += rows
        check = KeyPageCheck(rendered(portal.page), portal.labels, portal.service)
        for finding in check.findings():
            self._step(finding.step, finding.found, matched=finding.matched, applies=finding.applies)
            sentence = finding.drift()
            if sentence:
                self.drift.append(sentence)

    def _write_snapshots(self) -> list[str]:
        o, s = self.options, self.session
        rows = self._personal_rows
        # Known personal values are shaped even where a label's word is in them; everything else
        # not in the vocabulary is shaped anyway (on a page the page model did not read, nothing is known).
        personal = snapshot.personal_values(
            o.username, s.tiers or o.tiers or "", [r.name for r in rows], [r.created_by for r in rows]
        )
        personal += snapshot.names_on_the_way(s.route_steps, s.labels())
        vocabulary = self.vocabulary()
        directory = private_dir(self.options.snapshot_dir or ".")
        write_private(os.path.join(directory, "README.txt"), snapshot.README.encode())
        paths = []
        for number, (what, raw) in enumerate(self._pages, start=1):
            slug = re.sub(r"[^a-z0-9]+", "-", what.lower()).strip("-")[:60] or "page"
            path = os.path.join(directory, f"{number:02d}-{slug}.aria")
            write_private(path, snapshot.sanitize(raw, vocabulary, personal).encode("utf-8"))
            paths.append(path)
        return paths

    def vocabulary(self) -> snapshot.Vocabulary:
        """What the snapshots keep: the labels (with the user's overrides) and what this run looked
        for - the service asked, as the page and the catalogue's row named it. Not the names of the
        controls clicked on the way: an account control shows the person's name, an option a tiers."""
        s = self.session
        rows = [step.get("row") for step in s.route_steps if step.get("via") == "service"]
        return snapshot.Vocabulary.of(s.labels(), [self.options.service, s.service, s.service_shown, *rows])


def run_check(params: t.Mapping[str, t.Any], warn: t.Callable[[str], None]) -> dict[str, t.Any]:
    try:
        return PortalCheck(params, warn).run()
    except CegidLifeError as exc:  # pragma: no cover - PortalSession turns these into TaskFailed
        raise TaskFailed(str(exc)) from None
