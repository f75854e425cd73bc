"""`service` is matched as a person reads it: case, accents, spacing, punctuation, product code."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import (
    choose_service,
    is_service,
    match_level,
    names_service,
)

CATALOGUE = [
    "Loop APIKey Standard (P04448)",
    "APIKey Advanced (P04454)",
    "Cegid File Exchange",
    "Dématérialisation RH",
    "Gestion des Utilisateurs - Administration",
]


@pytest.mark.parametrize(
    ("shown", "wanted", "level"),
    [
        ("Loop APIkey", "Loop APIkey", 3),
        ("LOOP  API-key", "loop apikey", 3),
        ("Dématérialisation RH", "dematerialisation rh", 3),
        ("Loop APIKey Standard (P04448)", "P04448", 2),
        ("Loop APIKey Standard (P04448)", "p04448", 2),
        ("Loop APIKey Standard (P04448)", "Loop APIkey", 1),
        ("APIKey Advanced (P04454)", "Loop APIkey", 0),
        ("APIKey Advanced (P04454)", "P04448", 0),
        ("Cegid File Exchange", "Loop APIkey", 0),
        ("", "Loop APIkey", 0),
    ],
)
def test_match_level(shown: str, wanted: str, level: int) -> None:
    assert match_level(shown, wanted) == level


def test_the_default_names_the_seed_and_the_standard_key() -> None:
    assert choose_service(["Loop APIkey", "Cegid File Exchange"], "Loop APIkey").chosen == "Loop APIkey"
    assert choose_service(CATALOGUE, "Loop APIkey").chosen == "Loop APIKey Standard (P04448)"
    assert choose_service(CATALOGUE, "P04454").chosen == "APIKey Advanced (P04454)"
    assert choose_service(CATALOGUE, "apikey advanced").chosen == "APIKey Advanced (P04454)"


def test_an_exact_name_wins_over_names_that_contain_it() -> None:
    names = ["Loop APIkey", "Cegid Loop - APIKey Cabinet"]
    assert choose_service(names, "Loop APIkey").chosen == "Loop APIkey"


def test_several_services_that_match_as_well_are_ambiguous() -> None:
    found = choose_service(["Loop APIKey Standard (P04448)", "Cegid Loop - APIKey Cabinet"], "Loop APIkey")
    assert found.chosen is None and found.candidates == ["Loop APIKey Standard (P04448)", "Cegid Loop - APIKey Cabinet"]
    found = choose_service(["APIKey Standard", "APIKey Advanced"], "APIKey")
    assert found.chosen is None and len(found.candidates) == 2


def test_unknown_and_repeated_names() -> None:
    assert choose_service(CATALOGUE, "Nope") == (None, [])
    assert choose_service(["Loop APIkey", "Loop APIkey "], "Loop APIkey").chosen == "Loop APIkey"
    assert is_service("Loop APIKey Standard (P04448)", "Loop APIkey") and not is_service("Cegid Loop", "Loop APIkey")


@pytest.mark.parametrize(
    "mention",
    [
        "Loop APIkey: declare new keys in LoopHub before use",
        "KB0010231 – Loop APIkey : erreur 401 « api key not declared in LoopHub »",  # noqa: RUF001 - its dash
        "Nouveau : Loop APIkey Standard est désormais gratuit pour vos partenaires",
    ],
)
def test_a_sentence_that_mentions_the_service_is_no_way_to_it(mention: str) -> None:
    """News items and help articles name the service among many words: a person does not take them
    for the service's entry, and neither does the route search (blind batch b1: lightning, servicenow)."""
    assert match_level(mention, "Loop APIkey") == 0
    assert choose_service([mention, "Loop APIKey Standard (P04448)"], "Loop APIkey").chosen == (
        "Loop APIKey Standard (P04448)"
    )


@pytest.mark.parametrize(
    ("control", "names"),
    [
        ("Loop APIkey", True),
        ("Loop APIKey Standard (P04448)", True),
        ("Cegid Loop APIkey", True),
        # about the service, not the service (b6/blueprint, cloudscape, primer)
        ("Notes de version Loop APIkey", False),
        ("Event details for Loop APIkey", False),
        ("Read notes on Loop APIkey", False),
    ],
)
def test_a_control_names_the_service_when_its_name_comes_first(control: str, names: bool) -> None:
    assert names_service(control, "Loop APIkey") is names
