"""The way to the key page as the user gives it (option route): parsed from what a person writes or
from an earlier run's route, matched to the controls shown, never guessed among look-alikes."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.given_way import (
    AmbiguousStep,
    choose,
    matching,
    parse_route,
    taken,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import describe


def _control(role: str, name: str, row: str = "") -> dict[str, t.Any]:
    return {"role": role, "name": name, "rowLabel": row, "href": "", "target": "", "index": 0}


def test_names_as_a_person_writes_them() -> None:
    assert parse_route(["Espace client", " Mes abonnements ", "Loop APIkey"]) == [
        {"name": "Espace client"},
        {"name": "Mes abonnements"},
        {"name": "Loop APIkey"},
    ]


def test_an_earlier_runs_route_reads_back_as_its_steps() -> None:
    steps = [
        {"role": "button", "name": "Vincent Deltumeau"},
        {"role": "link", "name": "Gérer les clés d'API", "row": "Loop APIkey"},
        {"role": "link", "name": 'Say "hi" and it\'s fine', "row": "a 'quoted' row"},
        {"action": "select", "role": "combobox", "name": "Type", "option": "Services en ligne"},
    ]
    said = ["answered 'Tout refuser'", *(describe(s) for s in steps), "answered 'Non' after signing in"]
    assert parse_route(said) == steps
    # An answer with an apostrophe, as the run says it (b5/bulma's "J'ai pris connaissance": the route
    # given back from an earlier run failed at its first step, taken for a control's name).
    acknowledged = f"answered {'J' + chr(39) + 'ai pris connaissance'!r} after signing in"
    assert acknowledged == 'answered "J\'ai pris connaissance" after signing in'
    assert parse_route([acknowledged, *said]) == steps


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ([], "names no control"),
        (["answered 'Non'"], "names no control"),
        (["Catalogue", " "], "route entry 2"),
        (["Catalogue", 3], "route entry 2"),
        ([f"step {n}" for n in range(13)], "at most 12"),
    ],
)
def test_a_route_that_cannot_be_followed_is_refused(given: list[t.Any], said: str) -> None:
    with pytest.raises(ValueError, match=said):
        parse_route(given)


def test_a_name_matches_whatever_the_case_accents_and_punctuation() -> None:
    shown = [_control("link", "Gérer les clés d'API"), _control("link", "Accueil")]
    assert matching(shown, {"name": "gerer les cles d api"}) == [shown[0]]
    # A name no control carries whole may be part of one...
    assert matching(shown, {"name": "Gérer les clés"}) == [shown[0]]
    # ...but a role or a row given must be the control's.
    assert matching(shown, {"role": "button", "name": "Accueil"}) == []
    assert matching(shown, {"role": "link", "name": "Gérer les clés"}) == []
    assert matching(shown, {"role": "link", "name": "Accueil", "row": "Loop APIkey"}) == []


def test_a_whole_name_wins_over_a_part() -> None:
    shown = [_control("link", "Clés"), _control("link", "Clés d'API")]
    assert matching(shown, {"name": "Clés"}) == [shown[0]]


def test_one_control_shown_twice_is_one() -> None:
    twice = [_control("link", "Catalogue"), _control("link", "catalogue")]
    assert choose(twice, "Loop APIkey", None) is twice[0]
    assert choose([], "Loop APIkey", None) is None


def test_the_row_of_the_service_and_tiers_is_taken_never_the_first() -> None:
    rows = [
        _control("link", "Gérer les clés", "Cegid File Exchange 95943"),
        _control("link", "Gérer les clés", "Loop APIkey 12345 AUTRE"),
        _control("link", "Gérer les clés", "Loop APIkey 95943 FUTUROSCOPE"),
    ]
    assert choose(rows, "Loop APIkey", "95943") is rows[2]
    # The tiers is read in the whole row, not only in its first cell.
    spread = [
        {**_control("link", "Gérer les clés", "Loop APIkey"), "row": "Loop APIkey 12345 AUTRE"},
        {**_control("link", "Gérer les clés", "Loop APIkey"), "row": "Loop APIkey 95943 FUTUROSCOPE"},
    ]
    assert choose(spread, "Loop APIkey", "95943") is spread[1]
    assert choose(rows[:2], "Loop APIkey", "95943") is rows[1]  # the only row of the service


def test_look_alikes_nothing_tells_apart_are_refused() -> None:
    rows = [
        _control("link", "Gérer les clés", "Loop APIkey 95943"),
        _control("link", "Gérer les clés", "Loop APIkey 12345"),
    ]
    with pytest.raises(AmbiguousStep, match="12345"):
        choose(rows, "Loop APIkey", None)
    with pytest.raises(AmbiguousStep):
        choose([_control("link", "Voir"), _control("button", "Voir")], "Loop APIkey", None)


def test_the_step_taken_names_the_control_and_whether_it_was_the_services() -> None:
    assert taken(_control("link", "Loop APIkey"), {"name": "loop apikey"}, "Loop APIkey") == {
        "role": "link",
        "name": "Loop APIkey",
        "via": "service",
    }
    assert taken(_control("link", "Clés", "Loop APIkey 95943"), {"name": "Clés"}, "Loop APIkey") == {
        "role": "link",
        "name": "Clés",
        "row": "Loop APIkey 95943",
        "via": "service",
    }
    assert taken(_control("menuitem", "Catalogue"), {"name": "Catalogue"}, "Loop APIkey") == {
        "role": "menuitem",
        "name": "Catalogue",
    }
    select = {"action": "select", "role": "combobox", "name": "Type", "option": "Services en ligne"}
    assert taken(_control("combobox", "Type"), select, "Loop APIkey")["option"] == "Services en ligne"
