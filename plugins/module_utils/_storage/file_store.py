# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The credentials file: where a key's one-time secret is kept so every later run can return it.

One JSON document holds many keys, keyed by (portal, tiers, service, name). Writes are atomic
(temporary file + rename) with mode 0600 in a 0700 directory, and each is a read-modify-write under
a lock of the file, so runs for different keys sharing one file (forks of a play) never drop each
other's records. Encryption at rest is pluggable: the action plugin offers ansible-vault's
encrypt/decrypt (the play's vault secrets); the bare module writes plain JSON.

The store `file` of `_storage.store_registry.STORES`, chosen by default; `credentials_file` names the file.
"""

from __future__ import annotations

import datetime
import json
import os
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import Credentials, KeyRow, shown_prefix
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.lock import LockError, key_lock
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.private_files import (
    readable_by_others,
    untrusted_file_or_folder,
    write_private,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import (
    KeyRef,
    PendingRotation,
    StoredKey,
    StoreError,
)

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import (
        CredentialStore,
        Staging,
        StoreRequest,
    )

FORMAT_VERSION = 1
# A write holds the file's lock for milliseconds; this much waiting means something is stuck.
WRITE_LOCK_TIMEOUT_S = 120.0

Codec = t.Callable[[bytes], bytes]


def _identity(data: bytes) -> bytes:
    return data


VAULT_HEADER = b"$ANSIBLE_VAULT;"


def is_vault(data: bytes) -> bool:
    """An ansible-vault envelope (what ansible.parsing.vault.is_encrypted checks)."""
    return data.lstrip().startswith(VAULT_HEADER)


def vault_id_of(data: bytes) -> str:
    """The vault id an envelope names ('default' when its header names none)."""
    header = data.lstrip().split(b"\n", 1)[0].decode("ascii", "replace").strip().split(";")
    return header[3] if len(header) > 3 and header[3] else "default"


# A staged rotation's marks on a slot's records: the new key is current, the old one awaits revocation.
CURRENT = "current"
PENDING_REVOCATION = "pending_revocation"


def open_file_store(request: StoreRequest) -> CredentialStore:
    """The credentials file `credentials_file` names, encrypted with what the run offers (the play's
    vault secret, on the controller), else plain JSON; an encrypted file then fails clearly, untouched."""
    if request.settings:
        raise StoreError(
            "credentials_store_options: credentials_store=file takes none (its file is credentials_file); "
            f"given: {', '.join(sorted(request.settings))}"
        )
    path = request.options.credentials_file or ""
    encryption = request.encryption() if request.encryption is not None else None
    if encryption is None:
        return FileCredentialStore(path)
    store = FileCredentialStore(path, encrypt=encryption.encrypt, decrypt=encryption.decrypt)
    change = encryption.change()
    if change:
        store.notice = f"{store.notice}; {change}" if store.notice else change
    return store


class FileCredentialStore:
    """The credentials file (a CredentialStore): read once, look up, write atomically. A file it
    cannot read is 'secret unknown', never a crash; an encrypted one it cannot open is an error."""

    def __init__(
        self,
        path: str,
        *,
        encrypt: Codec | None = None,
        decrypt: Codec | None = None,
    ) -> None:
        """`encrypt`: the file is to be encrypted (a vault secret is at hand); `decrypt`: an
        encrypted file can be opened. Raises StoreError for an encrypted file that cannot be
        decrypted: it is never replaced by a plain one."""
        self.path = os.path.abspath(os.path.expanduser(path))
        self.where = f"credentials_file {self.path}"
        self._encrypt = encrypt or _identity
        self._decrypt = decrypt
        self.encrypted = encrypt is not None
        self.problem: str | None = None  # why the file could not be read, if it could not
        self.notice: str | None = None  # something to say that is no problem (a plain file to encrypt)
        untrusted = untrusted_file_or_folder(self.path)
        if untrusted:
            raise StoreError(f"credentials_file {self.path} is not used: {untrusted}")
        self._data = self._load()
        exposed = readable_by_others(self.path)
        if exposed:
            # Said on every run that finds it so; each write replaces it with a 0600 file.
            tighten = f"{exposed}: `chmod 600` it; the next write by this module leaves it 0600"
            self.notice = f"{self.notice}; {tighten}" if self.notice else tighten

    def _load(self) -> dict[str, t.Any]:
        empty: dict[str, t.Any] = {"version": FORMAT_VERSION, "keys": {}}
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read()
        except FileNotFoundError:
            return empty
        except OSError as exc:
            self.problem = f"cannot read it ({exc.strerror})"
            return empty
        if is_vault(raw):
            needed = vault_id_of(raw)
            if self._decrypt is None:
                raise StoreError(
                    f"credentials_file {self.path} is vault-encrypted (vault id {needed!r}) and this run has no "
                    f"vault secret: give the play its vault secret (e.g. --vault-id {needed}@prompt); the file "
                    "was left as it is and the portal was not touched"
                )
            try:
                raw = self._decrypt(raw)
            except Exception as exc:  # noqa: BLE001 - the vault's own error may quote the file
                raise StoreError(
                    f"credentials_file {self.path} is vault-encrypted (vault id {needed!r}) and none of this "
                    f"play's vault secrets opens it ({type(exc).__name__}); the file was left as it is and the "
                    "portal was not touched"
                ) from None
        elif self.encrypted and raw.strip():
            self.notice = "it is not encrypted; it is encrypted with the play's vault secret at the next write"
        try:
            data = json.loads(raw.decode("utf-8"))
        except Exception as exc:  # noqa: BLE001 - any parse error means "unknown"
            self.problem = f"cannot parse it ({type(exc).__name__})"
            return empty
        if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
            self.problem = "it is not a credentials file of this collection"
            return empty
        return data

    def refresh(self) -> None:
        """Read the file again (another run may have written it since: call once the key's lock is held)."""
        self.problem = None
        self._data = self._load()

    def find(self, ref: KeyRef, row: KeyRow) -> Credentials | None:
        """The credentials recorded for exactly this portal key (same name and creation date); none
        when several keys were recorded with that date: which one the row is, nothing proves."""
        found = {
            (record["identifier"], record["secret"])
            for record in self._data["keys"].get(ref.slot(), [])
            if _matches(record, row) and record.get("identifier") and record.get("secret")
        }
        if len(found) != 1:
            return None
        identifier, secret = found.pop()
        return Credentials(identifier=identifier, secret=secret)

    def save(self, ref: KeyRef, row: KeyRow | None, credentials: Credentials) -> None:
        record = _record(ref, row, credentials)

        def change(data: dict[str, t.Any]) -> bool:
            slot = data["keys"].get(ref.slot(), [])
            data["keys"][ref.slot()] = [record, *[r for r in slot if r.get("identifier") != credentials.identifier]]
            return True

        self._update(change)

    def forget(self, ref: KeyRef, rows: t.Iterable[KeyRow], keep: Credentials | None = None) -> None:
        """Drop the records of revoked keys (their secrets no longer open anything).

        A key made in the same minute as one it replaces looks the same in the list, so the
        credentials just kept are named explicitly and never dropped.
        """
        rows = list(rows)

        def change(data: dict[str, t.Any]) -> bool:
            records = data["keys"].get(ref.slot(), [])
            kept = [
                r
                for r in records
                if (keep is not None and r.get("identifier") == keep.identifier)
                or not any(_matches(r, row) for row in rows)
            ]
            data["keys"][ref.slot()] = kept
            return len(kept) != len(records)

        self._update(change)

    def pending(self, ref: KeyRef) -> PendingRotation | None:
        records = self._data["keys"].get(ref.slot(), [])
        marked = {r.get("rotation"): r for r in records if r.get("rotation") in (CURRENT, PENDING_REVOCATION)}
        if len(marked) != 2:
            return None
        return PendingRotation(new=_stored(marked[CURRENT]), old=_stored(marked[PENDING_REVOCATION]))

    def stage(self, ref: KeyRef, staging: Staging) -> None:
        new, credentials, old, old_credentials = (
            staging.new,
            staging.credentials,
            staging.old,
            staging.old_credentials,
        )
        new_record = {**_record(ref, new, credentials), "rotation": CURRENT}
        old_record = {**_record(ref, old, old_credentials), "rotation": PENDING_REVOCATION}

        def change(data: dict[str, t.Any]) -> bool:
            slot = data["keys"].get(ref.slot(), [])
            rest = [
                {k: v for k, v in r.items() if k != "rotation"}
                for r in slot
                if r.get("identifier") != credentials.identifier
                and not (
                    _matches(r, old) and (old_credentials is None or r.get("identifier") == old_credentials.identifier)
                )
            ]
            data["keys"][ref.slot()] = [new_record, old_record, *rest]
            return True

        self._update(change)

    def settle(self, ref: KeyRef, outcome: str) -> None:
        dropped = PENDING_REVOCATION if outcome == "finished" else CURRENT

        def change(data: dict[str, t.Any]) -> bool:
            records = data["keys"].get(ref.slot(), [])
            kept = [
                {k: v for k, v in r.items() if k != "rotation"}
                for r in records
                if r.get("rotation") != dropped and r.get("secret")
            ]
            data["keys"][ref.slot()] = kept
            return kept != records

        self._update(change)

    def _update(self, change: t.Callable[[dict[str, t.Any]], bool]) -> None:
        """Re-read the file under its lock, apply `change` (True: something changed), write it.
        Another run may have written its own key's record since this one read the file."""
        try:
            with key_lock(["credentials file", self.path], WRITE_LOCK_TIMEOUT_S):
                self.problem = None
                self._data = self._load()
                if change(self._data):
                    self._write()
        except LockError as exc:
            raise StoreError(f"could not lock the credentials file {self.path}: {exc}") from None

    def _write(self) -> None:
        directory = os.path.dirname(self.path)
        try:
            if self.problem and os.path.exists(self.path):
                # Never overwrite a file we could not read: it may hold other keys' secrets.
                stamp = datetime.datetime.now().strftime("%Y%m%dT%H%M%S")
                os.makedirs(directory, mode=0o700, exist_ok=True)
                os.replace(self.path, f"{self.path}.unreadable-{stamp}")
                self.problem = None
            payload = self._encrypt(json.dumps(self._data, indent=2, ensure_ascii=False).encode("utf-8"))
            write_private(self.path, payload, sync=True)
        except Exception as exc:  # noqa: BLE001 - reported without the payload
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            raise StoreError(f"could not write the credentials file {self.path}: {reason}") from None


def _record(ref: KeyRef, row: KeyRow | None, credentials: Credentials | None) -> dict[str, t.Any]:
    return {
        "portal": ref.portal,
        "tiers": ref.tiers,
        "service": ref.service,
        "name": ref.name,
        "created_at": row.created_at.isoformat() if row and row.created_at else None,
        # As the list shows it: the identity of a key whose date cannot be read as one date.
        "created_raw": row.created_raw if row else "",
        "created_by": row.created_by if row else "",
        "identifier": credentials.identifier if credentials else None,
        "secret": credentials.secret if credentials else None,
        "stored_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }


def _stored(record: t.Mapping[str, t.Any]) -> StoredKey:
    try:
        created = datetime.datetime.fromisoformat(record["created_at"]) if record.get("created_at") else None
    except (TypeError, ValueError):
        created = None
    identifier, secret = record.get("identifier"), record.get("secret")
    credentials = Credentials(identifier, secret) if identifier and secret else None
    return StoredKey(created, str(record.get("created_by") or ""), identifier, credentials)


def _matches(record: t.Mapping[str, t.Any], row: KeyRow) -> bool:
    """The same name and creation date; where the date cannot be read as one date (12/06/2026 on an
    English list), the same date as the list shows it; where the list shows no date, the start of
    the identifier it shows masked ("CHQN••••")."""
    if record.get("name") != row.name:
        return False
    if row.created_at is not None:
        return record.get("created_at") == row.created_at.isoformat()
    if row.created_raw.strip():
        return record.get("created_raw") == row.created_raw
    prefix = shown_prefix(row)
    return bool(prefix) and str(record.get("identifier") or "").startswith(prefix)
