"""The module through pytest-ansible's `localhost` fixture (its ad-hoc API, in-process)."""

from __future__ import annotations

import sys
import typing as t

import pytest

from tests.integration.conftest import Portal

pytest.importorskip("pytest_ansible")


@pytest.fixture
def controller_python(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fixture's inventory names localhost explicitly, so Ansible would discover the system
    # Python, which has no Playwright; the module runs with the Python running the tests.
    monkeypatch.setenv("ANSIBLE_PYTHON_INTERPRETER", sys.executable)


def test_create_then_unchanged_via_localhost_fixture(localhost: t.Any, portal: Portal, controller_python: None) -> None:
    module = getattr(localhost, "cegid.cegidlife.cegidlife_api_key")
    first = module(**portal.args(name="via-pytest-ansible"))["localhost"]
    assert first["action"] == "created", first
    assert first["credentials"]["identifier"] == portal.active("via-pytest-ansible")[0]["identifier"]
    second = module(**portal.args(name="via-pytest-ansible"))["localhost"]
    assert second["changed"] is False and second["action"] == "unchanged", second
