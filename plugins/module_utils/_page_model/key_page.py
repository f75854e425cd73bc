# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The key page of one service and tiers: criteria, the key list, "Générer", "Révoquer"."""

from __future__ import annotations

import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    ACTIVE,
    REVOKED,
    KeyRow,
    number_lookalikes,
    parse_portal_date,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CredentialsPanel
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError

if t.TYPE_CHECKING:
    from playwright.sync_api import Dialog, Locator

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

# A list longer than this many pages is not a list we should be paging through.
MAX_PAGES = 200


class ListProblem(ValueError):
    """The key list is not laid out as expected; says what was expected and what was found."""


def rows_from_table(table: list[dict[str, t.Any]], labels: Labels, status: str) -> list[KeyRow]:
    """The key rows of a table read as {header, cells} rows (live page or server HTML alike)."""
    headers = next((r["cells"] for r in table if r["header"]), None)
    if headers is None:
        raise ListProblem("expected the key list's column headers, found none")
    name_i = _column(headers, labels, "name_column", "Nom de la clé d'API")
    date_i = _column(headers, labels, "created_column", "Date de création")
    by_i = _column(headers, labels, "creator_column", "Créateur")
    rows = []
    for row in table:
        cells = row["cells"]
        if row["header"] or len(cells) <= max(name_i, date_i, by_i):
            continue  # header, or a "no key" line spanning the table
        rows.append(
            KeyRow(
                name=cells[name_i],
                created_at=parse_portal_date(cells[date_i]),
                created_by=cells[by_i],
                status=status,
                created_raw=cells[date_i],
            )
        )
    return rows


def _column(headers: list[str], labels: Labels, field: str, label: str) -> int:
    for i, text in enumerate(headers):
        if labels.rx(field).search(text):
            return i
    raise ListProblem(f"expected a column {label!r} in the key list, found {headers}")


