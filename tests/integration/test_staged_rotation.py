"""Staged rotation in the module (issue 14): phase 1 leaves the old key Active and records both keys,
reruns are idempotent, phase 2 finishes or rolls back; the rotation date is visible before it is due."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from tests.integration.conftest import Portal, assert_clean_failure
from tests.support.ansible_cli import run_module

OLD_DATE = "2024-01-02T03:04:00"
INFO = "cegid.cegidlife.cegidlife_api_key_info"


def _plant(portal: Portal, name: str) -> dict:
    return portal.sim.plant_key(name=name, service="Loop APIkey", tiers_code="95943", created_at=OLD_DATE)


def _records(creds_file: Path) -> list[dict]:
    return [r for records in json.loads(creds_file.read_text())["keys"].values() for r in records]


def _x(planted: dict) -> str:
    return f"{planted['identifier']}:{planted['secret']}"


def _given(planted: dict) -> dict:
    return {"identifier": planted["identifier"], "secret": planted["secret"]}


def test_staged_rotation_keeps_the_old_key_until_finished(portal: Portal, tmp_path: Path) -> None:
    planted = _plant(portal, "staged")
    creds = str(tmp_path / "c.json")
    common = {"name": "staged", "credentials_file": creds, "max_age": "90d", "rotation": "staged"}

    first = portal.run(**common, current_credentials=_given(planted))
    r = first.result
    assert r["action"] == "rotation_staged" and r["changed"] is True, first.output
    assert "older than max_age" in r["rotation_reason"]
    assert r["pending_revocation"]["created_at"] == OLD_DATE
    assert r["pending_revocation"]["credentials"]["identifier"] == planted["identifier"]
    new_x = r["credentials"]["x_apikey"]
    assert {k["identifier"] for k in portal.active("staged")} == {planted["identifier"], r["credentials"]["identifier"]}
    assert portal.loop_api(_x(planted)) == 200 and portal.loop_api(new_x) == 200
    marks = sorted(rec.get("rotation", "") for rec in _records(Path(creds)))
    assert marks == ["current", "pending_revocation"]

    # Between the phases every rerun is idempotent: no new key, the same credentials, still pending.
    again = portal.run(**common)
    assert again.result["action"] == "unchanged" and again.result["changed"] is False, again.output
    assert again.result["credentials"]["x_apikey"] == new_x
    assert again.result["pending_revocation"]["created_at"] == OLD_DATE
    assert len(portal.active("staged")) == 2

    check = portal.run(**common, finish_rotation=True, check=True)
    assert check.result["action"] == "rotation_finished" and check.result["changed"] is True, check.output
    assert len(portal.active("staged")) == 2

    done = portal.run(**common, finish_rotation=True)
    assert done.result["action"] == "rotation_finished" and done.result["changed"] is True, done.output
    assert [k["created_at"] for k in done.result["replaced_keys"]] == [OLD_DATE]
    assert done.result["credentials"]["x_apikey"] == new_x and "pending_revocation" not in done.result
    assert portal.loop_api(_x(planted)) == 401 and portal.loop_api(new_x) == 200
    assert [rec.get("rotation") for rec in _records(Path(creds))] == [None]

    after = portal.run(**common, finish_rotation=True)
    assert after.result["action"] == "unchanged" and after.result["changed"] is False, after.output
    assert after.result["credentials"]["x_apikey"] == new_x


def test_rollback_restores_the_old_key(portal: Portal, tmp_path: Path) -> None:
    planted = _plant(portal, "staged-back")
    creds = str(tmp_path / "c.json")
    common = {"name": "staged-back", "credentials_file": creds, "rotation": "staged"}
    first = portal.run(**common, max_age="90d", current_credentials=_given(planted))
    assert first.result["action"] == "rotation_staged", first.output
    new_x = first.result["credentials"]["x_apikey"]

    back = portal.run(**common, rollback_rotation=True)
    assert back.result["action"] == "rotation_rolled_back" and back.result["changed"] is True, back.output
    assert back.result["credentials"]["x_apikey"] == _x(planted)
    assert [k["created_at"] for k in back.result["revoked_keys"]] == [first.result["key"]["created_at"]]
    assert portal.loop_api(new_x) == 401 and portal.loop_api(_x(planted)) == 200
    # The old key is current again in the file: a plain run returns it.
    plain = portal.run(name="staged-back", credentials_file=creds)
    assert plain.result["action"] == "unchanged" and plain.result["credentials"]["x_apikey"] == _x(planted)
    assert all("rotation" not in rec for rec in _records(Path(creds)))


def test_rollback_is_refused_when_the_old_secret_is_unknown(portal: Portal, tmp_path: Path) -> None:
    planted = _plant(portal, "staged-lost")
    creds = str(tmp_path / "c.json")
    common = {"name": "staged-lost", "credentials_file": creds, "rotation": "staged"}
    first = portal.run(**common, recreate="if_secret_missing")
    assert first.result["action"] == "rotation_staged", first.output
    assert "credentials" not in first.result["pending_revocation"]

    refused = portal.run(**common, rollback_rotation=True)
    assert_clean_failure(refused, "rollback_rotation refused", "secret is unknown", "finish_rotation=true")
    assert len(portal.active("staged-lost")) == 2
    assert portal.loop_api(first.result["credentials"]["x_apikey"]) == 200
    assert planted["identifier"] in {k["identifier"] for k in portal.active("staged-lost")}


def test_an_immediate_run_finishes_a_pending_rotation(portal: Portal, tmp_path: Path) -> None:
    planted = _plant(portal, "staged-then-plain")
    creds = str(tmp_path / "c.json")
    first = portal.run(
        name="staged-then-plain", credentials_file=creds, rotation="staged", max_age="90d",
        current_credentials=_given(planted),
    )  # fmt: skip
    assert first.result["action"] == "rotation_staged", first.output
    plain = portal.run(name="staged-then-plain", credentials_file=creds, max_age="90d")
    assert plain.result["action"] == "rotation_finished", plain.output
    [left] = portal.active("staged-then-plain")
    assert left["identifier"] == first.result["credentials"]["identifier"]


def test_rotation_date_in_check_mode_and_warn_within(portal: Portal, tmp_path: Path) -> None:
    planted = portal.sim.plant_key(
        name="due-soon",
        service="Loop APIkey",
        tiers_code="95943",
        created_at=(datetime.datetime.now() - datetime.timedelta(days=80)).strftime("%Y-%m-%dT%H:%M:00"),
    )
    created = datetime.datetime.fromisoformat(planted["created_at"]).astimezone().replace(tzinfo=None)
    due = created + datetime.timedelta(days=90)
    check = portal.run(name="due-soon", max_age="90d", current_credentials=_given(planted), check=True)
    assert check.result["action"] == "unchanged", check.output
    assert check.result["rotation_reason"] == f"would rotate on {due:%Y-%m-%d %H:%M} (max_age 90d)"
    assert check.result["rotation_due"] == due.isoformat() and check.result["rotation_due_in_days"] == 9

    quiet = portal.run(name="due-soon", max_age="90d", warn_within="7d", current_credentials=_given(planted))
    assert "due for rotation" not in quiet.output and "rotation_reason" not in quiet.result, quiet.output
    warned = portal.run(name="due-soon", max_age="90d", warn_within="14d", current_credentials=_given(planted))
    assert warned.result["changed"] is False, warned.output
    assert f"due for rotation on {due:%Y-%m-%d %H:%M} (in 9 days, max_age 90d)" in warned.output
    assert len(portal.active("due-soon")) == 1

    overdue = portal.run(name="due-soon", max_age="30d", rotation="staged", credentials_file=str(tmp_path / "c.json"),
                         current_credentials=_given(planted), check=True)  # fmt: skip
    assert overdue.result["action"] == "rotation_staged", overdue.output
    assert overdue.result["rotation_reason"].startswith("would rotate on ")
    assert "80 days old, older than max_age" in overdue.result["rotation_reason"]
    assert len(portal.active("due-soon")) == 1


def test_staged_options_are_checked_before_the_portal(portal: Portal) -> None:
    bad = portal.run(name="staged-bad", rotation="staged")
    assert_clean_failure(bad, "need credentials_file")
    both = portal.run(name="staged-bad", credentials_file="/tmp/x.json", finish_rotation=True, rollback_rotation=True)
    assert_clean_failure(both, "finish_rotation and rollback_rotation exclude each other")
    warn = portal.run(name="staged-bad", warn_within="14d")
    assert_clean_failure(warn, "warn_within needs max_age")
    assert portal.active("staged-bad") == []


def test_info_module_says_when_each_key_is_due(portal: Portal) -> None:
    created = datetime.datetime.now().replace(second=0, microsecond=0) - datetime.timedelta(days=100)
    portal.sim.plant_key(name="info-due", service="Loop APIkey", tiers_code="95943", created_at=created.isoformat())
    portal.sim.plant_key(
        name="info-due", service="Loop APIkey", tiers_code="95943", status="revoked", created_at="2024-02-01T10:00:00"
    )
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    for option, age, due_in in (("max_age", "90d", -11), ("rotate_within", "120d", 19)):
        run = run_module({**args, "name": "info-due", "status": "all", option: age}, module=INFO, check=True)
        assert not run.failed, run.output
        active, revoked = sorted(run.result["api_keys"], key=lambda k: k["status"])
        assert active["age_days"] == 100
        assert active["rotation_due"] == (created + datetime.timedelta(days=int(age[:-1]))).isoformat()
        assert active["rotation_due_in_days"] == due_in
        assert "rotation_due" not in revoked and revoked["age_days"] > 300
    plain = run_module({**args, "name": "info-due"}, module=INFO, check=True)
    assert "rotation_due" not in plain.result["api_keys"][0], plain.output
