"""A revocation confirmed by typing the key's name (a GitHub-style "type the name to confirm"), in
a real Chromium: the name is typed in the one field the dialog asks it in, exactly, and only then
is the confirmation clicked; a dialog that asks for something else gets nothing typed."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import KEY_TABLE_HEAD, chromium_page

pytestmark = pytest.mark.integration

PAGE = (
    KEY_TABLE_HEAD
    + """<tr><td>Felix</td><td>23/01/2021 08:14</td><td>Deltumeau Vincent</td>
  <td><button data-k="Felix">Révoquer</button></td></tr>
<tr><td>erp « prod »</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td>
  <td><button data-k="erp « prod »">Révoquer</button></td></tr></table>
<div role="dialog" aria-labelledby="h" hidden><h2 id="h">Révoquer la clé ?</h2>
  <p>Cette action est définitive. <span id="ask">{ask}</span></p>
  <input aria-labelledby="ask" autocomplete="off">
  <button id="ok" disabled>Révoquer</button> <button onclick="this.parentNode.hidden = true">Annuler</button></div>
<script>
  window.revoked = [];
  const dialog = document.querySelector('[role=dialog]'), field = dialog.querySelector('input');
  const ok = document.getElementById('ok');
  let key = null;
  for (const b of document.querySelectorAll('[data-k]')) b.onclick = () => {{
    key = b.dataset.k; field.value = ''; ok.disabled = {need};
    document.getElementById('ask').textContent = `{ask}`.replace('NAME', key);
    dialog.hidden = false;
  }};
  field.oninput = () => {{ ok.disabled = {need} && field.value !== key; }};
  ok.onclick = () => {{ window.revoked.push([key, field.value]); dialog.hidden = true; }};
</script></body></html>"""
)


def _revoke(html: str, name: str) -> list[list[str]]:
    with chromium_page(html) as page:
        key_page = KeyPage(page, Labels(), 5)
        [row] = [r for r in key_page.rows() if r.name == name]
        key_page.revoke(row)
        page.wait_for_function("window.revoked.length > 0", timeout=5000)
        return list(page.evaluate("window.revoked"))


@pytest.mark.parametrize(
    "ask", ["Saisissez « NAME » pour confirmer.", "Type NAME to confirm", "Pour confirmer, recopiez le nom : NAME"]
)
def test_the_name_is_typed_where_the_confirmation_asks_for_it(ask: str) -> None:
    html = PAGE.format(ask=ask, need="true")
    assert _revoke(html, "erp « prod »") == [["erp « prod »", "erp « prod »"]]


def test_a_field_that_asks_for_something_else_gets_nothing_typed() -> None:
    html = PAGE.format(ask="Motif (facultatif)", need="false")
    assert _revoke(html, "Felix") == [["Felix", ""]]