class KeyPage(BasePage):
    STEP = "key page"
    EXPECTED = "the key page ('Liste des clés d'API pour le service ...')"

    def is_here(self) -> bool:
        return self.visible(self.page.get_by_text(self.rx("key_page_marker"))) or self.visible(self.new_key_field())

    # --- what the page is about ---------------------------------------------------------------
    def tiers(self) -> str:
        return self.line_after_label("tiers_label") or ""

    def service(self) -> str:
        return self.line_after_label("service_label") or ""

    # --- criteria ------------------------------------------------------------------------------
    def show(self, name: str | None, status: str = ACTIVE) -> None:
        """Filter the list on a status and, if given, a name ("Filtrer" reloads the list)."""
        active = self.page.get_by_role("checkbox", name=self.rx("status_active"))
        revoked = self.page.get_by_role("checkbox", name=self.rx("status_revoked"))
        self.expect(active, "the 'Active' status checkbox").set_checked(status in (ACTIVE, "all"))
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
        active = self.page.get_by_role("checkbox", name=self.rx("status_active"))
        revoked = self.page.get_by_role("checkbox", name=self.rx("status_revoked"))
        name_filter = self.page.get_by_role("textbox", name=self.rx("name_filter"))
        try:
            return (
                self.visible(active)
                and active.first.is_checked()
                and not (self.visible(revoked) and revoked.first.is_checked())
                and not (self.visible(name_filter) and name_filter.first.input_value())
                and not self.visible(self.control("next_page"))
            )
        except PlaywrightError:
            return False

    # --- the list ------------------------------------------------------------------------------
    def key_table(self) -> Locator:
        return self.page.get_by_role("table").filter(
            has=self.page.get_by_role("columnheader", name=self.rx("name_column"))
        )

    def rows(self, status: str = ACTIVE) -> list[KeyRow]:
        """Every row of the list as filtered, across its pages."""
        found: list[KeyRow] = []
        seen_pages: set[tuple[str, ...]] = set()
        for dummy in range(MAX_PAGES):
            table = self.expect(self.key_table(), "the key list (column 'Nom de la clé d'API')")
            page_rows = self._parse(self.read_table(table), status)
            signature = tuple(f"{r.name}|{r.created_raw}|{r.created_by}" for r in page_rows)
            if signature in seen_pages and signature:
                break  # a "next" link that leads back to a page already read
            seen_pages.add(signature)
            found.extend(page_rows)
            if not self._next_page():
                break
        return number_lookalikes(found)

    def _parse(self, table: list[dict[str, t.Any]], status: str) -> list[KeyRow]:
        try:
            return rows_from_table(table, self.labels, status)
        except ListProblem as problem:
            self.fail(str(problem))

    def _next_page(self) -> bool:
        nxt = self.control("next_page")
        if not self.visible(nxt) or not nxt.first.is_enabled() or nxt.first.get_attribute("aria-disabled") == "true":
            return False
        self.click_and_settle(nxt.first, "the next page of the key list")
        return True

    # --- changing the portal -------------------------------------------------------------------
    def new_key_field(self) -> Locator:
        return self.page.get_by_role("textbox", name=self.rx("new_key_name"))

    def generate(self, name: str) -> CredentialsPanel:
        """Type the name and click "Générer" (once: the caller never repeats it blindly)."""
        self.expect(self.new_key_field(), "the field 'Entrer le nom d'une nouvelle clé :'").fill(name)
        button = self.expect(self.control("generate_button"), "the 'Générer' button")
        self.click_and_settle(button, "'Générer'")
        panel = CredentialsPanel(self.page, self.labels, self.timeout_s)
        panel.health, panel.signed_out = self.health, self.signed_out
        panel.wait_shown(name)
        return panel

    def revoke(self, row: KeyRow) -> None:
        """Click "Révoquer" on that row and confirm, whether the portal asks natively or in a modal."""
        target = self._find_row(row)
        button = self.expect(
            self.control("revoke_button", scope=target),
            f"the 'Révoquer' button on the row of the API key {row.name!r} created {row.created_raw}",
        )

        def accept(dialog: Dialog) -> None:
            dialog.accept()

        self.page.on("dialog", accept)
        try:
            self.click_and_settle(button, f"'Révoquer' for the API key {row.name!r}")
            self._confirm_if_asked(row)
        finally:
            self.page.remove_listener("dialog", accept)

    def _row(self, row: KeyRow) -> Locator:
        table = self.key_table()
        rows = table.get_by_role("row").filter(has=self.page.get_by_role("cell", name=row.name, exact=True))
        for text in (row.created_raw, row.created_by):
            if text:
                rows = rows.filter(has_text=text)
        return rows.nth(row.position)

    def _find_row(self, row: KeyRow) -> Locator:
        """The row on the page shown, else on the list's pages from the first one."""
        target = self._row(row)
        if self.visible(target):
            return target
        self.show(row.name, row.status)
        for dummy in range(MAX_PAGES):
            if self.visible(target):
                return target
            if not self._next_page():
                break
        self.fail(f"expected the API key {row.name!r} created {row.created_raw} in the list, not found on any page")

    def _confirm_if_asked(self, row: KeyRow) -> None:
        """A modal asking to confirm: click its confirm button. A reload means it is done."""
        dialog = self.page.get_by_role("dialog").or_(self.page.get_by_role("alertdialog"))
        deadline = time.monotonic() + min(self.timeout_s, 5)
        while time.monotonic() < deadline:
            if not self._still_same_page():
                return
            confirm = self.control("confirm_button", scope=dialog.first)
            if self.visible(dialog) and self.visible(confirm):
                self.click_and_settle(confirm.first, f"the confirmation of revoking {row.name!r}")
                return
            self.page.wait_for_timeout(50)

    def _still_same_page(self) -> bool:
        try:
            return bool(self.page.evaluate("() => !!window.__cegidlifeMark"))
        except Exception:  # noqa: BLE001 - a navigation destroyed the context: not the same page
            return False
