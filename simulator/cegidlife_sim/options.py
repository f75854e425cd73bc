"""Each simulator option is declared once, as a ``SimConfig`` field made with ``option()``.

The declaration carries everything the three users of an option need: the command line
(``add_arguments`` builds the argparse flags), ``POST /__sim__/config`` (``Option.check``
validates and normalises a value, whether it comes from JSON or from the command line) and
the rendering generator (``kind="axis"`` options are what ``--rendering`` chooses, ``random``
is what ``random:SEED`` may draw). A new option is one field.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import typing as t

OPTION = "cegidlife_sim.option"  # the key of a field's metadata holding its Option

# What an option is for. "axis": a rendering choice (--rendering picks them all, a flag
# overrides one); "variant": behaviour that is not a look (session lifetime, cookie);
# "fault": an injected fault, reset by POST /__sim__/faults/reset; "rendering": the name.
KINDS = ("rendering", "axis", "variant", "fault")
MAX_COUNT = 1_000_000


@dataclasses.dataclass(frozen=True)
class Shorthand:
    """A bare CLI flag (and a boolean config key of the same name) standing for a value:
    ``--totp`` = ``--mfa totp``; in JSON ``"totp": true`` / ``false`` = ``on`` / ``off``."""

    name: str
    on: t.Any
    off: t.Any
    help: str


@dataclasses.dataclass(frozen=True)
class Option:
    help: str
    kind: str
    choices: tuple[t.Any, ...] = ()
    maximum: int = MAX_COUNT  # integers: 0..maximum
    parse: t.Callable[[t.Any], t.Any] | None = None  # structured values: normalise or raise ValueError
    flag: str | None = None  # the CLI flag when it is not --name-with-dashes
    metavar: str | None = None
    repeat: bool = False  # CLI: repeatable; ``parse`` gets the list
    random: tuple[t.Any, ...] | None = None  # axes: what random:SEED draws from (default: every choice)
    runtime: bool = True  # may change through POST /__sim__/config
    shorthand: Shorthand | None = None
    implies: tuple[str, t.Any] | None = None  # CLI: giving this sets that option too, unless given

    def check(self, name: str, value: t.Any, default: t.Any) -> t.Any:
        """The value, validated and normalised; ValueError (never echoing a secret) if bad."""
        if self.parse is not None:
            return self.parse(value)
        if self.choices:
            if value not in self.choices or isinstance(value, bool):
                raise ValueError(f"{name}: {value!r} is not one of {', '.join(map(str, self.choices))}")
            return value
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise ValueError(f"{name}: {value!r} is not true or false")
            return value
        if isinstance(default, int):
            return count(name, value, maximum=self.maximum)
        if not isinstance(value, str):
            raise ValueError(f"{name}: {value!r} is not a string")
        return value

    def draws(self) -> tuple[t.Any, ...]:
        return self.random if self.random is not None else self.choices


def option(default: t.Any, help: str, *, kind: str, **spec: t.Any) -> t.Any:
    """A dataclass field declaring one option (see ``Option`` for ``spec``)."""
    assert kind in KINDS, kind
    meta = {OPTION: Option(help=help, kind=kind, **spec)}
    # The field is returned to a dataclass body (SimConfig's), where it is used: pylint cannot see that.
    if isinstance(default, (dict, list)):
        return dataclasses.field(  # pylint: disable=invalid-field-call
            default_factory=lambda: copy.deepcopy(default), metadata=meta
        )
    return dataclasses.field(default=default, metadata=meta)  # pylint: disable=invalid-field-call


def count(name: str, value: t.Any, *, maximum: int = MAX_COUNT) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValueError(f"{name}: {value!r} is not an integer from 0 to {maximum}")
    return value


def options_of(cls: type[t.Any]) -> list[tuple[dataclasses.Field[t.Any], Option]]:
    """The (field, Option) pairs of a dataclass, in declaration order."""
    return [(f, f.metadata[OPTION]) for f in dataclasses.fields(cls) if OPTION in f.metadata]


def default_of(f: dataclasses.Field[t.Any]) -> t.Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def flag_of(f: dataclasses.Field[t.Any], spec: Option) -> str:
    return "--" + (spec.flag or f.name.replace("_", "-"))


_GROUPS = {
    "rendering": None,
    "variant": None,
    "axis": "rendering axes (each overrides one choice of --rendering; also POST /__sim__/config)",
    "fault": "fault injection (also settable at runtime: POST /__sim__/config)",
}


def add_arguments(parser: argparse.ArgumentParser, cls: type[t.Any]) -> None:
    """One flag per option. Defaults are SUPPRESS, so the namespace holds only the flags given:
    an axis flag overrides the rendering's choice only when it is on the command line."""
    groups: dict[str | None, t.Any] = {None: parser}
    for f, spec in options_of(cls):
        title = _GROUPS[spec.kind]
        if title not in groups:
            groups[title] = parser.add_argument_group(title)
        group = groups[title]
        default = default_of(f)
        shown = "off" if default in (None, {}, [], False) else default
        if spec.kind == "axis":
            shown = f"the rendering's; classic: {shown}"
        kw: dict[str, t.Any] = {"dest": f.name, "default": argparse.SUPPRESS, "help": f"{spec.help} (default: {shown})"}
        if spec.metavar:
            kw["metavar"] = spec.metavar
        if isinstance(default, bool):
            kw["action"] = "store_true"
        elif spec.repeat:
            kw["action"] = "append"
        elif spec.choices:
            kw["choices"] = spec.choices
        elif isinstance(default, int):
            kw["type"] = int
        group.add_argument(flag_of(f, spec), **kw)
        if spec.shorthand:
            group.add_argument(
                "--" + spec.shorthand.name.replace("_", "-"),
                dest=f.name,
                action="store_const",
                const=spec.shorthand.on,
                default=argparse.SUPPRESS,
                help=spec.shorthand.help,
            )


def given_options(cls: type[t.Any], args: argparse.Namespace) -> dict[str, t.Any]:
    """The options given on the command line, with the implications of the ones given
    (``--totp-secret`` implies ``--mfa totp`` unless ``--mfa`` is given)."""
    values = {f.name: getattr(args, f.name) for f, dummy in options_of(cls) if hasattr(args, f.name)}
    for f, spec in options_of(cls):
        if spec.implies and f.name in values and spec.implies[0] not in values:
            values[spec.implies[0]] = spec.implies[1]
    return values


def shorthands(cls: type[t.Any]) -> dict[str, tuple[str, Shorthand]]:
    """Config keys that stand for another option's value: {"totp": ("mfa", Shorthand)}."""
    return {spec.shorthand.name: (f.name, spec.shorthand) for f, spec in options_of(cls) if spec.shorthand}
