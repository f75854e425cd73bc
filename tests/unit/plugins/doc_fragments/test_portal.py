"""The requirements the docs show are the ones the runtime checks and requirements.txt installs."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ansible_collections.cegid.cegidlife.plugins.doc_fragments.portal import ModuleDocFragment
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    MIN_PLAYWRIGHT_VERSION,
    PLAYWRIGHT_REQUIREMENT,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.totp import PYOTP_REQUIREMENT


def test_requirements_match_the_runtime_constants() -> None:
    requirements = yaml.safe_load(ModuleDocFragment.DOCUMENTATION)["requirements"]
    assert PLAYWRIGHT_REQUIREMENT in requirements
    assert any(r.startswith(PYOTP_REQUIREMENT) for r in requirements)


def _floor(text: str) -> tuple[int, ...]:
    """'1.45.0' and '1.45' are the same floor."""
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def test_requirements_txt_states_the_runtime_floors() -> None:
    # requirements.txt is what installs and what scripts/test's oldest pass proves (it installs these floors).
    text = (Path(__file__).resolve().parents[4] / "requirements.txt").read_text(encoding="utf-8")
    floors = dict(re.findall(r"^([a-z]+)\s*>=\s*([0-9.]+)", text, re.M))
    assert _floor(floors["playwright"]) == _floor(MIN_PLAYWRIGHT_VERSION)
    assert _floor(floors["pyotp"]) == _floor(PYOTP_REQUIREMENT.split(">=")[1].strip())
