"""The README's options table names every option of cegidlife_api_key (issue 22 §3: it lacked the
staged rotation's options). Read from the argument spec, so a new option cannot be left out."""

from __future__ import annotations

import re
from pathlib import Path

from ansible_collections.cegid.cegidlife.plugins.module_utils._api_key import argument_spec

README = Path(__file__).resolve().parents[1] / "README.md"


def _documented() -> set[str]:
    text = README.read_text(encoding="utf-8")
    table = text.split("## Options", 1)[1].split("\n\n", 2)[1]
    names: set[str] = set()
    for line in table.splitlines():
        first = re.match(r"^\|\s*([^|]*)\|", line)
        if first:
            names |= set(re.findall(r"`([a-z_]+)`", first.group(1)))
    return names


def test_every_option_is_in_the_readme_table() -> None:
    missing = sorted(set(argument_spec()) - _documented())
    assert not missing, f"README.md's options table lacks {missing}"


def test_the_table_names_no_option_the_module_lacks() -> None:
    assert _documented() - set(argument_spec()) == set()
