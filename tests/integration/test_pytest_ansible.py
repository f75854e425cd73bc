"""The module through pytest-ansible's `localhost` fixture (its ad-hoc API, in-process)."""

from __future__ import annotations

import os
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


@pytest.fixture
def stdio_left_as_found() -> t.Iterator[None]:
    # In-process, ansible-core makes this test process's stdin, stdout and stderr non-inheritable;
    # every later command this worker starts without a stdin of its own would then get none.
    before = {fd: os.get_inheritable(fd) for fd in (0, 1, 2)}
    yield
    for fd, inheritable in before.items():
        os.set_inheritable(fd, inheritable)


def test_create_then_unchanged_via_localhost_fixture(
    localhost: t.Any, portal: Portal, controller_python: None, stdio_left_as_found: None
) -> None:
    module = getattr(localhost, "cegid.cegidlife.cegidlife_api_key")
    first = module(**portal.args(name="via-pytest-ansible"))["localhost"]
    assert first["action"] == "created", first
    assert first["credentials"]["identifier"] == portal.active("via-pytest-ansible")[0]["identifier"]
    second = module(**portal.args(name="via-pytest-ansible"))["localhost"]
    assert second["changed"] is False and second["action"] == "unchanged", second
