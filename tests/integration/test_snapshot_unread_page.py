"""cegidlife_portal_check's snapshots of a page the page model cannot read, in a real Chromium: a
password typed, a secret shown as text and in a field, the user's full name, key names, a creator
and a tiers in a shape no reader of the collection knows (cards, not a table). Nothing of them may
reach a snapshot file: the check knows none of these values, so only an allow-list keeps them out.

The page is hand-written, served at an https address by the browser itself (page.route); it is
snapshotted as the check snapshots each page on its way (snapshot.take over the rendered DOM), and
written by the check's own writer with the vocabulary the check builds from its options."""

from __future__ import annotations

import re
import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import snapshot
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import rendered
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks.portal_check import PortalCheck, argument_spec
from tests.support.simulator import CHROMIUM

pytestmark = pytest.mark.integration

USERNAME = "vincent.deltumeau@futuroscope.example"
PASSWORD = "Typed#Pass-2026!"
SECRET = "Zk3!pQ9-rT7_wX2"  # a secret in no credential's usual shape
LONG_SECRET = "bm90LWEtcmVhbC1zZWNyZXQtYnV0LWl0cy1zaGFwZSE="
IDENTIFIER = "Q7PLM2XK9RTB4WZ8NC3VH6JDA"
PERSONAL = [
    "Vincent Deltumeau", "Vincent", "Deltumeau", "Claire Martin", "Claire", "Martin",
    "invoicing-prod", "payroll-bridge", "95943", "FUTUROSCOPE", "vdeltumeau", "4711",
]  # fmt: skip

PAGE = f"""<!doctype html><html lang="fr"><head><title>Mes accès</title></head><body>
<header><button aria-haspopup="menu">Vincent Deltumeau</button></header>
<main>
  <h1>Bonjour Vincent Deltumeau</h1>
  <p>Société : 95943 FUTUROSCOPE</p>
  <form><label>Mot de passe <input type="password" name="pw"></label>
    <label>Secret <input type="text" readonly value="{SECRET}"></label></form>
  <section aria-label="Mes accès">
    <div class="card"><h3>invoicing-prod</h3><span>ouverte le 23/01/2026 08:14 par Claire Martin</span>
      <p>Jeton : <code>{SECRET}</code> <code>{IDENTIFIER}:{LONG_SECRET}</code></p>
      <a href="https://portal.test/utilisateurs/vdeltumeau/acces/4711?tiers=95943#invoicing-prod">Détails</a></div>
    <div class="card"><h3>payroll-bridge</h3><span>ouverte par Martin Claire</span></div>
  </section>
</main></body></html>"""


@pytest.fixture(scope="module")
def unread_page() -> t.Iterator[t.Any]:
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        assert browser.page is not None
        page = browser.page
        page.route("https://portal.test/**", lambda r: r.fulfill(content_type="text/html; charset=utf-8", body=PAGE))
        page.goto("https://portal.test/utilisateurs/vdeltumeau/acces")
        page.locator("input[type=password]").fill(PASSWORD)
        yield page


def test_nothing_personal_or_secret_in_the_snapshots_of_an_unread_page(unread_page: t.Any, tmp_path: Path) -> None:
    raw = snapshot.take(unread_page, rendered(unread_page))
    # The premise: the browser's snapshot holds them all, the typed password included.
    assert PASSWORD in raw and SECRET in raw and "Claire Martin" in raw and "invoicing-prod" in raw, raw
    params = {
        "portal_url": "https://portal.test/",
        "username": USERNAME,
        "password": PASSWORD,
        "snapshot_dir": str(tmp_path / "snaps"),
        "browser_executable": CHROMIUM,
    }
    check = PortalCheck({k: params.get(k, spec.get("default")) for k, spec in argument_spec().items()}, print)
    check._pages.append(("a page the page model cannot read", raw))  # as its walk appends each page
    paths = check._write_snapshots()
    text = "\n".join(Path(p).read_text(encoding="utf-8") for p in paths)
    # Whole words for the names (a shape such as "Aaaaaaa" is no one's); anywhere for the secrets.
    found = [v for v in PERSONAL if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text, re.IGNORECASE)]
    found += [v for v in (PASSWORD, SECRET, LONG_SECRET, IDENTIFIER, USERNAME) if v.casefold() in text.casefold()]
    assert found == [], text
    # What a bug report needs is still there: the structure and the module's own words.
    assert 'textbox "Mot de passe": Aaaaa#Aaaa-9999!' in text, text
    assert "- heading" in text and "- code" in text and "/url: /aaaaaaaaaaaa/aaaaaaaaaa/aaaaa/9999\n" in text + "\n"
    assert "dd/mm/yyyy HH:MM" in text
