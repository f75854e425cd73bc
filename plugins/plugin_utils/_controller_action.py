# Note that this plugin util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Action plugins that run the portal work on the controller, whatever the play's hosts.

The browser and Playwright are needed on the controller (or the execution environment) only,
never on managed hosts.
"""

from __future__ import annotations

import contextlib
import os
import typing as t

from ansible.errors import AnsibleActionFail
from ansible.plugins.action import ActionBase

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed

Work = t.Callable[[dict[str, t.Any], t.Callable[[str], None]], dict[str, t.Any]]

# Options that fall back to environment variables: the task's `environment:` counts too.
_ENV_PREFIX = "CEGIDLIFE_"


class ControllerAction(ActionBase):
    TRANSFERS_FILES = False
    _requires_connection = False

    def run_on_controller(
        self, result: dict[str, t.Any], spec: dict[str, dict[str, t.Any]], work: Work
    ) -> dict[str, t.Any]:
        """Validate the task's arguments, run `work(args, warn)`, and report as a module would."""
        args, error = self.validated_args(spec)
        if args is None:
            return {"failed": True, "msg": error}
        warnings: list[str] = []
        try:
            result.update(work(args, warnings.append))
        except TaskFailed as failure:
            result.update(failed=True, msg=failure.msg, **failure.extra)
        if warnings:
            result["warnings"] = warnings
        return result

    def validated_args(self, spec: dict[str, dict[str, t.Any]]) -> tuple[dict[str, t.Any] | None, str | None]:
        """(arguments, None) or (None, the first validation error)."""
        with self._task_environment():
            try:
                dummy, args = self.validate_argument_spec(argument_spec=spec)
            except AnsibleActionFail as exc:
                return None, str(exc).split("\n", maxsplit=1)[0]
        return dict(args), None

    @contextlib.contextmanager
    def _task_environment(self) -> t.Iterator[None]:
        """CEGIDLIFE_* from the task's `environment:` keyword, for the options' env fallbacks."""
        extra: dict[str, str] = {}
        for entry in self._task.environment or []:
            if isinstance(entry, dict):
                extra.update({str(k): str(v) for k, v in entry.items() if str(k).startswith(_ENV_PREFIX)})
        saved = {k: os.environ.get(k) for k in extra}
        os.environ.update(extra)
        try:
            yield
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
