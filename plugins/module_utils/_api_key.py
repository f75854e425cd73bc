# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""cegidlife_api_key: read the key list, decide, then generate or revoke."""

from __future__ import annotations

import typing as t

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    name_problem,
    portal_argument_spec,
    portal_input_problems,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._browser import BrowserSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import CegidLifeError, PortalError, redact
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    REVOKED,
    Credentials,
    KeyRow,
    Plan,
    matching,
    plan,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    HAS_PLAYWRIGHT,
    PLAYWRIGHT_REQUIREMENT,
    PlaywrightError,
    playwright_too_old,
)

if t.TYPE_CHECKING:
    from ansible.module_utils.basic import AnsibleModule


def argument_spec() -> dict[str, dict[str, t.Any]]:
    spec = portal_argument_spec()
    spec.update(
        name={"type": "str", "required": True},
        state={"type": "str", "default": "present", "choices": ["present", "absent"]},
    )
    return spec


class _Run:
    """One module run: the browser work, with the step it is at for error messages."""

    def __init__(self, module: AnsibleModule) -> None:
        self.module = module
        self.params = module.params
        self.step = "start"
        # Everything that must never appear in a message.
        self.secrets: list[str] = [self.params["password"] or ""]

    def fail(self, message: str, **extra: t.Any) -> t.NoReturn:
        self.module.fail_json(msg=redact(message, self.secrets), **extra)

    def check_input(self) -> Labels:
        problems = portal_input_problems(self.params)
        problem = name_problem(self.params["name"])
        if problem:
            problems.insert(0, problem)
        if problems:
            self.fail("; ".join(problems))
        try:
            return Labels.with_overrides(self.params["labels"])
        except ValueError as exc:
            self.fail(f"labels: {exc}")

    def execute(self) -> dict[str, t.Any]:
        labels = self.check_input()
        if not HAS_PLAYWRIGHT:
            self.fail(missing_required_lib(PLAYWRIGHT_REQUIREMENT))
        old = playwright_too_old()
        if old:
            self.fail(f"Playwright {old} is too old: this module needs {PLAYWRIGHT_REQUIREMENT}")
        p = self.params
        try:
            self.step = "start browser"
            with BrowserSession(
                executable=p["browser_executable"],
                headless=p["headless"],
                timeout_s=p["timeout"],
                validate_certs=p["validate_certs"],
            ) as session:
                assert session.context is not None and session.page is not None
                portal = Portal(
                    session.context,
                    session.page,
                    url=p["portal_url"],
                    username=p["username"],
                    password=p["password"],
                    labels=labels,
                    timeout_s=p["timeout"],
                )
                return self._on_portal(portal)
        except CegidLifeError as exc:
            self.fail(str(exc), **_error_details(exc))
        except PlaywrightError as exc:
            self.fail(f"{self.step}: the browser reported an error: {_first_line(exc)}")
        except Exception as exc:  # noqa: BLE001 - reported as a message, never a traceback
            self.fail(f"{self.step}: unexpected error ({type(exc).__name__}): {_first_line(exc)}")

    def _on_portal(self, portal: Portal) -> dict[str, t.Any]:
        p = self.params
        name = p["name"]
        self.step = "sign-in"
        portal.open()
        self.step = "open the key page"
        service, tiers = portal.open_key_page(p["service"], p["tiers"])
        self.step = "read the key list"
        page = portal.key_page
        page.show(name)
        before = matching(page.rows(), name)
        decision = plan(p["state"], before)
        result: dict[str, t.Any] = {
            "changed": decision.changed,
            "action": decision.action,
            "service": service,
            "tiers": tiers,
        }
        if decision.current is not None:
            result["key"] = decision.current.describe(service, tiers)
        if self.module.check_mode or not decision.changed:
            self._add_diff(result, decision, service, tiers)
            return result
        if decision.generate:
            self.step = "generate the key"
            credentials, created = self._generate(portal, name, before)
            result["credentials"] = credentials.as_result()
            if created is not None:
                result["key"] = created.describe(service, tiers)
            self._add_diff(result, decision, service, tiers, after_row=created)
            return result
        self.step = "revoke the key"
        revoked = self._revoke_all(portal, name, decision)
        result["key"] = revoked[0].describe(service, tiers)
        result["revoked_keys"] = [row.describe(service, tiers) for row in revoked]
        self._add_diff(result, decision, service, tiers)
        return result

    def _generate(self, portal: Portal, name: str, before: list[KeyRow]) -> tuple[Credentials, KeyRow | None]:
        panel = portal.key_page.generate(name)
        credentials = panel.read(name)
        self.secrets.append(credentials.secret)
        # The credentials are in hand: from here on nothing may fail the run and lose them.
        try:
            portal.key_page.show(name)
            after = matching(portal.key_page.rows(), name)
        except (CegidLifeError, PlaywrightError) as exc:
            self.module.warn(
                redact(f"the key {name!r} was generated, but its row could not be read back: {_first_line(exc)}", self.secrets)
            )
            return credentials, None
        return credentials, _new_row(before, after)

    def _revoke_all(self, portal: Portal, name: str, decision: Plan) -> list[KeyRow]:
        page = portal.key_page
        revoked: list[KeyRow] = []
        remaining = list(decision.revoke)
        for _ in range(len(decision.revoke)):
            row = remaining[0]
            page.revoke(row)
            page.show(name)
            now = matching(page.rows(), name)
            if len(now) >= len(remaining):
                raise PortalError(
                    f"clicked 'Révoquer' for the API key {name!r} created {row.created_raw}, "
                    "but it is still listed as Active",
                    step="revoke the key",
                    url=page.page.url,
                )
            revoked.append(_as_revoked(row))
            remaining = now
            if not remaining:
                break
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
        if not self.module._diff:
            return
        before = decision.current.describe(service, tiers) if decision.current else {}
        if decision.generate:
            after = after_row.describe(service, tiers) if after_row else {"name": self.params["name"], "status": "active"}
        elif decision.revoke:
            after = {}
        else:
            after = before
        result["diff"] = {"before": before, "after": after}


def _new_row(before: list[KeyRow], after: list[KeyRow]) -> KeyRow | None:
    """The row that appeared with the generation (newest first if several are new)."""
    old = [(r.name, r.created_raw, r.created_by) for r in before]
    for row in after:
        ident = (row.name, row.created_raw, row.created_by)
        if ident in old:
            old.remove(ident)
        else:
            return row
    return after[0] if after else None


def _as_revoked(row: KeyRow) -> KeyRow:
    return KeyRow(row.name, row.created_at, row.created_by, REVOKED, row.created_raw)


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _error_details(exc: CegidLifeError) -> dict[str, t.Any]:
    details: dict[str, t.Any] = {"step": exc.step}
    if exc.details.get("key_name"):
        details["generated_key_name"] = exc.details["key_name"]
    return details


def run_module(module: AnsibleModule) -> None:
    module.exit_json(**_Run(module).execute())
