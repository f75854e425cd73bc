"""The README's options tables cannot drift from the code (issue 22 §3: the table lacked the staged
rotation's options). scripts/options-table writes them from each module's DOCUMENTATION and argument
spec; these tests fail when README.md is not what it would write, when a module's table does not name
exactly the options of its argument spec, or when documentation and spec disagree.

Here, not in tests/unit: they read README.md and scripts/, which the built collection does not ship
(its tests/unit runs from an installed collection too)."""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
import typing as t
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("options_table", ROOT / "scripts" / "lib" / "options_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["options_table"] = module  # dataclasses resolve annotations through it
    spec.loader.exec_module(module)
    return module


options_table = _load()


def _tables(readme: str) -> dict[str, set[str]]:
    """The option names (sub-options dotted) in each table of the generated part, by its heading."""
    block = readme[readme.index(options_table.BEGIN) : readme.index(options_table.END)]
    tables: dict[str, set[str]] = {}
    heading = ""
    for line in block.splitlines():
        if line.startswith("### "):
            heading = line[4:].strip("` ")
            tables[heading] = set()
        first = re.match(r"^\|\s*`([a-z_.]+)`", line)
        if first:
            tables[heading].add(first.group(1))
    return tables


def _spec_names(spec: dict, prefix: str = "") -> set[str]:
    names = set()
    for name, option in spec.items():
        names.add(prefix + name)
        names |= _spec_names(option.get("options") or {}, f"{prefix}{name}.")
    return names


def test_the_readme_is_what_scripts_options_table_writes() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    wanted = options_table.rewrite(readme, options_table.render(options_table.read_modules()))
    assert readme == wanted, "README.md's options tables are out of date: run scripts/options-table"


@pytest.mark.parametrize("module", options_table.read_modules(), ids=lambda m: m.name)
def test_each_modules_tables_name_exactly_its_argument_spec(module: t.Any) -> None:
    tables = _tables((ROOT / "README.md").read_text(encoding="utf-8"))
    shown = set(tables[f"{options_table.COLLECTION}.{module.name}"])
    for fragment in module.fragments:
        shown |= tables[f"The {fragment} options"]
    assert shown == _spec_names(module.spec)


@pytest.mark.parametrize("module", options_table.read_modules(), ids=lambda m: m.name)
def test_documentation_and_argument_spec_agree(module: t.Any) -> None:
    assert options_table.disagreements(module) == []


def test_a_new_option_left_out_of_the_docs_or_the_readme_is_caught() -> None:
    """What the check does with a spec that gained an option nobody documented or wrote down."""
    key = next(m for m in options_table.read_modules() if m.name == "cegidlife_api_key")
    grown = copy.deepcopy(key)
    grown.spec["rotation_window"] = {"type": "str"}
    assert options_table.disagreements(grown) == [
        "cegidlife_api_key: option rotation_window is in the argument spec, not in the documentation"
    ]
    grown.options["rotation_window"] = {"description": ["When rotations may happen."], "type": "str"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert options_table.rewrite(readme, options_table.render([grown])) != readme
    assert "| `rotation_window` | str |  | When rotations may happen. |" in options_table.render([grown])


def test_an_environment_fallback_the_docs_do_not_name_is_caught() -> None:
    key = next(m for m in options_table.read_modules() if m.name == "cegidlife_api_key")
    changed = copy.deepcopy(key)
    changed.spec["timeout"]["fallback"] = (None, ["CEGIDLIFE_TIMEOUT"])
    assert options_table.disagreements(changed) == [
        "cegidlife_api_key: option timeout: falls back to the environment variable CEGIDLIFE_TIMEOUT; "
        "its description does not say E(CEGIDLIFE_TIMEOUT)"
    ]


@pytest.mark.parametrize(
    ("markup", "markdown"),
    [
        ("O(name) and O(state=absent)", "`name` and `state=absent`"),
        ("O(cegid.cegidlife.cegidlife_api_key#module:max_age)", "`max_age` of `cegidlife_api_key`"),
        (r"V(Loop APIKey Standard (P04448\)) or C(a|b)", r"`Loop APIKey Standard (P04448)` or `a\|b`"),
        ("B(every) run, E(CEGIDLIFE_USERNAME), RV(credentials)", "**every** run, `CEGIDLIFE_USERNAME`, `credentials`"),
        ("HTTP(S) stays, L(the guide, https://example.com/g)", "HTTP(S) stays, [the guide](https://example.com/g)"),
    ],
)
def test_ansible_markup_becomes_markdown(markup: str, markdown: str) -> None:
    assert options_table.markdown(markup) == markdown
