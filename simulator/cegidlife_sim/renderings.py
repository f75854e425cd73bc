"""Rendering names: the presets and ``random:SEED``, resolved into one value per axis.

An axis is a ``SimConfig`` option of kind "axis" (config.py declares them with their values).
A preset is a fixed choice of axes; ``random:SEED`` draws every axis on its own from
``random.Random(SEED)``. An axis given explicitly (a flag, or ``POST /__sim__/config``)
overrides that one choice, whatever the name says.

Draws are made so that an explicit axis never moves another one: every axis takes one
number from the generator, in declaration order, whether it is drawn or given; a value is
then picked among those allowed by the constraints below (so a seed gives the same portal
whatever is overridden, except where a constraint forbids it).
"""

from __future__ import annotations

import random
import re
import typing as t

from . import blind

if t.TYPE_CHECKING:
    from .options import Option

PRESETS: dict[str, dict[str, t.Any]] = {
    # Today's default HTML.
    "classic": {},
    # Today's --layout alt.
    "alt": {"layout": "alt"},
    # The vendor's procedure and screenshot (seed/000_...txt): the profile on the right opens a
    # panel with the "Catalogue de services" button; the catalogue starts on software, so
    # "Services en lignes" + "Filtrer" is needed; a key-shaped icon button; the screenshot's
    # key page (title of another service, "[Filtrer]", "[Générer]", "[Copier]" as links, the
    # values reachable only through "Copier", on the label's line).
    "seed": {
        "account_control": "icon-label",
        "account_name": "mon-profil",
        "entry_element": "button",
        "nav": "header",
        "catalogue_start": "software",
        "key_control": "icon-title",
        "key_control_element": "button",
        "service_title": "admin",
        "key_table": "table",
        "action_element": "link",
        "credentials": "copy-only",
        "credentials_layout": "line",
    },
    # An integrator's help centre (2023): profile icon on the top right, "Clé API" in the menu
    # on the right, one key page for every service, "🔑 Générer une clé API" with a service.
    "cle-api": {
        "route": "cle-api",
        "account_control": "icon-label",
        "account_name": "mon-compte",
        "account_opens": "drawer",
        "nav": "header",
        "menu_extras": "some",
        "logout": "link",
        "service_names": "product",
        "advanced_service": "shown",
        "key_table": "table",
        "credentials": "inputs",
        "credentials_layout": "table",
        "copy_feedback": "copie-excl",
    },
    # Another integrator's connection wizard: "Mon profil" -> "Catalogue des services"
    # (VOIR LA LISTE) -> "Loop APIKey Standard (P04448)" -> "GÉNÉRER UNE CLÉ D'API".
    "wizard": {
        "route": "wizard",
        "account_control": "profile-link",
        "nav": "header",
        "service_names": "product",
        "advanced_service": "shown",
        "tiers_control": "select",
        "key_table": "cards-line",
        "button_case": "upper",
        "credentials": "masked-toggle",
        "credentials_layout": "dl",
        "revoke_control": "actions-menu",
        "confirm_word": "oui",
        "profile_save": "valider",
    },
}

# Axes that a preset does not fix follow the layout, as --layout alt always did.
FOLLOW_LAYOUT: dict[str, dict[str, str]] = {
    "key_table": {"classic": "table", "alt": "grid"},
    "credentials_layout": {"classic": "line", "alt": "dl"},
    "key_control": {"classic": "icon-both", "alt": "icon-title"},
}

