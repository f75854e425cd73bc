"""A revocation through a row's actions menu, in a real Chromium: only the "Révoquer" that opening
that row's menu reveals is clicked, wherever the portal draws the menu; another row's "Révoquer",
showing all along, is never taken, and a menu that reveals none, or several, fails before any click.
"""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import PortalError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import KEY_TABLE_HEAD, chromium_page

pytestmark = pytest.mark.integration

# Felix's "Révoquer" shows on its row; erp's is in a menu drawn at the end of the page, as many
# design systems draw their popovers. `{menu}` is what that menu holds.
PAGE = (
    KEY_TABLE_HEAD
    + """<tr><td>Felix</td><td>23/01/2021 08:14</td><td>Deltumeau Vincent</td>
  <td><button data-k="Felix">Révoquer</button></td></tr>
<tr><td>erp</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td>
  <td><button aria-haspopup="menu" aria-expanded="false" id="open">Actions</button></td></tr></table>
<ul role="menu" aria-label="Actions de la clé erp" hidden>{menu}</ul>
<script>
  window.revoked = [];
  const menu = document.querySelector('[role=menu]');
  document.getElementById('open').onclick = (e) => {{ menu.hidden = false; e.target.ariaExpanded = 'true'; }};
  for (const b of document.querySelectorAll('[data-k]')) b.onclick = () => {{
    window.revoked.push(b.dataset.k); menu.hidden = true; document.body.append('Clé révoquée.');
  }};
</script></body></html>"""
)

ITEM = '<li role="none"><button role="menuitem" data-k="{key}">{label}</button></li>'


def _revoke(menu: str) -> tuple[list[str], str]:
    """What was revoked, and the failure's message (empty when the revocation went through)."""
    with chromium_page(PAGE.format(menu=menu)) as page:
        key_page = KeyPage(page, Labels(), 5)
        [row] = [r for r in key_page.rows() if r.name == "erp"]
        message = ""
        try:
            key_page.revoke(row)
        except PortalError as exc:
            message = str(exc)
        page.wait_for_timeout(300)  # a click on the wrong control would have been recorded by now
        return list(page.evaluate("window.revoked")), message


def test_the_control_the_rows_menu_reveals_is_clicked_not_another_rows() -> None:
    revoked, message = _revoke(ITEM.format(key="erp", label="Révoquer") + ITEM.format(key="-", label="Renommer"))
    assert (revoked, message) == (["erp"], "")


def test_a_menu_that_reveals_no_revoke_fails_and_clicks_nothing() -> None:
    revoked, message = _revoke(ITEM.format(key="-", label="Renommer"))
    assert revoked == []
    assert "opening the actions of the API key 'erp'" in message
    assert "showed no 'Révoquer' control" in message


def test_a_menu_that_reveals_two_revokes_fails_and_clicks_neither() -> None:
    revoked, message = _revoke(ITEM.format(key="erp", label="Révoquer") + ITEM.format(key="erp2", label="Supprimer"))
    assert revoked == []
    assert "showed 2 new 'Révoquer' controls, not one: none was clicked" in message


# daisyUI's row dropdown: a <details> whose <summary> (named by its aria-label, showing only an icon)
# opens a plain list; every row has one, and only the opened row's "Révoquer" shows.
DETAILS_PAGE = (
    KEY_TABLE_HEAD
    + "".join(
        f"""<tr><td>{key}</td><td>0{n}/03/2026 09:30</td><td>Deltumeau Vincent</td>
  <td><details><summary aria-label="Actions pour {key}">&#8942;</summary>
  <ul><li><a href="#">Historique</a></li><li><button data-k="{key}">Révoquer</button></li></ul></details></td></tr>"""
        for n, key in enumerate(("Felix", "erp", "paie"), 1)
    )
    + """</table><script>
  window.revoked = [];
  for (const b of document.querySelectorAll('[data-k]')) b.onclick = () => {
    window.revoked.push(b.dataset.k); b.closest('details').open = false; document.body.append('Clé révoquée.');
  };
</script></body></html>"""
)


def test_a_rows_details_dropdown_is_opened_by_its_summary_and_only_its_revoke_is_clicked() -> None:
    with chromium_page(DETAILS_PAGE) as page:
        key_page = KeyPage(page, Labels(), 5)
        [row] = [r for r in key_page.rows() if r.name == "erp"]
        key_page.revoke(row)
        page.wait_for_timeout(300)  # a click on another row's control would have been recorded by now
        assert page.evaluate("window.revoked") == ["erp"]


# Catalyst's list: every cell of a row is a link to the key's own page (drawn here in the same page),
# which shows the key's name as a heading, 'Régénérer le secret' and its one 'Révoquer'.
OWN_PAGE = (
    KEY_TABLE_HEAD
    + "".join(
        f"""<tr><td><a href="#{key}">{key}</a></td><td><a href="#{key}">0{n}/03/2026 09:30</a></td>
  <td><a href="#{key}">Deltumeau Vincent</a></td><td></td></tr>"""
        for n, key in enumerate(("Felix", "erp"), 1)
    )
    + """</table><section id="own" hidden><h1>{heading}</h1>
<button data-k="regen">Régénérer le secret</button>{more}<button data-k="own">Révoquer</button></section>
<script>
  window.revoked = [];
  window.onhashchange = () => {{
    document.querySelector('table').hidden = true;
    const own = document.getElementById('own'); own.hidden = false; own.dataset.key = location.hash.slice(1);
  }};
  for (const b of document.querySelectorAll('[data-k]')) b.onclick = () => {{
    window.revoked.push(b.dataset.k === 'own' ? document.getElementById('own').dataset.key : b.dataset.k);
    document.body.append('Clé révoquée.');
  }};
</script></body></html>"""
)


def _revoke_on_its_page(heading: str = "erp", more: str = "") -> tuple[list[str], str]:
    with chromium_page(OWN_PAGE.format(heading=heading, more=more)) as page:
        key_page = KeyPage(page, Labels(), 3)
        [row] = [r for r in key_page.rows() if r.name == "erp"]
        message = ""
        try:
            key_page.revoke(row)
        except PortalError as exc:
            message = str(exc)
        page.wait_for_timeout(300)
        return list(page.evaluate("window.revoked")), message


def test_a_row_that_links_to_its_keys_page_is_revoked_there() -> None:
    assert _revoke_on_its_page(more='<button data-k="all">Révoquer toutes les clés</button>') == (["erp"], "")


def test_a_page_that_does_not_name_the_key_is_left_untouched() -> None:
    revoked, message = _revoke_on_its_page(heading="Clés d'API")
    assert revoked == []
    assert "the page of the API key 'erp'" in message and "its name as a heading" in message


def test_a_keys_page_with_two_revokes_clicks_neither() -> None:
    revoked, message = _revoke_on_its_page(more='<button data-k="other">Révoquer</button>')
    assert revoked == []
    assert "shows 2 'Révoquer' controls, not one: none was clicked" in message
