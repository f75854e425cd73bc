"""The key page read as a person reads it, by the one reader both paths share: hand-written
renderings of the seed's page and of other layouts, never the simulator's HTML."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import (
    KeyList,
    ListProblem,
    NextPage,
    walk_pages,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page_check import KeyPageCheck
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document


def KeyPageSource(html: str, labels: Labels) -> KeyList:
    return KeyList(Document(html), labels)


ROWS = """
<tr><td>Felix</td><td>23/01/2021 08:14</td><td>Deltumeau Vincent</td><td><a href="#r1">Révoquer</a></td></tr>
<tr><td>invoicing</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td><td><a href="#r2">Révoquer</a></td></tr>
"""


def page(
    rows: str = ROWS,
    active: str = "checked",
    revoked: str = "",
    name: str = "",
    pager: str = "",
    service: str = "Loop APIkey",
    table_head: str = "<th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th><th></th>",
) -> str:
    return f"""<!doctype html><html><body>
    <a href="/catalogue">[Retour au catalogue de services]</a>
    <fieldset><legend>Critères de sélection</legend>
      <div>Tiers rattaché : 95943 FUTUROSCOPE CEDEX</div>
      <div>Service : {service}</div>
      <div>Statut de la clé d'API :
        <input type="checkbox" id="a" {active}><label for="a">Active</label>
        <input type="checkbox" id="r" {revoked}><label for="r">Révoquée</label></div>
      <label for="n">Nom de la clé d'API :</label><input id="n" value="{name}">
      <a href="#">X Réinitialiser les critères</a> <a href="#">Filtrer</a>
    </fieldset>
    <h3>Liste des clés d'API pour le service {service}</h3>
    <p>Entrer le nom d'une nouvelle clé : <input aria-label="Entrer le nom d'une nouvelle clé"> <a href="#">Générer</a>
    <table><tr>{table_head}</tr>{rows}</table>{pager}
    </body></html>"""


def test_reads_the_seed_page() -> None:
    source = KeyPageSource(page(), Labels())
    assert source.is_here()
    assert source.service() == "Loop APIkey"
    assert source.tiers() == "95943 FUTUROSCOPE CEDEX"
    assert source.doubt("Loop APIkey", "95943") is None
    assert source.doubt("loop apikey", "FUTUROSCOPE CEDEX") is None
    assert [(r.name, r.created_raw, r.created_by, r.status) for r in source.rows()] == [
        ("Felix", "23/01/2021 08:14", "Deltumeau Vincent", "active"),
        ("invoicing", "02/03/2026 09:30", "Deltumeau Vincent", "active"),
    ]


@pytest.mark.parametrize(
    ("html", "service", "tiers", "doubt"),
    [
        ("<html><body><h1>Connexion</h1><input type=password></body></html>", "Loop APIkey", None, "not the key page"),
        (page(service="Cegid File Exchange"), "Loop APIkey", None, "'Cegid File Exchange', not 'Loop APIkey'"),
        (page(), "Loop APIkey", "75008", "tiers '95943 FUTUROSCOPE CEDEX', not '75008'"),
        (page(active=""), "Loop APIkey", None, "exactly the Active keys"),
        (page(revoked="checked"), "Loop APIkey", None, "exactly the Active keys"),
        (page(name="invoicing"), "Loop APIkey", None, "filtered on a name"),
    ],
)
def test_doubts(html: str, service: str, tiers: str | None, doubt: str) -> None:
    found = KeyPageSource(html, Labels()).doubt(service, tiers)
    assert found is not None and doubt in found


def test_criteria_are_not_checked_when_not_asked() -> None:
    assert KeyPageSource(page(name="invoicing"), Labels()).doubt("Loop APIkey", None, criteria=False) is None


URL = "https://portal.example/cles?tiers=95943&page=1"


@pytest.mark.parametrize(
    ("pager", "expected"),
    [
        ("", None),
        ("<nav><span>Page 2 / 2</span><button disabled>Suivant</button></nav>", None),
        (
            '<nav><a href="?tiers=95943&amp;page=2">Suivant</a></nav>',
            NextPage("https://portal.example/cles?tiers=95943&page=2", False),
        ),
        ('<nav><a href="/cles?page=3">Page suivante</a></nav>', NextPage("https://portal.example/cles?page=3", False)),
        (  # a button of a GET form: its fields and its own name=value make the address
            '<form method="get" action="/cles"><input type="hidden" name="tiers" value="95943">'
            '<button type="submit" name="page" value="2">Suivant</button></form>',
            NextPage("https://portal.example/cles?tiers=95943&page=2", False),
        ),
        (  # "Afficher plus": the next page shows these rows again, and more
            '<a href="/cles?tiers=95943&amp;limit=20">Afficher plus</a>',
            NextPage("https://portal.example/cles?tiers=95943&limit=20", True),
        ),
    ],
)
def test_the_next_page(pager: str, expected: NextPage | None) -> None:
    assert KeyPageSource(page(pager=pager), Labels()).next_page(URL) == expected


@pytest.mark.parametrize(
    "pager",
    [
        "<form method=post><button>Suivant</button></form>",
        '<a href="#" onclick="next()">Suivant</a>',
        '<a href="javascript:next()">Suivant</a>',
        '<a href="https://elsewhere.example/cles?page=2">Suivant</a>',
    ],
)
def test_a_next_page_that_is_no_plain_link_is_a_list_problem(pager: str) -> None:
    with pytest.raises(ListProblem, match="no plain link"):
        KeyPageSource(page(pager=pager), Labels()).next_page(URL)


def test_no_key_list_is_a_list_problem() -> None:
    with pytest.raises(ListProblem, match="found none"):
        KeyPageSource(page(table_head="<th>Nom</th><th>Date</th>"), Labels()).rows()


def test_labels_overrides_apply() -> None:
    english = (
        page()
        .replace("Liste des clés d'API pour le service", "API keys of the service")
        .replace("<th>Nom de la clé d'API</th>", "<th>Key name</th>")
        .replace("Entrer le nom d'une nouvelle clé", "New key name")
        .replace('<label for="r">Révoquée</label>', '<label for="r">Revoked</label>')
    )
    # The title: found by the overridden marker only (no other sign of the key page is left).
    assert not KeyPageSource(english, Labels()).is_here()
    assert KeyPageSource(english, Labels.with_overrides({"key_page_marker": "api keys of the service"})).is_here()
    # The name column: the list and its keys are read by the overridden column only.
    labels = Labels.with_overrides({"key_page_marker": "api keys of the service", "name_column": "^key name$"})
    try:
        by_default = [r.name for r in KeyPageSource(english, Labels()).rows()]
    except ListProblem:
        by_default = []  # no list found at all
    assert "Felix" not in by_default and "invoicing" not in by_default
    assert [(r.name, r.created_raw, r.created_by) for r in KeyPageSource(english, labels).rows()] == SEED_ROWS


def _rows(html: str, service: str | None = None) -> list[tuple[str, str, str]]:
    return [(r.name, r.created_raw, r.created_by) for r in KeyPageSource(html, Labels()).rows(service=service)]


SEED_ROWS = [("Felix", "23/01/2021 08:14", "Deltumeau Vincent"), ("invoicing", "02/03/2026 09:30", "Deltumeau Vincent")]


def test_an_aria_grid_reads_as_the_table() -> None:
    grid = """<div role="grid"><div role="row"><span role="columnheader">Nom de la clé d'API</span>
    <span role="columnheader">Date de création</span><span role="columnheader">Créateur</span></div>
    <div role="row"><span role="gridcell">Felix</span><span role="gridcell">23/01/2021 08:14</span>
    <span role="gridcell">Deltumeau Vincent</span></div>
    <div role="row"><span role="gridcell">invoicing</span><span role="gridcell">02/03/2026 09:30</span>
    <span role="gridcell">Deltumeau Vincent</span></div></div>"""
    assert _rows(f"<body><h2>Liste des clés d'API pour le service Loop APIkey</h2>{grid}</body>") == SEED_ROWS


@pytest.mark.parametrize(
    "card",
    [
        # name as a heading, fields on their own lines
        "<li><h3>{name}</h3><p>Date de création : {date}</p><p>Créateur : {by}</p>"
        '<button title="Révoquer">x</button></li>',
        # fields as dt/dd, the name labelled too
        "<li><dl><dt>Nom de la clé d'API</dt><dd>{name}</dd><dt>Date de création</dt><dd>{date}</dd>"
        '<dt>Créateur</dt><dd>{by}</dd></dl><a href="#">Révoquer</a></li>',
        # a div card with an actions menu first
        "<div class=card><button aria-haspopup=menu>Actions</button><strong>{name}</strong>"
        "<span>Date de création : {date}</span><span>Créateur : {by}</span></div>",
    ],
)
def test_a_list_of_cards(card: str) -> None:
    cards = "".join(card.format(name=n, date=d, by=b) for n, d, b in SEED_ROWS)
    html = f"<body><h2>Liste des clés d'API pour le service Loop APIkey</h2><ul>{cards}</ul></body>"
    assert _rows(html) == SEED_ROWS


def test_a_list_of_several_services_keeps_the_service_asked_for() -> None:
    head = "<th>Nom de la clé d'API</th><th>Service</th><th>Date de création</th><th>Créateur</th>"
    rows = (
        "<tr><td>Felix</td><td>Loop APIKey Standard (P04448)</td><td>23/01/2021 08:14</td>"
        "<td>Deltumeau Vincent</td></tr>"
        "<tr><td>files</td><td>Cegid File Exchange</td><td>01/02/2021 10:00</td><td>Deltumeau Vincent</td></tr>"
    )
    html = f"<body><h1>Clés API</h1><table><tr>{head}</tr>{rows}</table></body>"
    reader = KeyPageSource(html, Labels())
    assert reader.lists_services() and reader.is_here()
    assert [r.name for r in reader.rows(service="Loop APIkey")] == ["Felix"]
    assert [r.name for r in reader.rows(service="Cegid File Exchange")] == ["files"]
    assert reader.doubt("Loop APIkey", None, criteria=False) is None


@pytest.mark.parametrize(
    "tiers",
    [
        '<label for="t">Tiers rattaché :</label><select id="t"><option>86360 CHASSENEUIL DU POITOU</option>'
        "<option selected>95943 FUTUROSCOPE CEDEX</option></select>",
        '<fieldset><legend>Tiers rattaché</legend><label><input type="radio" name="t"> 86360 CHASSENEUIL DU POITOU'
        '</label><label><input type="radio" name="t" checked> 95943 FUTUROSCOPE CEDEX</label></fieldset>',
        "<p>Tiers associé : 95943 FUTUROSCOPE CEDEX</p>",
    ],
)
def test_the_tiers_shown_as_a_line_a_drop_down_or_radio_buttons(tiers: str) -> None:
    html = page().replace("<div>Tiers rattaché : 95943 FUTUROSCOPE CEDEX</div>", tiers)
    assert KeyPageSource(html, Labels()).tiers() == "95943 FUTUROSCOPE CEDEX"


def test_the_browsers_annotations_decide() -> None:
    """In a browser's snapshot (dom.py), what is not shown and a field's current state win over the markup."""
    hidden_row = '<tr data-cl-hidden=""><td>ghost</td><td>01/01/2020 00:00</td><td>X</td><td></td></tr>'
    html = page(rows=ROWS + hidden_row, active="", name="x")
    html = html.replace('<input type="checkbox" id="a" >', '<input type="checkbox" id="a" data-cl-checked="true">')
    html = html.replace('<input id="n" value="x">', '<input id="n" value="x" data-cl-value="">')
    reader = KeyPageSource(html, Labels())
    assert _rows(html) == SEED_ROWS
    assert reader.criteria_doubt() is None


def test_the_service_title_another_service_is_known_as() -> None:
    """The seed's own page: reached through "Loop APIkey", titled with another service."""
    html = page(service="Gestion des Utilisateurs - Administration")
    reader = KeyPageSource(html, Labels())
    assert "not 'Loop APIkey'" in (reader.doubt("Loop APIkey", None) or "")
    assert reader.doubt("Loop APIkey", None, known_as="Gestion des Utilisateurs - Administration") is None


