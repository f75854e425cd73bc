"""Fixtures for the simulator tests: simulator processes and headless Chromium.

``sim_factory`` and ``module_sim_factory`` (tests/conftest.py) start simulators; this adds a
headless Chromium. See tests/support/simulator.py.
"""

from __future__ import annotations

import typing as t
from pathlib import Path

import pytest

from tests.support.simulator import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser() -> t.Iterator[t.Any]:
    """Per test module: a sync Playwright left running would make any later one in the same worker
    (tests that drive the browser in-process) fail with "Sync API inside the asyncio loop"."""
    from playwright import sync_api

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
