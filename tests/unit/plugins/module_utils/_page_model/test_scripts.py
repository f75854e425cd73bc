"""scripts.py: the browser scripts are read from js/ beside it, without their leading comments, and
composed with their helpers; and the files are there wherever the module utils run (no browser here:
test_scripts_in_chromium.py runs them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import scripts
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script

PLUGINS = Path(scripts.__file__).resolve().parents[2]


def test_a_script_is_its_code_without_the_comments_that_head_its_file() -> None:
    assert (Path(scripts._DIR) / "settled.js").read_text().startswith("//")
    assert script("settled") == "() => !window.__cegidlifeMark || window.__cegidlifeChanged"
    assert script("settled") is script("settled")  # read once


def test_a_script_with_helpers_is_an_expression_giving_its_function_with_them_in_scope() -> None:
    composed = script("controls", "shadow_dom")
    assert composed.startswith("(() => {\nconst deep = ")
    assert "\nreturn (\n() => {\n" in composed and composed.endswith("\n);\n})()")
    assert "/* global" not in composed and "/* exported" not in composed


def test_a_missing_script_says_which_file() -> None:
    with pytest.raises(RuntimeError, match=r"js/no_such_script\.js could not be read"):
        script("no_such_script")


def test_every_module_runs_through_its_action_plugin() -> None:
    """scripts.py reads js/ from disk: that holds because every module runs through an action plugin
    of its name, on the controller, never zipped by AnsiballZ (which ships only .py module utils)."""
    modules = {p.stem for p in (PLUGINS / "modules").glob("*.py") if p.stem != "__init__"}
    assert modules
    assert modules <= {p.stem for p in (PLUGINS / "action").glob("*.py")}
