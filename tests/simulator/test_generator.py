"""The rendering generator in-process: presets, random:SEED, explicit axes, constraints, and
that it really varies (no simulator process, no browser)."""

from __future__ import annotations

import collections

import pytest

from tests.support.simulator import SIM_DIR, sim_defaults

sim_defaults()  # puts the simulator on sys.path when it is not installed
from cegidlife_sim import renderings, words  # noqa: E402
from cegidlife_sim.config import AXES, SimConfig  # noqa: E402

SEEDS = range(30)


def axes(name: str, **given: object) -> dict[str, object]:
    return SimConfig.build({"rendering": name, **given}).axes()


def test_classic_is_the_default_config() -> None:
    assert axes("classic") == SimConfig().axes() == dict(sim_defaults("axis"))
    assert SimConfig().rendering == "classic" and SimConfig().explicit == frozenset()


def test_alt_is_classic_with_the_alt_layout() -> None:
    assert axes("alt") == axes("classic", layout="alt")
    changed = {k for k, v in axes("alt").items() if v != axes("classic")[k]}
    assert changed == {"layout", *renderings.FOLLOW_LAYOUT}
    # An explicit axis that follows the layout wins over it.
    assert axes("alt", key_table="table")["key_table"] == "table"


@pytest.mark.parametrize("preset", sorted(renderings.PRESETS))
def test_presets_are_their_choices(preset: str) -> None:
    got = axes(preset)
    assert {k: got[k] for k in renderings.PRESETS[preset]} == renderings.PRESETS[preset]
    assert not renderings.violations(got)


def test_presets_say_what_the_sources_say() -> None:
    seed, cle_api, wizard = axes("seed"), axes("cle-api"), axes("wizard")
    assert seed["route"] == "menu" and seed["catalogue_filter"] == "select" and seed["catalogue_start"] == "software"
    assert seed["key_control"].startswith("icon") and seed["service_names"] == "seed"
    assert seed["service_title"] == "admin" and seed["credentials"] == "copy-only"
    assert seed["credentials_layout"] == "line"
    assert cle_api["route"] == "cle-api" and cle_api["account_control"].startswith("icon")
    assert cle_api["service_names"] == "product"
    assert wizard["route"] == "wizard" and wizard["account_control"] == "profile-link"
    assert words.Words.of(SimConfig.build({"rendering": "wizard"})).generate == "GÉNÉRER"


def test_random_is_deterministic_and_varies() -> None:
    drawn = [axes(f"random:{seed}") for seed in SEEDS]
    assert drawn == [axes(f"random:{seed}") for seed in SEEDS]
    assert len({tuple(sorted(a.items())) for a in drawn}) == len(drawn)
    # random.Random(seed), as documented: Python seeds with the integer's absolute value.
    assert axes("random:-3") == axes("random:3") != axes("random:4")


def test_every_axis_takes_every_value_over_30_seeds() -> None:
    """The generator really varies: over seeds 0..29 each axis takes each value it may draw.
    ``key_list`` draws "server" only (a list built by JavaScript is chosen explicitly), ``tie_order``
    "newest" only (other orders are chosen explicitly: the simulator's replay expects a new key on
    page 1), ``nav`` never "none", ``tiers_control`` never "combobox" (added later: a seed keeps
    the portal it gave)."""
    seen: dict[str, collections.Counter[object]] = collections.defaultdict(collections.Counter)
    for seed in SEEDS:
        for name, value in axes(f"random:{seed}").items():
            seen[name][value] += 1
    for name, (dummy, spec) in AXES.items():
        assert set(seen[name]) == set(spec.draws()), (name, dict(seen[name]))
    assert AXES["key_list"][1].draws() == ("server",)
    assert AXES["tie_order"][1].draws() == ("newest",)
    assert AXES["tiers_control"][1].draws() == ("text", "select", "radios")
    assert len(AXES) >= 30
    # Axes with choices may draw every one of them, but for key_list, and nav, whose classic
    # "none" is never drawn (a generated portal always has harmless links on every page).
    for name, (dummy, spec) in AXES.items():
        if spec.choices and name not in ("key_list", "tie_order", "nav", "tiers_control"):
            assert set(spec.draws()) == set(spec.choices), name
    assert AXES["nav"][1].draws() == ("header", "footer")


