"""The account asked for, chosen in a menu whose button does not say it is an account switcher (a
sidebar header named by the current account alone, "Switch account, current: ..."), in a real
Chromium: the page's menus outside the list are opened (which changes nothing) and the one item that
names the tiers asked is chosen; a dangerous item, two such items, or a row's menu are never clicked.
"""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import PortalError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import KEY_TABLE_HEAD, chromium_page

pytestmark = pytest.mark.integration

# The key list, whose row has its own menu naming the tiers, then a user menu (its items name no
# account) and the menu of `accounts`. Every item records its click and closes its menu.
PAGE = """{table}<tr><td>erp</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td>
<td><button aria-haspopup="menu" data-menu="row">Actions pour erp</button>
<div role="menu" id="row" hidden><a role="menuitem" href="#">Copier 95943</a></div></td></tr></table>
<nav>
<button aria-haspopup="menu" data-menu="user">Vincent Deltumeau</button>
<div role="menu" id="user" hidden><a role="menuitem" href="#">Mon compte</a>
<a role="menuitem" href="#">Se déconnecter</a></div>
<button aria-haspopup="menu" data-menu="acct"><span aria-hidden="true">CH</span> CHASSENEUIL DU POITOU</button>
<div role="menu" id="acct" hidden>{accounts}</div></nav>
<script>
  window.clicked = [];
  for (const b of document.querySelectorAll('[data-menu]')) b.onclick = () => {{
    document.getElementById(b.dataset.menu).hidden = false;
  }};
  for (const i of document.querySelectorAll('[role^=menuitem]')) i.onclick = (e) => {{
    e.preventDefault(); window.clicked.push(i.textContent.trim()); i.parentElement.hidden = true;
    // A switcher that applies the choice shows the account chosen, without its code.
    if ({applies} && i.parentElement.id === 'acct') document.querySelector('[data-menu=acct]').textContent =
      i.textContent.replace(/^\\d+ /, '');
  }};
  document.addEventListener('keydown', (e) => {{
    if (e.key === 'Escape') for (const m of document.querySelectorAll('[role=menu]')) m.hidden = true;
  }});
</script></body></html>"""


def _item(name: str, role: str = "menuitemradio") -> str:
    return f'<a role="{role}" href="#">{name}</a>'


def _choose(accounts: str, applies: bool = True) -> tuple[bool, list[str], str]:
    with chromium_page(PAGE.format(accounts=accounts, table=KEY_TABLE_HEAD, applies=str(applies).lower())) as page:
        key_page = KeyPage(page, Labels(), 5)
        chosen = key_page.choose_tiers("95943")
        if chosen:  # what way.py holds the page to: it names the account chosen
            assert key_page.shows_account_chosen("95943") is applies
        return chosen, list(page.evaluate("window.clicked")), key_page.tiers_choice


def test_the_one_item_naming_the_tiers_is_chosen_in_a_menu_named_by_the_account_alone() -> None:
    chosen, clicked, step = _choose(_item("86360 CHASSENEUIL DU POITOU") + _item("95943 FUTUROSCOPE CEDEX"))
    assert (chosen, clicked) == (True, ["95943 FUTUROSCOPE CEDEX"])
    assert step == "menuitemradio '95943 FUTUROSCOPE CEDEX' in the menu 'CH CHASSENEUIL DU POITOU'"


def test_a_dangerous_item_naming_the_tiers_is_never_clicked() -> None:
    chosen, clicked, step = _choose(_item("86360 CHASSENEUIL") + _item("Supprimer le compte 95943", "menuitem"))
    assert (chosen, clicked, step) == (False, [], "")


def test_two_items_naming_the_tiers_are_no_choice() -> None:
    chosen, clicked, step = _choose(_item("95943 FUTUROSCOPE CEDEX") + _item("95943 FUTUROSCOPE (archive)"))
    assert (chosen, clicked, step) == (False, [], "")


def test_a_choice_the_page_does_not_show_is_not_taken_as_applied() -> None:
    chosen, clicked, dummy = _choose(_item("86360 CHASSENEUIL DU POITOU") + _item("95943 FUTUROSCOPE CEDEX"), False)
    assert (chosen, clicked) == (True, ["95943 FUTUROSCOPE CEDEX"])  # and shows_account_chosen is False


# Stripe's account popover: a dialog of links, opened by a button that names the account alone.
POPOVER = (
    KEY_TABLE_HEAD
    + """</table><nav><div><a href="#">Catalogue de produits</a></div>
<div><button aria-haspopup="dialog" id="acct">CHASSENEUIL DU POITOU</button></div>
<div role="dialog" aria-label="Comptes clients" id="pop" hidden>
<a href="#" data-code="86360">CHASSENEUIL DU POITOU<br>Compte client 86360</a>
<a href="#" data-code="95943">FUTUROSCOPE CEDEX<br>Compte client 95943</a></div></nav>
<script>
  window.clicked = [];
  document.getElementById('acct').onclick = () => { document.getElementById('pop').hidden = false; };
  for (const a of document.querySelectorAll('#pop a')) a.onclick = (e) => {
    e.preventDefault(); window.clicked.push(a.dataset.code);
    if (CLOSES) document.getElementById('pop').hidden = true;
    document.getElementById('acct').textContent = a.firstChild.textContent;
  };
</script></body></html>"""
)


def test_a_popovers_link_naming_the_tiers_is_chosen_and_the_page_then_shows_the_account() -> None:
    with chromium_page(POPOVER.replace("CLOSES", "true")) as page:
        key_page = KeyPage(page, Labels(), 5)
        assert key_page.choose_tiers("95943")
        assert page.evaluate("window.clicked") == ["95943"]
        assert key_page.tiers_choice == (
            "link 'FUTUROSCOPE CEDEX Compte client 95943' in the menu 'CHASSENEUIL DU POITOU'"
        )
        assert key_page.shows_account_chosen("95943")


def test_a_choice_that_leaves_its_popover_open_switched_nothing() -> None:
    with (
        chromium_page(POPOVER.replace("CLOSES", "false")) as page,
        pytest.raises(PortalError, match="left the menu open: the account was not switched"),
    ):
        KeyPage(page, Labels(), 5).choose_tiers("95943")
