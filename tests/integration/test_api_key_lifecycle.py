"""cegidlife_api_key end to end: real `ansible`, real headless Chromium, the simulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.conftest import Portal, sha256
from tests.support.ansible_cli import run_playbook

NAME = "lifecycle-app"


@pytest.fixture(scope="module")
def created(portal: Portal) -> dict:
    """Check mode first (must change nothing), then the real creation."""
    check = portal.run(check=True, name=NAME)
    assert not check.failed, check.output
    assert check.result["changed"] is True and check.result["action"] == "created"
    assert "credentials" not in check.result
    assert portal.active(NAME) == [], "check mode clicked 'Générer'"

    run = portal.run(name=NAME)
    assert not run.failed, run.output
    return run.result


def test_create_returns_the_simulators_credentials_and_they_authenticate(portal: Portal, created: dict) -> None:
    assert created["changed"] is True and created["action"] == "created"
    [record] = portal.active(NAME)
    creds = created["credentials"]
    assert creds["identifier"] == record["identifier"]
    assert sha256(creds["secret"]) == record["secret_sha256"]
    assert creds["x_apikey"] == f"{creds['identifier']}:{creds['secret']}"
    assert len(creds["identifier"]) == 25 and len(creds["secret"]) == 44
    assert created["key"]["name"] == NAME and created["key"]["status"] == "active"
    assert created["key"]["created_at"].startswith(record["created_at"][:16])
    assert created["key"]["created_by"] == "Deltumeau Vincent"
    assert created["tiers"] == "95943 FUTUROSCOPE CEDEX" and created["service"] == "Loop APIkey"
    assert portal.loop_api(creds["x_apikey"]) == 200


def test_rerun_is_unchanged_and_returns_no_secret(portal: Portal, created: dict) -> None:
    run = portal.run(name=NAME)
    assert not run.failed, run.output
    assert run.result["changed"] is False and run.result["action"] == "unchanged"
    assert "credentials" not in run.result
    assert run.result["key"] == created["key"]
    assert len(portal.active(NAME)) == 1


def test_diff_shows_metadata_never_the_secret(portal: Portal, created: dict, tmp_path: Path) -> None:
    playbook = tmp_path / "diff.yml"
    task = {"cegid.cegidlife.cegidlife_api_key": portal.args(name=NAME, state="absent")}
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": [task]}]))
    run = run_playbook(playbook, check=True, diff=True)
    assert run.rc == 0, run.output
    assert f'-    "name": "{NAME}",' in run.stdout and '-    "status": "active",' in run.stdout
    assert run.recap()["changed"] == 1
    assert created["credentials"]["secret"] not in run.output and portal.sim.keys()
    assert len(portal.active(NAME)) == 1, "check mode clicked 'Révoquer'"


def test_absent_revokes_then_is_unchanged_and_the_api_refuses(portal: Portal, created: dict) -> None:
    run = portal.run(name=NAME, state="absent")
    assert not run.failed, run.output
    assert run.result["changed"] is True and run.result["action"] == "revoked"
    assert run.result["key"]["status"] == "revoked"
    assert portal.active(NAME) == []
    assert portal.loop_api(created["credentials"]["x_apikey"]) == 401

    again = portal.run(name=NAME, state="absent")
    assert not again.failed, again.output
    assert again.result["changed"] is False and again.result["action"] == "absent"


def test_revoked_key_of_the_same_name_does_not_count(portal: Portal, created: dict) -> None:
    portal.sim.plant_key(name="was-revoked", service="Loop APIkey", tiers_code="95943", status="revoked")
    run = portal.run(name="was-revoked")
    assert not run.failed, run.output
    assert run.result["action"] == "created"
    assert len(portal.active("was-revoked")) == 1


def test_absent_revokes_every_active_duplicate(portal: Portal) -> None:
    for dummy in range(3):
        portal.sim.plant_key(name="dupe", service="Loop APIkey", tiers_code="95943")
    run = portal.run(name="dupe", state="absent")
    assert not run.failed, run.output
    assert len(run.result["revoked_keys"]) == 3
    assert portal.active("dupe") == []


def test_other_tiers_and_service_are_separate(portal: Portal) -> None:
    run = portal.run(name="multi", tiers="CHASSENEUIL DU POITOU", service="Cegid File Exchange")
    assert not run.failed, run.output
    assert run.result["tiers"] == "86360 CHASSENEUIL DU POITOU" and run.result["service"] == "Cegid File Exchange"
    [record] = portal.active("multi", service="Cegid File Exchange")
    assert record["tiers_code"] == "86360"
    # Same name on the default service/tiers is another key.
    other = portal.run(name="multi")
    assert other.result["action"] == "created", other.output


def test_names_with_quotes_accents_markup_and_emoji(portal: Portal) -> None:
    name = 'l\'appli "prod" <script>alert(1)</script> é🚀'
    run = portal.run(name=name)
    assert not run.failed, run.output
    assert run.result["action"] == "created" and run.result["key"]["name"] == name
    assert portal.active(name)[0]["identifier"] == run.result["credentials"]["identifier"]
    assert portal.run(name=name).result["action"] == "unchanged"
