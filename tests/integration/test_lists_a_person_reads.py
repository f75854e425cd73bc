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
  for an empty list and a rerun generated a second key;
- blind:b5/flowbite: an account switcher ("Compte 86360 ▾") on a key page that opens on another
  tiers; each name cell shows the key's masked ID on a second line: the name was read as both, and a
  rerun generated a second key;
- blind:b4/okta: keys called tokens ("Create token", "Token name", "What do you want your token to be
  named?", "Token Value", "OK, got it"), chosen by "Customer account" and "Service" drop-downs and
  "Apply";
- blind:b5/bulma: a notice to acknowledge after sign-in ("J'ai pris connaissance"), a field labelled
  "Nouvelle clé", a pager whose "next" on the last page is only dimmed by its style.
Each: the credentials are the simulator's record (of Loop APIkey, tiers 95943: never another
service's), a rerun finds the key again (with no date shown, by the start of its identifier) and
changes nothing, absent revokes it, and nothing dangerous is used."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Portal, sha256
from tests.support.simulator import SimFactory

pytestmark = pytest.mark.integration


# CI (scripts/test) runs three; the others are scripts/test-extended's.
@pytest.mark.parametrize(
    "rendering",
    [
        "blind:b3/chakra",
        pytest.param("blind:b3/shadcn", marks=pytest.mark.extended),
        "blind:b4/quasar",
        pytest.param("blind:b4/elementplus", marks=pytest.mark.extended),
        "blind:b5/flowbite",
        pytest.param("blind:b4/okta", marks=pytest.mark.extended),
        pytest.param("blind:b5/bulma", marks=pytest.mark.extended),
    ],
)
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


def test_a_key_listed_with_no_date_and_no_identifier_is_never_given_a_stored_secret(
    sims: SimFactory, tmp_path: object
) -> None:
    """blind:b5/gitlab: its tokens' tables show a name, scopes, a last use and an expiry: nothing that
    tells the key this run made from one of the same name made since. The rerun changes nothing and
    returns no credentials, saying why."""
    portal = Portal(sims(rendering="blind:b5/gitlab"))
    files = {"session_file": f"{tmp_path}/session.json", "credentials_file": f"{tmp_path}/creds.json"}
    created = portal.run(name="undated", **files)
    assert created.result.get("action") == "created", created.output
    again = portal.run(name="undated", **files)
    assert again.result.get("action") == "unchanged" and "credentials" not in again.result, again.output
    assert "neither its creation date nor the start of its identifier" in again.output
    assert len(portal.active("undated")) == 1
