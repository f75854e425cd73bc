# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The credentials file: where a key's one-time secret is kept so every later run can return it.

One JSON document holds many keys, keyed by (portal, tiers, service, name). Writes are atomic
(temporary file + rename) with mode 0600 in a 0700 directory, and each is a read-modify-write under
a lock of the file, so runs for different keys sharing one file (forks of a play) never drop each
other's records. Encryption at rest is pluggable: the action plugin passes ansible-vault's
encrypt/decrypt; the bare module writes plain JSON.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import tempfile
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import Credentials, KeyRow
from ansible_collections.cegid.cegidlife.plugins.module_utils._lock import LockTimeout, key_lock

FORMAT_VERSION = 1
# A write holds the file's lock for milliseconds; this much waiting means something is stuck.
WRITE_LOCK_TIMEOUT_S = 120.0

Codec = t.Callable[[bytes], bytes]


class StoreError(Exception):
    """The credentials file could not be written (its message never holds a secret)."""


def _identity(data: bytes) -> bytes:
    return data


class KeyRef(t.NamedTuple):
    portal: str
    tiers: str
    service: str
    name: str

    def slot(self) -> str:
        return json.dumps([self.portal.rstrip("/"), self.tiers, self.service, self.name], ensure_ascii=False)


class CredentialStore:
    """Read once, look up, write atomically. A file it cannot read is 'secret unknown', never a crash."""

    def __init__(
        self,
        path: str,
        *,
        encrypt: Codec = _identity,
        decrypt: Codec = _identity,
        is_encrypted: t.Callable[[bytes], bool] = lambda data: False,
    ) -> None:
        self.path = os.path.abspath(os.path.expanduser(path))
        self._encrypt = encrypt
        self._decrypt = decrypt
        self._is_encrypted = is_encrypted
        self.problem: str | None = None  # why the file could not be read, if it could not
        self._data = self._load()

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
        try:
            data = json.loads(self._decrypt(raw).decode("utf-8"))
        except Exception as exc:  # noqa: BLE001 - any decryption or parse error means "unknown"
            self.problem = f"cannot decrypt or parse it ({type(exc).__name__})"
            return empty
        if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
            self.problem = "it is not a credentials file of this collection"
            return empty
        return data

    def find(self, ref: KeyRef, row: KeyRow) -> Credentials | None:
        """The credentials recorded for exactly this portal key (same name and creation date)."""
        for record in self._data["keys"].get(ref.slot(), []):
            if _matches(record, row) and record.get("identifier") and record.get("secret"):
                return Credentials(identifier=record["identifier"], secret=record["secret"])
        return None

    def save(self, ref: KeyRef, row: KeyRow | None, credentials: Credentials, created_by: str = "") -> None:
        record = {
            "portal": ref.portal,
            "tiers": ref.tiers,
            "service": ref.service,
            "name": ref.name,
            "created_at": row.created_at.isoformat() if row and row.created_at else None,
            "created_by": row.created_by if row else created_by,
            "identifier": credentials.identifier,
            "secret": credentials.secret,
            "stored_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        }

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

    def _update(self, change: t.Callable[[dict[str, t.Any]], bool]) -> None:
        """Re-read the file under its lock, apply `change` (True: something changed), write it.
        Another run may have written its own key's record since this one read the file."""
        try:
            with key_lock(["credentials file", self.path], WRITE_LOCK_TIMEOUT_S):
                self.problem = None
                self._data = self._load()
                if change(self._data):
                    self._write()
        except LockTimeout as exc:
            raise StoreError(f"could not lock the credentials file {self.path}: {exc}") from None
        except OSError as exc:
            raise StoreError(f"could not lock the credentials file {self.path}: {exc.strerror}") from None

    def _write(self) -> None:
        directory = os.path.dirname(self.path)
        try:
            os.makedirs(directory, mode=0o700, exist_ok=True)
            if self.problem and os.path.exists(self.path):
                # Never overwrite a file we could not read: it may hold other keys' secrets.
                stamp = datetime.datetime.now().strftime("%Y%m%dT%H%M%S")
                os.replace(self.path, f"{self.path}.unreadable-{stamp}")
                self.problem = None
            payload = self._encrypt(json.dumps(self._data, indent=2, ensure_ascii=False).encode("utf-8"))
            fd, tmp = tempfile.mkstemp(prefix=".cegidlife-", dir=directory)
            try:
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(payload)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported without the payload
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            raise StoreError(f"could not write the credentials file {self.path}: {reason}") from None


def _matches(record: t.Mapping[str, t.Any], row: KeyRow) -> bool:
    if record.get("name") != row.name or row.created_at is None:
        return False
    return record.get("created_at") == row.created_at.isoformat()
