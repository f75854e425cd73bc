"""A key list drawn by script from a data request and extended by infinite scroll, on a rendering
the page model was not written for (blind:b1/atlassian, English, 21 planted keys, 6 rows a
request): a rerun finds the key it made (a partial list passed for the whole one, and a second key
was generated), and absent revokes it (rows still being fetched passed for an empty list)."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Portal
from tests.support.simulator import SimFactory

pytestmark = pytest.mark.integration


def test_a_list_that_grows_as_it_is_scrolled_is_read_to_its_end(sims: SimFactory, tmp_path: object) -> None:
    sim = sims(rendering="blind:b1/atlassian")
    portal = Portal(sim)
    files = {"session_file": f"{tmp_path}/session.json", "credentials_file": f"{tmp_path}/creds.json", "tiers": None}
    created = portal.run(name="scrolled", **files)
    assert created.result.get("action") == "created", created.output
    again = portal.run(name="scrolled", **files)
    assert again.result.get("action") == "unchanged", again.output
    assert again.result["credentials"] == created.result["credentials"]
    assert len(portal.active("scrolled")) == 1  # never a second key
    would = portal.run(name="scrolled", state="absent", check=True, **files)
    assert would.result.get("action") == "revoked", would.output
    revoked = portal.run(name="scrolled", state="absent", **files)
    assert revoked.result.get("action") == "revoked" and revoked.result["changed"], revoked.output
    assert portal.active("scrolled") == []
