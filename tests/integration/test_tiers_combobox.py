"""The tiers drawn as a design system draws it (issue "first contact" §2): an ARIA combobox, a button
that opens a listbox of options (--tiers-control combobox: on the catalogue and on the key page),
not a native <select>. The real module opens it, chooses the tiers asked for by its name, and checks
the page shows it: present, unchanged, absent in a tiers other than the one the pages open on; an
unknown tiers fails naming the tiers offered, and nothing is generated."""

from __future__ import annotations

import pytest

from tests.integration.conftest import Portal, assert_clean_failure, sha256
from tests.support.simulator import SimFactory

# The way a person takes, given as the option route: it never touches the catalogue's tiers, so
# the key page opens on the account's first tiers (95943) and its own combobox is the one used.
PERSON = ["Mon profil", "Catalogue de services", "Gérer les clés"]
OFFERED = ("95943 FUTUROSCOPE CEDEX", "86360 CHASSENEUIL DU POITOU")


@pytest.fixture(scope="module")
def portal(sims: SimFactory) -> Portal:
    return Portal(sims(tiers_control="combobox"))


def _lifecycle(portal: Portal, name: str, **over: object) -> None:
    # A key of that name in the tiers the pages open on: only the one of the tiers asked for counts.
    portal.sim.plant_key(name=name, service="Loop APIkey", tiers_code="95943")
    created = portal.run(name=name, tiers="86360", **over)
    assert not created.failed, created.output
    assert created.result["action"] == "created", created.output
    assert created.result["tiers"] == "86360 CHASSENEUIL DU POITOU"
    [record] = [k for k in portal.active(name) if k["tiers_code"] == "86360"]
    creds = created.result["credentials"]
    assert creds["identifier"] == record["identifier"] and sha256(creds["secret"]) == record["secret_sha256"]

    again = portal.run(name=name, tiers="86360", **over)
    assert again.result["action"] == "unchanged", again.output

    revoked = portal.run(name=name, tiers="86360", state="absent", **over)
    assert revoked.result["action"] == "revoked", revoked.output
    assert [k["tiers_code"] for k in portal.active(name)] == ["95943"]  # the other tiers' key is left


def test_found_way_chooses_the_tiers_in_the_catalogues_combobox(portal: Portal) -> None:
    _lifecycle(portal, "combo-found")
    found = portal.run(name="combo-route", tiers="86360", state="absent", reuse_session=False)
    assert "'86360 CHASSENEUIL DU POITOU' in combobox 'Tiers rattaché'" in found.result["route"], found.output


def test_key_pages_combobox_chooses_the_tiers(portal: Portal) -> None:
    _lifecycle(portal, "combo-given", route=PERSON, reuse_session=False)


def test_an_unknown_tiers_fails_naming_the_tiers_the_key_pages_combobox_offers(portal: Portal) -> None:
    run = portal.run(name="combo-unknown", tiers="12345", route=PERSON, reuse_session=False)
    assert_clean_failure(run, "unknown tiers '12345'", *OFFERED)
    assert portal.active("combo-unknown") == []


def test_an_unknown_tiers_fails_naming_the_tiers_the_catalogues_combobox_offers(portal: Portal) -> None:
    run = portal.run(name="combo-unknown", tiers="12345", reuse_session=False)
    assert_clean_failure(run, "unknown tiers '12345': it is not offered", *OFFERED)
    assert portal.active("combo-unknown") == []
