# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The key page of one service and tiers: criteria, the key list, "Générer", "Révoquer".

What the page shows is read by the one reader both paths share (key_list.KeyList over dom.rendered);
this class only acts: it filters, pages through the list, generates and revokes.
"""

from __future__ import annotations

import contextlib
import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, REVOKED, KeyRow
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.combobox import (
    is_native,
    pick,
    radio_name,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.confirmation import RevokeConfirmation
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CredentialsPanel
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import element_locator, rendered
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import (
    MAX_PAGES,
    KeyList,
    ListProblem,
    walk_pages,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.new_key_form import NewKeyForm
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scrolling import grew_on_scroll
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import folded, is_service
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches, tiers_mentioned
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import fixed_sleep, page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import Dialog, Locator

__all__ = ["MAX_PAGES", "KeyPage", "ListProblem"]

# Marks of the revoke controls showing before a row's actions menu opened, and of the one it revealed.
_REVEALED = "data-cl-revealed-revoke"
# The account chosen in a menu, and how many menus are opened to find one that offers the tiers asked.
_CHOSEN_ACCOUNT = "data-cl-chosen-account"
_MENUS_OPENED = 4
# Inside a row of a list (its actions menu names no account).
_IN_A_ROW = "(el) => !!el.closest('tr, [role=row], li[role=listitem], [role=article]')"


def _opens(button: Locator) -> bool:
    """A button that opens a menu (aria-haspopup)."""
    return (button.get_attribute("aria-haspopup") or "false").lower() != "false"


class KeyPage(BasePage):
    STEP = "key page"
    EXPECTED = "the key page ('Liste des clés d'API pour le service ...', or its key list)"
    # The service whose keys are wanted: a page that lists several services' keys shows only its rows.
    service: str = ""
    # The tiers asked for: a page whose choice of accounts offers it shows the keys of the chosen one.
    tiers_asked: str = ""
    # The tiers the page offered to choose from, when it did (for a clear failure).
    offered_tiers: list[str]

    def __init__(self, *args: t.Any, **kwargs: t.Any) -> None:
        super().__init__(*args, **kwargs)
        self.offered_tiers = []
        # The choice of an account in a menu, as a step of the way ("menuitem '95943 ...' in the menu ..."),
        # and the item's own words.
        self.tiers_choice = ""
        self.tiers_item = ""
        self._lines_before: set[str] = set()  # what the page showed before an account menu was opened

    def reader(self) -> KeyList:
        return KeyList(rendered(self.page), self.labels, self.service, self.tiers_asked)

    def is_here(self) -> bool:
        try:
            return self.reader().is_here()
        except PlaywrightError:
            return False

    # --- what the page is about ---------------------------------------------------------------
    def tiers(self) -> str:
        return self.reader().tiers()

    def shown_service(self) -> str:
        return self.reader().service()

    def lists_services(self) -> bool:
        """One list for several services (the "Clé API" route), or a generation form that asks which."""
        return self.reader().lists_services() or self.visible(self.new_key_form().service_select())

    def mentions_tiers(self, wanted: str) -> bool:
        """Whether a line the page shows names that tiers (hidden choices, not shown, do not count)."""
        return any(tiers_mentioned(line, wanted) for line in self.reader().doc.lines())

    def shows_account_chosen(self, wanted: str) -> bool:
        """After an account was chosen in a menu, that menu closed: the page names it by its code, or
        shows a line it did not show before that is part of the item chosen ("FUTUROSCOPE CEDEX" of
        "95943 FUTUROSCOPE CEDEX"), as a switcher shows the account it switched to."""
        if self.mentions_tiers(wanted):
            return True
        item = folded(re.sub(rf"(?<!\w){re.escape(wanted)}(?!\w)", " ", self.tiers_item))
        new = {folded(line) for line in self.reader().doc.lines()} - self._lines_before
        return any(len(line) >= 3 and line in item for line in new)

    def mentions(self, service: str) -> bool:
        """Whether a line the page shows names that service."""
        wanted = folded(service)
        return bool(wanted) and any(wanted in folded(line) for line in self.reader().doc.lines())

    def offers_service(self) -> bool:
        """A key page whose list follows a choice of services (radio buttons, tabs) that offers the
        service asked: one is chosen, maybe another (choose_service then chooses it)."""
        return bool(self.reader().chosen_service())

    def choose_service(self) -> bool:
        """Choose the service asked among the page's radio buttons or tabs of services, or in its
        'Service' drop-down; whether it did: only when exactly one of them is that service."""
        for role in ("radio", "tab"):
            found = [c for c in self.shown(self.page.get_by_role(role)) if is_service(self.name_of(c), self.service)]
            if len(found) == 1:
                self.click_and_settle(found[0], f"the service {self.service!r}")
                self._submit_criteria_if_any(f"the service {self.service!r}")
                return is_service(self.shown_service(), self.service)
        select = self.page.get_by_role("combobox", name=self.rx("service_select"))
        if self.visible(select):
            chosen, dummy = self._choose_option(select.first, "the service", lambda o: is_service(o, self.service))
            return chosen and is_service(self.shown_service(), self.service)
        return False

    def _choose_option(self, select: Locator, what: str, matches: t.Callable[[str], bool]) -> tuple[bool, list[str]]:
        """Choose in a drop-down (native or an ARIA combobox) the one option that `matches`; whether
        it did, and the options offered."""

        def the_one(options: list[str]) -> str | None:
            found = [o for o in options if matches(o)]
            return found[0] if len(found) == 1 else None

        chosen, options = pick(self, select, what, the_one)
        if chosen is None:
            return False, options
        self._submit_criteria_if_any(f"{what} {chosen!r}")
        return True, options

    def choose_tiers(self, wanted: str) -> bool:
        """Show the tiers asked for where the page offers a choice (a drop-down, native or an ARIA
        combobox, or radio buttons); whether it did: only when exactly one option is that tiers."""
        select = self.page.get_by_role("combobox", name=self.rx("tiers_select"))
        if self.visible(select):
            chosen, self.offered_tiers = self._choose_option(
                select.first, "the tiers", lambda o: tiers_matches(o, wanted)
            )
            return chosen
        for box in self.shown(self.page.get_by_role("combobox"))[:_MENUS_OPENED]:
            # A native drop-down no label names ("Compte marchand") whose options offer the tiers, once
            # (read without opening anything: nothing is chosen otherwise).
            if is_native(box):
                chosen, options = self._choose_option(box, "the tiers", lambda o: tiers_matches(o, wanted))
                if chosen:
                    self.offered_tiers = options
                    return True
        for radio in self.page.get_by_role("radio").all():
            label = radio_name(radio)
            self.offered_tiers.append(" ".join(str(label).split()))
            if tiers_matches(str(label), wanted):
                self.click_and_settle(radio, f"the tiers {label!r}")
                self._submit_criteria_if_any(f"the tiers {label!r}")
                return True
        tabs = [tab for tab in self.shown(self.page.get_by_role("tab")) if tiers_mentioned(self.name_of(tab), wanted)]
        if len(tabs) == 1:  # accounts as tabs or a segmented control ("95943 FUTUROSCOPE CEDEX")
            self.click_and_settle(tabs[0], f"the tiers {self.name_of(tabs[0])!r}")
            return True
        return self._switch_tiers(wanted)

    def _switch_tiers(self, wanted: str) -> bool:
        """An account switcher ("Compte 86360 ▾"): open its menu, choose the one account that is the
        tiers asked; whether it did (its menu closed again otherwise). Where no switcher says it is
        one, the page's other menus outside the list's rows (a switcher named by the account alone,
        "CHASSENEUIL DU POITOU ⌄", "Switch account, current: 86360 ...") are opened, a few at most:
        opening a menu changes nothing, and only one whose items name the tiers asked once is chosen in."""
        switches = [b for b in self.shown(self.page.get_by_role("button", name=self.rx("tiers_switch"))) if _opens(b)]
        if len(switches) > 1:
            return False
        for opener in switches or self._other_menus()[:_MENUS_OPENED]:
            if self._choose_in_menu(opener, wanted, named=bool(switches)):
                return True
        return False

    def _other_menus(self) -> list[Locator]:
        """The page's buttons that open a menu, outside the key list's rows, that no danger label names."""
        danger = self.rx("danger")
        return [
            b
            for b in self.shown(self.page.get_by_role("button"))
            if _opens(b) and not danger.search(self.name_of(b)) and not b.evaluate(_IN_A_ROW)
        ]

    def _choose_in_menu(self, opener: Locator, wanted: str, *, named: bool) -> bool:
        """Open the menu, choose its one item (none of them dangerous) that names the tiers asked: a
        menu's item, or a link of a popover that the opening showed."""
        items = self.page.get_by_role("menuitem").or_(self.page.get_by_role("menuitemradio"))
        if not named:
            items = items.or_(self.page.get_by_role("link"))
        self._lines_before = {folded(line) for line in self.reader().doc.lines()}
        self.mark_shown(items)
        opened = " ".join(self.name_of(opener).split())
        self.click_and_settle(opener, f"the menu {opened!r}")
        # The switcher's own items are all it shows; another menu's, only the ones its opening showed.
        if named:
            handles = [i.element_handle() for i in self.shown(items)]
        else:  # drawn a moment after the click, at most
            handles = poll(lambda: self.revealed(items) or None, min(self.timeout_s, 1), page_wait(self.page)) or []
        names = [" ".join(self.name_of(h).split()) for h in handles]
        if named:
            self.offered_tiers = names
        found = [at for at, n in enumerate(names) if tiers_mentioned(n, wanted)]
        if len(found) != 1 or self.rx("danger").search(names[found[0]]):
            with contextlib.suppress(PlaywrightError):
                self.page.keyboard.press("Escape")
            return False
        chosen, name = handles[found[0]], names[found[0]]
        role = chosen.get_attribute("role") or "link"  # a menu's items say their role, a popover's links do not
        self.click_and_settle(self.only(chosen, _CHOSEN_ACCOUNT), f"the tiers {name!r}")
        if not named and self.visible(self.page.locator(f"[{_CHOSEN_ACCOUNT}]")):  # still open: no switch
            self.fail(f"choosing {name!r} in the menu {opened!r} left the menu open: the account was not switched")
        self.tiers_choice, self.tiers_item = f"{role} {name!r} in the menu {opened!r}", name
        self._submit_criteria_if_any(f"the tiers {wanted!r}")
        return True

    def _submit_criteria_if_any(self, what: str) -> None:
        # fixed sleep: a choice whose form submits itself starts loading a moment later (its 'Filtrer'
        # must not be taken for the new page's); where nothing loads, there is no event to wait for.
        fixed_sleep(self.page, 0.1)
        button = self.control("filter_button")
        if self.visible(button) and self.is_here():
            self.click_and_settle(button.first, f"'Filtrer' for {what}")

    # --- criteria ------------------------------------------------------------------------------
    def show(self, name: str | None, status: str = ACTIVE) -> None:
        """Filter the list on a status and, if given, a name ("Filtrer" reloads the list)."""
        active = self.page.get_by_role("checkbox", name=self.rx("status_active"))
        revoked = self.page.get_by_role("checkbox", name=self.rx("status_revoked"))
        if not self.visible(active):
            if status == ACTIVE:
                return  # no criteria to set: the list as shown (rows are filtered by name after)
            self.fail("expected the 'Active' and 'Révoquée' status checkboxes, not found")
        active.first.set_checked(status in (ACTIVE, "all"))
        if self.visible(revoked):
            revoked.first.set_checked(status in (REVOKED, "all"))
        elif status != ACTIVE:
            self.fail("expected the 'Révoquée' status checkbox, not found")
        name_filter = self.page.get_by_role("textbox", name=self.rx("name_filter"))
        if self.visible(name_filter):
            name_filter.first.fill(name or "")
        self.click_and_settle(self.expect(self.control("filter_button"), "the 'Filtrer' button"), "'Filtrer'")

    def lists_active_on_one_page(self) -> bool:
        """The page as opened already lists exactly the Active keys, all of them on this page, so
        reading it saves a "Filtrer" round trip."""
        try:
            reader = self.reader()
            return reader.criteria_doubt() is None and not self._next_control(reader)
        except (PlaywrightError, ListProblem):
            return False

    # --- the list ------------------------------------------------------------------------------
    def rows(self, status: str = ACTIVE) -> list[KeyRow]:
        """Every row of the list as filtered, across its pages (of this service only)."""
        return [row for row, dummy in self._row_elements(status, all_pages=True)]

    def _row_elements(self, status: str, *, all_pages: bool) -> list[tuple[KeyRow, str]]:
        try:
            found, dummy = walk_pages(
                self._expect_list(),
                lambda reader: self._more(reader, status),
                status,
                self.service,
                all_pages=all_pages,
            )
        except ListProblem as problem:
            self.fail(str(problem))
        return [(row, element.attrs.get("data-cl-id", "")) for row, element in found]

    def _more(self, reader: KeyList, status: str) -> tuple[KeyList, bool] | None:
        """The list's next page, or more of it (and whether it shows the rows read so far again);
        None at its end. Without a control to more, a list that grows as it is scrolled shows it
        only then, unless the page says that it shows the end ("Page 2 sur 2", or no row and
        "Aucune clé d'API")."""
        # "Page 2 sur 2": the end, whatever a next control looks like (one dimmed by its style only
        # takes no click); the count the page states is then held against the rows read (walk_pages).
        control = None if reader.end_said() else self._next_control(reader)
        if control is None:
            rows = reader.row_elements(status, self.service if reader.lists_services() else None)
            if reader.end_said() or (not rows and reader.says_empty()):
                return None
            last = element_locator(self.page, rows[-1][1].attrs.get("data-cl-id", "")) if rows else None
            if grew_on_scroll(self.page, last, lambda: len(self.reader().doc.lines())):
                return self._expect_list(), True
            return None
        self.click_and_settle(control[0], "the next page of the key list")
        return self._expect_list(), control[1]

    def _expect_list(self) -> KeyList:
        problems = ["expected the key list (column 'Nom de la clé d'API'), not found"]
        # A page just loaded may still be fetching its rows (a list drawn by script): its header
        # with no row yet is no empty list. Once the page has settled, this returns at once.
        with contextlib.suppress(PlaywrightError):
            self.page.wait_for_load_state("networkidle", timeout=min(self.timeout_ms, 10_000))
        health = self.health
        if health is not None:  # and after a choice made on the page, its data requests
            poll(lambda: not health.fetching, min(self.timeout_s, 5), page_wait(self.page))

        def readable() -> KeyList | None:
            reader = self.reader()
            try:
                reader.row_elements()
                return reader
            except ListProblem as problem:
                problems.append(str(problem))
                if self.signed_out is not None and self.signed_out():
                    self.fail(problems[-1])
                return None

        found = poll(readable, self.timeout_s, page_wait(self.page))
        if found is None:
            self.fail(problems[-1])  # what the page shows instead, as precisely as it can be said
        return found

    def _next_control(self, reader: KeyList) -> tuple[Locator, bool] | None:
        """The control to the list's next page (a link, a button, "Afficher plus"), and whether it
        shows the rows read so far again; None on the last page."""
        for field, cumulative in (("next_page", False), ("more_rows", True)):
            for role in ("link", "button"):
                for element in reader.doc.by_role(role, self.rx(field)):
                    if not element.disabled:
                        return element_locator(self.page, element.attrs.get("data-cl-id", "")), cumulative
        return None

    # --- changing the portal -------------------------------------------------------------------
    def new_key_form(self) -> NewKeyForm:
        form = NewKeyForm(self.page, self.labels, self.timeout_s)
        form.service, form.health, form.signed_out, form.answered = (
            self.service,
            self.health,
            self.signed_out,
            self.answered,
        )
        return form

    def generate(self, name: str) -> CredentialsPanel:
        """Type the name and click "Générer", once (new_key_form.py)."""
        return self.new_key_form().generate(name)

    def revoke(self, row: KeyRow) -> None:
        """Click "Révoquer" on that row (or in its actions menu) and confirm, whether the portal
        asks natively, in a modal, or not at all."""
        target = self._find_row(row)
        button = self.control("revoke_button", scope=target)
        if not self.visible(button):
            named = self.labels.revoke_named_rx(row.name)
            button = target.get_by_role("button", name=named).or_(target.get_by_role("link", name=named))
        if not self.visible(button):
            menu = self.control("actions_menu", scope=target)
            if self.visible(menu):
                button = self._revealed_revoke(menu.first, row)
            else:
                button = self._revoke_on_its_page(target, row) or button
        button = self.expect(
            button, f"the 'Révoquer' control on the row of the API key {row.name!r} created {row.created_raw}"
        )

        def accept(dialog: Dialog) -> None:
            dialog.accept()

        self.page.on("dialog", accept)
        confirmation = self._confirmation()
        try:
            confirmation.note_shown()
            self.click_and_settle(button, f"'Révoquer' for the API key {row.name!r}")
            confirmation.confirm_if_asked(row.name)
        finally:
            self.page.remove_listener("dialog", accept)

    def _revoke_on_its_page(self, target: Locator, row: KeyRow) -> Locator | None:
        """A row that is a link to its key's own page, with no control of its own: that page, reached
        through the row's link named after the key, showing the key's name as a heading, and its one
        'Révoquer' (never one for every key); None where the row has no such link."""
        links = self.shown(target.get_by_role("link", name=self.labels.key_link_rx(row.name)))
        if not links:
            return None
        self.click_and_settle(links[0], f"the page of the API key {row.name!r}")
        named = re.compile(rf"(?<!\w){re.escape(row.name.strip())}(?!\w)", re.IGNORECASE)
        what = f"the page of the API key {row.name!r} created {row.created_raw}"
        self.expect(self.page.get_by_role("heading", name=named), f"{what}, its name as a heading")
        every = self.rx("revoke_all")
        found = [c for c in self.shown(self.control("revoke_button")) if not every.search(self.name_of(c))]
        if len(found) != 1:
            self.fail(f"{what} shows {len(found)} 'Révoquer' controls, not one: none was clicked")
        return found[0]

    def _revealed_revoke(self, menu: Locator, row: KeyRow) -> Locator:
        """The one "Révoquer" that opening this row's actions menu revealed. Menus are often drawn
        apart from their row (at the end of the page), so the control is looked for page-wide, but
        only one that was not showing before the click counts: another row's "Révoquer" is never
        taken. None revealed, or more than one, fails before any of them is clicked."""
        offered = self.page.get_by_role("menuitem", name=self.rx("revoke_button")).or_(self.control("revoke_button"))
        self.mark_shown(offered)
        self.click_and_settle(menu, f"the actions of the API key {row.name!r}")
        found = poll(lambda: self.revealed(offered) or None, min(self.timeout_s, 5), page_wait(self.page)) or []
        what = f"opening the actions of the API key {row.name!r} created {row.created_raw}"
        if not found:
            self.fail(f"{what} showed no 'Révoquer' control")
        if len(found) > 1:
            self.fail(f"{what} showed {len(found)} new 'Révoquer' controls, not one: none was clicked")
        return self.only(found[0], _REVEALED)

    def _confirmation(self) -> RevokeConfirmation:
        confirmation = RevokeConfirmation(self.page, self.labels, self.timeout_s)
        confirmation.health, confirmation.signed_out, confirmation.answered = (
            self.health,
            self.signed_out,
            self.answered,
        )
        return confirmation

    def _find_row(self, row: KeyRow) -> Locator:
        """The row on the page shown, else on the list's pages from the first one (filtered again, or
        back to the first page)."""
        located = self._row_on_page(row, all_pages=False)
        if located is not None:
            return located
        self.show(row.name, row.status)
        self._first_page()
        located = self._row_on_page(row, all_pages=True)
        if located is not None:
            return located
        self.fail(f"expected the API key {row.name!r} created {row.created_raw} in the list, not found on any page")

    def _first_page(self) -> None:
        """Back to the list's first page where it offers a way there ("Première page", «, else its
        previous page until there is none): a list read to its end shows its last page, and rows
        are looked for from the first one on."""
        if self._page_control("first_page"):
            return
        for dummy in range(MAX_PAGES):
            if not self._page_control("previous_page"):
                return

    def _page_control(self, field: str) -> bool:
        """Click the list's one usable control of that kind (a page to go to); whether there was one."""
        shown = [c for c in self.shown(self.control(field)) if c.is_enabled()]
        if len(shown) != 1 or shown[0].get_attribute("aria-disabled") == "true":
            return False
        self.click_and_settle(shown[0], f"the {field.replace('_', ' ')} of the key list", required=False)
        return True

    def _row_on_page(self, row: KeyRow, *, all_pages: bool) -> Locator | None:
        """The row's element on the page shown (with `all_pages`: on this page or the next ones)."""
        for dummy in range(MAX_PAGES):
            listed = self._row_elements(row.status, all_pages=False)
            for shown, element in listed:
                if shown.look == row.look and element:  # look-alikes are all targets (_revocation)
                    return element_locator(self.page, element)
            if not all_pages:
                return None
            if self._more(self.reader(), row.status) is None:
                return None
        return None
