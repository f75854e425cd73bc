"""cegidlife_api_key_info: lists keys with their metadata and age, filtered; never a secret."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_module, run_playbook
from tests.support.simulator import SimFactory

INFO = "cegid.cegidlife.cegidlife_api_key_info"


def _info(portal: Portal, **over: object) -> dict:
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    run = run_module({**args, **over}, module=INFO, check=True)
    assert not run.failed, run.output
    return run.result


def test_filters_by_status_name_and_age(sim_factory: SimFactory) -> None:
    portal = Portal(sim_factory())
    old = portal.sim.plant_key(
        name="audit-old", service="Loop APIkey", tiers_code="95943", created_at="2024-01-01T10:00:00"
    )
    portal.sim.plant_key(name="audit-new", service="Loop APIkey", tiers_code="95943")
    portal.sim.plant_key(
        name="audit-gone", service="Loop APIkey", tiers_code="95943", status="revoked", created_at="2024-02-01T10:00:00"
    )

    active = _info(portal)
    assert {k["name"] for k in active["api_keys"]} == {"audit-old", "audit-new"}
    assert all(k["status"] == "active" for k in active["api_keys"])
    assert active["changed"] is False and active["tiers"] == "95943 FUTUROSCOPE CEDEX"

    aged = _info(portal, older_than="90d")
    [only] = aged["api_keys"]
    assert only["name"] == "audit-old" and only["created_at"] == "2024-01-01T10:00:00" and only["age_days"] > 300

    everything = _info(portal, status="all")
    assert {(k["name"], k["status"]) for k in everything["api_keys"]} == {
        ("audit-old", "active"),
        ("audit-new", "active"),
        ("audit-gone", "revoked"),
    }
    assert [k["name"] for k in _info(portal, status="revoked", name="audit-gone")["api_keys"]] == ["audit-gone"]
    assert _info(portal, name="audit")["api_keys"] == []  # exact names, not the portal's substring filter

    text = str(everything)
    assert old["secret"] not in text and old["identifier"] not in text
    assert "credentials" not in everything


def test_bad_input_fails_before_the_browser(portal: Portal) -> None:
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    run = run_module({**args, "older_than": "soon"}, module=INFO)
    assert run.failed and "older_than" in run.result["msg"] and "90d" in run.result["msg"]


def test_registered_result_is_usable_in_jinja(portal: Portal, tmp_path: Path) -> None:
    """As the module's EXAMPLES use it: `result.api_keys | map(attribute='name')`."""
    portal.sim.plant_key(name="jinja-key", service="Loop APIkey", tiers_code="95943", created_at="2024-01-01T10:00:00")
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    tasks = [
        {"cegid.cegidlife.cegidlife_api_key_info": {**args, "older_than": "90d"}, "register": "old_keys"},
        {"ansible.builtin.assert": {"that": ["'jinja-key' in (old_keys.api_keys | map(attribute='name') | list)"]}},
    ]
    playbook = tmp_path / "audit.yml"
    playbook.write_text(json.dumps([{"hosts": "localhost", "gather_facts": False, "tasks": tasks}]))
    run = run_playbook(playbook)
    assert run.rc == 0, run.output[-2000:]


def test_trace_is_kept_when_a_read_fails(portal: Portal, tmp_path: Path) -> None:
    """`trace` (documented for every module of the collection) works for the info module too."""
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    over = {"trace": True, "failure_artifacts_dir": str(tmp_path), "labels": {"created_column": "^nope$"}}
    run = run_module({**args, **over}, module=INFO)
    assert run.failed and "expected a column 'Date de création'" in run.result["msg"]
    traces = list(tmp_path.glob("*.trace.zip"))
    assert traces and str(traces[0]) in run.result["msg"]
