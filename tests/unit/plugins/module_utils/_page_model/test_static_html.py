from __future__ import annotations

import re

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document


def rx(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


def test_table_rows_with_implied_end_tags_and_no_nested_rows() -> None:
    doc = Document(
        "<table><thead><tr><th>Nom<th>Date</thead>"
        "<tbody><tr><td>a &amp; b<td>01/02/2026 10:00"
        "<tr><td>c<td><table><tr><td>nested</td></tr></table>"
        "</table>"
    )
    tables = doc.by_role("table")
    assert len(tables) == 2
    assert _rows(doc, tables[0]) == [
        {"header": True, "cells": ["Nom", "Date"]},
        {"header": False, "cells": ["a & b", "01/02/2026 10:00"]},
        {"header": False, "cells": ["c", "nested"]},
    ]
    assert _rows(doc, tables[1]) == [{"header": False, "cells": ["nested"]}]


def test_aria_grid_rows_and_cells() -> None:
    doc = Document(
        '<div role="grid"><div role="row"><span role="columnheader">Nom</span>'
        '<span role="columnheader">Créateur</span></div>'
        '<div role="row"><span role="gridcell"><b>k1</b></span><span role="gridcell">Jo</span></div></div>'
    )
    (grid,) = doc.by_role("grid")
    assert _rows(doc, grid) == [
        {"header": True, "cells": ["Nom", "Créateur"]},
        {"header": False, "cells": ["k1", "Jo"]},
    ]


def test_hidden_content_is_not_read() -> None:
    doc = Document(
        "<body><p>shown</p><p hidden>by attribute</p><p style='display: none'>by style</p>"
        "<script>var x = '<p>script</p>';</script><template><p>template</p></template>"
        "<div style='visibility:hidden'><input type=checkbox aria-label=Active></div>"
        "<table><tr hidden><td>hidden row</td></tr><tr><td>row</td></tr></table></body>"
    )
    assert doc.lines() == ["shown", "row"]
    assert doc.by_role("checkbox") == []
    (table,) = doc.by_role("table")
    assert _rows(doc, table) == [{"header": False, "cells": ["row"]}]


def test_accessible_names_by_precedence() -> None:
    doc = Document(
        '<span id="l1">Nom de la clé</span><input id="f1" aria-labelledby="l1" aria-label="ignored" value="x">'
        '<input aria-label="Par aria-label">'
        '<label for="f3">Par label</label><input id="f3" type="search">'
        '<label><input type="checkbox" checked> Active</label>'
        '<label><input type="checkbox"> Révoquée</label>'
        '<input title="Par titre"><input placeholder="Par indice">'
        '<button title="t">Filtrer</button><a href="#" title="Suivant"><svg><path/></svg></a>'
        '<input type="submit" value="Générer"><a>no href</a>'
    )
    names = [doc.accessible_name(e) for e in doc.by_role("textbox")]
    assert names == ["Nom de la clé", "Par aria-label", "Par label", "Par titre", "Par indice"]
    boxes = {doc.accessible_name(b): b.checked for b in doc.by_role("checkbox")}
    assert boxes == {"Active": True, "Révoquée": False}
    assert [doc.accessible_name(b) for b in doc.by_role("button")] == ["Filtrer", "Générer"]
    assert [doc.accessible_name(a) for a in doc.by_role("link")] == ["Suivant"]
    assert doc.by_role("button", rx("^générer$"))[0].attrs["type"] == "submit"


def test_lines_and_the_value_after_a_label() -> None:
    doc = Document(
        "<html><head><title>Not shown</title></head><body>"
        "<p>Tiers rattaché : <strong>95943</strong> FUTUROSCOPE CEDEX"
        "<div><span>Service :</span></div><div>Loop APIkey</div>"
        "<p>one<br>two</p></body></html>"
    )
    assert doc.lines() == ["Tiers rattaché : 95943 FUTUROSCOPE CEDEX", "Service :", "Loop APIkey", "one", "two"]
    assert doc.line_after_label(rx(r"tiers\s+rattaché\s*:")) == "95943 FUTUROSCOPE CEDEX"
    assert doc.line_after_label(rx(r"^\s*service\s*:")) == "Loop APIkey"
    assert doc.line_after_label(rx("absent")) is None


def test_disabled_controls_and_void_elements() -> None:
    doc = Document(
        '<nav><a href="?p=1">Précédent</a><input type="hidden" name="x"><img src="a.png">'
        '<button disabled>Suivant</button><span role="link" aria-disabled="true">Fin</span></nav>'
    )
    assert [b.disabled for b in doc.by_role("button")] == [True]
    assert [(doc.accessible_name(a), a.disabled) for a in doc.by_role("link")] == [("Précédent", False), ("Fin", True)]


def _rows(doc: Document, table: object) -> list[dict[str, object]]:
    """table_rows without the row elements (compared by their texts)."""
    return [{k: v for k, v in row.items() if k not in ("element", "lines")} for row in doc.table_rows(table)]  # type: ignore[arg-type]
