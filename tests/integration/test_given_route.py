"""The option route: the way to the key page as the names a person clicks, followed (never searched
instead) by a run that has no session file, and refused where it would click what changes the
portal or the session. The simulator's request counts show which pages a run opened."""

from __future__ import annotations

import typing as t

import pytest

from tests.integration.conftest import Portal, assert_clean_failure
from tests.support.simulator import Sim

PERSON = ["Mon profil", "Catalogue de services", "Gérer les clés"]


def _opened(sim: Sim) -> dict[str, int]:
    """The portal's pages a run asked for (GET), by name, static files aside."""
    pages = sim.stats()["pages"]
    return {page: n["GET"] for page, n in pages.items() if page != "static" and n.get("GET")}


@pytest.fixture
def cold(portal: Portal, sim: Sim) -> t.Callable[..., t.Any]:
    def run(**over: t.Any) -> t.Any:
        sim.reset_stats()
        return portal.run(reuse_session=False, **over)

    return run


def test_a_route_written_as_a_person_reads_it_takes_a_cold_run_there(
    cold: t.Callable[..., t.Any], portal: Portal, sim: Sim
) -> None:
    created = cold(name="given-route", route=PERSON)
    assert created.result["changed"] and created.result["action"] == "created", created.output
    # The steps as they were taken, named by the controls clicked: the "Gérer les clés" of the row
    # of Loop APIkey (the catalogue shows one on every service's row).
    assert created.result["route"] == [
        "button 'Mon profil'",
        "link 'Catalogue de services'",
        "link \"Gérer les clés d'API\" on the row 'Loop APIkey'",
    ]
    assert len(portal.active("given-route")) == 1

    # The route a run returns is given back as it is: the same way, again without a session file.
    again = cold(name="given-route", route=["answered 'Tout refuser'", *created.result["route"]])
    assert not again.result["changed"] and again.result["route"] == created.result["route"], again.output
    assert _opened(sim)["keys"] >= 1


def test_a_route_that_ends_elsewhere_fails_and_is_not_searched_instead(
    cold: t.Callable[..., t.Any], portal: Portal, sim: Sim
) -> None:
    run = cold(name="given-route-short", route=["Mon profil", "Catalogue de services"])
    assert_clean_failure(run, "the route given (2 steps) did not end on the key page of 'Loop APIkey'", "Gérer les")
    assert "keys" not in _opened(sim)  # the search would have found it: it never ran
    assert not portal.active("given-route-short")


def test_a_step_no_control_carries_is_named_with_what_the_page_shows(cold: t.Callable[..., t.Any]) -> None:
    run = cold(name="given-route-missing", route=["Mon profil", "Espace client", "Loop APIkey"])
    assert_clean_failure(
        run, "route step 2 ('Espace client'): no control of that name is shown", "link 'Catalogue de services'"
    )


@pytest.mark.parametrize(
    ("route", "said"),
    [
        (["Mon profil", "Se déconnecter"], "route step 2 ('Se déconnecter') names"),
        (["Mon profil", "Catalogue de services", "Gérer les clés", "Générer"], "route step 4 ('Générer') names"),
    ],
)
def test_a_route_never_clicks_what_changes_the_portal_or_the_session(
    cold: t.Callable[..., t.Any], portal: Portal, sim: Sim, route: list[str], said: str
) -> None:
    before = len(portal.active_all())
    run = cold(name="given-route-danger", route=route)
    assert_clean_failure(run, said, "which a route never clicks")
    assert len(portal.active_all()) == before
    assert not sim.stats()["events"].get("logout") and not sim.stats()["events"].get("keys_generated")


def test_a_route_that_cannot_be_one_fails_before_any_browser(cold: t.Callable[..., t.Any], sim: Sim) -> None:
    run = cold(name="given-route-bad", route=["Mon profil", " "])
    assert_clean_failure(run, "route entry 2 must be the name of what to click")
    assert _opened(sim) == {}
