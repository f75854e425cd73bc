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

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import ApiKeyRun, argument_spec
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
            encryption=self._vault(args.get("credentials_vault_id")),
        )
        self._show_credentials = bool(args.get("show_credentials"))
        return task.run()

    def _vault(self, vault_id: str | None) -> t.Callable[[], VaultCodec | None]:
        """The encryption the run offers its credentials store (_storage.store.Encryption): the play's vault
        secret, or the one named; None without vault secrets. Asked only by a store that encrypts
        (the credentials file), when it opens: a vault id the play lacks fails the task then."""
        secrets = list(getattr(getattr(self._loader, "_vault", None), "secrets", None) or [])

        def codec() -> VaultCodec | None:
            if vault_id and not any(vid == vault_id for vid, dummy in secrets):
                known = ", ".join(sorted({vid for vid, dummy in secrets})) or "none"
                raise TaskFailed(
                    f"credentials_vault_id {vault_id!r}: this play has no such vault secret "
                    f"(vault ids available: {known}); pass it with --vault-id {vault_id}@..."
                )
            return VaultCodec(secrets, vault_id) if secrets else None

        return codec


class VaultCodec:
    """ansible-vault for the credentials file (a _storage.store.Encryption). A file is written back under the
    vault id (and with the secret) that opened it: with several vault secrets in a play, the first one
    is no reason to re-encrypt a file under another id that other plays may not have. A new or plain
    file gets the named vault id, else the play's first. Only `credentials_vault_id` moves a file to
    another id."""

    def __init__(self, secrets: list[tuple[str, t.Any]], asked: str | None) -> None:
        self._vault = VaultLib(secrets)
        self._asked = asked
        vault_id, secret = match_encrypt_secret(secrets, encrypt_vault_id=asked)
        self._chosen: tuple[str, t.Any] = (vault_id, secret)
        self.opened_with: str | None = None  # the vault id of the secret that opened the file

    def decrypt(self, data: bytes) -> bytes:
        plain, vault_id, secret = self._vault.decrypt_and_get_vault_id(data)
        self.opened_with = vault_id
        if not self._asked:
            self._chosen = (vault_id, secret)
        return bytes(plain)

    def encrypt(self, data: bytes) -> bytes:
        vault_id, secret = self._chosen
        return bytes(self._vault.encrypt(data, secret=secret, vault_id=vault_id))

    def change(self) -> str | None:
        """What to say when the file is to move to another vault id (only when one was asked for)."""
        if self.opened_with is None or not self._asked or self.opened_with == self._asked:
            return None
        return (
            f"it is encrypted with vault id {self.opened_with!r} and credentials_vault_id is {self._asked!r}: "
            f"the next write re-encrypts it with {self._asked!r} (plays without that vault secret will no "
            "longer open it)"
        )
