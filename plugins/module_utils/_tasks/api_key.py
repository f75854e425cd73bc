# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""cegidlife_api_key: lock every name, read the key list, decide every name, then act on each.

`run_api_key` serves the module (runs where the task runs, plain credentials file) and the action
plugin (runs on the controller, ansible-vault encrypted credentials file, per-key locks). What one
name needs lives in `_tasks.ensure_key`; the portal, the browser and failures in `_portal.portal_session`.
"""

from __future__ import annotations

import contextlib
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    name_problem,
    portal_argument_spec,
    portal_input_problems,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    KeyRow,
    PlanError,
    credential_problem,
    parse_age,
    same_name,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.portal_session import PortalSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.lock import LockError, key_lock
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import (
    CredentialStore,
    Encryption,
    StoreError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store_registry import (
    DEFAULT_STORE,
    keeps_credentials,
    needed_for_a_store,
    open_store,
    store_problems,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.ensure_key import Decision, EnsureKey

if t.TYPE_CHECKING:
    from ansible.module_utils.basic import AnsibleModule

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal


def argument_spec() -> dict[str, dict[str, t.Any]]:
    spec = portal_argument_spec()
    spec.update(
        name={"type": "str"},
        names={"type": "list", "elements": "str"},
        state={"type": "str", "default": "present", "choices": ["present", "absent"]},
        credentials_store={"type": "str", "default": DEFAULT_STORE},
        credentials_store_options={"type": "dict"},
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
        rotation={"type": "str", "default": "immediate", "choices": ["immediate", "staged"]},
        finish_rotation={"type": "bool", "default": False},
        rollback_rotation={"type": "bool", "default": False},
        warn_within={"type": "str"},
    )
    return spec


def input_problems(options: KeyOptions) -> list[str]:
    """What is wrong with the task's options, checked before anything is opened."""
    problems = portal_input_problems(options)
    if bool(options.name) == bool(options.names):
        problems.insert(0, "give either name or names (a list), not both and not neither")
    option = "names" if options.names else "name"
    for name in options.all_names:
        problem = name_problem(name, option)
        if problem:
            problems.insert(0, problem)
    if options.names and len(set(options.names)) != len(options.names):
        problems.append("names lists a name twice")
    for option in ("max_age", "warn_within"):
        try:
            parse_age(getattr(options, option))
        except ValueError as exc:
            problems.append(f"{option}: {exc}")
    problems.extend(store_problems(options))
    problems.extend(_rotation_problems(options))
    for field in ("identifier", "secret"):
        if options.current_credentials:
            bad = credential_problem(options.current_credentials.get(field) or "", field)
            if bad:
                problems.append(f"current_credentials: {bad}")
    if options.state == "absent" and (options.current_credentials or options.max_age or options.recreate != "never"):
        problems.append("current_credentials, max_age and recreate only apply to state=present")
    return problems


def _rotation_problems(options: KeyOptions) -> list[str]:
    """Staged rotation's options: phase 2 is one of finish or roll back, and the credentials store
    (whichever: the credentials file by default) is where the two keys and which one is current are
    recorded between the phases."""
    problems = []
    if options.finish_rotation and options.rollback_rotation:
        problems.append("finish_rotation and rollback_rotation exclude each other")
    staged = options.rotation == "staged" or options.finish_rotation or options.rollback_rotation
    if staged and not keeps_credentials(options) and not store_problems(options):
        problems.append(
            f"rotation=staged, finish_rotation and rollback_rotation need {needed_for_a_store(options)} "
            "(it records both keys, and which one is current, between the phases)"
        )
    if staged and options.state == "absent":
        problems.append("rotation=staged, finish_rotation and rollback_rotation only apply to state=present")
    if options.warn_within and not options.max_age:
        problems.append("warn_within needs max_age (it warns before the rotation max_age makes)")
    return problems


