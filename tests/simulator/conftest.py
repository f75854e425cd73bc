"""Fixtures for the simulator tests: simulator processes and headless Chromium.

``sim_factory(**flags)`` starts one simulator per call and stops every process it started when
the test ends; ``module_sim_factory`` does the same per test module. See tests/support/simulator.py.
"""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest

from tests.support.simulator import CHROMIUM, CHROMIUM_ARGS, SimFactory


@pytest.fixture
def sim_factory(tmp_path: Path) -> t.Iterator[SimFactory]:
    factory = SimFactory(tmp_path)
    try:
        yield factory
    finally:
        factory.stop_all()


@pytest.fixture(scope="module")
def module_sim_factory(tmp_path_factory: pytest.TempPathFactory) -> t.Iterator[SimFactory]:
    factory = SimFactory(tmp_path_factory.mktemp("sim"))
    try:
        yield factory
    finally:
        factory.stop_all()


@pytest.fixture(scope="session")
def browser() -> t.Iterator[t.Any]:
    import playwright.sync_api as sync_api

    # Fail, not skip: a suite that silently skips its browser tests would pass with no browser.
    assert Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM}; run scripts/bootstrap"
    pw = sync_api.sync_playwright().start()
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    try:
        yield browser
    finally:
        browser.close()
        pw.stop()


@pytest.fixture
def page(browser: t.Any) -> t.Iterator[t.Any]:
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(10_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()
