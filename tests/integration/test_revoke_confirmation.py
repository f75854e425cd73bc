"""A revocation confirmed by typing the key's name (a GitHub-style "type the name to confirm"), in
a real Chromium: the name is typed in the one field the dialog asks it in, exactly, and only then
is the confirmation clicked; a dialog that asks for something else gets nothing typed."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import PortalError
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


# A popconfirm: "Révoquer" shows a popover drawn at the end of the page, "Révoquer la clé NAME ?" with
# "Annuler" / "OK"; only "OK" revokes. Without it confirmed, nothing is revoked.
POPOVER = (
    KEY_TABLE_HEAD
    + """<tr><td>Felix</td><td>23/01/2021 08:14</td><td>Deltumeau Vincent</td>
  <td><button data-k="Felix">Révoquer</button></td></tr>
<tr><td>erp</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td>
  <td><button data-k="erp">Révoquer</button></td></tr></table>
<div class="popover" style="position:absolute;top:40px;left:300px" hidden>
  <p>Révoquer la clé <b id="which"></b> ?</p>{buttons}</div>
<script>
  window.revoked = [];
  const pop = document.querySelector('.popover');
  let key = null;
  for (const b of document.querySelectorAll('[data-k]')) b.onclick = () => {
    key = b.dataset.k; document.getElementById('which').textContent = key; pop.hidden = false;
  };
  for (const b of pop.querySelectorAll('button')) b.onclick = () => {
    if (b.dataset.ok) window.revoked.push(key);
    pop.hidden = true;
  };
</script></body></html>"""
)


def test_a_popover_that_the_click_showed_is_confirmed() -> None:
    html = POPOVER.replace("{buttons}", '<button>Annuler</button> <button data-ok="1">OK</button>')
    assert _revoke(html, "erp") == ["erp"]


def test_a_popover_with_two_confirm_controls_fails_before_any_click() -> None:
    buttons = '<button data-ok="1">OK</button> <button data-ok="1">Oui, révoquer</button>'
    with chromium_page(POPOVER.replace("{buttons}", buttons)) as page:
        key_page = KeyPage(page, Labels(), 3)
        [row] = [r for r in key_page.rows() if r.name == "erp"]
        with pytest.raises(PortalError, match="showed 2 confirm controls, not one: none was clicked"):
            key_page.revoke(row)
        assert page.evaluate("window.revoked") == []