def test_random_never_breaks_a_constraint() -> None:
    for seed in range(400):
        assert not renderings.violations(axes(f"random:{seed}")), seed
    assert {axes(f"random:{seed}")["key_list"] for seed in range(400)} == {"server"}


@pytest.mark.parametrize("seed", [0, 7, 21])
def test_an_explicit_axis_moves_no_other(seed: int) -> None:
    base = axes(f"random:{seed}")
    for name, value in (("layout", "alt"), ("credentials", "copy-only"), ("page_size", 4), ("pager", "more")):
        assert axes(f"random:{seed}", **{name: value}) == {**base, name: value}, name
    # A constraint may move the axes it ties together, and only those.
    forced = axes(f"random:{seed}", account_control="profile-link")
    assert forced["route"] in ("profile", "header", "wizard")
    moved = {k for k in base if forced[k] != base[k]}
    assert moved <= {"account_control", "route", "entry_element"}


def test_explicit_axes_stay_explicit_at_runtime() -> None:
    cfg = SimConfig.build({"rendering": "random:5", "layout": "alt"})
    assert cfg.explicit == {"layout"} and cfg.layout == "alt"
    changed = cfg.replaced({"pager": "buttons"})
    assert changed.explicit == {"layout", "pager"}
    assert changed.axes() == {**cfg.axes(), "pager": "buttons"}
    # Presets: an axis that follows the layout follows a new layout unless it was given.
    classic = SimConfig().replaced({"layout": "alt"})
    assert classic.key_table == "grid" and classic.credentials_layout == "dl"
    assert classic.replaced({"layout": "classic"}).key_table == "table"
    pinned = SimConfig().replaced({"key_table": "cards-dl"}).replaced({"layout": "alt"})
    assert pinned.key_table == "cards-dl"


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"rendering": "fancy"}, "is not one of"),
        ({"rendering": "random:x"}, "random:SEED"),
        ({"rendering": "random:"}, "random:SEED"),
        ({"account_control": "profile-link"}, "needs route profile, header or wizard"),
        ({"catalogue_filter": "none", "catalogue_start": "software"}, "needs a catalogue_filter"),
        ({"key_list": "client", "key_table": "cards-line"}, "table or grid"),
        ({"key_list": "client", "route": "cle-api"}, "all-services"),
        ({"layout": "fancy"}, "is not one of"),
        ({"page_size": -1}, "integer"),
        ({"nope": 1}, "unknown setting"),
        ({"rendering": "random:1", "key_list": "client", "revoke_control": "icon"}, "revoke_control text"),
    ],
)
def test_bad_renderings_are_refused(given: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SimConfig.build(given)


def test_rendering_and_origin_are_fixed_at_runtime() -> None:
    cfg = SimConfig.build({"rendering": "random:2"})
    for change in ({"rendering": "alt"}, {"signin_origin": "same" if cfg.signin_origin == "sso" else "sso"}):
        with pytest.raises(ValueError, match="fixed at start"):
            cfg.replaced(change)
    assert cfg.replaced({"rendering": "random:2", "signin_origin": cfg.signin_origin}) == cfg


def test_words_follow_the_axes() -> None:
    upper = words.Words.of(SimConfig().replaced({"button_case": "upper", "confirm_word": "oui"}))
    assert (upper.generate, upper.filter, upper.copy, upper.revoke, upper.confirm) == (
        "GÉNÉRER",
        "FILTRER",
        "COPIER",
        "RÉVOQUER",
        "OUI",
    )
    product = SimConfig().replaced({"service_names": "product", "service_title": "admin"})
    assert words.display_name(product, "Loop APIkey") == "Loop APIKey Standard (P04448)"
    assert words.title_name(product, "Loop APIkey") == "Gestion des Utilisateurs - Administration"
    assert words.title_name(product, "Cegid File Exchange") == "Cegid File Exchange"


def test_the_simulator_is_the_one_of_this_checkout() -> None:
    import cegidlife_sim

    assert cegidlife_sim.__file__ and SIM_DIR.resolve() in __import__("pathlib").Path(cegidlife_sim.__file__).parents
