"""A key page inside a same-origin frame, on a rendering the page model was not written for
(blind:b1/servicenow: the service's page holds a widget in an iframe, and its one-time panel says
"Secret : <code>…</code>" above "Notez le secret : …"). The way enters the frame at its address, the
credentials are the simulator's, a rerun goes straight there and changes nothing, absent revokes."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Portal, sha256
from tests.support.simulator import SimFactory

pytestmark = pytest.mark.integration


def test_a_key_page_in_a_frame_is_entered_and_its_keys_handled(sims: SimFactory, tmp_path: object) -> None:
    portal = Portal(sims(rendering="blind:b1/servicenow"))
    files = {"session_file": f"{tmp_path}/session.json", "credentials_file": f"{tmp_path}/creds.json"}
    created = portal.run(name="framed", **files)
    assert created.result.get("action") == "created", created.output
    assert any(step.startswith("iframe ") for step in created.result["route"]), created.result["route"]
    [key] = portal.active("framed")
    handed = created.result["credentials"]
    assert handed["identifier"] == key["identifier"] and sha256(handed["secret"]) == key["secret_sha256"]
    assert portal.loop_api(handed["x_apikey"]) == 200
    again = portal.run(name="framed", **files)
    assert again.result.get("action") == "unchanged" and again.result["credentials"] == handed, again.output
    revoked = portal.run(name="framed", state="absent", **files)
    assert revoked.result.get("action") == "revoked" and revoked.result["changed"], revoked.output
    assert portal.active("framed") == [] and portal.loop_api(handed["x_apikey"]) == 401
