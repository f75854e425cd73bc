# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""What every credentials store is: the `CredentialStore` protocol the run talks to, and the values
it exchanges with a store (which key, what was kept, a staged rotation under way).

The stores themselves are one file each (`_storage/file_store.py`: the credentials file), made known to
the run by one line in `_storage.store_registry.STORES`.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import typing as t

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import Credentials, KeyRow
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions


class StoreError(Exception):
    """The store cannot be used or written (its message never holds a secret)."""


class KeyRef(t.NamedTuple):
    portal: str
    tiers: str
    service: str
    name: str

    def slot(self) -> str:
        return json.dumps([self.portal.rstrip("/"), self.tiers, self.service, self.name], ensure_ascii=False)


@dataclasses.dataclass(frozen=True)
class StoredKey:
    """A key as the store recorded it (the secret may be unknown)."""

    created_at: datetime.datetime | None
    created_by: str
    identifier: str | None
    credentials: Credentials | None = dataclasses.field(repr=False, default=None)


@dataclasses.dataclass(frozen=True)
class PendingRotation:
    """A staged rotation the store records: both keys are Active, `new` is the current one."""

    new: StoredKey
    old: StoredKey


@dataclasses.dataclass(frozen=True)
class Staging:
    """A staged rotation to record: the new key (`new`: its row, None until the list shows it) is the
    current one, the old key awaits revocation (its credentials when known)."""

    new: KeyRow | None
    credentials: Credentials = dataclasses.field(repr=False)
    old: KeyRow
    old_credentials: Credentials | None = dataclasses.field(repr=False, default=None)


class CredentialStore(t.Protocol):
    """Where a key's one-time secret is kept so that every later run can return it. The run, and
    staged rotation, talk only to this; a new kind of store (a secrets manager) is one class with
    these members, and one line in `_storage.store_registry.STORES`."""

    where: str  # how messages name it: "credentials_file /home/me/credentials.json"
    problem: str | None  # why what was kept could not be read (the secret is then unknown)
    notice: str | None  # something worth a warning that is no problem

    def refresh(self) -> None:
        """Read again what another run may have written (called once the key's lock is held)."""

    def find(self, ref: KeyRef, row: KeyRow) -> Credentials | None:
        """The credentials kept for exactly this portal key (same name and creation date)."""

    def save(self, ref: KeyRef, row: KeyRow | None, credentials: Credentials) -> None:
        """Keep them (raises StoreError when it cannot, the run then revokes the new key)."""

    def forget(self, ref: KeyRef, rows: t.Iterable[KeyRow], keep: Credentials | None = None) -> None:
        """Drop what revoked keys had (their secrets open nothing any more)."""

    def pending(self, ref: KeyRef) -> PendingRotation | None:
        """The staged rotation recorded for this key name, if one is under way."""

    def stage(self, ref: KeyRef, staging: Staging) -> None:
        """Keep the new key's credentials as current and the old key as awaiting revocation, in one
        write (raises StoreError when it cannot, the run then revokes the new key)."""

    def settle(self, ref: KeyRef, outcome: str) -> None:
        """End the staged rotation: "finished" drops the old key's record, "rolled_back" the new one's
        (the old key is current again)."""


class Encryption(t.Protocol):
    """Encryption at rest that the run offers a store: on the controller, the play's vault secrets
    (the action plugin's VaultCodec). A store that keeps its secrets elsewhere ignores it."""

    def encrypt(self, data: bytes) -> bytes:
        """The data as the store is to keep it."""

    def decrypt(self, data: bytes) -> bytes:
        """The data as it was given (raises when none of the secrets opens it)."""

    def change(self) -> str | None:
        """What to say when the next write moves the data to another secret (else None)."""


@dataclasses.dataclass(frozen=True)
class StoreRequest:
    """What a store is opened with: the task's options (the file store reads `credentials_file`),
    the store's own settings (`credentials_store_options`), and the encryption the run offers, as a
    call that is made only by a store that wants it (it may fail: a vault id the play lacks)."""

    options: KeyOptions
    settings: t.Mapping[str, t.Any]
    encryption: t.Callable[[], Encryption | None] | None = None