class ApiKeyRun:
    """One task: `run` returns the result or raises TaskFailed; never a traceback."""

    def __init__(
        self,
        params: t.Mapping[str, t.Any],
        *,
        check_mode: bool,
        diff: bool,
        warn: t.Callable[[str], None],
        encryption: t.Callable[[], Encryption | None] | None = None,
    ) -> None:
        """`encryption`: what the run offers a store to encrypt what it keeps (the action plugin:
        the play's vault secrets); without it, the credentials file is plain JSON."""
        self.options = KeyOptions.from_params(params, argument_spec())
        self.session = PortalSession(self.options, warn=warn)
        self.check_mode, self.diff = check_mode, diff
        self._encryption = encryption

    def run(self) -> dict[str, t.Any]:
        s, o = self.session, self.options
        problems = input_problems(o)
        if problems:
            s.fail("; ".join(problems))
        s.labels()  # a bad override fails before anything is opened
        store = self._store()  # so does an unusable credentials store: the portal is not touched
        units = [
            EnsureKey(s, o, name, store, check_mode=self.check_mode, diff=self.diff, max_age=parse_age(o.max_age))
            for name in o.all_names
        ]
        try:
            with self._locks():
                if store is not None:
                    self._refresh(store)  # what a run that held these locks before us wrote
                results = self._without_browser(units) or s.browse(lambda portal: self._on_portal(portal, units))
        except LockError as exc:
            s.fail(f"{s.step}: {exc}")
        return s.reported(results[0] if not o.names else _many_result(results))

    def _store(self) -> CredentialStore | None:
        """The chosen credentials store (_store_registry), or None when the task keeps no credentials."""
        s = self.session
        try:
            store = open_store(self.options, self._encryption)
        except StoreError as exc:
            s.fail(str(exc))
        if store is None:
            return None
        if store.problem:
            s.warn(f"{store.where}: {store.problem}; the secret is treated as unknown")
        if store.notice:
            s.warn(f"{store.where}: {store.notice}")
        return store

    def _refresh(self, store: CredentialStore) -> None:
        try:
            store.refresh()
        except StoreError as exc:
            self.session.fail(str(exc))

    @contextlib.contextmanager
    def _locks(self) -> t.Iterator[None]:
        """Every name's lock, taken in one order (no two runs wait on each other), before the list
        is read: a concurrent run on one of these names cannot slip in between read and act."""
        o, s = self.options, self.session
        s.step = "wait for the key's lock"
        with contextlib.ExitStack() as stack:
            for name in sorted(o.all_names):
                parts = [o.portal_url.rstrip("/"), o.tiers or "", o.service, name]
                stack.enter_context(key_lock(parts, o.lock_timeout))
            yield

    # --- without a browser ----------------------------------------------------------------------
    def _without_browser(self, units: list[EnsureKey]) -> list[dict[str, t.Any]] | None:
        """Every name's result when a plain HTTP reading shows that none needs a click, else None."""
        s = self.session
        listed = s.read_without_browser()
        if listed is None:
            return None
        decided = []
        for unit in units:
            try:
                decision = unit.decide(_of(listed, unit.name))
            except PlanError:
                # The browser run fails with the same words, and a screenshot.
                s.http_declined = f"the key list leaves a decision for the API key {unit.name!r} to the browser"
                return None
            if unit.needs_click(decision):
                s.http_declined = f"the API key {unit.name!r} needs a change ({decision.plan.action})"
                return None
            decided.append((unit, decision))
        return [_named(unit, unit.unchanged(decision)) for unit, decision in decided]

    # --- in the browser -------------------------------------------------------------------------
    def _on_portal(self, portal: Portal, units: list[EnsureKey]) -> list[dict[str, t.Any]]:
        """One read of the list decides every name before anything is clicked; then each name is
        acted on. With several names, the keys a rotation replaces are revoked only once every
        new key is safe, and a failure on one name hands over (or undoes) what the others got."""
        s, many = self.session, bool(self.options.names)
        everything = portal.read_active("" if many else units[0].name)
        decisions: list[Decision] = []
        for unit in units:
            try:
                decisions.append(unit.decide(_of(everything, unit.name)))
            except PlanError as exc:
                s.fail(f"decide: {exc}")
        results: list[dict[str, t.Any]] = []
        for unit, decision in zip(units, decisions, strict=True):
            try:
                if not unit.needs_click(decision):
                    results.append(_named(unit, unit.unchanged(decision)))
                    continue
                results.append(
                    _named(unit, unit.apply(portal, decision, _of(everything, unit.name), defer_replaced=many))
                )
                if many:
                    everything = portal.read_active("")
            except Exception as exc:
                if not many:
                    raise
                s.artifacts.capture(portal.page, s.failed_step(exc))
                self._failed_midway(portal, units[: len(results)], results, s.failure(exc))
        for unit in units:
            unit.finish(portal)
        if portal.retries:
            s.warn(f"the portal failed transiently; {portal.retries} read-only step(s) were retried")
        return results

    def _failed_midway(
        self, portal: Portal, done: list[EnsureKey], results: list[dict[str, t.Any]], failure: TaskFailed
    ) -> t.NoReturn:
        """A later name failed: each earlier name's new key is kept where its credentials are
        persisted (and handed over in the failure's result), else revoked, nobody having its secret."""
        said = []
        for unit, result in zip(done, results, strict=True):
            if unit.generated:
                outcome, revoked = unit.undo(portal)
                said.append(f"{unit.name!r}: {outcome}")
                if revoked:  # only a proven revocation withholds the credentials: else they are handed over
                    result.pop("credentials", None)
                    result["secret_available"] = False
        extra = dict(failure.extra)
        extra["results"] = results
        credentials = {r["name"]: r["credentials"] for r in results if "credentials" in r}
        if credentials:
            extra["credentials"] = credentials
        message = failure.msg + (f" [keys generated earlier in this task: {'; '.join(said)}]" if said else "")
        raise TaskFailed(message, **extra)


def _of(rows: t.Iterable[KeyRow], name: str) -> list[KeyRow]:
    return [r for r in rows if same_name(r.name, name)]


def _named(unit: EnsureKey, result: dict[str, t.Any]) -> dict[str, t.Any]:
    if unit.options.names:
        result["name"] = unit.name
    return result


def _many_result(results: list[dict[str, t.Any]]) -> dict[str, t.Any]:
    """The result of a task with `names`: each key's result, and the credentials by name."""
    out: dict[str, t.Any] = {"changed": any(r["changed"] for r in results), "results": results}
    if any("credentials" in r for r in results):
        out["credentials"] = {r["name"]: r["credentials"] for r in results if "credentials" in r}
    return out


def run_module(module: AnsibleModule) -> None:
    run = ApiKeyRun(module.params, check_mode=module.check_mode, diff=module._diff, warn=module.warn)
    try:
        result = run.run()
    except TaskFailed as failure:
        module.fail_json(msg=failure.msg, **failure.extra)
    module.exit_json(**result)