# Combinations that make no portal: (axes involved, test over the values, message).
CONSTRAINTS: list[tuple[tuple[str, ...], t.Callable[[t.Mapping[str, t.Any]], bool], str]] = [
    (
        ("account_control", "route"),
        lambda a: a["account_control"] != "profile-link" or a["route"] in ("profile", "header", "wizard"),
        "account_control 'profile-link' (no menu) needs route profile, header or wizard",
    ),
    (
        # Two buttons named "Mon profil" (the control and the entry it opens) would leave a
        # person, and a literal route, with no way to tell them apart.
        ("route", "account_control", "account_name", "account_opens", "entry_element"),
        lambda a: (
            not (
                a["route"] in ("profile", "header", "cle-api", "wizard")
                and a["account_control"] in ("labelled", "initials", "icon-label", "icon-title")
                and a["account_name"] == "mon-profil"
                and a["account_opens"] != "menu"
                and a["entry_element"] == "button"
            )
        ),
        "an account control named 'Mon profil' cannot open a 'Mon profil' button (entry_element link or "
        "account_opens menu)",
    ),
    (
        ("catalogue_filter", "catalogue_start"),
        lambda a: a["catalogue_filter"] != "none" or a["catalogue_start"] == "all",
        "catalogue_start 'software' needs a catalogue_filter to leave it",
    ),
    (
        ("key_list", "key_table"),
        lambda a: a["key_list"] != "client" or a["key_table"] in ("table", "grid"),
        "key_list 'client' builds table or grid rows only (key_table table or grid)",
    ),
    (
        ("key_list", "revoke_control"),
        lambda a: a["key_list"] != "client" or a["revoke_control"] == "text",
        "key_list 'client' builds the text 'Révoquer' control only (revoke_control text)",
    ),
    (
        ("key_list", "route"),
        lambda a: a["key_list"] != "client" or a["route"] != "cle-api",
        "key_list 'client' is not offered on the all-services key page (route cle-api)",
    ),
]

_RANDOM = re.compile(r"random:(-?\d+)")


def parse_name(name: t.Any) -> tuple[str | None, int | None]:
    """(preset, None) or (None, seed); ValueError for anything else. A hand-written rendering
    (``blind:BATCH/NAME``, blind/) is its own preset: ("blind:BATCH/NAME", None)."""
    if isinstance(name, str):
        if name in PRESETS:
            return name, None
        if blind.is_blind(name):
            return blind.PREFIX + blind.canonical(name), None
        match = _RANDOM.fullmatch(name.strip())
        if match:
            return None, int(match.group(1))
    raise ValueError(f"rendering: {name!r} is not one of {', '.join(PRESETS)}, random:SEED (an integer) or blind:NAME")


def violations(values: t.Mapping[str, t.Any]) -> list[str]:
    """The constraints broken by ``values`` (only those whose axes are all decided)."""
    return [msg for names, ok, msg in CONSTRAINTS if all(n in values for n in names) and not ok(values)]


def resolve(name: str, given: t.Mapping[str, t.Any], axes: t.Mapping[str, tuple[t.Any, Option]]) -> dict[str, t.Any]:
    """Every axis's value for rendering ``name`` with the ``given`` (explicit) axes.

    ``axes``: name -> (default, Option), in declaration order. Given values must already be
    valid values of their axis. Raises ValueError when the given axes break a constraint.
    """
    preset, seed = parse_name(name)
    broken = violations(given)
    if broken:
        raise ValueError("; ".join(broken))
    if preset is not None:
        values = {n: default for n, (default, dummy) in axes.items()}
        fixed = blind.axes(preset) if blind.is_blind(preset) else PRESETS[preset]
        values.update(fixed)
        values.update(given)
        for axis, by_layout in FOLLOW_LAYOUT.items():
            if axis not in given and axis not in fixed:
                values[axis] = by_layout[values["layout"]]
    else:
        rng = random.Random(seed)
        draws = {n: rng.random() for n in axes}  # one number per axis, drawn or not
        values = dict(given)
        for axis, (dummy, spec) in axes.items():
            if axis in values:
                continue
            allowed = [v for v in spec.draws() if not violations({**values, axis: v})]
            if not allowed:
                raise ValueError(f"{axis}: no value fits the other axes (rendering {name})")
            values[axis] = allowed[min(int(draws[axis] * len(allowed)), len(allowed) - 1)]
    broken = violations(values)
    if broken:
        raise ValueError("; ".join(broken) + f" (rendering {name})")
    return values
