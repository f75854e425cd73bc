"""Key lists as a person reads them, on renderings the page model was not written for:
- blind:b3/chakra: one list named "Clés API" whose items show a name, a masked ID, two dates and a
  status side by side; the service chosen among radio cards; a one-time dialog worded as no label
  knows ("Votre clé est prête") that shows "Identifiant" and "Clé secrète"; each row's "Supprimer"
  named after its key; a confirmation that asks to type the name ("Supprimer définitivement");
- blind:b3/shadcn: cards named by their heading, every service's keys in one list, each card's
  service, masked ID and "created DATE by NAME" on one line; "Open menu", then "Revoke key";
- blind:b4/quasar: in a same-origin frame, a list under the heading "Clés" drawn by script, that
  loads more as its own box (not the page) is scrolled: read without scrolling the box, it passed
  for complete and a rerun generated a second key;
- blind:b4/elementplus: a grid whose header and body are two tables: the header's table alone passed
  for an empty list and a rerun generated a second key.
Each: the credentials are the simulator's record (of Loop APIkey, tiers 95943: never another
service's), a rerun finds the key again (with no date shown, by the start of its identifier) and
changes nothing, absent revokes it, and nothing dangerous is used."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Portal, sha256
from tests.support.simulator import SimFactory

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("rendering", ["blind:b3/chakra", "blind:b3/shadcn", "blind:b4/quasar", "blind:b4/elementplus"])
def test_the_lifecycle_on_a_list_with_no_field_labels(sims: SimFactory, tmp_path: object, rendering: str) -> None:
    portal = Portal(sims(rendering=rendering))
    files = {"session_file": f"{tmp_path}/session.json", "credentials_file": f"{tmp_path}/creds.json"}
    created = portal.run(name="unlabelled", **files)
    assert created.result.get("action") == "created", created.output
    [key] = [k for k in portal.sim.keys() if k["name"] == "unlabelled"]
    assert (key["service"], key["tiers_code"], key["status"]) == ("Loop APIkey", "95943", "active")
    handed = created.result["credentials"]
    assert handed["identifier"] == key["identifier"] and sha256(handed["secret"]) == key["secret_sha256"]
    again = portal.run(name="unlabelled", **files)
    assert again.result.get("action") == "unchanged" and again.result["credentials"] == handed, again.output
    revoked = portal.run(name="unlabelled", state="absent", **files)
    assert revoked.result.get("action") == "revoked" and revoked.result["changed"], revoked.output
    assert portal.active("unlabelled") == [] and portal.loop_api(handed["x_apikey"]) == 401
    described = portal.sim.rendering()
    events = portal.sim.stats()["events"]
    assert not {e: events[e] for e in described["dangerous_events"] if events.get(e)}, events
