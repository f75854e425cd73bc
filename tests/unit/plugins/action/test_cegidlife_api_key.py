"""The action plugin's vault codec: a credentials file is written back under the vault id that opened
it, whatever the order of the play's vault secrets; only credentials_vault_id moves it, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from ansible.parsing.vault import VaultLib, VaultSecret

from ansible_collections.cegid.cegidlife.plugins.action.cegidlife_api_key import VaultCodec
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import Credentials, KeyRow, parse_portal_date
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.file_store import (
    FileCredentialStore,
    vault_id_of,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.store import KeyRef

REF = KeyRef("https://portal.example", "95943", "Loop APIkey", "app")
ROW = KeyRow("app", parse_portal_date("26/11/2026 20:41"), "Deltumeau Vincent", created_raw="26/11/2026 20:41")
CREDS = Credentials("NEWIDENTIFIER000000000000", "bmV3c2VjcmV0bmV3c2VjcmV0bmV3c2VjcmV0bmV3MDA=")
# Two vault ids in one play, "alpha" first: ansible-vault's own choice for a new file.
SECRETS = [("alpha", VaultSecret(b"alpha-pass")), ("beta", VaultSecret(b"beta-pass"))]


@pytest.fixture(autouse=True)
def _locks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEGIDLIFE_LOCK_DIR", str(tmp_path / "locks"))


def _store(path: Path, asked: str | None = None) -> FileCredentialStore:
    codec = VaultCodec(SECRETS, asked)
    store = FileCredentialStore(str(path), encrypt=codec.encrypt, decrypt=codec.decrypt)
    store.notice = codec.change()  # as _storage.file_store.open_file_store adds it (the file is encrypted here)
    return store


def _beta_file(path: Path) -> None:
    beta = VaultLib([SECRETS[1]])
    path.write_bytes(beta.encrypt(b'{"version": 1, "keys": {}}', secret=SECRETS[1][1], vault_id="beta"))
    path.chmod(0o600)


def test_a_file_keeps_the_vault_id_that_opened_it(tmp_path: Path) -> None:
    path = tmp_path / "c.vault"
    _beta_file(path)
    store = _store(path)
    assert store.notice is None
    store.save(REF, ROW, CREDS)
    assert vault_id_of(path.read_bytes()) == "beta"
    assert VaultLib([SECRETS[1]]).decrypt(path.read_bytes())  # a play with only beta still opens it


def test_a_new_file_gets_the_plays_first_vault_id(tmp_path: Path) -> None:
    path = tmp_path / "c.vault"
    _store(path).save(REF, ROW, CREDS)
    assert vault_id_of(path.read_bytes()) == "alpha"


def test_credentials_vault_id_moves_it_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "c.vault"
    _beta_file(path)
    store = _store(path, asked="alpha")
    assert store.notice == (
        "it is encrypted with vault id 'beta' and credentials_vault_id is 'alpha': the next write "
        "re-encrypts it with 'alpha' (plays without that vault secret will no longer open it)"
    )
    store.save(REF, ROW, CREDS)
    assert vault_id_of(path.read_bytes()) == "alpha"
    assert _store(path, asked="alpha").notice is None