def test_a_header_drawn_as_a_plain_row_is_never_a_key() -> None:
    """Issue 21 §3: a table whose header cells are plain cells read as one phantom key named after a
    column. A row named like a column or a field is page furniture: the read fails, saying so."""
    plain_head = "<td>Nom de la clé d'API</td><td>Date de création</td><td>Créateur</td><td></td>"
    html = page(rows=f"<tr>{plain_head}</tr>" + ROWS, table_head="")
    with pytest.raises(ListProblem, match="named like a column"):
        KeyPageSource(html.replace("<table><tr></tr>", "<table>"), Labels()).rows()


def test_a_card_list_whose_first_card_is_its_legend_is_never_a_key() -> None:
    cards = """<ul>
      <li><span>Nom de la clé d'API</span> <span>Date de création</span> <span>Créateur</span></li>
      <li><h4>Felix</h4><p>Date de création : 23/01/2021 08:14</p><p>Créateur : Deltumeau Vincent</p></li>
    </ul>"""
    html = page().replace(page().split("<table>")[1].split("</table>")[0], "").replace("<table></table>", cards)
    source = KeyPageSource(html, Labels())
    try:
        names = [r.name for r in source.rows()]
    except ListProblem as refused:
        assert "named like a column" in str(refused) or "expected" in str(refused)
    else:
        assert all("Nom de la clé" not in n for n in names), names


