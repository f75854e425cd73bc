"""Which plain "Créer" opens the new key form rather than submits: one rule, read the same way from
the browser (NewKeyForm) and from the served HTML (the portal check)."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import new_key_form
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.new_key_form import opens_only
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document

BUTTONS = """<button id=typed type=button>Créer</button>
<button id=popup aria-haspopup=dialog>Créer</button>
<button id=controls aria-controls=d>Créer</button>
<div id=expanded role=button aria-expanded=false>Créer</div>
<button id=default>Créer</button>
<button id=tied type=button form=f>Créer</button>
<form id=f><button id=inform type=button>Créer</button><button id=submits>Créer</button></form>"""
OPENS = {"typed": True, "popup": True, "controls": True, "expanded": True}
SUBMITS = ("default", "tied", "inform", "submits")


@pytest.mark.parametrize(
    ("attrs", "in_form", "expected"),
    [
        ({"type": "button"}, False, True),
        ({"type": "BUTTON"}, False, True),
        ({"aria-haspopup": "menu"}, False, True),
        ({"aria-controls": "x"}, False, True),
        ({"aria-expanded": "false"}, False, True),
        ({}, False, False),
        ({"type": "submit"}, False, False),
        ({"type": "button"}, True, False),
        ({"aria-haspopup": "dialog"}, True, False),
        ({"type": "button", "form": "f"}, False, False),
    ],
)
def test_opens_only(attrs: dict[str, str], in_form: bool, expected: bool) -> None:
    assert opens_only(attrs, in_form) is expected


def test_the_served_html_reads_each_button_as_intended() -> None:
    doc = Document(f"<html><body>{BUTTONS}</body></html>")
    seen = {
        e.attrs["id"]: opens_only(e.attrs, e.closest(lambda x: x.tag == "form") is not None)
        for e in doc.by_role("button", None)
    }
    assert seen == {**OPENS, **dict.fromkeys(SUBMITS, False)}


def test_the_browser_reads_each_button_as_the_served_html_does() -> None:
    pytest.importorskip("playwright.sync_api", reason="the attributes are read in Chromium through Playwright")
    from tests.support.browser import chromium_page  # not shipped: imported only where Playwright is

    with chromium_page("") as page:
        page.set_content(BUTTONS)
        seen: dict[str, t.Any] = {}
        for button in page.get_by_role("button").all():
            read = button.evaluate(new_key_form._ATTRIBUTES)
            seen[read["attrs"]["id"]] = opens_only(read["attrs"], bool(read["inForm"]))
    assert seen == {**OPENS, **dict.fromkeys(SUBMITS, False)}
