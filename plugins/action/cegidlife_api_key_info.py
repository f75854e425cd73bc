# Copyright (c) 2026, cegid.cegidlife contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs cegidlife_api_key_info on the controller, whatever the play's hosts."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key_info import argument_spec, run_info
from ansible_collections.cegid.cegidlife.plugins.plugin_utils._controller_action import ControllerAction


class ActionModule(ControllerAction):
    def run(self, tmp: str | None = None, task_vars: dict[str, t.Any] | None = None) -> dict[str, t.Any]:
        result = super().run(tmp, task_vars)
        args, error = self.validated_args(argument_spec())
        if args is None:
            return {"failed": True, "msg": error}
        warnings: list[str] = []
        try:
            result.update(run_info(args, warnings.append))
        except TaskFailed as failure:
            result.update(failed=True, msg=failure.msg, **failure.extra)
        if warnings:
            result["warnings"] = warnings
        return result
