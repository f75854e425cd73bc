"""A credentials store is one class and one registration (issue 22 §3): a store defined here, kept in
memory, is plugged in with one entry in `_storage.store_registry.STORES` and chosen with the generic option
`credentials_store`; a whole staged rotation (phase 1, a rerun, phase 2) then runs through the real
ApiKeyRun / EnsureKey / staged rotation code, which talks only to the store protocol. Only the
portal's clicks are stood in for (generating and revoking a key); no credentials_file anywhere."""

from __future__ import annotations

import datetime
import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import TaskFailed
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, REVOKED, Credentials, KeyRow
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import KeyOptions
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage import store_registry as _store_registry
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.file_store import FileCredentialStore
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import (
    KeyRef,
    PendingRotation,
    Staging,
    StoredKey,
    StoreError,
    StoreRequest,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store_registry import STORES, StoreKind
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks import ensure_key as _ensure_key
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.api_key import (
    ApiKeyRun,
    argument_spec,
    input_problems,
)

OLD_DATE = datetime.datetime(2024, 1, 2, 3, 4)
OLD = Credentials("OLDIDENTIFIER000000000000", "b2xkc2VjcmV0b2xkc2VjcmV0b2xkc2VjcmV0b2xkMDA=")
NEW = Credentials("NEWIDENTIFIER000000000000", "bmV3c2VjcmV0bmV3c2VjcmV0bmV3c2VjcmV0bmV3MDA=")


class MemoryStore:
    """A CredentialStore kept in a dict: what a second store needs to be, and nothing more."""

    def __init__(self, settings: t.Mapping[str, t.Any]) -> None:
        self.where = f"credentials_store memory {settings.get('label', '')}".strip()
        self.problem: str | None = None
        self.notice: str | None = None
        self.records: dict[str, list[dict[str, t.Any]]] = {}

    def refresh(self) -> None:
        pass

    def find(self, ref: KeyRef, row: KeyRow) -> Credentials | None:
        found = [r["credentials"] for r in self.records.get(ref.slot(), []) if r["row"] == _look(row)]
        return found[0] if len(found) == 1 and found[0] is not None else None

    def save(self, ref: KeyRef, row: KeyRow | None, credentials: Credentials) -> None:
        rest = [r for r in self.records.get(ref.slot(), []) if r["credentials"] != credentials]
        self.records[ref.slot()] = [{"row": _look(row), "credentials": credentials, "mark": None}, *rest]

    def forget(self, ref: KeyRef, rows: t.Iterable[KeyRow], keep: Credentials | None = None) -> None:
        gone = {_look(row) for row in rows}
        self.records[ref.slot()] = [
            r for r in self.records.get(ref.slot(), []) if r["row"] not in gone or r["credentials"] == keep
        ]

    def pending(self, ref: KeyRef) -> PendingRotation | None:
        marked = {r["mark"]: r for r in self.records.get(ref.slot(), []) if r["mark"]}
        if set(marked) != {"new", "old"}:
            return None
        return PendingRotation(new=_stored(marked["new"]), old=_stored(marked["old"]))

    def stage(self, ref: KeyRef, staging: Staging) -> None:
        self.records[ref.slot()] = [
            {"row": _look(staging.new), "credentials": staging.credentials, "mark": "new"},
            {"row": _look(staging.old), "credentials": staging.old_credentials, "mark": "old"},
        ]

    def settle(self, ref: KeyRef, outcome: str) -> None:
        dropped = "old" if outcome == "finished" else "new"
        kept = [r for r in self.records.get(ref.slot(), []) if r["mark"] != dropped]
        self.records[ref.slot()] = [{**r, "mark": None} for r in kept]


def _look(row: KeyRow | None) -> tuple[str, datetime.datetime | None] | None:
    return (row.name, row.created_at) if row is not None else None


def _stored(record: dict[str, t.Any]) -> StoredKey:
    created = record["row"][1] if record["row"] else None
    credentials = record["credentials"]
    return StoredKey(created, "", credentials.identifier if credentials else None, credentials)


class FakePortal:
    """The key list only: a generation adds a row, a revocation marks one Revoked."""

    retries = 0

    def __init__(self) -> None:
        self.rows = [KeyRow("app", OLD_DATE, "Deltumeau Vincent", created_raw="02/01/2024 03:04")]
        self.made: list[Credentials] = [NEW]

    def read_active(self, name: str) -> list[KeyRow]:
        return [r for r in self.rows if r.status == ACTIVE and (not name or r.name == name)]


class FakeGeneration:
    """_tasks.generation.Generation's part of the run: 'Générer' clicked, the one-time panel read."""

    def __init__(self, session: t.Any, options: KeyOptions, name: str) -> None:
        self.name, self.generated, self.waited = name, False, None

    def generate(self, portal: FakePortal, listed: list[KeyRow]) -> tuple[Credentials, list[KeyRow]]:
        now = datetime.datetime.now().replace(second=0, microsecond=0)
        portal.rows.append(KeyRow(self.name, now, "Deltumeau Vincent", created_raw=now.strftime("%d/%m/%Y %H:%M")))
        self.generated = True
        return portal.made.pop(0), listed


def _revoke(
    portal: FakePortal, name: str, targets: t.Sequence[KeyRow], keep: KeyRow | None, *rest: t.Any
) -> list[KeyRow]:
    """_tasks.revocation.revoke's part: 'Révoquer' on each target (never the kept key)."""
    done = []
    for i, row in enumerate(portal.rows):
        if row.status == ACTIVE and row != keep and any(row.look == target.look for target in targets):
            portal.rows[i] = KeyRow(row.name, row.created_at, row.created_by, REVOKED, row.created_raw)
            done.append(row)
    return done


@pytest.fixture
def memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, t.Any]:
    """The registration (one entry in STORES) and the stand-ins for the portal's clicks."""
    monkeypatch.setenv("CEGIDLIFE_LOCK_DIR", str(tmp_path / "locks"))
    opened: dict[str, t.Any] = {"requests": []}

    def open_memory(request: StoreRequest) -> MemoryStore:
        opened["requests"].append(request)
        if "store" not in opened:  # one store for the whole test: what a secrets manager would be
            opened["store"] = MemoryStore(request.settings)
        return opened["store"]

    monkeypatch.setitem(STORES, "memory", StoreKind(open_memory))
    monkeypatch.setattr(_ensure_key, "Generation", FakeGeneration)
    monkeypatch.setattr(_ensure_key, "revoke", _revoke)
    return opened


