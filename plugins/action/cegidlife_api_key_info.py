# Copyright (c) 2026, cegid.cegidlife contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs cegidlife_api_key_info on the controller, whatever the play's hosts."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key_info import argument_spec, run_info
from ansible_collections.cegid.cegidlife.plugins.plugin_utils._controller_action import ControllerAction


class ActionModule(ControllerAction):
    def run(self, tmp: str | None = None, task_vars: dict[str, t.Any] | None = None) -> dict[str, t.Any]:
        return self.run_on_controller(super().run(tmp, task_vars), argument_spec(), run_info)
