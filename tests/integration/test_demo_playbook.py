"""The README's demo playbook, run twice with real ansible-playbook: changed, then ok."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.integration.conftest import Portal
from tests.support.ansible_cli import run_playbook
from tests.support.simulator import ADMIN

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"


def test_demo_templates_working_credentials_and_is_idempotent(portal: Portal, tmp_path: Path) -> None:
    env = {
        "CEGIDLIFE_PORTAL_URL": portal.sim.portal_url,
        "CEGIDLIFE_USERNAME": ADMIN[0],
        "CEGIDLIFE_PASSWORD": ADMIN[1],
    }
    first = run_playbook(
        DEMO / "demo.yml", inventory=DEMO / "inventory.ini", extra_vars={"demo_output_dir": str(tmp_path)}, env=env
    )
    assert first.rc == 0, first.output
    assert first.recap("invoicing-1")["changed"] >= 2 and first.recap("invoicing-2")["failed"] == 0
    assert "Loop API stand-in answered HTTP 200" in first.stdout
    assert first.stdout.count("would restart now") == 2

    config = tmp_path / "invoicing-2" / "loop-api.env"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    values = dict(
        line.split("=", 1) for line in config.read_text().splitlines() if "=" in line and not line.startswith("#")
    )
    [record] = portal.active("invoicing-demo")
    assert values["LOOP_API_IDENTIFIER"] == record["identifier"]
    assert portal.loop_api(values["LOOP_API_KEY"]) == 200
    assert values["LOOP_API_SECRET"] not in first.output and ADMIN[1] not in first.output

    second = run_playbook(
        DEMO / "demo.yml", inventory=DEMO / "inventory.ini", extra_vars={"demo_output_dir": str(tmp_path)}, env=env
    )
    assert second.rc == 0, second.output
    assert second.recap("invoicing-1")["changed"] == 0 and second.recap("invoicing-2")["changed"] == 0
    assert "invoicing-demo': unchanged" in second.stdout and "answered HTTP 200" in second.stdout
    assert "would restart now" not in second.stdout
    assert len(portal.active("invoicing-demo")) == 1
