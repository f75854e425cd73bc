# Copyright (c) 2026, cegid.cegidlife contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs cegidlife_api_key on the controller, whatever the play's hosts.

On the controller the task can use the play's vault secrets to keep the credentials file
encrypted, and a lock shared by every fork and playbook on this machine, so several hosts asking
for the same key end with one key and the same credentials.
"""

from __future__ import annotations

import typing as t

from ansible.parsing.vault import VaultLib, match_encrypt_secret

from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key import ApiKeyRun, argument_spec
from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._store import CredentialStore, FileCredentialStore
from ansible_collections.cegid.cegidlife.plugins.plugin_utils._controller_action import ControllerAction


class ActionModule(ControllerAction):
    _show_credentials = False

    def run(self, tmp: str | None = None, task_vars: dict[str, t.Any] | None = None) -> dict[str, t.Any]:
        result = self.run_on_controller(super().run(tmp, task_vars), argument_spec(), self._ensure)
        if ("credentials" in result or "pending_revocation" in result) and not self._show_credentials:
            # Censored in the task's output like no_log; `register:` still gets the full result.
            result["_ansible_no_log"] = True
        return result

    def _ensure(self, args: dict[str, t.Any], warn: t.Callable[[str], None]) -> dict[str, t.Any]:
        task = ApiKeyRun(
            args,
            check_mode=bool(self._task.check_mode),
            diff=bool(self._task.diff),
            warn=warn,
            open_store=self._store_opener(args.get("credentials_vault_id")),
        )
        self._show_credentials = bool(args.get("show_credentials"))
        return task.run()

    def _store_opener(self, vault_id: str | None) -> t.Callable[[str], CredentialStore]:
        """A credentials file encrypted with the play's vault secret (or the one named)."""
        secrets = list(getattr(getattr(self._loader, "_vault", None), "secrets", None) or [])

        def open_store(path: str) -> CredentialStore:
            if vault_id and not any(vid == vault_id for vid, dummy in secrets):
                known = ", ".join(sorted({vid for vid, dummy in secrets})) or "none"
                raise TaskFailed(
                    f"credentials_vault_id {vault_id!r}: this play has no such vault secret "
                    f"(vault ids available: {known}); pass it with --vault-id {vault_id}@..."
                )
            if not secrets:
                return FileCredentialStore(path)  # an encrypted file then fails clearly, untouched
            vault = VaultLib(secrets)
            chosen_id, secret = match_encrypt_secret(secrets, encrypt_vault_id=vault_id)

            def encrypt(data: bytes) -> bytes:
                return vault.encrypt(data, secret=secret, vault_id=chosen_id)

            return FileCredentialStore(path, encrypt=encrypt, decrypt=vault.decrypt)

        return open_store
