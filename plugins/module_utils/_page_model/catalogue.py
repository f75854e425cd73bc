# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The service catalogue: choose the tiers, filter on online services, open a service's keys."""

from __future__ import annotations

import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator


def tiers_matches(option: str, wanted: str) -> bool:
    """A tiers is named by its code ("95943"), its label, or both as the portal shows them."""
    option_n = " ".join(option.split()).casefold()
    wanted_n = " ".join(wanted.split()).casefold()
    if not wanted_n:
        return False
    code, dummy, label = option_n.partition(" ")
    return wanted_n in (option_n, code, label)


class CataloguePage(BasePage):
    STEP = "service catalogue"
    EXPECTED = "the 'Catalogue de services' page (its 'Filtrer' button and a service type list)"

    def service_type_select(self) -> Locator:
        # The drop-down is known by what it offers, "Services en lignes", not by its label.
        return self.page.get_by_role("combobox").filter(
            has=self.page.get_by_role("option", name=self.rx("online_services_option"))
        )

    def tiers_select(self) -> Locator:
        return self.page.get_by_role("combobox", name=self.rx("tiers_select"))

    def is_here(self) -> bool:
        return self.visible(self.control("filter_button")) and self.visible(self.service_type_select())

    def choose_tiers(self, wanted: str | None) -> None:
        """Select the tiers when the account has several; without a list, the key page checks it."""
        select = self.tiers_select()
        if not wanted or not self.visible(select):
            return
        options = [o.strip() for o in select.first.locator("option").all_inner_texts() if o.strip()]
        found = [o for o in options if tiers_matches(o, wanted)]
        if not found:
            self.fail(
                f"unknown tiers {wanted!r}; the account offers: {', '.join(options) or 'none'}",
                error=NotFoundError,
            )
        if len(found) > 1:
            self.fail(f"tiers {wanted!r} is ambiguous: {', '.join(found)}; give its code", error=NotFoundError)
        select.first.select_option(label=found[0])

    def filter_online_services(self) -> None:
        select = self.expect(self.service_type_select(), "the service type list offering 'Services en lignes'")
        option = select.get_by_role("option", name=self.rx("online_services_option")).first.inner_text()
        select.select_option(label=option.strip())
        self.click_and_settle(self.expect(self.control("filter_button"), "the 'Filtrer' button"), "'Filtrer'")

    def services(self) -> list[str]:
        """The service names listed (first cell of each body row, or the 'Service' column)."""
        names: list[str] = []
        for table in self.page.get_by_role("table").all():
            rows = self.read_table(table)
            column = 0
            for row in rows:
                if row["header"]:
                    heads = [bool(self.rx("service_column").search(c)) for c in row["cells"]]
                    column = heads.index(True) if True in heads else 0
                    continue
                if len(row["cells"]) > column and row["cells"][column]:
                    names.append(row["cells"][column])
        return names

    def open_key_page(self, service: str) -> None:
        row = self._service_row(service)
        button = self._key_button(row, service)
        self.click_and_settle(button, f"the key button of service {service!r}")

    def _service_row(self, service: str) -> Locator:
        rows = self.page.get_by_role("row")
        exact = rows.filter(has=self.page.get_by_role("cell", name=service, exact=True))
        if exact.count() == 0:
            exact = rows.filter(has_text=re.compile(rf"(^|\s){re.escape(service)}(\s|$)"))
        count = exact.count()
        if count == 0:
            seen = self.services()
            self.fail(
                f"unknown service {service!r}; the catalogue's online services are: "
                f"{', '.join(seen) if seen else 'none (is the list empty for this tiers?)'}",
                error=NotFoundError,
            )
        return exact.first

    def _key_button(self, row: Locator, service: str) -> Locator:
        keyish = self.control("key_button", scope=row)
        if keyish.count() >= 1:
            return keyish.first
        # An icon with no accessible name: the only control of the row that is not the service name.
        controls = [
            c for c in row.get_by_role("button").or_(row.get_by_role("link")).all() if c.inner_text().strip() != service
        ]
        if len(controls) == 1:
            return controls[0]
        self.fail(
            f"service {service!r} has no key-shaped button on its row (found {len(controls)} "
            "unnamed controls; is it an online service?)"
        )