@pytest.mark.parametrize(
    "pager",
    [
        '<a href="?page=2"><img src="next.svg" alt="Page suivante"></a>',
        '<a href="?page=2"><span role="img" aria-label="Suivant"></span></a>',
    ],
)
def test_an_icon_only_next_page_is_found_by_its_name(pager: str) -> None:
    """Issue 21 §3: an icon-only "next page" link made page 1 look like the last page (its name is
    its image's alt, not its text), and present generated a duplicate of a key listed on page 2."""
    assert KeyPageSource(page(pager=pager), Labels()).next_page("https://portal.test/cles?page=1") == NextPage(
        "https://portal.test/cles?page=2", cumulative=False
    )


def test_a_status_the_module_does_not_know_is_not_active() -> None:
    """Issue 21 §3: a row counts as present only when its status reads as active; "Expirée" or
    "Suspendue" keep their words (the run names them in a warning), and such a key is not present."""
    head = "<th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th><th>Statut</th><th></th>"
    rows = (
        "<tr><td>a</td><td>01/01/2026 10:00</td><td>Jo</td><td>ACTIVE</td><td></td></tr>"
        "<tr><td>b</td><td>01/01/2026 10:00</td><td>Jo</td><td>Expirée</td><td></td></tr>"
        "<tr><td>c</td><td>01/01/2026 10:00</td><td>Jo</td><td>Suspendue</td><td></td></tr>"
    )
    read = KeyPageSource(page(rows=rows, table_head=head), Labels()).rows()
    assert [(r.name, r.status) for r in read] == [("a", "active"), ("b", "Expirée"), ("c", "Suspendue")]


