# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The credentials stores a task can choose with `credentials_store`, by name.

A new store is one file (a class with the `_storage.store.CredentialStore` members and a function that
opens it from a `_storage.store.StoreRequest`) and one line in `STORES`. Its settings come from
`credentials_store_options`; the run, and staged rotation, only ever talk to the protocol.
"""

from __future__ import annotations

import dataclasses
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.file_store import open_file_store
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import StoreRequest

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
    from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import CredentialStore, Encryption


@dataclasses.dataclass(frozen=True)
class StoreKind:
    """A store the task can choose: how to open it, and the task option of its own without which
    the task keeps no credentials (the file store's `credentials_file`; None: always used once chosen)."""

    open: t.Callable[[StoreRequest], CredentialStore]
    option: str | None = None


DEFAULT_STORE = "file"  # the default of the credentials_store option (_tasks.api_key.argument_spec)
STORES: dict[str, StoreKind] = {
    "file": StoreKind(open_file_store, option="credentials_file"),
}


def store_problems(options: KeyOptions) -> list[str]:
    """A store that is not known, or another store's own option given."""
    chosen = options.credentials_store
    if chosen not in STORES:
        return [f"credentials_store {chosen!r} is not a known store (known: {', '.join(sorted(STORES))})"]
    return [
        f"{kind.option} is an option of credentials_store={name}, not of credentials_store={chosen}"
        for name, kind in sorted(STORES.items())
        if name != chosen and kind.option and getattr(options, kind.option, None)
    ]


def keeps_credentials(options: KeyOptions) -> bool:
    """Whether the task keeps credentials in a store (the chosen one, with its own option if it has one)."""
    kind = STORES.get(options.credentials_store)
    return kind is not None and (kind.option is None or bool(getattr(options, kind.option, None)))


def needed_for_a_store(options: KeyOptions) -> str:
    """What to give for the task to keep credentials, for messages: the chosen store's own option."""
    kind = STORES.get(options.credentials_store)
    return (kind.option if kind is not None else None) or "credentials_store"


def open_store(
    options: KeyOptions, encryption: t.Callable[[], Encryption | None] | None = None
) -> CredentialStore | None:
    """The chosen store, opened (raises StoreError), or None when the task keeps no credentials."""
    if not keeps_credentials(options):
        return None
    request = StoreRequest(options, dict(options.credentials_store_options or {}), encryption)
    return STORES[options.credentials_store].open(request)
