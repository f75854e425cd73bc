"""Fixtures shared by every test folder: simulators that are always stopped."""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest

from tests.support.simulator import SimFactory


@pytest.fixture
def sim_factory(tmp_path: Path) -> t.Iterator[SimFactory]:
    """`sim_factory(**flags)` starts a simulator; all are stopped when the test ends."""
    factory = SimFactory(tmp_path)
    try:
        yield factory
    finally:
        factory.stop_all()


@pytest.fixture(scope="module")
def module_sim_factory(tmp_path_factory: pytest.TempPathFactory) -> t.Iterator[SimFactory]:
    """The same, shared by the tests of one module."""
    factory = SimFactory(tmp_path_factory.mktemp("sim"))
    try:
        yield factory
    finally:
        factory.stop_all()