def test_a_table_whose_name_column_is_not_recognised_is_not_read_as_cards() -> None:
    """Its header row held one 'Date de création' and one 'Créateur': read as a card, it was a key
    named 'Intitulé' (a phantom), and Felix and invoicing were lost. Now the list is refused."""
    renamed = page().replace("<th>Nom de la clé d'API</th>", "<th>Intitulé</th>")
    with pytest.raises(ListProblem, match=r"a table headed \['Intitulé', 'Date de création', 'Créateur', ''\]"):
        KeyPageSource(renamed, Labels()).rows()


@pytest.mark.parametrize(
    "status",
    [
        '<span class="badge">{status}</span>',  # a badge alone on its line
        "<p>Statut : {status}</p>",  # a labelled field
    ],
)
def test_a_cards_status_is_read_and_only_active_is_present(status: str) -> None:
    """A card marked "Expirée" was read as an Active key of the list: present, never regenerated."""
    card = "<li>" + status + "<h3>{name}</h3><p>Date de création : {date}</p><p>Créateur : {by}</p></li>"
    states = ["Active", "Expirée", "Désactivée"]
    cards = "".join(
        card.format(name=n, date=d, by=b, status=s) for (n, d, b), s in zip(SEED_ROWS * 2, states, strict=False)
    )
    html = f"<body><h2>Liste des clés d'API pour le service Loop APIkey</h2><ul>{cards}</ul></body>"
    read = KeyPageSource(html, Labels()).rows()
    assert [(r.name, r.status) for r in read] == [
        ("Felix", "active"),
        ("invoicing", "Expirée"),
        ("Felix", "Désactivée"),
    ]


