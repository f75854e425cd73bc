# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The key page read as a person reads it, from a Document: the served HTML or the browser's
rendered DOM (dom.py) alike, so both paths read it with this one piece of code.

What the page is about ("Service :", "Tiers rattaché :" as a line, a drop-down or radio buttons),
whether it lists exactly the Active keys, the keys it lists (a table, an ARIA grid or a list of
cards; on a page that lists several services' keys, only the rows of the service asked for), and
where its next page is (a link, a button of a GET form, or "Afficher plus").
"""

from __future__ import annotations

import dataclasses
import re
import typing as t
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    ACTIVE,
    REVOKED,
    KeyRow,
    masked,
    numeric_date_order,
    parse_portal_date,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import folded, is_service
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches, tiers_mentioned

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document, Element


# A list longer than this many pages is not a list we should be paging through.
MAX_PAGES = 200
# A heading longer than this is a sentence (a notice that mentions keys), not a page's title.
_TITLE_WORDS = 10
# Field names of the other columns a row shows (`KeyRow.shown`), after this prefix.
_SHOWN = "shown:"
# What separates the parts of a line that shows several fields ("HW9V•••• · 29/11/2026 · Martin Claire").
_PARTS = re.compile(r"\s[·•|]\s")
# The words that label a row's creation date (its column's header, its card's field label).
_CREATED_LABEL = "created label"


class ListProblem(ValueError):
    """The key list is not laid out as expected; says what was expected and what was found."""


@dataclasses.dataclass(frozen=True)
class NextPage:
    url: str
    cumulative: bool  # "Afficher plus": the next page lists the rows read so far again, and more


class KeyList:
    """One key page, as a Document, read by the labels."""

    def __init__(self, doc: Document, labels: Labels, service: str = "", tiers: str = "") -> None:
        self.doc = doc
        self.labels = labels
        # A service and a tiers the reader knows by name, whatever the page says.
        self.service_asked, self.tiers_asked = service, tiers

    def rx(self, field: str) -> re.Pattern[str]:
        return self.labels.rx(field)

    # --- what the page is ---------------------------------------------------------------------
    def is_here(self) -> bool:
        """The key page: its title, its new-key field or the button that opens it, its list's
        columns (a name and a creation date: a table with just a "Nom" or "Name" column may list
        anything), or its status criteria are shown."""
        marker = self.rx("key_page_marker")
        opener = self.rx("open_generate")
        # The new key's field tells the page only when its name speaks of a key: a field named just
        # "Nom" or "Name" (new_key_name accepts them in a generation form) is on a profile page too.
        keyish = self.rx("key_button")
        fields = self.doc.by_role("textbox", self.rx("new_key_name"))
        return (
            any(marker.search(line) for line in self.doc.lines())
            or any(keyish.search(self.doc.accessible_name(field)) for field in fields)
            or any(self.doc.by_role(role, opener) for role in ("button", "link"))
            or bool(self.doc.by_role("checkbox", self.rx("status_revoked")))
            or any(self._has_column(table, "created_column") for table in self._tables())
            or self._empty_with_a_way_to_make_keys()
            or self._titled_for_keys()
        )

    def _titled_for_keys(self) -> bool:
        """A page titled for keys ("Clés d'accès Loop APIkey — 95943", "API tokens") that offers to
        make one with a plain "Ajouter" or "Create": a title, not a sentence that mentions keys."""
        keyish = self.rx("key_button")
        titled = any(
            keyish.search(text) and len(text.split()) <= _TITLE_WORDS
            for text in (heading.text() for heading in self.doc.by_role("heading"))
        )
        maker = self.rx("generate_button")
        return titled and any(self.doc.by_role(role, maker) for role in ("button", "link"))

    def _empty_with_a_way_to_make_keys(self) -> bool:
        """An empty key page: it says it has no key ("Aucune clé API pour ce service"), and offers to
        make one ("Créer"). A list is only drawn once there are keys on many portals."""
        if not self.says_empty():
            return False
        makers = (self.rx("open_generate"), self.rx("generate_button"))
        return any(self.doc.by_role(role, rx) for rx in makers for role in ("button", "link"))

    def says_empty(self) -> bool:
        """Whether the page says it has no key ("Aucune clé d'API")."""
        return any(self.rx("no_keys").search(line) for line in self.doc.lines())

    def service(self) -> str:
        """The service the page says it is about ('Service : ...', else the list's title); none
        for a page that lists several services' keys."""
        if self.lists_services():
            return ""
        shown = self.doc.line_after_label(self.rx("service_label"))
        if shown:
            return shown
        marker = self.rx("key_page_marker")
        for line in self.doc.lines():
            found = marker.search(line)
            if found:
                return line[found.end() :].strip(" :")
        return self.chosen_service() or self._service_dropdown()

    def _service_dropdown(self) -> str:
        """What a 'Service' drop-down of the page shows (not the new key form's own)."""
        for box in self.doc.by_role("combobox", self.rx("service_select")):
            if self._in_new_key_form(box):
                continue
            chosen = box.selected_option() if box.tag == "select" else None
            shown = (chosen.text() if chosen is not None else "") if box.tag == "select" else combobox_value(box)
            if shown.strip():
                return " ".join(shown.split())
        return ""

    def _in_new_key_form(self, element: Element) -> bool:
        """Part of the form that makes a key (it asks the new key's name): it chooses for the new key,
        it says nothing of the list shown."""
        form = element.closest(lambda e: e.tag == "form" or e.role in ("dialog", "alertdialog"))
        return form is not None and bool(self.doc.by_role("textbox", self.rx("new_key_name"), scope=form))

    def chosen_service(self) -> str:
        """The service chosen among the page's choices of services (radio buttons, tabs, a drop-down's
        options), where one of them is the service asked: the checked or selected one of that group;
        "" when none is."""
        return self._chosen(self.service_asked, is_service)

    def _chosen(self, asked: str, names: t.Callable[[str, str], bool]) -> str:
        """The chosen one of a group of choices (radio buttons, tabs, options) one of which `names`
        the one asked; "" when no such group has one chosen."""
        if not asked:
            return ""
        for role, group_role in (("radio", "radiogroup"), ("tab", "tablist"), ("option", "listbox")):
            for choice in self.doc.by_role(role, hidden=True):
                if not names(self.doc.accessible_name(choice), asked):
                    continue
                group = choice.closest(_group_of(group_role))
                if group is None or self._in_new_key_form(group):
                    continue
                chosen = [c for c in group.iter() if c.role == role and _is_chosen(c)]
                if len(chosen) == 1:
                    return self.doc.accessible_name(chosen[0])
        return ""

    def tiers(self) -> str:
        """The tiers shown: the chosen option of a 'Tiers' drop-down, what its ARIA combobox shows,
        the checked one of its radio buttons, or the rest of the line 'Tiers rattaché : ...'."""
        label = self.rx("tiers_select")
        for select in self.doc.by_role("combobox", label):
            if select.tag != "select":
                shown = combobox_value(select)
                if shown:
                    return shown
                continue
            chosen = select.selected_option()
            if chosen is not None:
                return chosen.text()
        for group in [*self.doc.by_role("radiogroup", label), *self.doc.by_role("group", label)]:
            checked = [r for r in self.doc.by_role("radio", scope=group) if r.checked]
            if checked:
                return self.doc.accessible_name(checked[0])
        return (
            self.doc.line_after_label(self.rx("tiers_label"))
            or self._chosen(self.tiers_asked, tiers_mentioned)
            or self._tiers_switch()
        )

    def _tiers_switch(self) -> str:
        """The account an account switcher shows: a menu button "Compte 86360 ▾" (its menu lists the
        accounts)."""
        switch = self.rx("tiers_switch")
        for button in self.doc.by_role("button", switch):
            if button.attrs.get("aria-haspopup", "false").lower() not in ("", "false"):
                found = switch.search(self.doc.accessible_name(button))
                if found:
                    return (found.group(1) or "").strip() if switch.groups else ""
        return ""

    def doubt(self, service: str, tiers: str | None, *, known_as: str = "", criteria: bool = True) -> str | None:
        """Why this page cannot stand for the browser's reading of (service, tiers)'s Active keys
        (with `criteria`: all of them, unfiltered). `known_as`: the title a browser run took as
        this service's (a page reached through the service's own control may bear another)."""
        if not self.is_here():
            return "the page is not the key page ('Liste des clés d'API pour le service ...' not found)"
        shown = self.service()
        if shown and not (is_service(shown, service) or folded(shown) == folded(known_as) or self.lists_services()):
            return f"the page is about the service {shown!r}, not {service!r}"
        if tiers and not tiers_matches(self.tiers(), tiers):
            return f"the page is about the tiers {self.tiers() or '(none shown)'!r}, not {tiers!r}"
        return self.criteria_doubt() if criteria else None

    def criteria_doubt(self) -> str | None:
        """Why the page does not show exactly the Active keys, unfiltered; None when it does."""
        active = self.doc.by_role("checkbox", self.rx("status_active"))
        revoked = self.doc.by_role("checkbox", self.rx("status_revoked"))
        if len(active) != 1 or not active[0].checked or any(box.checked for box in revoked):
            return "the page does not show exactly the Active keys (status checkboxes)"
        if any(field.value for field in self.doc.by_role("textbox", self.rx("name_filter"))):
            return "the list is filtered on a name"
        return None

    # --- the keys -----------------------------------------------------------------------------
    def rows(self, status: str = ACTIVE, service: str | None = None) -> list[KeyRow]:
        """The keys this page lists (of `service` only, where the list names each key's service).
        Raises ListProblem when there is no key list to read."""
        return [row for row, dummy in self.row_elements(status, service)]

    def row_elements(self, status: str = ACTIVE, service: str | None = None) -> list[tuple[KeyRow, Element]]:
        """`rows`, each with the element that shows it (a table row, a card)."""
        tables = self._tables()
        if len(tables) > 1 and not all(self._names_keys(table) for table in tables):
            raise ListProblem(f"expected one key list (column 'Nom de la clé d'API'), found {len(tables)}")
        self_labelled = [] if tables else self._self_labelled_rows()
        if not tables and not self_labelled:
            self._refuse_unread_tables()
        # Several tables whose name columns each name keys ("Token name"): one list shown in parts
        # (the active tokens, then the inactive ones), read as a person reads them, in order.
        read = (
            [row for table in tables for row in self._table_rows(table)]
            if tables
            else self_labelled or self._card_rows()
        )
        day_first = self._day_first([fields for fields, dummy in read])
        rows = []
        # What labels a field, in a list or a one-time panel: a "key" so named is page furniture.
        named = ("name_column", "created_column", "creator_column", "service_column", "status_column")
        labels = [self.rx(f) for f in (*named, "identifier_label", "secret_label")]
        for fields, element in read:
            if service and fields.get("service") and not is_service(fields["service"], service):
                continue  # another service's key, on a page that lists several
            name = fields.get("name", "")
            if (
                not name.strip()
                or any(rx.search(name) for rx in labels)
                or name.strip().casefold() in _shown_labels(fields)
            ):
                # A header row drawn as a plain row, read as a key named after a column: furniture.
                raise ListProblem(
                    f"a row of the key list is named like a column or a field, or not at all ({name!r}): the "
                    "list's header is not marked as one, so its rows cannot be told from it"
                )
            created = fields.get("created", "")
            shown = tuple((label[len(_SHOWN) :], text) for label, text in fields.items() if label.startswith(_SHOWN))
            row = KeyRow(
                name=fields.get("name", ""),
                created_at=parse_portal_date(created, day_first),
                created_by=fields.get("creator", ""),
                status=self._status(status, shown),
                created_raw=created,
                shown=shown,
            )
            rows.append((row, element))
        return rows

    def _day_first(self, read: list[dict[str, str]]) -> bool | None:
        """Whether this list's numeric dates are day first: its created label is in a language
        that writes them so, else what its dates prove (None: unproven, such dates are not read)."""
        if any(self.rx("day_first_dates").search(fields.get(_CREATED_LABEL, "")) for fields in read):
            return True
        return numeric_date_order(fields.get("created", "") for fields in read)

    def _status(self, listed: str, shown: tuple[tuple[str, str], ...]) -> str:
        """A row of a list of Active keys is Active unless its own status column says otherwise: any
        other status ("Expirée", "Suspendue") is kept as shown, and such a key is not present."""
        said = next((text for label, text in shown if self.rx("status_column").search(label)), None)
        if listed != ACTIVE or said is None or self.rx("shown_active").search(said):
            return listed
        return said.strip() or "(no status shown)"

    def lists_services(self) -> bool:
        """One list for several services: a 'Service' column or field in the list."""
        tables = self._tables()
        if tables:
            headers: list[str] = next((r["cells"] for r in self.doc.table_rows(tables[0]) if r["header"]), [])
            return any(self.rx("service_column").search(h) for h in headers)
        try:
            return any("service" in fields for fields, dummy in self._card_rows())
        except ListProblem:
            return False

    def _has_column(self, table: Element, field: str) -> bool:
        return bool(self.doc.by_role("columnheader", self.rx(field), scope=table))

    def _tables(self) -> list[Element]:
        return [
            table
            for role in ("table", "grid", "treegrid")
            for table in self.doc.by_role(role)
            if self._name_rx([self.doc.accessible_name(h) for h in self.doc.by_role("columnheader", scope=table)])
            or self._name_rx((self._header(self.doc.table_rows(table)) or {}).get("cells", []))
        ]

    def _name_rx(self, headers: list[str]) -> re.Pattern[str] | None:
        """What heads the keys' names among a table's headers: a name column ("Nom", "Token name"),
        else a "Description" beside what only keys show (a creation date, a status), as Odoo's and
        Zendesk's token lists do; None when neither."""
        name = self.rx("name_column")
        if any(name.search(h) for h in headers):
            return name
        described = self.rx("described_column")
        key_like = (self.rx("created_column"), self.rx("status_column"))
        if any(described.search(h) for h in headers) and any(rx.search(h) for rx in key_like for h in headers):
            return described
        return None

    def _header(self, read: list[dict[str, t.Any]]) -> dict[str, t.Any] | None:
        """The table's header row: its row of header cells, else (a header drawn with plain cells, as
        in a table without th) its first row when it names both the key's name and its creation
        date, as a person reads a header."""
        marked = next((r for r in read if r["header"]), None)
        if marked is not None or not read:
            return marked
        first = read[0]["cells"]
        named = self._name_rx(first) is not None
        return read[0] if named and any(self.rx("created_column").search(c) for c in first) else None

    def _self_labelled_rows(self) -> list[tuple[dict[str, str], Element]]:
        """A table with no header whose every row says its own fields, as a person reads it (b9/payfit):
        the key's name first, one cell "Créée le 29 août 2026" (the creation date, labelled in its cell),
        at most one status alone in a cell. [] when the page shows no such table (a row that is not so
        is no such table); two such tables are no one list."""
        found = []
        for role in ("table", "grid", "treegrid"):
            for table in self.doc.by_role(role):
                read = self.doc.table_rows(table)
                if not read or any(row["header"] for row in read):
                    continue
                fields = [self._self_labelled(row["cells"]) for row in read]
                if all(f is not None for f in fields):
                    found.append([(f, row["element"]) for f, row in zip(fields, read, strict=True) if f is not None])
        if len(found) > 1:
            raise ListProblem(f"expected one key list, found {len(found)} tables whose rows each name a key")
        return found[0] if found else []

    def _self_labelled(self, cells: list[str]) -> dict[str, str] | None:
        """One row's fields (see _self_labelled_rows), or None when it is not so."""
        cells = [" ".join(cell.split()) for cell in cells]
        created = self.rx("created_column")
        dated = [
            (at, found)
            for at, cell in enumerate(cells)
            for found in [created.match(cell)]
            if found and _dated(cell[found.end() :].strip())
        ]
        statuses = [cell for cell in cells if self.rx("status_word").search(cell)]
        name = cells[0] if cells else ""
        if len(dated) != 1 or dated[0][0] == 0 or len(statuses) > 1 or not name or self._key_like([name]):
            return None
        at, found = dated[0]
        fields = {"name": name, "created": cells[at][found.end() :].strip(), "creator": ""}
        fields[_CREATED_LABEL] = found.group(0).strip()
        if statuses:
            fields[_SHOWN + "Statut"] = statuses[0]
        return fields

    def _refuse_unread_tables(self) -> None:
        """A table headed like a key list (a creation date, a creator) whose name column is not
        recognised is never read another way: its header row would pass for a key named after a
        column, and its keys would be lost."""
        key_like = [self.rx("created_column"), self.rx("creator_column")]
        for role in ("table", "grid", "treegrid"):
            for table in self.doc.by_role(role):
                read = self.doc.table_rows(table)
                # its header row, or its first row (a header drawn with plain cells)
                headers: list[str] = next((r["cells"] for r in read if r["header"]), read[0]["cells"] if read else [])
                if any(rx.search(h) for rx in key_like for h in headers):
                    raise ListProblem(
                        f"the page shows a table headed {headers} but no column reads as the key's name "
                        "(label name_column, 'Nom de la clé d'API'): its rows are not read as keys"
                    )

    def _table_rows(self, table: Element) -> list[tuple[dict[str, str], Element]]:
        read = self.doc.table_rows(table)
        header_row = self._header(read)
        if header_row is None:
            raise ListProblem("expected the key list's column headers, found none")
        headers = header_row["cells"]
        columns = {"name": _column(headers, self._name_rx(headers) or self.rx("name_column"), "Nom de la clé d'API")}
        # A list that shows no creation date (an expiry, a last use instead) is read when it shows
        # what only keys show (a status, an identifier drawn masked): no decision rests on a date then.
        undated = self._undated_key_table(headers, read, header_row)
        if not undated:
            columns["created"] = _column(headers, self.rx("created_column"), "Date de création")
        # Who made each key, where the list says (many English lists do not: a key is then told by
        # its name, its date and its other columns).
        for field, label in (("creator", "creator_column"), ("service", "service_column")):
            at = next((i for i, h in enumerate(headers) if self.rx(label).search(h)), None)
            if at is not None:
                columns[field] = at
        # Every other headed column is part of what tells a key from its look-alikes (an identifier,
        # an expiry date); a column without a header holds controls.
        known = set(columns.values())
        for at, header in enumerate(headers):
            if at not in known and header.strip():
                columns[_SHOWN + header.strip()] = at
        if all(row["header"] or row is header_row for row in read):
            read = self._body_of(table, len(headers)) or read
        out = []
        for row in read:
            cells = row["cells"]
            if row["header"] or row is header_row or len(cells) <= max(columns.values()):
                continue  # the header, or a "no key" line spanning the table
            fields = {"created": "", **{field: cells[at] for field, at in columns.items()}}
            # A name cell that shows more under the name (its masked ID on a line of its own): a key's
            # name is one line, the first; a masked ID below it is the key's shown ID.
            name_lines = row.get("lines", [[]] * len(cells))[columns["name"]]
            if len(name_lines) > 1:
                fields["name"] = name_lines[0]
                shown_id = next((line for line in name_lines[1:] if masked(line)), "")
                if shown_id:
                    fields.setdefault(_SHOWN + "ID", shown_id)
            out.append(({**fields, _CREATED_LABEL: "" if undated else headers[columns["created"]]}, row["element"]))
        return out

    def _names_keys(self, table: Element) -> bool:
        """Its name column says it names keys ("Token name", "Nom de la clé"), not just "Nom"."""
        header = self._header(self.doc.table_rows(table))
        cells = header["cells"] if header is not None else []
        name, keyish = self.rx("name_column"), self.rx("key_button")
        return any(name.search(cell) and keyish.search(cell) for cell in cells)

    def _undated_key_table(self, headers: list[str], read: list[dict[str, t.Any]], header: dict[str, t.Any]) -> bool:
        """A table with no creation date column whose name column names keys, or whose rows show a
        status column or an identifier drawn masked; never one with a column of dates that reads as
        no other date (an expiry, a last use): that may be the creation date under a header not
        known, and is not read as no date."""
        if any(self.rx("created_column").search(h) for h in headers):
            return False
        body = [r for r in read if not r["header"] and r is not header]
        if any(self._unplaced_dates(at, h, body) for at, h in enumerate(headers)):
            return False
        name, keyish = self.rx("name_column"), self.rx("key_button")
        return any(self.rx("status_column").search(h) or (name.search(h) and keyish.search(h)) for h in headers) or any(
            masked(cell) for row in body for cell in row["cells"]
        )

    def _unplaced_dates(self, at: int, header: str, body: list[dict[str, t.Any]]) -> bool:
        """Column `at` holds dates (its header says so, or every filled cell reads as one) and its
        header names no other date."""
        if self.rx("other_date_column").search(header):
            return False
        shown = [r["cells"][at] for r in body if len(r["cells"]) > at and r["cells"][at].strip()]
        return bool(self.rx("dated_column").search(header)) or (bool(shown) and all(_dated(c) for c in shown))

    def _body_of(self, header: Element, width: int) -> list[dict[str, t.Any]]:
        """The rows of a table drawn apart from its header (a grid whose header stays put as its body
        scrolls): the next table of the page, in the block around the header's own, with no header
        of its own and rows as wide as the header. [] when there is none."""
        block = header.parent.parent if header.parent is not None and header.parent.parent is not None else header
        after = False
        for element in block.iter():
            if element is header:
                after = True
                continue
            if not after or element.role not in ("table", "grid", "treegrid") or header.contains(element):
                continue
            rows = self.doc.table_rows(element)
            if rows and not any(r["header"] for r in rows) and max(len(r["cells"]) for r in rows) == width:
                return rows
            return []  # the next table is not this one's body
        return []

    def _card_rows(self) -> list[tuple[dict[str, str], Element]]:
        """Keys shown as cards: each the largest block around one 'Date de création' and its
        'Créateur' that holds nothing else of the page (no other key, no title, no form); its name
        is the value after 'Nom de la clé d'API', else its first words."""
        created, creator = _anywhere(self.rx("created_column")), _anywhere(self.rx("creator_column"))
        page_wide = [self.rx(f) for f in ("key_page_marker", "new_key_name", "open_generate")]
        active = self.rx("status_active")  # the list's status criterion; a card's "Active" badge is its own

        def page_furniture(element: Element) -> bool:
            return any(count(element, rx) for rx in page_wide) or bool(
                self.doc.by_role("checkbox", active, scope=element)
            )

        def count(element: Element, rx: re.Pattern[str]) -> int:
            return sum(1 for line in element.lines() if rx.search(line))

        def says_creator(element: Element) -> bool:  # a 'Créateur' field, or "Créée le DATE par NAME"
            return bool(count(element, creator)) or any(
                self._creator_after_date(line[found.end() :])
                for line in element.lines()
                for found in [created.search(line)]
                if found
            )

        cards: list[Element] = []
        for element in self.doc.body.iter():
            if not element.visible or any(c.contains(element) for c in cards):
                continue
            if count(element, created) != 1 or not says_creator(element):
                continue
            inner = [c for c in element.children if not isinstance(c, str)]
            if any(count(c, created) == 1 and says_creator(c) for c in inner):
                continue  # not the innermost block holding both yet
            card = element
            while card.role not in ("listitem", "article", "row") and card.parent is not None:
                parent = card.parent
                if parent.role in ("list", "table", "grid", "main") or parent.tag in ("body", "form"):
                    break
                if count(parent, created) != 1 or page_furniture(parent):
                    break
                card = parent
            cards.append(card)
        if not cards:
            unlabelled = self._unlabelled_rows()
            if unlabelled:
                return unlabelled
            if self.says_empty():
                return []  # the page says there is none
            raise ListProblem("expected the key list (column or field 'Nom de la clé d'API'), found none")
        read = [(self._card(card), card) for card in cards]
        self._card_services(read)
        return read

    def _unlabelled_rows(self) -> list[tuple[dict[str, str], Element]]:
        """Keys listed with no field labelled, side by side: the one list named for keys ("Clés API")
        whose items each show a name first, then what only a key shows (a masked ID, a date, a
        status). Its dates are not told apart (made, or expiring?): none is taken as the creation
        date, so no decision rests on one. [] when the page has no such list."""
        keyish = self.rx("key_button")
        named = [
            e
            for role in ("list", "table", "grid")
            for e in self.doc.by_role(role)
            if keyish.search(self._list_name(e)) and not self._tables()
        ]
        read = [
            (item, _cells(item))
            for e in named
            for item in e.iter()
            if item.role in ("listitem", "row") and item.visible
        ]
        if not read and not named:
            read = [(card, _cells(card)) for card in self._heading_cards()]
        if not read or not all(self._key_like(cells[1:]) for dummy, cells in read):
            return []
        if len(named) > 1:
            raise ListProblem(f"expected one key list, found {len(named)} lists named for keys")
        # The status stands where the items that show a known one show it, counted from the start or
        # from the end (an item may show a date fewer): there, any word is a status.
        status = self.rx("status_word")
        said = [(at, at - len(cells)) for dummy, cells in read for at, c in enumerate(cells) if status.search(c)]
        places = [{place[side] for place in said} for side in (0, 1)]
        status_at = next((side.pop() for side in places if len(side) == 1), None)
        rows = []
        for item, cells in read:
            name = cells[0]
            if not name or masked(name) or self._key_like([name]):
                raise ListProblem(
                    f"a key of the list (named for keys, its fields unlabelled) does not begin with its name: {name!r}"
                )
            fields = {"name": name, "created": "", "creator": ""}
            shown_id = next((c for c in cells[1:] if masked(c)), "")
            if shown_id:
                fields[_SHOWN + "ID"] = shown_id
            if status_at is not None:
                fields[_SHOWN + "Statut"] = cells[status_at] if -len(cells) <= status_at < len(cells) else ""
            elif said:
                raise ListProblem(
                    f"the key {name!r} shows statuses in several places: which one is its own is not clear"
                )
            rows.append((fields, item))
        return rows

    def _heading_cards(self) -> list[Element]:
        """Cards side by side, each named by a heading of its own and showing a masked ID among its
        unlabelled parts (a grid of cards, cards under a title): the largest block around each
        heading that holds no other, among siblings. [] when no one such set of cards is shown; a
        one-time panel (its values' labels) is no card."""
        panel = [self.rx("identifier_label"), self.rx("secret_label")]
        sets: dict[int, list[Element]] = {}
        for heading in self.doc.by_role("heading"):
            card = heading
            while card.parent is not None and card.parent.tag not in ("body", "main", "form"):
                if sum(1 for e in card.parent.iter() if e.role == "heading" and e.visible) != 1:
                    break
                card = card.parent
            if card is not heading and not any(rx.search(line) for rx in panel for line in card.lines()):
                sets.setdefault(id(card.parent), []).append(card)
        keyed = [cards for cards in sets.values() if any(masked(cell) for card in cards for cell in _cells(card))]
        if len(keyed) != 1:
            return []
        # The page's own title block before the cards (or a footer after them) is no card; a block
        # between two cards that shows nothing of a key's is one that cannot be read (refused after).
        cards = keyed[0]
        like = [self._key_like(_cells(card)[1:]) for card in cards]
        if True not in like:
            return []
        first, last = like.index(True), len(like) - 1 - like[::-1].index(True)
        return cards[first : last + 1]

    def _list_name(self, element: Element) -> str:
        """A list's own name (aria-label, aria-labelledby: a list is never named by its content), else
        the heading it sits under."""
        if element.attrs.get("aria-label") or element.attrs.get("aria-labelledby"):
            return self.doc.accessible_name(element)
        return _heading_before(element)

    def _key_like(self, cells: list[str]) -> bool:
        """Whether some of these texts are what only a key shows: a masked ID, a date, a status."""
        return any(
            masked(c) or self.rx("status_word").search(c) or any(parse_portal_date(c, d) for d in (True, False))
            for c in cells
        )

    def _card_services(self, read: list[tuple[dict[str, str], Element]]) -> None:
        """A card's service given as a line without a label ("Loop APIkey" under the name), on a page
        that lists several services' keys: a line that is the name of a choice the page offers
        outside the cards (a service chip, tab or link) and no status, label or date. Without it,
        another service's key would be read as one of the service asked."""
        cards = [card for dummy, card in read]
        choices = {
            folded(self.doc.accessible_name(e))
            for role in ("link", "button", "radio", "tab", "option", "menuitem")
            for e in self.doc.by_role(role, hidden=True)
            if not any(card.contains(e) for card in cards)
        }
        said = [self.rx(f) for f in ("status_word", "status_active", "name_column", "created_column", "creator_column")]
        for fields, card in read:
            if "service" in fields:
                continue
            for line in card.lines():
                text = " ".join(line.split())
                if text == fields.get("name") or any(rx.search(text) for rx in said):
                    continue
                if folded(text) and folded(text) in choices:
                    fields["service"] = text
                    break
        self._card_service_slot([fields for fields, dummy in read], [card for dummy, card in read])

    def _card_service_slot(self, read: list[dict[str, str]], cards: list[Element]) -> None:
        """A card's service given as one part of its date's line ("Loop APIkey · HW9V•••• · created
        29/11/2026 by ..."): where one card names the service asked there, every card names its own
        service at the same place. A card with nothing there cannot be told apart: ListProblem."""
        if not self.service_asked or any("service" in fields for fields in read):
            return
        created = _anywhere(self.rx("created_column"))
        slots = [_date_line_parts(card.lines(), created) for card in cards]
        # Where the service stands, counted from the date's part (which every card has).
        found = {
            at - date for parts, date in slots for at, part in enumerate(parts) if is_service(part, self.service_asked)
        }
        if len(found) != 1:
            return  # no card names the service asked this way (or in several places): nothing proven
        offset = found.pop()
        for fields, (parts, date) in zip(read, slots, strict=True):
            at = date + offset
            if not 0 <= at < len(parts) or at == date:
                raise ListProblem(
                    f"the key {fields.get('name', '')!r} does not say its service where the other keys of the "
                    "list do: it cannot be told whether it is a key of the service asked"
                )
            fields["service"] = parts[at]

    def _card(self, card: Element) -> dict[str, str]:
        lines = card.lines()
        labels = {f: _anywhere(self.rx(f"{f}_column")) for f in ("name", "created", "creator", "service", "status")}
        fields = {field: _after(lines, label, labels.values()) for field, label in labels.items()}
        if not fields["service"]:
            del fields["service"]
        if not fields["creator"]:
            fields["created"], fields["creator"] = self._creator_after_date(fields["created"]) or (
                fields["created"],
                "",
            )
        # Its status, labelled ("Statut : Expirée") or a badge alone on its line ("Expirée").
        said = fields.pop("status")
        badge = next((line for line in lines if self.rx("status_word").search(line)), "")
        if said or badge:
            fields[_SHOWN + "Statut"] = said or badge
        fields[_CREATED_LABEL] = next(
            (found.group() for line in lines for found in [labels["created"].search(line)] if found), ""
        )
        if not fields["name"]:
            # The name as a heading: the card's first words that are no label and no control's text.
            controls = {e.text() for e in card.iter() if e.role in ("button", "link", "menuitem") and e.text()}
            for line in lines:
                if self.rx("status_word").search(line):
                    continue  # a status badge before the name
                head = _before_labels(line, labels.values())
                for text in sorted(controls, key=len, reverse=True):
                    head = re.sub(rf"(?<!\w){re.escape(text)}(?!\w)", " ", head)
                head = " ".join(head.split())
                if head:
                    fields["name"] = head
                    break
        return fields

    def _creator_after_date(self, value: str) -> tuple[str, str] | None:
        """(date, creator) of a created field that names its creator after the date ("22/04/2026
        par Martin Claire · expire le ..."), when what comes before is a date; else None."""
        found = self.rx("creator_after_date").search(value)
        if found is None:
            return None
        date = value[: found.start()].strip(" :")
        creator = re.split(r"\s[·•|\u2014\u2013;,]\s|\s{2,}", value[found.end() :], maxsplit=1)[0].strip()
        is_date = any(parse_portal_date(date, day_first) is not None for day_first in (True, False))
        return (date, creator) if creator and is_date else None

    # --- more of the list ---------------------------------------------------------------------
    def more_pages_said(self, shown: int = 1) -> str:
        """What the page says of a part of the list not shown yet ("Page 1 sur 3", "1-5 sur 12"),
        or "" when it says nothing of the kind or shows the end. `shown`: the page number this is
        as far as the walk knows (its next-page turns so far, plus one)."""
        for said, upto, whole in self._counts_said():
            if upto < whole:
                return said
        # "Page 2 sur 2" over a numbered pager that marks no page as the one shown: the end.
        return "" if self.end_said() else self._higher_page_number(shown)

    def _higher_page_number(self, shown: int) -> str:
        """A numbered pager's link to a page after the one shown: the one marked aria-current, else
        `shown` (a pager that only sets its current page in bold does not say which it is)."""
        numbered = self.rx("page_number")

        def number(element: Element) -> int | None:
            found = numbered.search(self.doc.accessible_name(element))
            return int(found.groups()[-1]) if found else None

        marked = [e for e in self.doc.body.iter() if e.attrs.get("aria-current") in ("page", "true") and e.visible]
        current = next((n for n in map(number, marked) if n is not None), shown)
        for role in ("link", "button"):
            for control in self.doc.by_role(role):
                linked = number(control)
                if linked is not None and linked > current and not control.disabled:
                    return f"a link to page {linked} (this is page {current})"
        return ""

    def end_said(self) -> bool:
        """Whether the page says that it shows the list's end ("Page 3 sur 3", "11-12 sur 12"), and
        nothing of more to come."""
        said = self._counts_said()
        return bool(said) and all(upto == whole for dummy, upto, whole in said)

    def _counts_said(self) -> list[tuple[str, int, int]]:
        found = []
        for line in self.doc.lines():
            for match in self.rx("shown_count").finditer(line):
                upto, whole = (int(g) for g in match.groups() if g is not None)
                found.append((match.group(0), upto, whole))
        return found

    def counts_stated(self, rows: t.Iterable[Element] = ()) -> list[tuple[str, int, bool]]:
        """What the page says of how many keys its list holds, each as (what it says, how many,
        whether it counts active keys only): the whole of "1-5 sur 12", "6 clé(s)", "Total 6", "3
        jetons actifs", a title "Clés d'API (6)". Not a limit ("10 clés maximum") nor a page count ("Page 1
        sur 3"), and nothing the list's own rows say (a key named "2 keys")."""
        rows = list(rows)
        theirs = {line for row in rows for line in row.lines()}
        theirs_elements = {e for row in rows for e in row.iter()}
        stated = []
        for line in self.doc.lines():
            if line in theirs:
                continue
            for match in self.rx("shown_count").finditer(line):
                if match.group(4) is not None:  # "1-5 sur 12", not "Page 1 sur 3"
                    stated.append((match.group(0), int(match.group(4)), False))
            for match in self.rx("stated_count").finditer(line):
                if not self.rx("stated_limit").search(line[match.end() :]):
                    stated.append((match.group(0), int(match.group(1)), bool(match.group(2) or match.group(3))))
        # "Total 6" only as a whole element's text: a pager's numbers that follow run into its line.
        total = self.rx("stated_total")
        for element in self.doc.body.iter():
            found = total.search(element.text()) if element.visible and element not in theirs_elements else None
            if found and not any(
                total.search(child.text()) for child in element.children if not isinstance(child, str)
            ):
                stated.append((found.group(0).strip(), int(found.group(1)), False))
        for heading in self.doc.by_role("heading"):
            found = self.rx("counted_title").search(heading.text())
            if found:
                stated.append((found.group(0).strip(), int(found.group(3)), False))
        return stated

    def next_page(self, url: str) -> NextPage | None:
        """The list's next page, None on the last one; ListProblem when the next page is behind a
        control that is no plain link or GET form to this portal (a script). A page that says it
        shows the end ("Page 2 sur 2") has no next page, whatever its controls look like."""
        if self.end_said():
            return None
        for field, cumulative in (("next_page", False), ("more_rows", True)):
            rx = self.rx(field)
            controls = [c for role in ("link", "button") for c in self.doc.by_role(role, rx) if not c.disabled]
            if controls:
                target = self._target(controls[0], url)
                here, there = urlsplit(url), urlsplit(target or "")
                if not target or (there.scheme, there.netloc) != (here.scheme, here.netloc):
                    raise ListProblem("the list's next page is behind a control that is no plain link")
                return NextPage(target, cumulative)
        return None

    def _target(self, control: Element, url: str) -> str | None:
        """Where a link, or a submit button of a GET form, leads."""
        if control.tag == "a":
            href = control.attrs.get("href", "").strip()
            return urljoin(url, href) if href and not href.startswith(("#", "javascript:")) else None
        form = control.closest(lambda e: e.tag == "form")
        kind = control.attrs.get("type", "submit").lower()
        if form is None or form.attrs.get("method", "get").lower() != "get" or kind != "submit":
            return None
        fields = [
            (e.attrs["name"], e.value)
            for e in form.iter()
            if e.tag in ("input", "select", "textarea")
            and e.attrs.get("name")
            and e.attrs.get("type", "").lower() not in ("submit", "button", "image", "reset")
            and (e.attrs.get("type", "").lower() not in ("checkbox", "radio") or e.checked)
        ]
        if control.attrs.get("name"):
            fields.append((control.attrs["name"], control.attrs.get("value", "")))
        action = urlsplit(urljoin(url, form.attrs.get("action", "") or url))
        return urlunsplit((action.scheme, action.netloc, action.path, urlencode(fields), ""))


Turn = t.Callable[["KeyList"], "tuple[KeyList, bool] | None"]


def walk_pages(
    first: KeyList, turn: Turn, status: str, service: str | None, *, all_pages: bool = True
) -> tuple[list[tuple[KeyRow, Element]], list[KeyList]]:
    """Every row of the list from its first page on, the way a person pages through it, whether
    the pages come from a browser or over HTTP: `turn(page)` shows the next page and says whether
    it lists the rows read so far again ("Afficher plus"), or returns None on the last page. A
    next control that leads back to a page already read ends the walk. Returns the rows with their
    elements, and the pages read."""
    found: list[tuple[KeyRow, Element]] = []
    seen: set[tuple[t.Any, ...]] = set()
    pages = [first]
    page, again = first, False
    number = 1  # the page shown, as far as the walk knows ("Afficher plus" adds rows, not pages)
    for dummy in range(MAX_PAGES):
        listed = page.row_elements(status, service)  # rows show a service only where the page lists several
        signature = tuple(row.look for row, dummy_element in listed)
        if signature and signature in seen:
            break
        seen.add(signature)
        found = [*([] if again else found), *listed]
        following = turn(page) if all_pages else None
        if following is None:
            said = page.more_pages_said(number) if all_pages else ""
            if said:
                raise ListProblem(
                    f"the list says {said!r}, so more keys follow, but no control to them was recognised "
                    "(labels next_page, more_rows): the list cannot be read to its end, so no decision is "
                    "made on it"
                )
            break
        page, again = following
        number += 0 if again else 1
        pages.append(page)
    else:
        raise ListProblem(f"the list has more than {MAX_PAGES} pages")
    if all_pages and not (service and page.lists_services()):
        _prove_count(page, found)
    return found, pages


def _prove_count(page: KeyList, found: list[tuple[KeyRow, Element]]) -> None:
    """What the page says the list holds is what was read of it ("6 clé(s)", "1-5 sur 5"): a key
    the reader did not see as one (or an item it took for one) would otherwise decide a run. A
    count of active keys may count those shown "Active", or every key not revoked ("4 clé(s) en
    service" over Active, Expirée and Suspendue ones): either reading proves it."""
    revoked = page.rx("status_revoked")
    active = sum(1 for row, dummy in found if row.status == ACTIVE)
    kept = sum(1 for row, dummy in found if row.status != REVOKED and not revoked.search(row.status))
    for said, count, active_only in page.counts_stated(element for dummy, element in found):
        if count in ((active, kept) if active_only else (len(found),)):
            continue
        read = f"{active} active keys ({kept} not revoked)" if active_only else f"{len(found)} keys"
        raise ListProblem(
            f"the page says {said!r} of its key list, but {read} were read from it: part of the list was "
            "not read as keys (or something else was), so no decision is made on it"
        )


def combobox_value(box: Element) -> str:
    """What an ARIA combobox shows: an input's value (its own, or that of the field it wraps), else
    its text, without its listbox and what is hidden from assistive technology (dom.py's rule)."""
    fields = [
        e
        for e in box.iter()
        if e.tag in ("input", "textarea") and e.attrs.get("type", "").lower() != "hidden" and e.shown
    ]
    if fields:
        return " ".join(fields[0].value.split())
    parts: list[str] = []

    def collect(element: Element) -> None:
        for child in element.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.shown and child.role != "listbox" and child.attrs.get("aria-hidden", "") != "true":
                parts.append(" ")
                collect(child)
                parts.append(" ")

    collect(box)
    return " ".join("".join(parts).split())


def _group_of(role: str) -> t.Callable[[Element], bool]:
    return lambda element: element.role == role or element.tag == "select"


def _is_chosen(choice: Element) -> bool:
    """A radio button checked, a tab or an option selected (by the browser, or by the markup)."""
    if choice.role == "radio":
        return choice.checked
    if "data-cl-selected" in choice.attrs or choice.attrs.get("aria-selected", "").lower() == "true":
        return True
    return choice.tag == "option" and "selected" in choice.attrs


def _heading_before(element: Element) -> str:
    """The heading a list sits under: the last one before it among its own or its parent's
    siblings ("Vos clés" above a list of no name)."""
    for inner in (element, element.parent):
        parent = inner.parent if inner is not None else None
        if inner is None or parent is None:
            return ""
        before = parent.children[: parent.children.index(inner)]
        for sibling in reversed(before):
            if not isinstance(sibling, str) and sibling.role == "heading":
                return sibling.text()
            if not isinstance(sibling, str) and sibling.text().strip():
                break  # something else stands between: no heading of this list's
    return ""


def _cells(item: Element) -> list[str]:
    """What an item shows side by side, in order: its cells, else its children (a child that only
    wraps a control is a control), each line of them, and each part of a line separated by "·"
    ("6HYV•••• · 01/09/2026 · Martin Claire"); controls left out."""
    cells = [c for c in item.iter() if c.role in ("cell", "gridcell") and c.closest(lambda e: e.role == "row") is item]
    parts = cells or [c for c in item.children if not isinstance(c, str)]
    texts = []
    for part in parts:
        if part.role in ("button", "link", "menuitem") or not part.visible:
            continue
        inner = [c for c in part.children if not isinstance(c, str)]
        if len(inner) == 1 and inner[0].role in ("button", "link", "menuitem"):
            continue
        lines = part.lines() or [part.text()]
        texts += [" ".join(bit.split()) for line in lines for bit in _PARTS.split(line)]
    return [text for text in texts if text]


def _date_line_parts(lines: list[str], created: re.Pattern[str]) -> tuple[list[str], int]:
    """The parts of a card's line that holds its creation date, as separated by "·", "•" or "|", and
    which of them is the date."""
    line = next((line for line in lines if created.search(line)), "")
    parts = [" ".join(part.split()) for part in _PARTS.split(line)]
    return parts, next(at for at, part in enumerate(parts) if created.search(part) or at == len(parts) - 1)


def _shown_labels(fields: dict[str, str]) -> set[str]:
    """The other columns' labels of a row (see `_SHOWN`), folded."""
    return {field[len(_SHOWN) :].strip().casefold() for field in fields if field.startswith(_SHOWN)}


def _dated(cell: str) -> bool:
    """Whether a cell reads as a date in either numeric order (12/06/2026 is a date either way)."""
    return parse_portal_date(cell, True) is not None or parse_portal_date(cell, False) is not None


def _column(headers: list[str], rx: re.Pattern[str], label: str) -> int:
    for i, text in enumerate(headers):
        if rx.search(text):
            return i
    raise ListProblem(f"expected a column {label!r} in the key list, found {headers}")


def _anywhere(label: re.Pattern[str]) -> re.Pattern[str]:
    """A label pattern that also matches within a line (a card's fields may share one line)."""
    source = label.pattern[1:] if label.pattern.startswith("^") else label.pattern
    return re.compile(source, label.flags)


def _before_labels(line: str, labels: t.Iterable[re.Pattern[str]]) -> str:
    starts = [found.start() for rx in labels for found in [rx.search(line)] if found]
    return line[: min(starts)] if starts else line


def _after(lines: list[str], label: re.Pattern[str], labels: t.Iterable[re.Pattern[str]]) -> str:
    """The value a label gives in a block: what follows it on its line (up to the next label), or
    the next line."""
    others = [rx for rx in labels if rx.pattern != label.pattern]
    for at, line in enumerate(lines):
        found = label.search(line)
        if found:
            rest = _before_labels(line[found.end() :], others).strip(" :")
            if rest:
                return rest
            return lines[at + 1] if at + 1 < len(lines) else ""
    return ""
