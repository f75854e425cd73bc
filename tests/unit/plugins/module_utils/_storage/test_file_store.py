from __future__ import annotations

import dataclasses
import json
import os
import stat
import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import Credentials, KeyRow, parse_portal_date
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.file_store import FileCredentialStore
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import KeyRef, Staging, StoreError

REF = KeyRef("https://portal.example", "95943 FUTUROSCOPE CEDEX", "Loop APIkey", "app")
OLD = Credentials("OLDIDENTIFIER000000000000", "b2xkc2VjcmV0b2xkc2VjcmV0b2xkc2VjcmV0b2xkMDA=")
NEW = Credentials("NEWIDENTIFIER000000000000", "bmV3c2VjcmV0bmV3c2VjcmV0bmV3c2VjcmV0bmV3MDA=")


@pytest.fixture(autouse=True)
def _locks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEGIDLIFE_LOCK_DIR", str(tmp_path / "locks"))


def row(when: str = "26/11/2026 20:41") -> KeyRow:
    return KeyRow("app", parse_portal_date(when), "Deltumeau Vincent", created_raw=when)


def test_save_is_private_and_found_again(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "creds.json"
    FileCredentialStore(str(path)).save(REF, row(), OLD)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert FileCredentialStore(str(path)).find(REF, row()) == OLD
    assert FileCredentialStore(str(path)).find(REF, row("26/11/2026 20:42")) is None  # stale: another key
    assert FileCredentialStore(str(path)).find(REF._replace(tiers="other"), row()) is None


def test_a_key_whose_date_is_no_one_date_is_found_by_the_date_as_shown(tmp_path: Path) -> None:
    """12/06/2026 on an English list (day or month first?) is never read as a date; the same text
    shown for the same key is still its identity, so its secret is found again."""
    unproven = KeyRow("app", None, "", created_raw="12/06/2026 3:04 PM")
    store = FileCredentialStore(str(tmp_path / "c.json"))
    store.save(REF, unproven, OLD)
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, unproven) == OLD
    other = dataclasses.replace(unproven, created_raw="12/06/2026 3:05 PM")
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, other) is None
    blank = dataclasses.replace(unproven, created_raw="")
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, blank) is None


def test_a_key_listed_with_no_date_is_found_by_the_start_of_its_identifier(tmp_path: Path) -> None:
    """A list that shows no date (name, "OLDI••••••••", status): the identifier's start it shows is,
    with the name, the key's identity; another key of that name shows another start."""
    listed = KeyRow("app", None, "", shown=(("ID", "OLDI\u2022\u2022\u2022\u2022\u2022\u2022"),))
    store = FileCredentialStore(str(tmp_path / "c.json"))
    store.save(REF, listed, OLD)
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, listed) == OLD
    other = dataclasses.replace(listed, shown=(("ID", "NEWI\u2022\u2022\u2022\u2022"),))
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, other) is None
    too_short = dataclasses.replace(listed, shown=(("ID", "OL\u2022\u2022\u2022\u2022"),))
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, too_short) is None
    nothing = dataclasses.replace(listed, shown=())
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, nothing) is None


def test_rotation_in_the_same_minute_keeps_the_new_record(tmp_path: Path) -> None:
    store = FileCredentialStore(str(tmp_path / "c.json"))
    store.save(REF, row(), OLD)
    store.save(REF, row(), NEW)  # same name, same minute: a look-alike
    store.forget(REF, [row()], keep=NEW)
    assert FileCredentialStore(str(tmp_path / "c.json")).find(REF, row()) == NEW


def test_unreadable_file_is_unknown_and_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text("not json")
    store = FileCredentialStore(str(path))
    assert store.problem and "parse" in store.problem and store.find(REF, row()) is None
    store.save(REF, row(), NEW)
    aside = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert len(aside) == 1 and aside[0].read_text() == "not json"
    assert json.loads(path.read_text())["keys"]


def _vault(password: str, vault_id: str = "default") -> tuple[t.Callable[[bytes], bytes], t.Callable[[bytes], bytes]]:
    """ansible-vault's own encrypt and decrypt with one secret, as the action plugin passes them."""
    from ansible.parsing.vault import VaultLib, VaultSecret

    secret = VaultSecret(password.encode())
    vault = VaultLib([(vault_id, secret)])
    return (lambda data: vault.encrypt(data, secret=secret, vault_id=vault_id)), vault.decrypt


def test_codec_round_trip_and_write_failure_names_no_secret(tmp_path: Path) -> None:
    encrypt, decrypt = _vault("pw")
    path = tmp_path / "c.bin"
    FileCredentialStore(str(path), encrypt=encrypt, decrypt=decrypt).save(REF, row(), NEW)
    assert NEW.secret.encode() not in path.read_bytes() and path.read_bytes().startswith(b"$ANSIBLE_VAULT;")
    assert FileCredentialStore(str(path), encrypt=encrypt, decrypt=decrypt).find(REF, row()) == NEW
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as err:
        FileCredentialStore(str(blocker / "c.json")).save(REF, row(), NEW)
    assert NEW.secret not in str(err.value) and os.path.basename(str(blocker)) in str(err.value)


