"""`ansible-doc` renders every module and the role's argument spec; requirements come from one constant."""

from __future__ import annotations

import subprocess

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import MIN_PLAYWRIGHT_VERSION
from tests.support.ansible_cli import BIN, ansible_env, run_command


def _doc(*args: str) -> subprocess.CompletedProcess[str]:
    return run_command([str(BIN / "ansible-doc"), *args], env=ansible_env(), timeout=120)


@pytest.mark.parametrize("module", ["cegidlife_api_key", "cegidlife_api_key_info"])
def test_module_docs_render(module: str) -> None:
    out = _doc(f"cegid.cegidlife.{module}")
    assert out.returncode == 0 and "ERROR" not in out.stderr, out.stderr
    assert f"playwright >= {MIN_PLAYWRIGHT_VERSION}" in out.stdout
    assert "EXAMPLES:" in out.stdout and "RETURN VALUES:" in out.stdout


def test_role_argument_spec_renders() -> None:
    out = _doc("-t", "role", "cegid.cegidlife.app_credentials")
    assert out.returncode == 0 and "ERROR" not in out.stderr, out.stderr
    assert "app_credentials_key_name" in out.stdout and "app_credentials_configs" in out.stdout
