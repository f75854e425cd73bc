"""A real headless Chromium page for tests of the page model on small pages of their own."""

from __future__ import annotations

import contextlib
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.simulator import CHROMIUM


@contextlib.contextmanager
def chromium_page(html: str, timeout_s: float = 30) -> t.Iterator[t.Any]:
    """A page showing `html`, in the browser the module starts (BrowserSession)."""
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=timeout_s, validate_certs=True) as browser:
        assert browser.page is not None
        browser.page.set_content(html)
        yield browser.page


# The start of a small key page in the seed's words, up to its table's header row: tests add rows.
KEY_TABLE_HEAD = """<!doctype html><html lang="fr"><head><title>Clés</title></head><body>
<h1>Liste des clés d'API pour le service Loop APIkey</h1>
<table><tr><th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th><th></th></tr>
"""
