# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""A page as the server sent it, read without a browser: elements, roles, accessible names, text.

Just enough of HTML's rules (implied end tags, void elements, hidden content, implicit ARIA
roles, label association) to read a server-rendered page the way the browser page objects read
a live one: by role, accessible name and visible text. It runs no script and applies no style
sheet, so what it finds is trusted only where a browser has confirmed it (see key_page_source).
"""

from __future__ import annotations

import html.parser
import re
import typing as t

VOID_TAGS = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")
)
# Never shown to a person: their text is not part of the page's visible text.
UNSHOWN_TAGS = frozenset(("head", "script", "style", "template", "noscript", "title"))
# SVG and MathML elements may close themselves (<path/>); HTML ones may not (<div/> is an open div).
_SELF_CLOSING_FOREIGN = frozenset(("svg", "path", "use", "circle", "rect", "g", "line", "polyline", "polygon", "math"))
# Elements whose start ends the line (innerText puts a line break around them).
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
# A start tag of these closes an open <p> (HTML's "close a p element" rule, simplified).
_CLOSES_P = BLOCK_TAGS - {"caption", "dd", "dt", "li", "summary", "tbody", "tfoot", "thead", "tr"}
_TABLE_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TEXT_INPUT_TYPES = frozenset({"", "text", "search", "email", "tel", "url"})
_BUTTON_INPUT_TYPES = frozenset({"button", "submit", "reset", "image"})
_LABELABLE = frozenset({"input", "select", "textarea", "button", "meter", "output", "progress"})


class Element:
    """One element: its tag, attributes and children (elements and text, in order)."""

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[Element | str] = []

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.tag} {self.attrs}>"

    # --- structure ----------------------------------------------------------------------------
    def iter(self) -> t.Iterator[Element]:
        """This element and every element below it, in document order."""
        todo: list[Element] = [self]
        while todo:
            element = todo.pop()
            yield element
            todo.extend(reversed([c for c in element.children if isinstance(c, Element)]))

    def closest(self, predicate: t.Callable[[Element], bool]) -> Element | None:
        """The nearest ancestor (not this element) for which predicate holds."""
        node = self.parent
        while node is not None:
            if predicate(node):
                return node
            node = node.parent
        return None

    def contains(self, other: Element) -> bool:
        node: Element | None = other
        while node is not None:
            if node is self:
                return True
            node = node.parent
        return False

    # --- what a person and an accessibility tree see ------------------------------------------
    @property
    def shown(self) -> bool:
        """Not hidden by its own markup, or (in a browser's snapshot, see dom.py) not rendered.
        Served HTML says nothing of style sheets and scripts: they may still hide it."""
        if self.tag in UNSHOWN_TAGS or "hidden" in self.attrs or "data-cl-hidden" in self.attrs:
            return False
        if self.tag == "input" and self.attrs.get("type", "").lower() == "hidden":
            return False
        return not _HIDDEN_STYLE.search(self.attrs.get("style", ""))

    @property
    def visible(self) -> bool:
        """Shown, and so is every ancestor."""
        node: Element | None = self
        while node is not None:
            if not node.shown:
                return False
            node = node.parent
        return True

    @property
    def role(self) -> str:
        explicit = self.attrs.get("role", "").split()
        if explicit:
            return explicit[0].lower()
        kind = self.attrs.get("type", "").lower()
        if self.tag == "input":
            if kind in ("checkbox", "radio"):
                return kind
            if kind in _BUTTON_INPUT_TYPES:
                return "button"
            return "textbox" if kind in _TEXT_INPUT_TYPES else ""
        if self.tag == "th":
            return "rowheader" if self.attrs.get("scope", "").lower() == "row" else "columnheader"
        if self.tag == "a":
            return "link" if "href" in self.attrs else ""
        return _IMPLICIT_ROLES.get(self.tag, "")

    @property
    def checked(self) -> bool:
        if "data-cl-checked" in self.attrs:  # the browser's current state
            return self.attrs["data-cl-checked"] == "true"
        return "checked" in self.attrs or self.attrs.get("aria-checked", "").lower() == "true"

    @property
    def value(self) -> str:
        """A field's value: the browser's current one when known, else the markup's."""
        if "data-cl-value" in self.attrs:
            return self.attrs["data-cl-value"]
        if self.tag == "textarea":
            return "".join(c for c in self.children if isinstance(c, str))
        if self.tag == "select":
            chosen = self.selected_option()
            return chosen.attrs.get("value", chosen.text()) if chosen is not None else ""
        return self.attrs.get("value", "")

    def selected_option(self) -> Element | None:
        """A select's chosen option: the browser's, else the one marked selected, else the first."""
        options = [e for e in self.iter() if e.tag == "option"]
        for mark in ("data-cl-selected", "selected"):
            marked = [o for o in options if mark in o.attrs]
            if marked:
                return marked[0]
        return options[0] if options else None

    @property
    def disabled(self) -> bool:
        """Disabled, or taking no click in the browser (its style: data-cl-inert, see snapshot.js)."""
        return (
            "disabled" in self.attrs
            or "data-cl-inert" in self.attrs
            or self.attrs.get("aria-disabled", "").lower() == "true"
        )

    def lines(self) -> list[str]:
        """Its visible text as a person reads it, one entry per line (roughly innerText's lines)."""
        return split_lines(self)

    def text(self) -> str:
        """Visible text content, white space collapsed (roughly innerText on one line)."""
        parts: list[str] = []
        _collect_lines(self, parts)
        return " ".join("".join(parts).split())


_IMPLICIT_ROLES = {
    "table": "table",
    "tr": "row",
    "td": "cell",
    "button": "button",
    "summary": "button",
    "textarea": "textbox",
    "select": "combobox",
    "option": "option",
    "dialog": "dialog",
    "nav": "navigation",
    "header": "banner",
    "main": "main",
    "ul": "list",
    "ol": "list",
    "li": "listitem",
    "article": "article",
    "fieldset": "group",
    **{f"h{level}": "heading" for level in range(1, 7)},
}


class _TreeBuilder(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, None)
        self._open: list[Element] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._imply_end_tags(tag)
        element = Element(tag, {k.lower(): (v or "") for k, v in attrs}, self._open[-1])
        self._open[-1].children.append(element)
        if tag not in VOID_TAGS:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SELF_CLOSING_FOREIGN:
            self._close(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and not self._is_open("p"):
            return  # a stray </p>
        self._close(tag)

    def handle_data(self, data: str) -> None:
        self._open[-1].children.append(data)

    def _is_open(self, tag: str, stop: t.Collection[str] = ()) -> bool:
        for element in reversed(self._open):
            if element.tag == tag:
                return True
            if element.tag in stop:
                return False
        return False

    def _close(self, tag: str, stop: t.Collection[str] = ()) -> None:
        """Close the innermost open `tag` and whatever is open inside it (not past `stop`)."""
        if not self._is_open(tag, stop):
            return
        while len(self._open) > 1:
            if self._open.pop().tag == tag:
                return

    def _imply_end_tags(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._close("td", stop=("tr", "table"))
            self._close("th", stop=("tr", "table"))
        elif tag == "tr":
            self._close("tr", stop=("table",))
        elif tag in _TABLE_SECTIONS:
            for section in ("tr", *_TABLE_SECTIONS):
                self._close(section, stop=("table",))
        elif tag == "li":
            self._close("li", stop=("ul", "ol"))
        elif tag in ("dt", "dd"):
            self._close("dt", stop=("dl",))
            self._close("dd", stop=("dl",))
        elif tag in ("option", "optgroup"):
            self._close("option", stop=("select",))
        if tag in _CLOSES_P:
            self._close("p", stop=("td", "th", "button", "table", "li", "dd", "dt"))


class Document:
    """A parsed page: find elements by role and accessible name, read its visible text lines."""

    def __init__(self, source: str) -> None:
        builder = _TreeBuilder()
        builder.feed(source)
        builder.close()
        self.root = builder.root
        self._by_id = {e.attrs["id"]: e for e in self.root.iter() if e.attrs.get("id")}
        self._labels_for: dict[str, list[Element]] = {}
        for element in self.root.iter():
            if element.tag == "label" and element.attrs.get("for"):
                self._labels_for.setdefault(element.attrs["for"], []).append(element)

    def by_role(
        self, role: str, name: re.Pattern[str] | None = None, scope: Element | None = None, *, hidden: bool = False
    ) -> list[Element]:
        """Visible elements (with `hidden`, also those not shown yet) of that role whose accessible
        name matches, in document order."""
        return [
            e
            for e in (scope or self.root).iter()
            if e.role == role and (hidden or e.visible) and (name is None or name.search(self.accessible_name(e)))
        ]

    def accessible_name(self, element: Element) -> str:
        """The name assistive technology gives it, by the usual precedence (simplified accname)."""
        ids = element.attrs.get("aria-labelledby", "").split()
        named = [self._by_id[i].text() for i in ids if i in self._by_id]
        if any(named):
            return " ".join(" ".join(named).split())
        label = element.attrs.get("aria-label", "").strip()
        if label:
            return label
        title = element.attrs.get("title", "").strip()
        if element.tag in _LABELABLE:
            texts = [lab.text() for lab in self._labels_for.get(element.attrs.get("id", ""), [])]
            wrapping = element.closest(lambda e: e.tag == "label")
            if wrapping is not None:
                texts.append(wrapping.text())
            if any(texts):
                return " ".join(" ".join(texts).split())
            if element.tag == "input" and element.attrs.get("type", "").lower() in _BUTTON_INPUT_TYPES:
                return element.attrs.get("value", "").strip() or title
            if element.tag != "button":
                return title or element.attrs.get("placeholder", "").strip()
        return element.text() or _image_name(element) or title

    @property
    def body(self) -> Element:
        return next((e for e in self.root.iter() if e.tag == "body"), self.root)

    def lines(self) -> list[str]:
        """The visible text as a person reads it, one entry per line (roughly innerText's lines)."""
        return split_lines(self.body)

    def line_after_label(self, label: re.Pattern[str], scope: Element | None = None) -> str | None:
        """The rest of the line a label starts, or the next line when the value sits on its own."""
        lines = split_lines(scope) if scope is not None else self.lines()
        for at, line in enumerate(lines):
            if label.search(line):
                rest = label.sub("", line, count=1).lstrip(" :").strip()
                if rest:
                    return rest
                return lines[at + 1] if at + 1 < len(lines) else ""
        return None

    def table_rows(self, table: Element) -> list[dict[str, t.Any]]:
        """{header: all header cells, cells: their texts, lines: each cell's lines} for the rows of
        this table, not of tables nested in it (what the browser page objects' table reader returns)."""
        out = []
        for row in table.iter():
            if row.role != "row" or not row.visible or row.closest(_is_table) is not table:
                continue
            cells = [c for c in row.iter() if c.role in _CELL_ROLES and c.closest(_is_row) is row]
            if cells:
                out.append(
                    {
                        "header": all(c.role == "columnheader" for c in cells),
                        "cells": [c.text() for c in cells],
                        "lines": [c.lines() for c in cells],
                        "element": row,
                    }
                )
        return out


def _image_name(element: Element) -> str:
    """The name an icon gives the control that holds it: an image's alt, an icon's aria-label or
    its SVG title (an icon-only "next page" link is named so; its text is empty)."""
    for inner in element.iter():
        if inner is element:
            continue
        named = (inner.attrs.get("alt", "") if inner.tag == "img" else inner.attrs.get("aria-label", "")).strip() or (
            inner.text() if inner.tag == "title" else ""
        )
        if named:
            return named
    return ""


_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_BOXED_TAGS = frozenset({"button", "input", "select", "textarea"})


def _is_table(element: Element) -> bool:
    return element.role in ("table", "grid", "treegrid")


def _is_row(element: Element) -> bool:
    return element.role == "row"


def split_lines(element: Element) -> list[str]:
    parts: list[str] = []
    _collect_lines(element, parts)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _collect_lines(element: Element, parts: list[str]) -> None:
    if not element.shown:
        return
    for child in element.children:
        if isinstance(child, str):
            parts.append(child.replace("\n", " "))
        elif child.tag == "br":
            parts.append("\n")
        elif child.tag in BLOCK_TAGS or "data-cl-block" in child.attrs:
            parts.append("\n")
            _collect_lines(child, parts)
            parts.append("\n")
        elif child.tag in _BOXED_TAGS:
            # A button or field stands apart from the words around it, as a person sees it.
            parts.append(" ")
            _collect_lines(child, parts)
            parts.append(" ")
        else:
            if child.tag in ("td", "th") or child.role in _CELL_ROLES:
                parts.append("\t")
            _collect_lines(child, parts)
