# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Ensuring one key: decide from the list, generate (and persist) before revoking, never lose a secret.

A key that was generated is never left without its secret having been delivered or persisted: a
one-time panel that cannot be read, or credentials that cannot be persisted, mean the new key is
revoked again (under revoke_lost_keys), and the task fails saying so.
"""

from __future__ import annotations

import dataclasses
import datetime
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import CegidLifeError, PortalError, first_line
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    ACTIVE,
    REVOKED,
    Credentials,
    KeyRow,
    Plan,
    matching,
    new_row,
    same_name,
    shown_prefix,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import (
    CredentialStore,
    KeyRef,
    Staging,
    StoreError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.generation import Generation
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.revocation import revoke
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.staged_rotation import (
    ROTATION_ENDS,
    pending_plan,
    pending_revocation,
    say_when_due,
    usual_plan,
)

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal
    from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession


@dataclasses.dataclass
class Decision:
    """What to do about one name's keys, the result so far, and the secret known for the key."""

    plan: Plan
    result: dict[str, t.Any]
    ref: KeyRef
    known: Credentials | None


class EnsureKey:
    """One key name: `decide`, then `unchanged` (nothing to click, or check mode) or `apply`.

    With `defer_replaced`, a rotation leaves the replaced keys Active until `finish` (a task with
    several names revokes them only once every new key is safe); `undo` revokes a key this unit
    generated and could not deliver (a later name failed and there is no credentials file)."""

    def __init__(
        self,
        session: PortalSession,
        options: KeyOptions,
        name: str,
        store: CredentialStore | None,
        *,
        check_mode: bool,
        diff: bool,
        max_age: datetime.timedelta | None,
    ) -> None:
        self.s = session
        self.options = options
        self.name = name
        self.store = store
        self.check_mode = check_mode
        self.diff = diff
        self.max_age = max_age
        self.created: KeyRow | None = None  # the key this unit generated, once it is known
        self.generation = Generation(session, options, name)
        self._pending: tuple[Decision, list[KeyRow]] | None = None

    # --- deciding -------------------------------------------------------------------------------
    def decide(self, listed: t.Sequence[KeyRow]) -> Decision:
        """What to do about the name's keys in the list (raises PlanError)."""
        s = self.s
        active = matching(listed, self.name)
        for row in listed:
            if same_name(row.name, self.name) and row.status not in (ACTIVE, REVOKED):
                s.warn(f"the API key {row.says()} shows the status {row.status!r}, not Active: it is not present")
        ref = KeyRef(self.options.portal_url, s.tiers, s.service, self.name)
        store = self.store
        pending = store.pending(ref) if store is not None else None
        if store is None or pending is None:
            known = old_known = self._known_credentials(ref, active[0] if active else None)
            decision = usual_plan(self.options, active, secret_known=known is not None, max_age=self.max_age)
        else:  # a staged rotation recorded by an earlier run
            decision, known, old_known = pending_plan(
                s, self.options, self.name, active, pending, kept_in=store.where, max_age=self.max_age
            )
        result: dict[str, t.Any] = {
            "changed": decision.changed,
            "action": decision.action,
            "service": s.service,
            "tiers": s.tiers,
        }
        if decision.current is not None:
            result["key"] = decision.current.describe(s.service, s.tiers)
        if decision.generate or self.check_mode:
            result["secret_available"] = decision.generate or known is not None
        if decision.pending is not None:
            result["pending_revocation"] = pending_revocation(decision.pending, old_known, s.service, s.tiers)
        say_when_due(s, self.options, self.name, decision, result, max_age=self.max_age, check_mode=self.check_mode)
        return Decision(decision, result, ref, known)

    def needs_click(self, decision: Decision) -> bool:
        return decision.plan.changed and not self.check_mode

    def unchanged(self, decision: Decision) -> dict[str, t.Any]:
        """The result of a run that clicks nothing (nothing to do, or check mode)."""
        self._finish_unchanged(decision)
        self._add_diff(decision)
        return decision.result

    def _known_credentials(self, ref: KeyRef, current: KeyRow | None) -> Credentials | None:
        if current is None:
            return None
        if self.store is not None:
            found = self.store.find(ref, current)
            if found is not None:
                self.s.secrets.append(found.secret)
                self.s.identifiers.append(found.identifier)
                return found
        given = self.options.current_credentials
        return Credentials(identifier=given["identifier"], secret=given["secret"]) if given else None

    def _finish_unchanged(self, decision: Decision) -> None:
        plan_, result, known = decision.plan, decision.result, decision.known
        if plan_.action != "unchanged" or plan_.current is None:
            return
        result["secret_available"] = known is not None
        if known is not None:
            result["credentials"] = known.as_result()
        elif not self.check_mode:
            row = plan_.current
            untold = row.created_at is None and not row.created_raw.strip() and not shown_prefix(row)
            self.s.warn(
                f"the API key {row.name!r} exists but its secret is unknown to this run: "
                + (
                    "the list shows neither its creation date nor the start of its identifier, so no stored "
                    "secret can be proven to be this key's (one of the same name may have replaced it); "
                    if untold
                    else ""
                )
                + "give credentials_file (where a run that generated it stored it) or current_credentials, "
                "or set recreate=if_secret_missing to replace the key with a new one"
            )

    # --- acting ---------------------------------------------------------------------------------
    def apply(
        self, portal: Portal, decision: Decision, listed: list[KeyRow], *, defer_replaced: bool = False
    ) -> dict[str, t.Any]:
        """Click what the decision needs; the result."""
        s, result = self.s, decision.result
        if decision.plan.generate:
            if decision.plan.settle and self.store is not None:  # a stale staged rotation, over before this one
                self.store.settle(decision.ref, decision.plan.settle)
            return self._generate_then_revoke(portal, decision, listed, defer_replaced)
        if decision.plan.settle:
            return self._settle(portal, decision, listed)
        s.step = "revoke the key"
        revoked = revoke(portal, self.name, decision.plan.revoke, None, listed, s.warn, s.step)
        if self.store is not None:
            self.store.forget(decision.ref, decision.plan.revoke, keep=decision.known)
        if decision.plan.action == "unchanged":  # duplicates revoked, the newest kept
            self._finish_unchanged(decision)
            result["replaced_keys"] = [r.describe(s.service, s.tiers) for r in revoked]
        else:
            result["key"] = revoked[0].describe(s.service, s.tiers)
            result["revoked_keys"] = [r.describe(s.service, s.tiers) for r in revoked]
        self._add_diff(decision)
        return result

    def _generate_then_revoke(
        self, portal: Portal, decision: Decision, listed: list[KeyRow], defer_replaced: bool
    ) -> dict[str, t.Any]:
        s, result = self.s, decision.result
        before = listed
        credentials, listed = self.generation.generate(portal, listed)
        s.secrets.append(credentials.secret)
        s.identifiers.append(credentials.identifier)
        # The credentials are in hand: persisted before any other round trip, so that a timeout, an
        # interruption or a failed read-back loses nothing (the row's date follows once it is read).
        self._persist(portal, decision, None, credentials, before)
        result["credentials"] = credentials.as_result()
        result["secret_available"] = True
        if self.generation.waited:
            result["generation_wait"] = self.generation.waited
        after: list[KeyRow] = []
        try:
            s.step = "read the new key back"
            after = portal.read_active(self.name)
            s.artifacts.resume_trace()  # the panel is gone with the reload
            self.created = new_row(listed, after, self.name)
            if self.created is None:
                s.warn(
                    f"the key {self.name!r} was generated, but the list does not show which row it is "
                    "(no single new row unlike the others): the keys it replaces are left Active"
                )
        except Exception as exc:  # noqa: BLE001 - the secret is in hand: say so and go on, whatever failed
            s.warn(f"the key {self.name!r} was generated, but its row could not be read back: {first_line(exc)}")
        if self.created is not None:
            self._persist(portal, decision, self.created, credentials, before)
            result["key"] = self.created.describe(s.service, s.tiers)
        if decision.plan.revoke:
            self._pending = (decision, after)
            if not defer_replaced:
                self.finish(portal)
        self._add_diff(decision, after_row=self.created)
        return result

    def _persist(
        self, portal: Portal, decision: Decision, row: KeyRow | None, credentials: Credentials, before: list[KeyRow]
    ) -> None:
        """Keep the new key's credentials (staged: with the old key awaiting revocation). The first
        call has no row yet; a second one completes the record with the row's date. A store that
        cannot keep them at first revokes the new key (else its secret would reach nobody)."""
        if self.store is None:
            return
        s = self.s
        s.step = "persist the credentials"
        try:
            if decision.plan.pending is not None:
                self.store.stage(decision.ref, Staging(row, credentials, decision.plan.pending, decision.known))
            else:
                self.store.save(decision.ref, row, credentials)
        except StoreError as exc:
            if row is not None:  # the credentials were kept by the first call: only the date is missing
                s.warn(f"{self.store.where}: the new key's creation date was not recorded ({exc})")
                return
            try:
                row = new_row(before, portal.read_active(self.name), self.name)
            except (CegidLifeError, PlaywrightError):
                row = None
            self.generation.undo_after_store_failure(portal, row, str(exc), credentials)

    def _settle(self, portal: Portal, decision: Decision, listed: list[KeyRow]) -> dict[str, t.Any]:
        """End a staged rotation: revoke the old key (finish) or the new one (roll back), each click
        proven by the list and never on the key kept, then record which one is current."""
        s, plan_, result = self.s, decision.plan, decision.result
        s.step = "revoke the replaced key" if plan_.settle == "finished" else "revoke the new key (roll back)"
        revoked = revoke(portal, self.name, plan_.revoke, plan_.keep, listed, s.warn, s.step) if plan_.revoke else []
        if self.store is not None:
            s.step = f"record the rotation's end in {self.store.where}"
            try:
                self.store.settle(decision.ref, plan_.settle)
            except StoreError as exc:
                raise PortalError(f"{exc}; the next run records it again", step=s.step) from None
            if plan_.revoke and not plan_.generate and plan_.action not in ROTATION_ENDS:
                self.store.forget(decision.ref, revoked, keep=decision.known)  # duplicates revoked
        if plan_.action in ROTATION_ENDS or plan_.action == "unchanged":
            self._finish_unchanged(dataclasses.replace(decision, plan=dataclasses.replace(plan_, action="unchanged")))
        described = [r.describe(s.service, s.tiers) for r in revoked]
        result["replaced_keys" if plan_.settle == "finished" else "revoked_keys"] = described
        self._add_diff(decision)
        return result

    def finish(self, portal: Portal) -> None:
        """Revoke the keys a rotation replaced (make-before-break: the new one is safe by now)."""
        if self._pending is None:
            return
        (decision, after), self._pending = self._pending, None
        s, result, credentials = self.s, decision.result, None
        s.step = "revoke the replaced key"
        try:
            if self.created is None:
                raise PortalError("the new key could not be told apart from the ones it replaces", step=s.step)
            if decision.result.get("credentials"):
                given = decision.result["credentials"]
                credentials = Credentials(given["identifier"], given["secret"])
            replaced = revoke(portal, self.name, decision.plan.revoke, self.created, after or [], s.warn, s.step)
        except (CegidLifeError, PlaywrightError) as exc:
            s.warn(
                f"the new key {self.name!r} is ready, but revoking the key(s) it replaces failed "
                f"({first_line(exc)}); they are still Active: the next run retries"
            )
            replaced = []
        if self.store is not None:
            self.store.forget(decision.ref, replaced, keep=credentials)
        result["replaced_keys"] = [r.describe(s.service, s.tiers) for r in replaced]
        result["rotation_reason"] = decision.plan.reason

    @property
    def generated(self) -> bool:
        return self.generation.generated

    def undo(self, portal: Portal) -> tuple[str, bool]:
        """Revoke the key this unit generated (its secret would reach nobody): what became of it,
        and whether its revocation was proven (only then may its credentials be withheld)."""
        if not self.generated:
            return "nothing was generated", False
        if self.store is not None:
            return f"its credentials are in {self.store.where}", False
        if not self.options.revoke_lost_keys:
            return "it was left Active (revoke_lost_keys=false): its credentials are in this result", False
        if self.created is None:
            return (
                "it could not be told apart in the list, so it was NOT revoked: its credentials are in this result",
                False,
            )
        try:
            done = revoke(
                portal, self.name, [self.created], None, portal.read_active(self.name), self.s.warn, self.s.step
            )
        except (CegidLifeError, PlaywrightError) as exc:
            return f"revoking it failed ({first_line(exc)}): its credentials are in this result", False
        if not done:
            return (
                "it was no longer listed as Active, so its revocation is unproven: its credentials are in this result",
                False,
            )
        self._pending = None  # the keys it was to replace stay Active and keep working
        return "it was revoked again, and any key it was to replace is still Active", True

    def _add_diff(self, decision: Decision, after_row: KeyRow | None = None) -> None:
        """Key metadata before and after (as planned in check mode); never a secret."""
        if not self.diff:
            return
        s, plan_ = self.s, decision.plan
        before = plan_.current.describe(s.service, s.tiers) if plan_.current else {}
        if plan_.generate:
            after = after_row.describe(s.service, s.tiers) if after_row else {"name": self.name, "status": "active"}
        elif plan_.revoke and plan_.action == "revoked":
            after = {}
        else:
            after = before
        decision.result["diff"] = {"before": before, "after": after}