ICON_ONLY_NEXT = '<nav><span>{said}</span> <a href="?page=2"><svg aria-hidden="true"></svg></a></nav>'


def _walk(html: str) -> list[str]:
    """The rows of a list whose next page cannot be turned to (its control is not recognised)."""
    found, dummy = walk_pages(KeyPageSource(html, Labels()), lambda reader: None, "active", None)
    return [row.name for row, dummy_element in found]


@pytest.mark.parametrize("said", ["Page 1 sur 3", "1 \u2013 2 sur 5", "1-2 sur 5", "Showing 1 to 2 of 5", "page 1/2"])
def test_a_list_that_says_more_follows_is_never_taken_as_complete(said: str) -> None:
    """The silent misread: an icon-only "next page" made page 1 look like the last one, and present
    generated a duplicate of a key listed on page 2 (check-mode absent said "absent" for an Active
    key). The list says more keys follow: without a control to them, no decision is made."""
    html = page(pager=ICON_ONLY_NEXT.format(said=said))
    with pytest.raises(ListProblem, match="so more keys follow, but no control to them was recognised") as problem:
        _walk(html)
    assert said.removeprefix("Showing ") in str(problem.value)
    finding = KeyPageCheck(Document(html), Labels(), "Loop APIkey").findings()[-1]
    assert not finding.found and finding.drift(), finding


@pytest.mark.parametrize("said", ["Page 3 sur 3", "4 \u2013 5 sur 5", "Showing 1 to 2 of 2", ""])
def test_the_last_page_or_a_list_that_says_nothing_ends_the_walk(said: str) -> None:
    html = page(pager=ICON_ONLY_NEXT.format(said=said))
    assert _walk(html) == ["Felix", "invoicing"]
    assert KeyPageCheck(Document(html), Labels(), "Loop APIkey").findings()[-1].drift() is None


@pytest.mark.parametrize(
    "control",
    [
        '<button type="button" role="combobox" aria-labelledby="lt" aria-controls="lb">86360 CHASSENEUIL DU POITOU'
        ' <span aria-hidden="true">▾</span></button>',
        '<input role="combobox" aria-labelledby="lt" aria-controls="lb" value="86360 CHASSENEUIL DU POITOU">',
        '<div role="combobox" aria-labelledby="lt" aria-expanded="true"><input value="86360 CHASSENEUIL DU POITOU">'
        '<ul role="listbox"><li role="option">95943 FUTUROSCOPE CEDEX</li></ul></div>',
    ],
    ids=["button", "input", "wrapping-an-input"],
)
def test_the_tiers_shown_by_an_aria_combobox(control: str) -> None:
    """What the combobox shows, never an option of its listbox (shown or not) nor its arrow."""
    html = page().replace(
        "<div>Tiers rattaché : 95943 FUTUROSCOPE CEDEX</div>",
        f'<span id="lt">Tiers rattaché</span>{control}<ul role="listbox" id="lb" hidden>'
        '<li role="option">95943 FUTUROSCOPE CEDEX</li><li role="option">86360 CHASSENEUIL DU POITOU</li></ul>',
    )
    source = KeyPageSource(html, Labels())
    assert source.tiers() == "86360 CHASSENEUIL DU POITOU"
    assert source.doubt("Loop APIkey", "86360") is None
    assert "not '95943'" in str(source.doubt("Loop APIkey", "95943"))
