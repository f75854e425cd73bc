# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The key page as the server sent it, read without a browser, by the same labels as KeyPage.

A no-change run can answer from these page loads instead of starting a browser. They are trusted
only as far as they prove themselves: every check below must pass, else `doubt()` says why and the
browser does the reading. And only on a key page where a browser run found that the HTML lists
what the browser lists (_quick_read.check_against_browser), so a portal that builds its list with
scripts never gets here.
"""

from __future__ import annotations

import typing as t
from urllib.parse import urljoin, urlsplit

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import ACTIVE, KeyRow
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.catalogue import tiers_matches
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import ListProblem, rows_from_table
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels


class KeyPageSource:
    """The key page's HTML: what it is about, whether it lists exactly the Active keys, its rows."""

    def __init__(self, source: str, labels: Labels) -> None:
        self.doc = Document(source)
        self.labels = labels

    def is_here(self) -> bool:
        marker = self.labels.rx("key_page_marker")
        return any(marker.search(line) for line in self.doc.lines())

    def service(self) -> str:
        return self.doc.line_after_label(self.labels.rx("service_label")) or ""

    def tiers(self) -> str:
        return self.doc.line_after_label(self.labels.rx("tiers_label")) or ""

    def doubt(self, service: str, tiers: str | None, *, criteria: bool = True) -> str | None:
        """Why this page cannot stand for the browser's reading of (service, tiers)'s Active keys
        (with `criteria`: all of them, unfiltered)."""
        if not self.is_here():
            return "the page is not the key page ('Liste des clés d'API pour le service ...' not found)"
        shown = self.service()
        if shown.casefold() != service.casefold():
            return f"the page is about the service {shown or '(none shown)'!r}, not {service!r}"
        if tiers and not tiers_matches(self.tiers(), tiers):
            return f"the page is about the tiers {self.tiers() or '(none shown)'!r}, not {tiers!r}"
        return self._criteria_doubt() if criteria else None

    def _criteria_doubt(self) -> str | None:
        doc, rx = self.doc, self.labels.rx
        active = doc.by_role("checkbox", rx("status_active"))
        revoked = doc.by_role("checkbox", rx("status_revoked"))
        if len(active) != 1 or not active[0].checked or any(box.checked for box in revoked):
            return "the page does not show exactly the Active keys (status checkboxes)"
        if any(field.attrs.get("value") for field in doc.by_role("textbox", rx("name_filter"))):
            return "the list is filtered on a name"
        return None

    def next_page(self, url: str) -> str | None:
        """The address of the list's next page, None on the last one; ListProblem when the next
        page is behind a control that is no plain link to this portal (a form, a script)."""
        rx = self.labels.rx("next_page")
        controls = [c for role in ("link", "button") for c in self.doc.by_role(role, rx) if not c.disabled]
        if not controls:
            return None
        href = controls[0].attrs.get("href", "").strip() if controls[0].tag == "a" else ""
        target = urljoin(url, href) if href and not href.startswith(("#", "javascript:")) else ""
        here, there = urlsplit(url), urlsplit(target)
        if not target or (there.scheme, there.netloc) != (here.scheme, here.netloc):
            raise ListProblem("the list's next page is behind a control that is no plain link")
        return target

    def rows(self) -> list[KeyRow]:
        """The Active rows this page lists; raises ListProblem when there is no key list to read."""
        column = self.labels.rx("name_column")
        tables = [
            table
            for role in ("table", "grid")
            for table in self.doc.by_role(role)
            if self.doc.by_role("columnheader", column, scope=table)
        ]
        if len(tables) != 1:
            raise ListProblem(f"expected one key list (column 'Nom de la clé d'API'), found {len(tables)}")
        return rows_from_table(self.doc.table_rows(tables[0]), self.labels, ACTIVE)
