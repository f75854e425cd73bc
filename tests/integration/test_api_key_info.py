"""cegidlife_api_key_info: lists keys with their metadata and age, filtered; never a secret."""

from __future__ import annotations

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_module
from tests.support.simulator import SimFactory

INFO = "cegid.cegidlife.cegidlife_api_key_info"


def _info(portal: Portal, **over: object) -> dict:
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    run = run_module({**args, **over}, module=INFO, check=True)
    assert not run.failed, run.output
    return run.result


def test_filters_by_status_name_and_age(sim_factory: SimFactory) -> None:
    portal = Portal(sim_factory())
    old = portal.sim.plant_key(name="audit-old", service="Loop APIkey", tiers_code="95943", created_at="2024-01-01T10:00:00")
    portal.sim.plant_key(name="audit-new", service="Loop APIkey", tiers_code="95943")
    portal.sim.plant_key(name="audit-gone", service="Loop APIkey", tiers_code="95943", status="revoked", created_at="2024-02-01T10:00:00")

    active = _info(portal)
    assert {k["name"] for k in active["keys"]} == {"audit-old", "audit-new"}
    assert all(k["status"] == "active" for k in active["keys"])
    assert active["changed"] is False and active["tiers"] == "95943 FUTUROSCOPE CEDEX"

    aged = _info(portal, older_than="90d")
    [only] = aged["keys"]
    assert only["name"] == "audit-old" and only["created_at"] == "2024-01-01T10:00:00" and only["age_days"] > 300

    everything = _info(portal, status="all")
    assert {(k["name"], k["status"]) for k in everything["keys"]} == {("audit-old", "active"), ("audit-new", "active"), ("audit-gone", "revoked")}
    assert [k["name"] for k in _info(portal, status="revoked", name="audit-gone")["keys"]] == ["audit-gone"]
    assert _info(portal, name="audit")["keys"] == []  # exact names, not the portal's substring filter

    text = str(everything)
    assert old["secret"] not in text and old["identifier"] not in text
    assert "credentials" not in everything


def test_bad_input_fails_before_the_browser(portal: Portal) -> None:
    args = {k: v for k, v in portal.args().items() if k != "show_credentials"}
    run = run_module({**args, "older_than": "soon"}, module=INFO)
    assert run.failed and "older_than" in run.result["msg"] and "90d" in run.result["msg"]
