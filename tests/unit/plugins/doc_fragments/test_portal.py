"""The requirements the docs show are the ones the runtime checks (one version, two places)."""

from __future__ import annotations

import yaml

from ansible_collections.cegid.cegidlife.plugins.doc_fragments.portal import ModuleDocFragment
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PLAYWRIGHT_REQUIREMENT
from ansible_collections.cegid.cegidlife.plugins.module_utils._totp import PYOTP_REQUIREMENT


def test_requirements_match_the_runtime_constants() -> None:
    requirements = yaml.safe_load(ModuleDocFragment.DOCUMENTATION)["requirements"]
    assert PLAYWRIGHT_REQUIREMENT in requirements
    assert any(r.startswith(PYOTP_REQUIREMENT) for r in requirements)
