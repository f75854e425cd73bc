"""The page model does not depend on one rendering: every simulator variant, full cycle.

Each variant is a rendering the real portal might use (PORTAL.md lists what is unknown): the
sign-in in two steps or on the portal's own origin, credentials in fields or only behind the
"Copier" buttons, a native or no confirmation for "Révoquer", a paginated list, and a layout
with the same labels but another structure (ARIA grid instead of <table>, other nesting).
"""

from __future__ import annotations

import typing as t

import pytest

from tests.integration.conftest import Portal, sha256
from tests.support.simulator import SimFactory

VARIANTS: dict[str, dict[str, t.Any]] = {
    "two-step-login": {"login": "two-step"},
    "same-origin-login": {"sso_port": 0},
    "credentials-in-inputs": {"credentials": "inputs"},
    "credentials-copy-only": {"credentials": "copy-only"},
    "native-confirm": {"confirm": "native"},
    "no-confirm": {"confirm": "none"},
    "alt-layout": {"layout": "alt"},
    "alt-layout-copy-only-two-step": {"layout": "alt", "credentials": "copy-only", "login": "two-step"},
}


# CI (scripts/test) runs the variants no preset of tests/integration/test_renderings.py runs: "alt"
# has the alt layout, "seed" its copy-only credentials, "cle-api" its credentials in inputs. The
# others are scripts/test-extended's.
IN_A_PRESET = {"alt-layout", "credentials-in-inputs", "credentials-copy-only", "alt-layout-copy-only-two-step"}


@pytest.mark.parametrize(
    "flags",
    [pytest.param(f, id=k, marks=[pytest.mark.extended] if k in IN_A_PRESET else []) for k, f in VARIANTS.items()],
)
def test_full_cycle(sims: SimFactory, flags: dict[str, t.Any]) -> None:
    portal = Portal(sims(**flags))
    name = "variant-app"

    created = portal.run(name=name)
    assert not created.failed, created.output
    assert created.result["action"] == "created"
    [record] = portal.active(name)
    creds = created.result["credentials"]
    assert creds["identifier"] == record["identifier"] and sha256(creds["secret"]) == record["secret_sha256"]
    assert portal.loop_api(creds["x_apikey"]) == 200

    again = portal.run(name=name)
    assert again.result["action"] == "unchanged", again.output

    revoked = portal.run(name=name, state="absent")
    assert revoked.result["action"] == "revoked", revoked.output
    assert portal.active(name) == [] and portal.loop_api(creds["x_apikey"]) == 401


def test_paginated_list_is_read_to_its_last_page(sims: SimFactory) -> None:
    portal = Portal(sims(page_size=2))
    # The wanted key is the oldest, so newest-first it sits on the last of three pages, among
    # keys whose names contain it (the portal's name filter matches substrings).
    portal.sim.plant_key(name="paged-app", service="Loop APIkey", tiers_code="95943", created_at="2024-01-01T09:00:00")
    for i in range(5):
        portal.sim.plant_key(
            name=f"paged-app-{i}", service="Loop APIkey", tiers_code="95943", created_at=f"2025-0{i + 1}-01T09:00:00"
        )
    run = portal.run(name="paged-app")
    assert run.result["action"] == "unchanged", run.output
    assert run.result["key"]["created_at"] == "2024-01-01T09:00:00"

    revoked = portal.run(name="paged-app", state="absent")
    assert revoked.result["action"] == "revoked", revoked.output
    assert portal.active("paged-app") == []
    assert len([k for k in portal.sim.keys() if k["name"].startswith("paged-app-") and k["status"] == "active"]) == 5
