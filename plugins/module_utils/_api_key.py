# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""cegidlife_api_key: read the key list, decide, generate (and persist) before revoking.

`ApiKeyTask` is shared by the module (runs where the task runs, plain credentials file) and the
action plugin (runs on the controller, ansible-vault encrypted credentials file, per-key lock).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import typing as t

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    name_problem,
    portal_argument_spec,
    portal_input_problems,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._artifacts import TraceRecorder, failure_screenshot
from ansible_collections.cegid.cegidlife.plugins.module_utils._browser import BrowserSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    CegidLifeError,
    PortalError,
    SecretNotDeliveredError,
    SessionExpiredError,
    TransientError,
    redact,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    REVOKED,
    Credentials,
    KeyRow,
    Plan,
    PlanError,
    credential_problem,
    matching,
    new_row,
    newest_first,
    parse_age,
    plan,
    same_name,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._lock import LockTimeout, key_lock
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    HAS_PLAYWRIGHT,
    PLAYWRIGHT_REQUIREMENT,
    PlaywrightError,
    playwright_too_old,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._quick_read import (
    Declined,
    check_against_browser,
    quick_read,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._session import (
    SessionFile,
    default_session_path,
    session_owner,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._store import (
    CredentialStore,
    KeyRef,
    StoreError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._totp import (
    HAS_PYOTP,
    PYOTP_REQUIREMENT,
    code_provider,
    totp_problem,
)

if t.TYPE_CHECKING:
    from ansible.module_utils.basic import AnsibleModule


# Where a failing run leaves its screenshot when failure_artifacts_dir is not given.
DEFAULT_ARTIFACTS_DIR = "~/.ansible/cegidlife/failures"


def argument_spec() -> dict[str, dict[str, t.Any]]:
    spec = portal_argument_spec()
    spec.update(
        name={"type": "str"},
        names={"type": "list", "elements": "str"},
        state={"type": "str", "default": "present", "choices": ["present", "absent"]},
        credentials_file={"type": "path"},
        credentials_vault_id={"type": "str"},
        current_credentials={
            "type": "dict",
            "no_log": True,
            "options": {
                "identifier": {"type": "str", "required": True},
                "secret": {"type": "str", "required": True, "no_log": True},
            },
        },
        recreate={"type": "str", "default": "never", "choices": ["never", "if_secret_missing", "always", "fail"]},
        max_age={"type": "str"},
        on_duplicates={"type": "str", "default": "fail", "choices": ["fail", "keep_newest"]},
        show_credentials={"type": "bool", "default": False},
        revoke_lost_keys={"type": "bool", "default": True},
        lock_timeout={"type": "float", "default": 600.0},
    )
    return spec


class TaskFailed(Exception):
    """The task fails with this (already redacted) message and these extra result keys."""

    def __init__(self, msg: str, **extra: t.Any) -> None:
        super().__init__(msg)
        self.msg = msg
        self.extra = extra


StoreFactory = t.Callable[[str], CredentialStore]


class ApiKeyTask:
    """One run of the task. `run` returns the result or raises TaskFailed; never a traceback."""

    def __init__(
        self,
        params: t.Mapping[str, t.Any],
        *,
        check_mode: bool,
        diff: bool,
        warn: t.Callable[[str], None],
        open_store: StoreFactory | None = None,
    ) -> None:
        self.params = params
        self.check_mode = check_mode
        self.diff = diff
        self._warn = warn
        self._open_store = open_store or CredentialStore
        self.step = "start"
        self.service = ""
        self.tiers = ""
        self._trace: TraceRecorder | None = None
        self._artifacts: list[str] = []
        self._session: SessionFile | None = None
        self._store_opened: tuple[CredentialStore | None] | None = None
        self._compared = False  # the key page's HTML was compared with the browser's reading
        # How this run read the key list, and why not over plain HTTP (for the result).
        self.checked_with = "browser"
        self.http_declined: str | None = None
        self._captured = False
        self._identifiers: list[str] = []  # masked in screenshots, though not secret
        # Everything that must never appear in a message.
        self.secrets: list[str] = [params.get("password") or ""]
        current = params.get("current_credentials") or {}
        self.secrets.append(current.get("secret") or "")
        self.secrets.append(params.get("totp_secret") or "")

    # --- reporting ----------------------------------------------------------------------------
    def fail(self, message: str, **extra: t.Any) -> t.NoReturn:
        if self.http_declined:
            extra.setdefault("http_check_declined", self.http_declined)
        if self._artifacts:
            message = f"{message} [failure artifacts: {', '.join(self._artifacts)}]"
            extra.setdefault("failure_artifacts", list(self._artifacts))
        raise TaskFailed(redact(message, self.secrets), **extra)

    def warn(self, message: str) -> None:
        self._warn(redact(message, self.secrets))

    # --- input ----------------------------------------------------------------------------------
    def _check_input(self) -> Labels:
        p = self.params
        problems = portal_input_problems(p)
        if bool(p.get("name")) == bool(p.get("names")):
            problems.insert(0, "give either name or names (a list), not both and not neither")
        for option, name in (
            [("name", p.get("name"))] if p.get("name") else [("names", n) for n in p.get("names") or []]
        ):
            problem = name_problem(name, option)
            if problem:
                problems.insert(0, problem)
        if p.get("names") and len(set(p["names"])) != len(p["names"]):
            problems.append("names lists a name twice")
        try:
            self.max_age = parse_age(p.get("max_age"))
        except ValueError as exc:
            problems.append(f"max_age: {exc}")
        current = p.get("current_credentials")
        if current:
            for field in ("identifier", "secret"):
                bad = credential_problem(current.get(field) or "", field)
                if bad:
                    problems.append(f"current_credentials: {bad}")
        if p.get("state") == "absent" and (current or p.get("max_age") or p.get("recreate") not in (None, "never")):
            problems.append("current_credentials, max_age and recreate only apply to state=present")
        if problems:
            self.fail("; ".join(problems))
        return self.labels()

    def labels(self) -> Labels:
        """The page model's labels with the user's overrides; a bad override fails the task."""
        try:
            return Labels.with_overrides(self.params.get("labels"))
        except ValueError as exc:
            self.fail(f"labels: {exc}")

    @property
    def artifacts_dir(self) -> str:
        return self.params.get("failure_artifacts_dir") or DEFAULT_ARTIFACTS_DIR

    # --- the run --------------------------------------------------------------------------------
    def run(self) -> dict[str, t.Any]:
        labels = self._check_input()
        p = self.params
        try:
            if p.get("names"):
                result = self._answer_many_without_browser(labels) or self.on_browser(labels, self._on_portal_many)
            else:
                self.step = "wait for the key's lock"
                with key_lock(self._lock_parts(p["name"]), p.get("lock_timeout") or 600.0):
                    result = self._answer_without_browser(labels) or self.on_browser(labels, self._on_portal)
        except LockTimeout as exc:
            self.fail(f"{self.step}: {exc}")
        return self.reported(result)

    def reported(self, result: dict[str, t.Any]) -> dict[str, t.Any]:
        """The result, saying how the key list was read."""
        result["checked_with"] = self.checked_with
        if self.http_declined:
            result["http_check_declined"] = self.http_declined
        return result

    def saved_session(self) -> SessionFile | None:
        """The session file, unless reuse_session is off."""
        p = self.params
        if self._session is None and p.get("reuse_session", True):
            self._session = SessionFile(
                p.get("session_file") or default_session_path(p["portal_url"], p["username"]),
                session_owner(p["portal_url"], p["username"]),
            )
        return self._session

    # --- without a browser ----------------------------------------------------------------------
    def read_without_browser(self, labels: Labels) -> list[KeyRow] | None:
        """The Active keys read over plain HTTP (see _quick_read), or None: the browser reads them."""
        if not self.params.get("http_check", True):
            return None
        saved = self.saved_session()
        if saved is None:
            self.http_declined = "reuse_session is off, and the plain reading needs the saved session"
            return None
        self.step = "read the key list over HTTP"
        try:
            read = quick_read(self.params, labels, saved)
        except Declined as declined:
            self.http_declined = declined.reason
            return None
        except Exception as exc:  # noqa: BLE001 - a shortcut that breaks must never fail the task
            self.http_declined = f"the plain reading failed unexpectedly ({type(exc).__name__})"
            return None
        self.service, self.tiers = read.service, read.tiers
        return read.rows

    def _answer_without_browser(self, labels: Labels) -> dict[str, t.Any] | None:
        """The result when the HTTP reading shows that nothing needs a click, else None."""
        listed = self.read_without_browser(labels)
        if listed is None:
            return None
        decided = self._needs_no_click(listed)
        if decided is None:
            return None
        self.checked_with = "http"
        return self._unchanged_result(*decided)

    def _answer_many_without_browser(self, labels: Labels) -> dict[str, t.Any] | None:
        listed = self.read_without_browser(labels)
        if listed is None:
            return None
        base = dict(self.params)
        decided = []
        try:
            for name in base["names"]:
                self.params = {**base, "name": name}
                self.step = "wait for the key's lock"
                with key_lock(self._lock_parts(name), base.get("lock_timeout") or 600.0):
                    one = self._needs_no_click([r for r in listed if same_name(r.name, name)])
                if one is None:
                    return None
                decided.append((name, one))
            self.checked_with = "http"
            results = []
            for name, one in decided:
                self.params = {**base, "name": name}
                results.append({**self._unchanged_result(*one), "name": name})
        finally:
            self.params = base
        return _many_result(results)

    def _needs_no_click(self, listed: list[KeyRow]) -> tuple[Plan, dict[str, t.Any], Credentials | None] | None:
        """The decision when it needs neither "Générer" nor "Révoquer" (or check mode), else None."""
        try:
            decision, result, dummy, known = self._decide(listed)
        except PlanError:
            # The browser run fails with the same words, and a screenshot.
            name = self.params["name"]
            self.http_declined = f"the key list leaves a decision for the API key {name!r} to the browser"
            return None
        if decision.changed and not self.check_mode:
            self.http_declined = f"the API key {self.params['name']!r} needs a change ({decision.action})"
            return None
        return decision, result, known

    def _lock_parts(self, name: str) -> list[str]:
        p = self.params
        return [p["portal_url"].rstrip("/"), p.get("tiers") or "", p["service"], name]

    def _on_portal_many(self, portal: Portal) -> dict[str, t.Any]:
        """Every name in one browser and one sign-in. One read of the whole list answers every
        name until a change makes it stale; each key is still decided and locked on its own."""
        results: list[dict[str, t.Any]] = []
        everything = self._read(portal, "")
        base = dict(self.params)
        for name in base["names"]:
            self.params = {**base, "name": name}
            self.step = "wait for the key's lock"
            with key_lock(self._lock_parts(name), base.get("lock_timeout") or 600.0):
                result = self._on_portal(portal, listed=[r for r in everything if same_name(r.name, name)])
            result["name"] = name
            results.append(result)
            if result["changed"] and not self.check_mode:
                everything = self._read(portal, "")
        self.params = base
        return _many_result(results)

    def on_browser(self, labels: Labels, work: t.Callable[[Portal], dict[str, t.Any]]) -> dict[str, t.Any]:
        """Start the browser, run `work` on the portal, and turn every failure into TaskFailed."""
        p = self.params
        if not HAS_PLAYWRIGHT:
            self.fail(missing_required_lib(PLAYWRIGHT_REQUIREMENT))
        totp = None
        if p.get("totp_secret"):
            if not HAS_PYOTP:
                self.fail(missing_required_lib(PYOTP_REQUIREMENT))
            problem = totp_problem(p["totp_secret"])
            if problem:
                self.fail(problem)
            totp = code_provider(p["totp_secret"])
        old = playwright_too_old()
        if old:
            self.fail(f"Playwright {old} is too old: this module needs {PLAYWRIGHT_REQUIREMENT}")
        saved = self.saved_session()
        try:
            self.step = "start browser"
            with BrowserSession(
                executable=p.get("browser_executable"),
                headless=p.get("headless", True),
                timeout_s=p["timeout"],
                validate_certs=p.get("validate_certs", True),
                storage_state=saved.storage_state if saved else None,
            ) as session:
                if session.context is None or session.page is None:  # pragma: no cover - _start sets both
                    raise CegidLifeError("the browser started without a page", step=self.step)
                portal = Portal(
                    session.context,
                    session.page,
                    url=p["portal_url"],
                    username=p["username"],
                    password=p["password"],
                    labels=labels,
                    timeout_s=p["timeout"],
                    totp=totp,
                    key_pages=saved.key_pages if saved else None,
                )
                try:
                    return work(portal)
                except BaseException:
                    self._capture_failure(session.page)
                    raise
                finally:
                    self._end_trace()
                    if saved is not None and portal.signed_in:
                        with contextlib.suppress(PlaywrightError):
                            saved.save(dict(session.context.storage_state()))
        except TaskFailed as failure:
            if self._artifacts and "failure_artifacts" not in failure.extra:
                self.fail(failure.msg, **failure.extra)
            raise
        except CegidLifeError as exc:
            self.fail(str(exc), **_error_details(exc))
        except PlaywrightError as exc:
            self.fail(f"{self.step}: the browser reported an error: {_first_line(exc)}")
        except Exception as exc:  # noqa: BLE001 - reported as a message, never a traceback
            self.fail(f"{self.step}: unexpected error ({type(exc).__name__}): {_first_line(exc)}")

    def _capture_failure(self, page: t.Any) -> None:
        if self._captured:
            return
        self._captured = True
        if self._trace is not None:
            # Closed first: a trace records every call's arguments, and blanking the page for the
            # screenshot passes it the very values to hide.
            self._trace.close(self.step)
            self._artifacts.extend(self._trace.paths)
            self._trace = None
        try:
            shot = failure_screenshot(page, self.artifacts_dir, self.step, [*self.secrets, *self._identifiers])
        except OSError:
            shot = None
        if shot:
            self._artifacts.append(shot)

    def _end_trace(self) -> None:
        """A run that succeeded keeps no trace."""
        if self._trace is None:
            return
        self._trace.close("done")
        for path in self._trace.paths:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self._trace = None

    def reach(self, portal: Portal) -> bool:
        """Open the key page unless it is shown (the first time, after an error page, after the
        session expired); True when this call opened it."""
        if portal.key_page.is_here():
            return False
        self.step = "open the key page"
        self.service, self.tiers = portal.reach_key_page(self.params["service"], self.params.get("tiers"))
        if self.params.get("trace") and self._trace is None:
            # Started only now: the sign-in (the password) is never in a trace.
            self._trace = TraceRecorder(portal.page.context, self.artifacts_dir)
            self._trace.resume()
        return True

    def list_active(self, portal: Portal, name: str) -> list[KeyRow]:
        """The key list filtered on the name, on the key page (reached first if need be)."""
        arrived = self.reach(portal)
        self.step = "read the key list"
        if not (arrived and portal.key_page.lists_active_on_one_page()):
            # Unless just opened with nothing else on screen, where it lists what a filter would give.
            portal.key_page.show(name)
        start = portal.page.url
        rows = portal.key_page.rows()
        self.compare_with_html(portal, start, rows)
        return rows

    def compare_with_html(self, portal: Portal, start: str, rows: list[KeyRow]) -> None:
        """Once a run, where the browser lists keys: does the list's HTML, from the page at `start`
        on, list the same? Only then may a later run read this key page without a browser."""
        saved = self.saved_session()
        if self._compared or not rows or saved is None or not self.params.get("http_check", True):
            return
        self._compared = True
        saved.user_agent = portal.user_agent()
        seen = (start, rows, self.service, self.tiers)
        problem = check_against_browser(saved, self.params, portal.labels, portal.page_source, seen)
        if problem:
            reasons = [self.http_declined, f"{problem}: later runs use the browser too"]
            self.http_declined = "; ".join(r for r in reasons if r)

    def _read(self, portal: Portal, name: str) -> list[KeyRow]:
        return portal.safely(lambda: self.list_active(portal, name), "read the key list")

    def _decide(self, listed: list[KeyRow]) -> tuple[Plan, dict[str, t.Any], KeyRef, Credentials | None]:
        """What to do about the name's keys in the list (raises PlanError), and the result so far."""
        p = self.params
        name = p["name"]
        service, tiers = self.service, self.tiers
        active = matching(listed, name)
        ref = KeyRef(p["portal_url"], tiers, service, name)
        known = self._known_credentials(self._store(), ref, active[0] if active else None)
        decision = plan(
            p["state"],
            active,
            secret_known=known is not None,
            recreate=p.get("recreate") or "never",
            max_age=self.max_age,
            on_duplicates=p.get("on_duplicates") or "fail",
        )
        result: dict[str, t.Any] = {
            "changed": decision.changed,
            "action": decision.action,
            "service": service,
            "tiers": tiers,
        }
        if decision.current is not None:
            result["key"] = decision.current.describe(service, tiers)
        if decision.generate or self.check_mode:
            result["secret_available"] = decision.generate or known is not None
        return decision, result, ref, known

    def _unchanged_result(
        self, decision: Plan, result: dict[str, t.Any], known: Credentials | None
    ) -> dict[str, t.Any]:
        """The result of a run that clicks nothing (nothing to do, or check mode)."""
        self._finish_unchanged(result, decision, known)
        self._add_diff(result, decision, self.service, self.tiers)
        return result

    def _on_portal(self, portal: Portal, listed: list[KeyRow] | None = None) -> dict[str, t.Any]:
        p = self.params
        name = p["name"]
        if listed is None:
            listed = self._read(portal, name)
        service, tiers = self.service, self.tiers
        try:
            decision, result, ref, known = self._decide(listed)
        except PlanError as exc:
            self.fail(f"decide: {exc}")
        store = self._store()
        if self.check_mode or not decision.changed:
            return self._with_retries(self._unchanged_result(decision, result, known), portal)
        if decision.generate:
            return self._with_retries(self._generate_then_revoke(portal, ref, store, decision, listed, result), portal)
        self.step = "revoke the key"
        revoked = self._revoke(portal, name, decision.revoke, None, listed)
        if store is not None:
            store.forget(ref, decision.revoke, keep=known)
        if decision.action == "unchanged":  # duplicates revoked, the newest kept
            self._finish_unchanged(result, decision, known)
            result["replaced_keys"] = [r.describe(service, tiers) for r in revoked]
        else:
            result["key"] = revoked[0].describe(service, tiers)
            result["revoked_keys"] = [r.describe(service, tiers) for r in revoked]
        self._add_diff(result, decision, service, tiers)
        return self._with_retries(result, portal)

    def _with_retries(self, result: dict[str, t.Any], portal: Portal) -> dict[str, t.Any]:
        if portal.retries:
            self.warn(f"the portal failed transiently; {portal.retries} read-only step(s) were retried")
        return result

    def _finish_unchanged(self, result: dict[str, t.Any], decision: Plan, known: Credentials | None) -> None:
        if decision.action != "unchanged" or decision.current is None:
            return
        result["secret_available"] = known is not None
        if known is not None:
            result["credentials"] = known.as_result()
        elif not self.check_mode:
            self.warn(
                f"the API key {decision.current.name!r} exists but its secret is unknown to this run: "
                "give credentials_file (where a run that generated it stored it) or current_credentials, "
                "or set recreate=if_secret_missing to replace the key with a new one"
            )

    def _store(self) -> CredentialStore | None:
        """The credentials file, opened once a run (its problem is said once)."""
        if self._store_opened is None:
            path = self.params.get("credentials_file")
            store = self._open_store(path) if path else None
            if store is not None and store.problem:
                self.warn(f"credentials_file {store.path}: {store.problem}; the secret is treated as unknown")
            self._store_opened = (store,)
        return self._store_opened[0]

    def _known_credentials(
        self, store: CredentialStore | None, ref: KeyRef, current: KeyRow | None
    ) -> Credentials | None:
        if current is None:
            return None
        if store is not None:
            found = store.find(ref, current)
            if found is not None:
                self.secrets.append(found.secret)
                self._identifiers.append(found.identifier)
                return found
        given = self.params.get("current_credentials")
        if given:
            return Credentials(identifier=given["identifier"], secret=given["secret"])
        return None

    def _generate(self, portal: Portal, name: str, listed: list[KeyRow]) -> tuple[Credentials, list[KeyRow]]:
        """Click "Générer" and read the one-time panel. An uncertain outcome (an error page, a
        dropped connection, an expired session) is settled by re-reading the list, not by clicking
        again blindly: only when the list shows no new key is "Générer" clicked once more."""
        self.step = "generate the key"
        for attempt in (1, 2):
            if self._trace is not None:
                self._trace.pause("before generate")  # the one-time panel is never in a trace
            try:
                return portal.key_page.generate(name).read(name), listed
            except SecretNotDeliveredError as lost:
                self._handle_lost_key(portal, name, listed, lost)
            except (TransientError, SessionExpiredError) as uncertain:
                self._capture_failure(portal.page)
                listed_now = self._read(portal, name)
                if new_row(listed, listed_now) is not None:
                    unread = SecretNotDeliveredError(
                        f"the API key {name!r} was generated but the portal failed before showing its "
                        f"credentials ({uncertain.message})",
                        step="generate the key",
                        url=uncertain.url,
                    )
                    self._handle_lost_key(portal, name, listed, unread, listed_now)
                if attempt == 2:
                    self.fail(f"{uncertain}; the key list shows no new key {name!r}: nothing was generated")
                self.warn(
                    f"'Générer' met a transient fault ({uncertain.message}); no key was made, so it was tried once more"
                )
                self._captured = False
                listed = listed_now
        raise AssertionError("unreachable")  # pragma: no cover

    def _generate_then_revoke(
        self,
        portal: Portal,
        ref: KeyRef,
        store: CredentialStore | None,
        decision: Plan,
        listed: list[KeyRow],
        result: dict[str, t.Any],
    ) -> dict[str, t.Any]:
        name = ref.name
        credentials, listed = self._generate(portal, name, listed)
        self.secrets.append(credentials.secret)
        self._identifiers.append(credentials.identifier)
        # The credentials are in hand: from here on they are delivered or persisted, never lost.
        created: KeyRow | None = None
        after: list[KeyRow] = []
        try:
            self.step = "read the new key back"
            after = self._read(portal, name)
            if self._trace is not None:
                self._trace.resume()  # the panel is gone with the reload
            created = new_row(listed, after)
        except (CegidLifeError, PlaywrightError) as exc:
            self.warn(f"the key {name!r} was generated, but its row could not be read back: {_first_line(exc)}")
        if store is not None:
            self.step = "persist the credentials"
            try:
                store.save(ref, created, credentials)
            except StoreError as exc:
                self._undo_generation(portal, name, created, str(exc))
        result["credentials"] = credentials.as_result()
        result["secret_available"] = True
        if created is not None:
            result["key"] = created.describe(ref.service, ref.tiers)
        if decision.revoke:
            self.step = "revoke the replaced key"
            try:
                if created is None:
                    raise PortalError("the new key could not be told apart from the ones it replaces", step=self.step)
                replaced = self._revoke(portal, name, decision.revoke, created, after)
            except (CegidLifeError, PlaywrightError) as exc:
                self.warn(
                    f"the new key {name!r} is ready, but revoking the key(s) it replaces failed "
                    f"({_first_line(exc)}); they are still Active: the next run retries"
                )
                replaced = []
            if store is not None:
                store.forget(ref, replaced, keep=credentials)
            result["replaced_keys"] = [r.describe(ref.service, ref.tiers) for r in replaced]
            result["rotation_reason"] = decision.reason
        self._add_diff(result, decision, ref.service, ref.tiers, after_row=created)
        return result

    def _handle_lost_key(
        self,
        portal: Portal,
        name: str,
        listed: list[KeyRow],
        lost: SecretNotDeliveredError,
        listed_now: list[KeyRow] | None = None,
    ) -> t.NoReturn:
        """The one-time panel failed us: find the key it made and revoke it, unless told not to."""
        self._capture_failure(portal.page)  # the page as it failed, before we move on
        self.step = "revoke the key whose secret was lost"
        if listed_now is None:
            listed_now = self._read(portal, name)
        made = new_row(listed, listed_now)
        if made is None:
            if lost.details.get("uncertain"):
                self.fail(f"{lost}; the key list shows no new key {name!r}, so none was generated", step=lost.step)
            self.fail(
                f"{lost}; the new key could not be found in the list: revoke it by hand",
                step=lost.step,
                generated_key_name=name,
            )
        if not self.params.get("revoke_lost_keys", True):
            self.fail(
                f"{lost}; the key (created {made.created_raw}) was left Active (revoke_lost_keys=false): "
                "revoke it by hand, nobody has its secret",
                step=lost.step,
                generated_key_name=name,
            )
        self._revoke(portal, name, [made], None, listed_now)
        self.fail(
            f"{lost}; the key (created {made.created_raw}) was revoked again so that no key is left whose "
            "secret nobody has; the next run generates a new one",
            step=lost.step,
        )

    def _undo_generation(self, portal: Portal, name: str, created: KeyRow | None, why: str) -> t.NoReturn:
        """Persisting failed: revoke the NEW key so no key is left whose secret nobody has."""
        if created is None:
            self.fail(
                f"persist the credentials: {why}; the new API key {name!r} could not be told apart in the "
                "list, so it was NOT revoked: revoke it by hand (any older key is untouched)",
                generated_key_name=name,
            )
        try:
            self._revoke(portal, name, [created], None, self._read(portal, name))
        except (CegidLifeError, PlaywrightError) as exc:
            self.fail(
                f"persist the credentials: {why}; revoking the new API key {name!r} (created "
                f"{created.created_raw}) also failed ({_first_line(exc)}): revoke it by hand",
                generated_key_name=name,
            )
        self.fail(
            f"persist the credentials: {why}; the new API key {name!r} was revoked again so that no key "
            "is left whose secret nobody has; any older key is untouched and still works",
            step="persist the credentials",
        )

    def _revoke(
        self,
        portal: Portal,
        name: str,
        targets: t.Sequence[KeyRow],
        keep: KeyRow | None,
        listed: t.Sequence[KeyRow],
    ) -> list[KeyRow]:
        """Revoke rows that look like the targets, never the kept (new) one; verify each by
        re-reading the list. A click whose outcome is uncertain is settled by that re-read.

        `listed` is the latest full read of the list (its positions tell look-alikes apart).
        """
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
                self.warn(f"'Révoquer' met a transient fault ({uncertain.message}); the list tells what happened")
            fresh = self._read(portal, name)
            now = matching(fresh, name)
            if sum(1 for r in now if r.look == victim.look) >= sum(1 for r in rows if r.look == victim.look):
                if clicks < 2 * len(targets):
                    rows = now
                    continue
                raise PortalError(
                    f"clicked 'Révoquer' for the API key {name!r} created {victim.created_raw}, "
                    "but it is still listed as Active",
                    step=self.step,
                    url=portal.page.url,
                )
            owed[victim.look] -= 1
            revoked.append(_as_revoked(victim))
            rows = now
            if keep is not None:
                keep = _the_kept(fresh, keep)
        return revoked

    def _add_diff(
        self,
        result: dict[str, t.Any],
        decision: Plan,
        service: str,
        tiers: str,
        after_row: KeyRow | None = None,
    ) -> None:
        """Key metadata before and after (as planned in check mode); never a secret."""
        if not self.diff:
            return
        before = decision.current.describe(service, tiers) if decision.current else {}
        if decision.generate:
            after = (
                after_row.describe(service, tiers) if after_row else {"name": self.params["name"], "status": "active"}
            )
        elif decision.revoke and decision.action == "revoked":
            after = {}
        else:
            after = before
        result["diff"] = {"before": before, "after": after}


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


def _many_result(results: list[dict[str, t.Any]]) -> dict[str, t.Any]:
    """The result of a task with `names`: each key's result, and the credentials by name."""
    out: dict[str, t.Any] = {"changed": any(r["changed"] for r in results), "results": results}
    if any("credentials" in r for r in results):
        out["credentials"] = {r["name"]: r["credentials"] for r in results if "credentials" in r}
    return out


def _as_revoked(row: KeyRow) -> KeyRow:
    return dataclasses.replace(row, status=REVOKED)


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _error_details(exc: CegidLifeError) -> dict[str, t.Any]:
    details: dict[str, t.Any] = {"step": exc.step}
    if exc.details.get("key_name"):
        details["generated_key_name"] = exc.details["key_name"]
    return details


def browse_portal(
    params: t.Mapping[str, t.Any],
    read: t.Callable[[ApiKeyTask, Portal], list[KeyRow]],
    answer: t.Callable[[list[KeyRow], str, str], dict[str, t.Any]],
    *,
    warn: t.Callable[[str], None],
    problems: t.Sequence[str] = (),
    active_only: bool = False,
) -> dict[str, t.Any]:
    """Read-only work on the key page of (service, tiers): `read(task, portal)` the rows in the
    browser, then `answer(rows, service, tiers)`. With `active_only` (the rows wanted are the
    Active keys), a plain HTTP reading of the saved session's key page is tried first."""
    task = ApiKeyTask(params, check_mode=True, diff=False, warn=warn)
    found = portal_input_problems(params) + list(problems)
    if found:
        task.fail("; ".join(found))
    labels = task.labels()
    if active_only:
        rows = task.read_without_browser(labels)
        if rows is not None:
            task.checked_with = "http"
            return task.reported(answer(rows, task.service, task.tiers))

    def work(portal: Portal) -> dict[str, t.Any]:
        rows = portal.safely(lambda: read(task, portal), "read the key list")
        return answer(rows, task.service, task.tiers)

    return task.reported(task.on_browser(labels, work))


def run_module(module: AnsibleModule) -> None:
    task = ApiKeyTask(module.params, check_mode=module.check_mode, diff=module._diff, warn=module.warn)
    try:
        result = task.run()
    except TaskFailed as failure:
        module.fail_json(msg=failure.msg, **failure.extra)
    module.exit_json(**result)