def _run(portal: FakePortal, warnings: list[str], **params: t.Any) -> dict[str, t.Any]:
    given = {
        "name": "app",
        "username": "admin@example.com",
        "password": "pw",
        "portal_url": "https://portal.example",
        "credentials_store": "memory",
        "credentials_store_options": {"label": "test"},
        "max_age": "90d",
        **params,
    }
    run = ApiKeyRun(given, check_mode=False, diff=False, warn=warnings.append)
    run.session.read_without_browser = lambda: None  # type: ignore[method-assign]
    run.session.browse = lambda work: work(portal)  # type: ignore[method-assign,assignment]
    return run.run()


def test_a_registered_store_carries_a_whole_staged_rotation(memory: dict[str, t.Any]) -> None:
    portal, warnings = FakePortal(), []
    old = {"identifier": OLD.identifier, "secret": OLD.secret}

    first = _run(portal, warnings, rotation="staged", current_credentials=old)
    assert first["action"] == "rotation_staged" and first["changed"] is True, first
    assert first["credentials"]["identifier"] == NEW.identifier
    assert first["pending_revocation"]["credentials"]["identifier"] == OLD.identifier
    assert len(portal.read_active("app")) == 2  # make-before-break: the old key is still Active
    request = memory["requests"][0]
    assert request.settings == {"label": "test"} and request.options.credentials_file is None
    store: MemoryStore = memory["store"]
    ref = KeyRef("https://portal.example", "", "Loop APIkey", "app")
    pending = store.pending(ref)
    assert pending is not None and pending.new.credentials == NEW and pending.old.credentials == OLD

    again = _run(portal, warnings, rotation="staged")  # between the phases: nothing new, the same key
    assert again["action"] == "unchanged" and again["changed"] is False, again
    assert again["credentials"]["identifier"] == NEW.identifier
    assert again["pending_revocation"]["created_at"] == OLD_DATE.isoformat()

    done = _run(portal, warnings, finish_rotation=True)
    assert done["action"] == "rotation_finished" and done["changed"] is True, done
    assert [r.created_at for r in portal.read_active("app")] != [OLD_DATE]
    assert len(portal.read_active("app")) == 1
    assert store.pending(ref) is None
    assert store.find(ref, portal.read_active("app")[0]) == NEW
    assert not warnings, warnings


def test_a_registered_store_rolls_back_too(memory: dict[str, t.Any]) -> None:
    portal, warnings = FakePortal(), []
    _run(portal, warnings, rotation="staged", current_credentials={"identifier": OLD.identifier, "secret": OLD.secret})
    back = _run(portal, warnings, rollback_rotation=True)
    assert back["action"] == "rotation_rolled_back", back
    assert back["credentials"]["identifier"] == OLD.identifier
    assert [r.created_at for r in portal.read_active("app")] == [OLD_DATE]
    assert memory["store"].pending(KeyRef("https://portal.example", "", "Loop APIkey", "app")) is None


def _options(**params: t.Any) -> KeyOptions:
    return KeyOptions.from_params({"name": "app", "username": "u", "password": "p", **params}, argument_spec())


def test_the_store_is_chosen_by_name_and_an_unknown_one_is_refused(memory: dict[str, t.Any]) -> None:
    assert any(
        "credentials_store 'vault' is not a known store (known: file, memory)" in p
        for p in input_problems(_options(credentials_store="vault"))
    )
    assert input_problems(_options(credentials_store="memory", rotation="staged")) == []


def test_credentials_file_is_the_file_stores_own(memory: dict[str, t.Any], tmp_path: Path) -> None:
    """The default store is the credentials file, as before; its option belongs to it alone."""
    path = str(tmp_path / "c.json")
    assert isinstance(_store_registry.open_store(_options(credentials_file=path)), FileCredentialStore)
    assert _store_registry.open_store(_options()) is None  # no credentials_file: nothing kept, as before
    assert "credentials_file is an option of credentials_store=file, not of credentials_store=memory" in (
        input_problems(_options(credentials_store="memory", credentials_file=path))
    )
    staged = input_problems(_options(rotation="staged"))
    assert any(
        p.startswith("rotation=staged, finish_rotation and rollback_rotation need credentials_file") for p in staged
    )


def test_the_file_store_takes_no_settings(tmp_path: Path) -> None:
    options = _options(credentials_file=str(tmp_path / "c.json"), credentials_store_options={"mount": "kv"})
    with pytest.raises(StoreError, match="credentials_store=file takes none"):
        _store_registry.open_store(options)


def test_a_store_that_cannot_open_fails_the_task_before_the_portal(memory: dict[str, t.Any]) -> None:
    portal, warnings = FakePortal(), []
    with pytest.raises(TaskFailed, match="credentials_store=file takes none"):
        _run(
            portal,
            warnings,
            credentials_store="file",
            credentials_file="/nonexistent/c.json",
            credentials_store_options={"x": 1},
        )
    assert len(portal.rows) == 1
