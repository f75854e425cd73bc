"""Web components (issue 21 §2): a key page drawn inside open shadow roots, in a real Chromium. The
page is read as a person sees it - the flat tree, slots filled - so its list, its controls and the
rows' own controls are found, and what the reader picked can be clicked."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import (
    control_locator,
    controls,
    element_locator,
    rendered,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import KeyList
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import chromium_page

pytestmark = pytest.mark.integration

# A shell component whose slot holds the page's title, and inside it a key manager component with
# its own shadow root: tabs, a table of keys, a revoke button per row, a hidden template.
PAGE = """<!doctype html><html lang="fr"><head><title>Clés</title></head><body>
<cl-shell><h1 slot="title">Liste des clés d'API pour le service Loop APIkey</h1></cl-shell>
<template id="shell"><header><nav aria-label="Menu"><a href="#a">Accueil</a></nav></header>
  <slot name="title"></slot><main><cl-keys></cl-keys></main></template>
<template id="keys"><div role="tablist"><button role="tab" aria-selected="true">Clés</button>
  <button role="tab" id="t2" aria-labelledby="t2l">x</button><span id="t2l">Accès API</span></div>
  <p hidden>Texte caché</p>
  <table><tr><th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th><th></th></tr>
  <tr><td>Felix</td><td>23/01/2021 08:14</td><td>Deltumeau Vincent</td>
    <td><button onclick="window.clicked.push('Felix')">Révoquer</button></td></tr>
  <tr><td>invoicing &amp; co</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td>
    <td><button onclick="window.clicked.push('invoicing')">Révoquer</button></td></tr></table></template>
<script>
window.clicked = [];
for (const [tag, id] of [['cl-shell', 'shell'], ['cl-keys', 'keys']]) {
  customElements.define(tag, class extends HTMLElement {
    connectedCallback() {
      this.attachShadow({mode: 'open'}).appendChild(document.getElementById(id).content.cloneNode(true));
    }
  });
}
</script></body></html>"""


@pytest.fixture(scope="module")
def page() -> t.Iterator[t.Any]:
    with chromium_page(PAGE) as page:
        yield page


def test_the_list_inside_shadow_roots_is_read(page: t.Any) -> None:
    reader = KeyList(rendered(page), Labels())
    assert reader.is_here()
    assert reader.service() == "Loop APIkey"  # the title, slotted into the shell
    assert [(r.name, r.created_raw, r.created_by) for r in reader.rows()] == [
        ("Felix", "23/01/2021 08:14", "Deltumeau Vincent"),
        ("invoicing & co", "02/03/2026 09:30", "Deltumeau Vincent"),
    ]
    assert "Texte caché" not in "\n".join(reader.doc.lines())


def test_a_row_read_inside_a_shadow_root_can_be_acted_on(page: t.Any) -> None:
    reader = KeyList(rendered(page), Labels())
    [dummy, (row, element)] = reader.row_elements()
    assert row.name == "invoicing & co"
    element_locator(page, element.attrs["data-cl-id"]).get_by_role("button", name="Révoquer").click()
    assert page.evaluate("window.clicked") == ["invoicing"]


def test_controls_inside_shadow_roots_are_seen_with_their_names_and_rows(page: t.Any) -> None:
    shown = {(c["role"], c["name"]): c for c in controls(page)}
    assert {("tab", "Clés"), ("tab", "Accès API"), ("link", "Accueil")} <= set(shown)
    assert shown[("link", "Accueil")]["inBanner"] and shown[("tab", "Accès API")]["inMenu"]
    revoke = [c for c in controls(page) if c["name"] == "Révoquer"]
    assert [c["rowLabel"] for c in revoke] == ["Felix", "invoicing & co"]
    control_locator(page, revoke[0]["index"]).click()
    assert page.evaluate("window.clicked")[-1] == "Felix"


def test_a_disabled_control_is_seen_as_disabled(page: t.Any) -> None:
    page.evaluate(
        """() => {
          const tabs = document.querySelector('cl-shell').shadowRoot.querySelector('cl-keys').shadowRoot;
          tabs.querySelector('[role=tab]').setAttribute('aria-disabled', 'true');
        }"""
    )
    shown = {(c["role"], c["name"]): c["disabled"] for c in controls(page)}
    assert shown[("tab", "Clés")] and not shown[("tab", "Accès API")]
