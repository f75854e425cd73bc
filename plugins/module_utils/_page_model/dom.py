# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The page as the browser renders it, handed to the same reader as the server's HTML.

One reader (static_html.Document and the readers built on it) turns either the served HTML or the
browser's rendered DOM into what a person sees. The browser's DOM is serialized with what only the
browser knows written into it: which elements are not shown (style sheets, scripts), and the
current value and checked state of fields. So a rendering the browser path can read is one the
plain path reads the same way, and "the HTML lists what the browser lists" compares two outputs of
one function.
"""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import evaluate_loaded

if t.TYPE_CHECKING:
    from playwright.sync_api import Page


def rendered(page: Page) -> Document:
    """What the page shows now, as a Document."""
    return Document(str(evaluate_loaded(page, script("snapshot", "shadow_dom", "flat_html"))))


def element_locator(page: Page, element_id: str) -> t.Any:
    """The live element a snapshot's element stands for (until the next snapshot)."""
    return page.locator(f'[data-cl-id="{element_id}"]')


def controls(page: Page) -> list[dict[str, t.Any]]:
    """The controls shown on the page now (see js/controls.js); `index` finds each again with
    `control_locator` until the next call."""
    return t.cast("list[dict[str, t.Any]]", evaluate_loaded(page, script("controls", "shadow_dom")))


def control_locator(page: Page, index: int) -> t.Any:
    return page.locator(f'[data-cl-control="{index}"]')
