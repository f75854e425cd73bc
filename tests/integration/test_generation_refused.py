"""A portal that does not let a key be generated (its 'Générer' disabled, here by a quota of Active
keys): the run fails at once with what the page says, never by waiting out a timeout, and nothing
is generated."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Portal, assert_clean_failure
from tests.support.simulator import SimFactory


@pytest.mark.parametrize(
    "look",
    [{}, {"layout": "alt"}, {"action_element": "link"}],
    ids=["button", "role-button", "link"],
)
def test_a_disabled_generate_fails_at_once_saying_why(sims: SimFactory, look: dict[str, str]) -> None:
    sim = sims(**look)
    portal = Portal(sim)
    sim.config(key_quota=1)
    first = portal.run(name="quota-first", reuse_session=False)
    assert first.result.get("action") == "created", first.output

    run = portal.run(name="quota-second", reuse_session=False)
    msg = assert_clean_failure(
        run,
        "the 'Générer' button is disabled by the portal, so no key can be generated: nothing was generated",
        "the page says: Limite atteinte : 1 clés actives sur 1 autorisées.",
    )
    assert "within" not in msg  # not a timeout
    assert run.result.get("step") == "key page"
    assert not portal.active("quota-second")
    assert not sim.stats()["faults"].get("key_quota")  # nothing was posted anyway
