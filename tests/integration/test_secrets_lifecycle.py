"""The secret's lifecycle: persisted before success, returned on every run, vault-encrypted,
rotated make-before-break, and never a key whose secret nobody has."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.integration.conftest import Portal, assert_clean_failure, sha256

VAULT_PASSWORD = "vault-pass-for-tests-7Hq2"


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "vault-pass.txt"
    path.write_text(VAULT_PASSWORD + "\n")
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_plain_file_0600_and_credentials_on_every_run(portal: Portal, tmp_path: Path) -> None:
    creds_file = tmp_path / "private" / "creds.json"
    first = portal.run(name="persisted", credentials_file=str(creds_file))
    assert first.result["action"] == "created", first.output
    assert _mode(creds_file) == 0o600 and _mode(creds_file.parent) == 0o700
    stored = json.loads(creds_file.read_text())
    [record] = [r for records in stored["keys"].values() for r in records]
    assert record["identifier"] == first.result["credentials"]["identifier"]
    assert record["created_at"] == first.result["key"]["created_at"]

    second = portal.run(name="persisted", credentials_file=str(creds_file))
    assert second.result["changed"] is False and second.result["action"] == "unchanged"
    assert second.result["secret_available"] is True
    assert second.result["credentials"] == first.result["credentials"]
    assert portal.loop_api(second.result["credentials"]["x_apikey"]) == 200

    # Another key in the same file: both kept.
    portal.run(name="persisted-2", credentials_file=str(creds_file))
    assert len(json.loads(creds_file.read_text())["keys"]) == 2
    assert (
        portal.run(name="persisted", credentials_file=str(creds_file)).result["credentials"]
        == first.result["credentials"]
    )


def test_vault_encrypted_file(portal: Portal, tmp_path: Path, vault_file: Path) -> None:
    creds_file = tmp_path / "creds.vault"
    vault = ["--vault-password-file", str(vault_file)]
    first = portal.run(name="vaulted", credentials_file=str(creds_file), extra_args=vault)
    assert first.result["action"] == "created", first.output
    raw = creds_file.read_text()
    assert raw.startswith("$ANSIBLE_VAULT;")
    assert first.result["credentials"]["secret"] not in raw and first.result["credentials"]["identifier"] not in raw

    again = portal.run(name="vaulted", credentials_file=str(creds_file), extra_args=vault)
    assert again.result["credentials"] == first.result["credentials"], again.output

    # Without the vault secret the task fails before the portal, naming the vault id it needs, and
    # the encrypted file is never replaced by a plain one.
    blind = portal.run(name="vaulted", credentials_file=str(creds_file))
    assert_clean_failure(blind, "is vault-encrypted (vault id 'default') and this run has no vault secret")
    assert creds_file.read_text() == raw, "a file it could not read was rewritten"

    named = portal.run(name="vaulted", credentials_file=str(creds_file), credentials_vault_id="prod", extra_args=vault)
    assert_clean_failure(named, "credentials_vault_id 'prod'", "no such vault secret")


@pytest.mark.extended  # scripts/test-extended's (CI's time); test_vault_encrypted_file covers the vault
def test_two_vault_ids_the_file_keeps_the_one_that_opened_it(portal: Portal, tmp_path: Path) -> None:
    """A play with several vault secrets writes the file back under the vault id that opened it (not
    under its first one, which a play with only the file's secret could no longer open); only
    credentials_vault_id moves it, with a warning."""
    alpha, beta = tmp_path / "alpha-pass.txt", tmp_path / "beta-pass.txt"
    alpha.write_text("alpha-pass-for-tests-9Kq\n")
    beta.write_text("beta-pass-for-tests-3Zm\n")
    only_beta = ["--vault-id", f"beta@{beta}"]
    both = ["--vault-id", f"alpha@{alpha}", *only_beta]
    creds_file = tmp_path / "creds.vault"
    first = portal.run(name="two-ids-1", credentials_file=str(creds_file), extra_args=only_beta)
    assert first.result["action"] == "created", first.output
    assert creds_file.read_text().startswith("$ANSIBLE_VAULT;1.2;AES256;beta\n")

    second = portal.run(name="two-ids-2", credentials_file=str(creds_file), extra_args=both)
    assert second.result["action"] == "created", second.output
    assert creds_file.read_text().startswith("$ANSIBLE_VAULT;1.2;AES256;beta\n"), "re-encrypted under another id"
    assert "vault id" not in second.output
    again = portal.run(name="two-ids-1", credentials_file=str(creds_file), extra_args=only_beta)
    assert again.result["credentials"] == first.result["credentials"], again.output

    moved = portal.run(
        name="two-ids-3", credentials_file=str(creds_file), credentials_vault_id="alpha", extra_args=both
    )
    assert moved.result["action"] == "created", moved.output
    assert creds_file.read_text().startswith("$ANSIBLE_VAULT;1.2;AES256;alpha\n")
    said = " ".join(moved.output.split())
    assert (
        f"credentials_file {creds_file}: it is encrypted with vault id 'beta' and credentials_vault_id is 'alpha'"
        in said
    )


def test_a_file_others_may_read_is_said_and_left_0600(portal: Portal, tmp_path: Path) -> None:
    creds_file = tmp_path / "creds.json"
    creds_file.write_text('{"version": 1, "keys": {}}')
    creds_file.chmod(0o644)
    run = portal.run(name="world-readable", credentials_file=str(creds_file))
    assert run.result["action"] == "created", run.output
    said = " ".join(run.output.split())
    assert f"credentials_file {creds_file}: its group and every user may read it (mode 0644)" in said, run.output
    assert _mode(creds_file) == 0o600
    quiet = portal.run(name="world-readable", credentials_file=str(creds_file))
    assert quiet.result["changed"] is False and "may read it" not in quiet.output, quiet.output


def test_unknown_secret_recreate_policies(portal: Portal, tmp_path: Path) -> None:
    portal.sim.plant_key(name="lost-secret", service="Loop APIkey", tiers_code="95943")
    creds_file = tmp_path / "creds.json"

    never = portal.run(name="lost-secret", credentials_file=str(creds_file))
    assert never.result["action"] == "unchanged" and never.result["secret_available"] is False
    assert "recreate=if_secret_missing" in never.output

    fail = portal.run(name="lost-secret", credentials_file=str(creds_file), recreate="fail")
    assert_clean_failure(fail, "secret is unknown", "recreate=if_secret_missing")

    [old] = portal.active("lost-secret")
    rotated = portal.run(name="lost-secret", credentials_file=str(creds_file), recreate="if_secret_missing")
    assert rotated.result["action"] == "rotated" and rotated.result["changed"] is True, rotated.output
    assert len(rotated.result["replaced_keys"]) == 1
    [new] = portal.active("lost-secret")
    assert new["identifier"] != old["identifier"]
    assert new["identifier"] == rotated.result["credentials"]["identifier"]
    assert (
        portal.run(name="lost-secret", credentials_file=str(creds_file)).result["credentials"]
        == rotated.result["credentials"]
    )


def test_current_credentials_are_returned(portal: Portal) -> None:
    planted = portal.sim.plant_key(name="kept-elsewhere", service="Loop APIkey", tiers_code="95943")
    given = {"identifier": planted["identifier"], "secret": planted["secret"]}
    run = portal.run(name="kept-elsewhere", current_credentials=given)
    assert (
        run.result["action"] == "unchanged"
        and run.result["credentials"]["x_apikey"] == f"{given['identifier']}:{given['secret']}"
    )


def test_max_age_rotates_make_before_break(portal: Portal, tmp_path: Path) -> None:
    planted = portal.sim.plant_key(
        name="aging", service="Loop APIkey", tiers_code="95943", created_at="2024-01-02T03:04:00"
    )
    old_x = f"{planted['identifier']}:{planted['secret']}"
    young = portal.run(
        name="aging",
        max_age="10000d",
        current_credentials={"identifier": planted["identifier"], "secret": planted["secret"]},
    )
    assert young.result["action"] == "unchanged", young.output

    run = portal.run(name="aging", max_age="90d", credentials_file=str(tmp_path / "c.json"))
    assert run.result["action"] == "rotated", run.output
    assert "older than max_age" in run.result["rotation_reason"]
    assert run.result["replaced_keys"][0]["created_at"] == "2024-01-02T03:04:00"
    assert portal.loop_api(old_x) == 401 and portal.loop_api(run.result["credentials"]["x_apikey"]) == 200
    assert len(portal.active("aging")) == 1


def test_persist_failure_revokes_the_new_key_and_keeps_the_old(portal: Portal, tmp_path: Path) -> None:
    planted = portal.sim.plant_key(
        name="unpersistable", service="Loop APIkey", tiers_code="95943", created_at="2023-05-06T07:08:00"
    )
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the credentials directory should be")
    run = portal.run(name="unpersistable", max_age="30d", credentials_file=str(blocker / "creds.json"))
    assert_clean_failure(run, "could not write the credentials file", "was revoked again", "older key is untouched")
    [still] = portal.active("unpersistable")
    assert still["identifier"] == planted["identifier"]
    assert portal.loop_api(f"{planted['identifier']}:{planted['secret']}") == 200
    assert len([k for k in portal.sim.keys() if k["name"] == "unpersistable"]) == 2  # the new one, revoked


def test_duplicates_fail_or_keep_newest(portal: Portal) -> None:
    portal.sim.plant_key(name="twins", service="Loop APIkey", tiers_code="95943", created_at="2025-01-01T10:00:00")
    newest = portal.sim.plant_key(
        name="twins", service="Loop APIkey", tiers_code="95943", created_at="2025-02-01T10:00:00"
    )
    failed = portal.run(name="twins")
    assert_clean_failure(failed, "2 Active keys are named 'twins'", "01/01/2025", "on_duplicates=keep_newest")
    kept = portal.run(name="twins", on_duplicates="keep_newest")
    assert kept.result["changed"] is True and kept.result["action"] == "unchanged", kept.output
    assert [k["identifier"] for k in portal.active("twins")] == [newest["identifier"]]
    assert kept.result["replaced_keys"][0]["created_at"] == "2025-01-01T10:00:00"


def test_output_is_censored_but_register_holds_the_credentials(portal: Portal, tmp_path: Path) -> None:
    hidden = portal.run(name="censored", show_credentials=False)
    assert not hidden.failed, hidden.output
    assert "censored" in hidden.output
    [record] = portal.active("censored")
    assert record["identifier"] not in hidden.output

    out = tmp_path / "registered.txt"
    playbook = tmp_path / "register.yml"
    task = {
        "cegid.cegidlife.cegidlife_api_key": portal.args(
            name="censored",
            show_credentials=False,
            credentials_file=str(tmp_path / "c.json"),
            recreate="if_secret_missing",
        ),
        "register": "k",
    }
    write = {"ansible.builtin.copy": {"content": "{{ k.credentials.identifier }}", "dest": str(out), "mode": "0600"}}
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": [task, write]}]))
    from tests.support.ansible_cli import run_playbook

    run = run_playbook(playbook)
    assert run.rc == 0, run.output
    [record] = portal.active("censored")
    assert out.read_text() == record["identifier"]
    assert record["identifier"] not in run.output and sha256(out.read_text())
