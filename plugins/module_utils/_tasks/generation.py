# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Clicking "Générer" once, and what to do when the one-time secret does not reach us.

An uncertain outcome (an error page, a dropped connection, an ended session) is settled by reading
the list again, never by clicking again blindly. A key whose secret nobody has (the panel could not
be read, or its credentials could not be persisted) is revoked again, under revoke_lost_keys, and
the task fails saying so.
"""

from __future__ import annotations

import datetime
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    CegidLifeError,
    GenerationRefusedError,
    PortalError,
    SecretNotDeliveredError,
    SessionExpiredError,
    TransientError,
    first_line,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    Credentials,
    KeyRow,
    list_changed,
    matching,
    new_row,
    wait_for_next_minute,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import GENERATE_RETRY, fixed_sleep, page_wait, retry
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.revocation import revoke

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal
    from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession


class Generation:
    """One name's "Générer"; `generated` says whether a key may have been made by this run."""

    def __init__(self, session: PortalSession, options: KeyOptions, name: str) -> None:
        self.s = session
        self.options = options
        self.name = name
        self.generated = False
        self.waited: dict[str, t.Any] | None = None  # the wait for a fresh minute, as the result says it
        self.listed: list[KeyRow] = []  # the key list a try of "Générer" is judged by

    def generate(self, portal: Portal, listed: list[KeyRow]) -> tuple[Credentials, list[KeyRow]]:
        """Click "Générer" and read the one-time panel. An uncertain outcome (an error page, a
        dropped connection, an expired session) is settled by re-reading the list, not by clicking
        again blindly: only when the list shows no new key is "Générer" clicked once more."""
        self._wait_for_a_fresh_minute(portal, listed)
        self.s.step = "generate the key"
        self.listed = listed  # read again after each fault
        outcome = retry(
            lambda: self._click_generate(portal),
            GENERATE_RETRY,
            None,
            page_wait(portal.page),
            on=(TransientError, SessionExpiredError),
            gave_up=lambda uncertain, tries: self._give_up(portal, uncertain),
            again=lambda uncertain: self._try_again(portal, uncertain),
        )
        if isinstance(outcome, SecretNotDeliveredError):
            self._handle_lost_key(portal, self.listed, outcome)  # out of the retry: what it raises is never retried
        return outcome, self.listed

    def _click_generate(self, portal: Portal) -> Credentials | SecretNotDeliveredError:
        """One try: the credentials read, or why they could not be (handled by the caller)."""
        self.s.artifacts.pause_trace("before generate")  # the one-time panel is never in a trace
        try:
            self.generated = True
            panel = portal.key_page.generate(self.name)
            credentials = panel.read(self.name)
            for notice in panel.notices:
                self.s.warn(f"the API key {self.name!r}: {notice}")
            return credentials
        except GenerationRefusedError:
            self.generated = False  # refused before any click
            raise
        except SecretNotDeliveredError as lost:
            return lost

    def _settle(self, portal: Portal, uncertain: PortalError) -> list[KeyRow]:
        """After a fault on "Générer": the list read again. A new key there was made (proven or not),
        and its secret lost: never a second click."""
        s = self.s
        s.artifacts.capture(portal.page, s.step)
        listed_now = portal.read_active(self.name)
        if list_changed(self.listed, listed_now, self.name):
            unread = SecretNotDeliveredError(
                f"the API key {self.name!r} was generated but the portal failed before showing its "
                f"credentials ({uncertain.message})",
                step="generate the key",
                url=uncertain.url,
            )
            self._handle_lost_key(portal, self.listed, unread, listed_now)
        self.generated = False
        return listed_now

    def _try_again(self, portal: Portal, uncertain: PortalError) -> None:
        self.listed = self._settle(portal, uncertain)
        self.s.warn(
            f"'Générer' met a transient fault ({uncertain.message}); no key was made, so it was tried once more"
        )
        self.s.artifacts.allow_another_capture()

    def _give_up(self, portal: Portal, uncertain: PortalError) -> t.NoReturn:
        self._settle(portal, uncertain)
        self.s.fail(f"{uncertain}; the key list shows no new key {self.name!r}: nothing was generated")

    def _wait_for_a_fresh_minute(self, portal: Portal, listed: list[KeyRow]) -> None:
        """The list shows creation times to the minute, and a row's place is no identity: a key made
        the same minute as an Active key of its name would look just like it, and no later run could
        tell which one to revoke. So wait (a minute at most) until the minute has turned."""
        delay = wait_for_next_minute(matching(listed, self.name), datetime.datetime.now(datetime.UTC))
        if delay is None:
            return
        seconds, row = delay
        self.s.step = "wait for a fresh minute before generating"
        # fixed sleep: the minute must turn; nothing on the page tells it (its events are served meanwhile)
        fixed_sleep(portal.page, seconds)
        self.waited = {
            "seconds": round(seconds, 1),
            "reason": f"the Active key {row.says()} may have been made this minute; a key made the same "
            "minute would look the same in the list",
        }

    def _handle_lost_key(
        self,
        portal: Portal,
        listed: list[KeyRow],
        lost: SecretNotDeliveredError,
        listed_now: list[KeyRow] | None = None,
    ) -> t.NoReturn:
        """The one-time panel failed us: find the key it made and revoke it, unless told not to."""
        s, name = self.s, self.name
        s.artifacts.capture(portal.page, s.step)  # the page as it failed, before we move on
        s.step = "revoke the key whose secret was lost"
        if listed_now is None:
            try:
                listed_now = portal.read_active(name)
            except (CegidLifeError, PlaywrightError) as exc:
                # Whether a key was made is then unknown: say so, never the list's fault alone.
                s.fail(
                    f"{lost}; reading the key list again failed ({first_line(exc)}): a key {name!r} may have "
                    "been generated whose secret nobody has - check the list and revoke it by hand",
                    step=lost.step,
                    generated_key_name=name,
                )
        made = new_row(listed, listed_now, name)
        if made is None:
            if lost.details.get("uncertain") and not list_changed(listed, listed_now, name):
                s.fail(f"{lost}; the key list shows no new key {name!r}, so none was generated", step=lost.step)
            s.fail(
                f"{lost}; the list of keys {name!r} changed, but which row is the new key cannot be told: "
                "nobody has its secret - revoke it by hand",
                step=lost.step,
                generated_key_name=name,
            )
        if not self.options.revoke_lost_keys:
            s.fail(
                f"{lost}; the key (created {made.created_raw}) was left Active (revoke_lost_keys=false): "
                "revoke it by hand, nobody has its secret",
                step=lost.step,
                generated_key_name=name,
            )
        try:
            revoke(portal, name, [made], None, listed_now, s.warn, s.step)
        except (CegidLifeError, PlaywrightError) as exc:
            s.fail(
                f"{lost}; revoking that key again failed ({exc}): the key (created {made.created_raw}) may still be "
                "Active and nobody has its secret - revoke it by hand",
                step=lost.step,
                generated_key_name=name,
            )
        s.fail(
            f"{lost}; the key (created {made.created_raw}) was revoked again so that no key is left whose "
            "secret nobody has; the next run generates a new one",
            step=lost.step,
        )

    def undo_after_store_failure(
        self, portal: Portal, created: KeyRow | None, why: str, credentials: Credentials
    ) -> t.NoReturn:
        """Persisting failed: revoke the NEW key so no key is left whose secret nobody has. Where its
        revocation is not proven, the failure hands its credentials over instead."""
        s, name = self.s, self.name
        kept = {"generated_key_name": name, "credentials": credentials.as_result()}
        if created is None:
            s.fail(
                f"persist the credentials: {why}; the new API key {name!r} could not be told apart in the "
                "list, so it was NOT revoked: its credentials are in this result; keep them or revoke it "
                "by hand (any older key is untouched)",
                **kept,
            )
        try:
            done = revoke(portal, name, [created], None, portal.read_active(name), s.warn, s.step)
        except (CegidLifeError, PlaywrightError) as exc:
            s.fail(
                f"persist the credentials: {why}; revoking the new API key {name!r} (created "
                f"{created.created_raw}) also failed ({first_line(exc)}): its credentials are in this "
                "result; keep them or revoke it by hand",
                **kept,
            )
        if not done:
            s.fail(
                f"persist the credentials: {why}; the new API key {name!r} (created {created.created_raw}) "
                "was no longer listed, so its revocation is not proven: its credentials are in this result",
                **kept,
            )
        s.fail(
            f"persist the credentials: {why}; the new API key {name!r} was revoked again so that no key "
            "is left whose secret nobody has; any older key is untouched and still works",
            step="persist the credentials",
        )