def test_runs_for_different_keys_sharing_the_file_keep_each_others_records(tmp_path: Path) -> None:
    # Two runs (forks of a play) open the file before either has written its new key's record.
    path = str(tmp_path / "c.json")
    first, second = FileCredentialStore(path), FileCredentialStore(path)
    other, other_row = REF._replace(name="other"), dataclasses.replace(row(), name="other")
    first.save(REF, row(), OLD)
    second.save(other, other_row, NEW)
    assert FileCredentialStore(path).find(REF, row()) == OLD
    assert FileCredentialStore(path).find(other, other_row) == NEW
    first.forget(REF, [row()])  # forgetting one key's record keeps the other's
    assert FileCredentialStore(path).find(REF, row()) is None
    assert FileCredentialStore(path).find(other, other_row) == NEW


def test_an_encrypted_file_is_never_replaced_by_a_plain_one(tmp_path: Path) -> None:
    """Without the vault secret (or with another one) the run fails before anything, naming the
    vault id, and the file stays as it was."""
    encrypt, decrypt = _vault("pw", "prod")
    path = tmp_path / "c.vault"
    FileCredentialStore(str(path), encrypt=encrypt, decrypt=decrypt).save(REF, row(), NEW)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="vault-encrypted \\(vault id 'prod'\\) and this run has no vault secret"):
        FileCredentialStore(str(path))
    other_encrypt, other_decrypt = _vault("another", "prod")
    with pytest.raises(StoreError, match="none of this play's vault secrets opens it"):
        FileCredentialStore(str(path), encrypt=other_encrypt, decrypt=other_decrypt)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir() if p.name.startswith("c.")] == [
        "c.vault"
    ]


def test_a_plain_file_where_encryption_is_expected_is_said_and_encrypted_at_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "c.vault"
    FileCredentialStore(str(path)).save(REF, row(), OLD)
    assert OLD.secret.encode() in path.read_bytes()
    encrypt, decrypt = _vault("pw")
    store = FileCredentialStore(str(path), encrypt=encrypt, decrypt=decrypt)
    assert store.notice and "not encrypted" in store.notice and store.find(REF, row()) == OLD
    store.save(REF, row("26/11/2026 20:42"), NEW)
    data = path.read_bytes()
    assert data.startswith(b"$ANSIBLE_VAULT;") and OLD.secret.encode() not in data and NEW.secret.encode() not in data


def test_a_file_others_may_write_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    FileCredentialStore(str(path)).save(REF, row(), OLD)
    os.chmod(path, 0o666)
    with pytest.raises(StoreError, match="other users may write it"):
        FileCredentialStore(str(path))


@pytest.mark.parametrize(
    ("mode", "who"),
    [(0o644, "its group and every user"), (0o640, "its group"), (0o604, "every user")],
    ids=["0644", "0640", "0604"],
)
def test_a_file_others_may_read_is_said_and_left_0600_by_the_next_write(tmp_path: Path, mode: int, who: str) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"version": 1, "keys": {}}')  # made by hand, or copied, under a loose umask
    os.chmod(path, mode)
    store = FileCredentialStore(str(path))
    assert (
        store.notice
        == f"{who} may read it (mode {mode:04o}): `chmod 600` it; the next write by this module leaves it 0600"
    )
    store.save(REF, row(), OLD)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileCredentialStore(str(path)).notice is None


def test_staged_rotation_records_both_keys_and_settles(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    store = FileCredentialStore(str(path))
    old_row, new_row = row("01/01/2026 10:00"), row()
    store.save(REF, old_row, OLD)
    store.stage(REF, Staging(new_row, NEW, old_row, OLD))
    again = FileCredentialStore(str(path))  # what the next run reads
    pending = again.pending(REF)
    assert pending is not None and pending.new.credentials == NEW and pending.old.credentials == OLD
    assert pending.old.created_at == old_row.created_at and pending.new.created_at == new_row.created_at
    assert again.find(REF, new_row) == NEW and again.find(REF, old_row) == OLD
    assert again.pending(REF._replace(name="other")) is None

    again.settle(REF, "finished")
    done = FileCredentialStore(str(path))
    assert done.pending(REF) is None and done.find(REF, old_row) is None and done.find(REF, new_row) == NEW
    assert [r.get("rotation") for r in json.loads(path.read_text())["keys"][REF.slot()]] == [None]


def test_rolled_back_rotation_makes_the_old_key_current(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    store = FileCredentialStore(str(path))
    old_row = row("01/01/2026 10:00")
    store.stage(REF, Staging(row(), NEW, old_row, OLD))
    store.settle(REF, "rolled_back")
    back = FileCredentialStore(str(path))
    assert back.pending(REF) is None and back.find(REF, old_row) == OLD and back.find(REF, row()) is None


def test_staged_rotation_with_an_unknown_old_secret(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    FileCredentialStore(str(path)).stage(REF, Staging(row(), NEW, row("01/01/2026 10:00"), None))
    pending = FileCredentialStore(str(path)).pending(REF)
    assert pending is not None and pending.old.credentials is None and pending.new.credentials == NEW
    # Settling drops the record that holds no secret.
    FileCredentialStore(str(path)).settle(REF, "finished")
    assert len(json.loads(path.read_text())["keys"][REF.slot()]) == 1
