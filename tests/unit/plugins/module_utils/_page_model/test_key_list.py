"""The key page read as a person reads it, by the one reader both paths share: hand-written
renderings of the seed's page and of other layouts, never the simulator's HTML."""

from __future__ import annotations

import datetime
import typing as t

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
        KeyPageSource(page(table_head="<th>Produit</th><th>Date</th>"), Labels()).rows()


def test_labels_overrides_apply() -> None:
    german = (
        page()
        .replace("Liste des clés d'API pour le service", "API-Schlüssel des Dienstes")
        .replace("<th>Nom de la clé d'API</th>", "<th>Schlüsselname</th>")
        .replace("Entrer le nom d'une nouvelle clé", "Neuer Schlüssel")
        .replace('<label for="r">Révoquée</label>', '<label for="r">Widerrufen</label>')
    )
    # The title: found by the overridden marker only (no other sign of the key page is left).
    assert not KeyPageSource(german, Labels()).is_here()
    assert KeyPageSource(german, Labels.with_overrides({"key_page_marker": "api-schlüssel des dienstes"})).is_here()
    # The name column: the list and its keys are read by the overridden column only.
    labels = Labels.with_overrides({"key_page_marker": "api-schlüssel des dienstes", "name_column": "^schlüsselname$"})
    try:
        by_default = [r.name for r in KeyPageSource(german, Labels()).rows()]
    except ListProblem:
        by_default = []  # no list found at all
    assert "Felix" not in by_default and "invoicing" not in by_default
    assert [(r.name, r.created_raw, r.created_by) for r in KeyPageSource(german, labels).rows()] == SEED_ROWS


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
        # date and creator on one line, the name a heading beside a kebab (Material cards)
        '<div class=card><h3>{name}</h3><button aria-label="Plus d\'actions">⋮</button><div>Loop APIkey</div>'
        "<code>7SMP••••••••</code><div>Créée le {date} par {by}</div><div>Expire le 22/04/2027</div></div>",
        # the same line, and more after the creator
        "<li><h3>{name}</h3><p>Créée le {date} par {by} · expire le 22/04/2027</p></li>",
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


def test_a_header_drawn_as_a_plain_row_is_the_header_and_never_a_key() -> None:
    """Issue 21 §3: a table whose header cells are plain cells read as one phantom key named after a
    column. Its first row, naming the key's name and date, is read as its header, as a person does;
    the same row again among the keys is page furniture: the read fails, saying so."""
    plain_head = "<tr><td>Nom de la clé d'API</td><td>Date de création</td><td>Créateur</td><td></td></tr>"
    html = page(rows=plain_head + ROWS, table_head="").replace("<table><tr></tr>", "<table>")
    assert _rows(html) == SEED_ROWS
    again = page(rows=plain_head + ROWS + plain_head, table_head="").replace("<table><tr></tr>", "<table>")
    with pytest.raises(ListProblem, match="named like a column"):
        KeyPageSource(again, Labels()).rows()


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


def _numbered(current: int, last: int, *, marked: bool = True, total: int = 6) -> str:
    links = "".join(
        f'<span aria-current="page">{n}</span>'
        if n == current and marked
        else f'<a href="?page={n}" aria-label="page {n}">{n}</a>'
        for n in range(1, last + 1)
    )
    return f"<nav><span>Total {total}</span>{links}</nav>"


def test_a_numbered_pager_with_a_page_after_this_one_says_more_keys_follow() -> None:
    """b4/elementplus: "Total 6", pages "1" "2" and an arrow not recognised: page 1 passed for the
    whole list, and a rerun generated a second key."""
    with pytest.raises(ListProblem, match="a link to page 2 \\(this is page 1\\)"):
        _walk(page(pager=_numbered(1, 2)))
    assert _walk(page(pager=_numbered(2, 2, total=2))) == ["Felix", "invoicing"]


def test_a_numbered_pager_without_the_page_shown_marked_counts_from_page_one() -> None:
    with pytest.raises(ListProblem, match="page 2"):
        _walk(page(pager=_numbered(2, 2, marked=False)))


def test_a_next_control_named_as_a_sentence() -> None:
    html = page(pager='<a href="?page=2" aria-label="Aller à la page suivante">›</a>')
    following = KeyPageSource(html, Labels()).next_page("https://portal.example/cles")
    assert following is not None and following.url.endswith("?page=2")


@pytest.mark.parametrize("said", ["Page 3 sur 3", "1 \u2013 2 sur 2", "Showing 1 to 2 of 2", ""])
def test_the_last_page_or_a_list_that_says_nothing_ends_the_walk(said: str) -> None:
    html = page(pager=ICON_ONLY_NEXT.format(said=said))
    assert _walk(html) == ["Felix", "invoicing"]
    assert KeyPageCheck(Document(html), Labels(), "Loop APIkey").findings()[-1].drift() is None


@pytest.mark.parametrize(
    ("said", "end"),
    [("Page 3 sur 3", True), ("4 \u2013 5 sur 5", True), ("Page 1 sur 3", False), ("", False)],
)
def test_a_page_that_says_it_shows_the_end(said: str, end: bool) -> None:
    """What spares a list that says it shows its end the watch for rows that come as it is scrolled."""
    assert KeyPageSource(page(pager=ICON_ONLY_NEXT.format(said=said)), Labels()).end_said() is end


@pytest.mark.parametrize(
    "said",
    [
        "3 clé(s), dont 2 active(s)",
        "3 keys · 2 active · 10 active keys allowed per service",
        "Total 3",
        "Affichage de 1 - 3 sur 3 clés",
        "3 items",
        "1 clé active sur 10 autorisées",
        "1 jeton(s) actif(s)",
    ],
)
def test_a_list_that_holds_more_than_was_read_is_no_list_read(said: str) -> None:
    """A key the reader does not see as one (a row drawn otherwise, a page not reached) would let
    present generate a duplicate: what the page says it holds must be what was read."""
    html = page(pager=f"<p>{said}</p>")
    with pytest.raises(
        ListProblem, match=r"the page says .* of its key list, but (2 keys|2 active keys \(2 not revoked\)) were read"
    ):
        _walk(html)


@pytest.mark.parametrize(
    "said",
    [
        "2 clé(s), dont 2 active(s)",
        "2 keys · 2 active · 10 active keys allowed per service",
        "Total 2",
        "Affichage de 1 - 2 sur 2 clés",
        "2 items",
        "2 clés actives sur 10",
        "Quota : 2 of 5 keys used",
        "10 clés maximum par service",
        "Clés actives : 2 / 20",
        "Page 1 sur 1 · 20 éléments par page",
        "",
    ],
)
def test_a_list_that_holds_what_was_read(said: str) -> None:
    """Limits and page sizes are no count of the list ("10 clés maximum", "of 5 keys used")."""
    assert _walk(page(pager=f"<p>{said}</p>")) == ["Felix", "invoicing"]


@pytest.mark.parametrize(
    ("said", "proven"), [("1 clé active", True), ("2 clés en service", True), ("3 clés actives", False)]
)
def test_a_count_of_active_keys_counts_those_shown_active_or_those_not_revoked(said: str, proven: bool) -> None:
    """b4/quasar says "N clé(s) en service" of its Active, Expirée and Suspendue keys alike."""
    head = "<th>Nom de la clé d'API</th><th>Date de création</th><th>Statut</th>"
    rows = "".join(
        f"<tr><td>{name}</td><td>02/03/2026 09:30</td><td>{status}</td></tr>"
        for name, status in (("Felix", "Active"), ("invoicing", "Expirée"), ("old", "Révoquée"))
    )
    html = page(rows=rows, table_head=head, pager=f"<p>{said}</p>")
    if proven:
        assert _walk(html) == ["Felix", "invoicing", "old"]
    else:
        with pytest.raises(ListProblem, match="but 1 active keys \\(2 not revoked\\) were read"):
            _walk(html)


def test_a_title_counts_the_keys_and_a_key_named_with_a_count_says_nothing() -> None:
    rows = ROWS.replace("invoicing", "backup 12 keys")
    assert _walk(page(rows=rows).replace("<h3>Liste des", "<h3>(2) Liste des")) == ["Felix", "backup 12 keys"]
    html = page().replace("<h3>Liste des clés d'API pour le service Loop APIkey</h3>", "<h3>Clés d'API (3)</h3>")
    with pytest.raises(ListProblem, match='the page says "Clés d\'API \\(3\\)" of its key list, but 2 keys'):
        _walk(html)


STATUS_HEAD = "<th>Nom de la clé d'API</th><th>Date de création</th><th>Statut</th>"


def _with_statuses(said: str, *named: tuple[str, str]) -> str:
    """The seed's page, its rows showing a status, and ``said`` under the list."""
    named = named or (("Felix", "Active"), ("invoicing", "Expirée"), ("old", "Révoquée"))
    rows = "".join(f"<tr><td>{n}</td><td>02/03/2026 09:30</td><td>{st}</td></tr>" for n, st in named)
    return page(rows=rows, table_head=STATUS_HEAD, pager=said)


@pytest.mark.parametrize(
    "said",
    ["<p>1 - 3 sur 3</p>", "<p>3 clés</p>", "<p>Total 3</p>", "<p>1 active key</p>", "<p>2 jetons actifs</p>"],
)
def test_a_count_of_every_key_is_never_taken_for_one_of_active_keys(said: str) -> None:
    """Three keys read (Active, Expirée, Révoquée): "3" counts them all, "1 active key" the Active
    one, "2 jetons actifs" those not revoked."""
    assert _walk(_with_statuses(said)) == ["Felix", "invoicing", "old"]


@pytest.mark.parametrize(
    ("said", "quoted", "read"),
    [
        ("<p>1 - 4 sur 4</p>", "1 - 4 sur 4", "3 keys"),
        ("<p>4 clés</p>", "4 clés", "3 keys"),
        ("<nav><span>Total 4</span></nav>", "Total 4", "3 keys"),
        ("<p>3 clés actives</p>", "3 clés actives", "1 active keys (2 not revoked)"),
        ("<p>3 items</p><p>Total 4</p>", "Total 4", "3 keys"),
    ],
)
def test_what_a_count_that_was_not_read_says(said: str, quoted: str, read: str) -> None:
    """The whole message, with what the page says as it says it; every count is checked, not only
    the first."""
    with pytest.raises(ListProblem) as problem:
        _walk(_with_statuses(said))
    assert str(problem.value) == (
        f"the page says {quoted!r} of its key list, but {read} were read from it: part of the list was not read "
        "as keys (or something else was), so no decision is made on it"
    )


def test_a_count_in_a_row_or_hidden_is_no_count_of_the_list() -> None:
    assert _walk(_with_statuses("<p hidden>Total 9</p>", ("Total 9", "Active"), ("b", "Active"))) == ["Total 9", "b"]


def test_a_list_of_several_services_read_for_one_is_not_counted_whole() -> None:
    """Its count is of every service's keys; the rows of another service are left out, not counted."""
    head = "<th>Nom de la clé d'API</th><th>Date de création</th><th>Service</th>"
    rows = "".join(
        f"<tr><td>{n}</td><td>02/03/2026 09:30</td><td>{svc}</td></tr>"
        for n, svc in (("Felix", "Loop APIkey"), ("fx", "Cegid File Exchange"), ("invoicing", "Loop APIkey"))
    )
    html = page(rows=rows, table_head=head, pager="<p>Total 3</p>")
    found, dummy = walk_pages(KeyPageSource(html, Labels()), lambda reader: None, "active", "Loop APIkey")
    assert [row.name for row, dummy_element in found] == ["Felix", "invoicing"]
    with pytest.raises(ListProblem, match="says 'Total 4'"):
        walk_pages(KeyPageSource(html.replace("Total 3", "Total 4"), Labels()), lambda reader: None, "active", None)


def test_a_count_is_checked_for_a_service_on_a_page_of_one_service() -> None:
    with pytest.raises(ListProblem, match="says 'Total 4'"):
        walk_pages(KeyPageSource(page(pager="<p>Total 4</p>"), Labels()), lambda reader: None, "active", "Loop APIkey")


def _pages(*names: tuple[str, ...], said: str = "") -> list[KeyList]:
    rows = "<tr><td>{}</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td><td></td></tr>"
    return [KeyPageSource(page(rows="".join(rows.format(n) for n in these), pager=said), Labels()) for these in names]


def _turns(pages: list[KeyList], again: bool) -> t.Callable[[KeyList], tuple[KeyList, bool] | None]:
    def turn(reader: KeyList) -> tuple[KeyList, bool] | None:
        at = pages.index(reader)
        return (pages[at + 1], again) if at + 1 < len(pages) else None

    return turn


def test_pages_are_walked_to_the_last_one() -> None:
    pages = _pages(("a", "b"), ("c",))
    found, read = walk_pages(pages[0], _turns(pages, again=False), "active", None)
    assert [row.name for row, dummy in found] == ["a", "b", "c"]
    assert read == pages


def test_a_list_that_grows_in_place_is_read_once() -> None:
    """ "Afficher plus" shows the rows read so far again, then more."""
    pages = _pages(("a", "b"), ("a", "b", "c"))
    found, dummy = walk_pages(pages[0], _turns(pages, again=True), "active", None)
    assert [row.name for row, dummy_element in found] == ["a", "b", "c"]


def test_a_next_control_that_leads_back_ends_the_walk() -> None:
    pages = _pages(("a", "b"), ("c",), ("a", "b"))
    found, read = walk_pages(pages[0], _turns(pages, again=False), "active", None)
    assert [row.name for row, dummy in found] == ["a", "b", "c"]
    assert read == pages


def test_only_the_first_page_when_asked_and_no_count_nor_pager_then_decides() -> None:
    """all_pages=False reads what is shown (the module's own one-page checks): it neither turns the
    page nor holds the list's counts against it."""
    pages = _pages(("a", "b"), ("c",), said="<p>Page 1 sur 2 · Total 3</p>")
    found, read = walk_pages(pages[0], _turns(pages, again=False), "active", None, all_pages=False)
    assert [row.name for row, dummy in found] == ["a", "b"]
    assert read == [pages[0]]


def test_a_list_without_end_is_refused() -> None:
    def turn(reader: KeyList) -> tuple[KeyList, bool]:
        return _pages((f"k{id(reader)}",))[0], False

    with pytest.raises(ListProblem) as problem:
        walk_pages(_pages(("a",))[0], turn, "active", None)
    assert str(problem.value) == "the list has more than 200 pages"


def test_what_a_list_that_says_more_follows_says() -> None:
    with pytest.raises(ListProblem) as problem:
        _walk(page(pager=ICON_ONLY_NEXT.format(said="Page 1 sur 3")))
    assert str(problem.value) == (
        "the list says 'Page 1 sur 3', so more keys follow, but no control to them was recognised (labels "
        "next_page, more_rows): the list cannot be read to its end, so no decision is made on it"
    )


@pytest.mark.parametrize("marker", ["page", "true"])
@pytest.mark.parametrize("role", ["a", "button"])
def test_the_last_page_of_a_numbered_pager_is_its_end(marker: str, role: str) -> None:
    """Page 3 of 3, marked; pages 1 and 2 before it, as links or buttons; the menu's own marked link
    (no number) is not the page shown."""
    links = "".join(f'<{role} href="?page={n}" aria-label="page {n}">{n}</{role}>' for n in (1, 2, 4))
    menu = f'<nav><a href="/cles" aria-current="{marker}">Clés d\'API</a></nav>'
    html = page(pager=f'{menu}<nav>{links}<span aria-current="{marker}">3</span></nav>')
    assert "page 4 (this is page 3)" in KeyPageSource(html, Labels()).more_pages_said()
    ended = html.replace(f'<{role} href="?page=4" aria-label="page 4">4</{role}>', "")
    assert _walk(ended) == ["Felix", "invoicing"]


def _bold_pager(shown: int, last: int) -> str:
    """b8/tarteaucitron's pager: the page shown in bold, every other page a link, nothing marked."""
    return (
        "<div>Pages : "
        + " ".join(f"<b>{n}</b>" if n == shown else f'<a href="?page={n}">{n}</a>' for n in range(1, last + 1))
        + "</div>"
    )


def test_a_pager_that_marks_no_page_is_read_as_the_walk_turned() -> None:
    """Pages 1 to 3, the one shown in bold only: page 3's links to 1 and 2 are no pages to come (page
    3 was taken for page 1, and its link "2" for more keys: the lost key's list could not be read)."""
    row = "<tr><td>{}</td><td>02/03/2026 09:30</td><td>Deltumeau Vincent</td><td></td></tr>"
    pages = [KeyPageSource(page(rows=row.format(f"k{n}"), pager=_bold_pager(n, 3)), Labels()) for n in (1, 2, 3)]
    found, read = walk_pages(pages[0], _turns(pages, again=False), "active", None)
    assert read == pages and [r.name for r, dummy in found] == ["k1", "k2", "k3"]
    assert pages[2].more_pages_said(3) == "" and pages[2].more_pages_said(2) == ""
    assert pages[0].more_pages_said() == "a link to page 2 (this is page 1)"
    assert pages[1].more_pages_said(2) == "a link to page 3 (this is page 2)"
    # The walk stops on page 2 of 3 (no next control seen): the link to page 3 says more follow.
    with pytest.raises(ListProblem, match=r"a link to page 3 \(this is page 2\)"):
        walk_pages(pages[0], _turns(pages[:2], again=False), "active", None)
    # "Afficher plus" turns add rows to the page shown, not pages: page 1 still, and its link to 2 says more.
    grown = [KeyPageSource(page(rows=ROWS, pager=_bold_pager(1, 2)), Labels()) for dummy in (1, 2)]
    grown[1] = KeyPageSource(page(rows=ROWS + ROWS.replace("Felix", "Zoe"), pager=_bold_pager(1, 2)), Labels())
    with pytest.raises(ListProblem, match=r"a link to page 2 \(this is page 1\)"):
        walk_pages(grown[0], _turns(grown, again=True), "active", None)


def test_two_counts_that_disagree_are_no_end() -> None:
    said = ICON_ONLY_NEXT.format(said="Page 2 sur 2") + "<p>1-10 sur 40</p>"
    assert not KeyPageSource(page(pager=said), Labels()).end_said()


@pytest.mark.parametrize(("sentence", "empty"), [("Aucune clé d'API", True), ("No API keys yet", True), ("", False)])
def test_a_page_that_says_it_has_no_key(sentence: str, empty: bool) -> None:
    assert KeyPageSource(page(rows=f"<tr><td colspan=4>{sentence}</td></tr>"), Labels()).says_empty() is empty


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


# --- the portal in English (issue "first contact" §2) ------------------------------------------


def english_page(rows: str, head: str = "") -> str:
    head = head or ("<th>Key name</th><th>Key ID</th><th>Created</th><th>Created by</th><th>Status</th><th></th>")
    return f"""<!doctype html><html lang="en"><body>
    <nav><a href="/settings">Account settings</a> <a href="/keys">API keys</a></nav>
    <h1>API keys</h1>
    <p>Name your keys after the system that uses them. Created keys cannot be renamed.</p>
    <button type="button">Create API key</button>
    <table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
    </body></html>"""


ENGLISH_ROWS = """
<tr><td>Name server sync</td><td>ak_3F9</td><td>Dec 6, 2026 3:04 PM</td><td>Jo Smith</td><td>Active</td>
<td><button>Revoke</button></td></tr>
<tr><td>invoicing</td><td>ak_7Q2</td><td>6 Mar 2026 09:30</td><td>Jo Smith</td><td>Expired</td><td></td></tr>
"""


def test_an_english_key_list_is_read() -> None:
    """Names, dates in the English formats, creators and statuses, by the default labels."""
    reader = KeyPageSource(english_page(ENGLISH_ROWS), Labels())
    assert reader.is_here()
    read = reader.rows()
    assert [(r.name, r.created_at, r.created_by, r.status) for r in read] == [
        ("Name server sync", datetime.datetime(2026, 12, 6, 15, 4), "Jo Smith", "active"),
        ("invoicing", datetime.datetime(2026, 3, 6, 9, 30), "Jo Smith", "Expired"),
    ]
    assert read[0].shown == (("Key ID", "ak_3F9"), ("Status", "Active"))


def test_a_cards_active_badge_is_part_of_the_card() -> None:
    # An "Active" badge is the card's own status, not the list's status criterion: the card is the
    # whole article (its heading is the name), not the block of fields below the heading.
    card = (
        '<article aria-labelledby="h{i}"><h3 id="h{i}">{name}</h3><div><div>Loop APIkey</div>'
        "<div>Créée le {date} par {by}</div><div>Expire le 22/04/2027</div><span>{status}</span></div>"
        '<button aria-label="Plus d\'options" aria-haspopup="menu">⋮</button></article>'
    )
    statuses = ("Active", "Expirée")
    cards = "".join(
        card.format(i=i, name=n, date=d, by=b, status=s)
        for i, ((n, d, b), s) in enumerate(zip(SEED_ROWS, statuses, strict=True))
    )
    html = f"<body><h1>Clés API</h1><div>{cards}</div></body>"
    assert [(r.name, r.created_raw, r.created_by, r.status) for r in KeyPageSource(html, Labels()).rows()] == [
        ("Felix", "23/01/2021 08:14", "Deltumeau Vincent", "active"),
        ("invoicing", "02/03/2026 09:30", "Deltumeau Vincent", "Expirée"),
    ]


CHIPS = (
    '<nav aria-label="Filtrer par service"><a href="?">Tous les services</a><a href="?s=1">Loop APIkey</a>'
    '<a href="?s=2">Cegid File Exchange</a></nav>'
    '<div role="group" aria-label="Statut"><button>Active</button><button>Expirée</button></div>'
)


def _cards_of_services(*cards: tuple[str, str, str]) -> str:
    card = "<article><h3>{}</h3><div>{}</div><div>Créée le 02/03/2026 09:30 par Jo</div><span>{}</span></article>"
    return f"<body><h1>Clés API</h1>{CHIPS}<div>{''.join(card.format(*c) for c in cards)}</div></body>"


def test_cards_that_name_their_service_on_a_line_of_their_own_keep_the_service_asked_for() -> None:
    html = _cards_of_services(
        ("erp", "Loop APIkey", "Active"), ("erp", "Cegid File Exchange", "Active"), ("sync", "Loop APIkey", "Expirée")
    )
    reader = KeyPageSource(html, Labels())
    assert reader.lists_services()
    assert [(r.name, r.status) for r in reader.rows(service="Loop APIkey")] == [("erp", "active"), ("sync", "Expirée")]
    # the status chips are choices too, but a card's status badge is never its service
    assert [r.name for r in reader.rows(service="Cegid File Exchange")] == ["erp"]


def _unlabelled(items: str, named: str = 'aria-label="Clés API"') -> str:
    return (
        "<body><h1>Paramètres</h1><h2>Clés API \u2014 Loop APIkey</h2><button>Créer une clé</button>"
        f"<ul {named}>{items}</ul></body>"
    )


def _item(name: str, status: str, prefix: str = "CHQN") -> str:
    return (
        f"<li><span>{name}</span><span>{prefix}\u2022\u2022\u2022\u2022</span><span>25/11/2026</span>"
        f"<span>25/11/2027</span><span><span>{status}</span></span>"
        f'<span><button aria-label="Supprimer {name}">Supprimer</button></span></li>'
    )


def test_a_list_named_for_keys_whose_fields_have_no_label() -> None:
    """Name first, then a masked ID, two dates (made? expiring?), a status: no date is taken as the
    creation date, and a status word it does not know, where the others show theirs, is no Active."""
    html = _unlabelled(_item("erp", "Active") + _item("sync", "Expirée", "AB12") + _item("old", "Supprimée"))
    rows = KeyPageSource(html, Labels()).rows()
    assert [(r.name, r.status, r.created_at, r.created_raw) for r in rows] == [
        ("erp", "active", None, ""),
        ("sync", "Expirée", None, ""),
        ("old", "Supprimée", None, ""),
    ]
    assert rows[1].shown[0] == ("ID", "AB12\u2022\u2022\u2022\u2022")


def test_a_list_not_named_for_keys_is_not_read_as_one() -> None:
    html = _unlabelled(_item("erp", "Active"), named='aria-label="Factures"')
    with pytest.raises(ListProblem, match="found none"):
        KeyPageSource(html, Labels()).rows()


def test_an_unlabelled_list_whose_items_do_not_begin_with_a_name_fails() -> None:
    items = "<li><span>AB12\u2022\u2022\u2022\u2022</span><span>erp</span><span>Active</span></li>"
    with pytest.raises(ListProblem, match="does not begin with its name"):
        KeyPageSource(_unlabelled(items), Labels()).rows()


def test_a_list_under_a_heading_for_keys_whose_items_show_parts_on_two_lines() -> None:
    """No name of its own, "Vos clés" above it; the name on a line, then "ID · date · creator ·
    expiry"; a revoked key shows a date fewer, so its status is read counting from the end."""
    items = "".join(
        f"<li><div><div><b>{name}</b></div><div>{shown}</div></div><span>{status}</span>"
        f"<button>Révoquer<span hidden> {name}</span></button></li>"
        for name, shown, status in (
            ("erp", "WQCQ\u2022\u2022\u2022\u2022 · 30/10/2026 · Martin Claire · 30/10/2027", "Active"),
            ("demo", "3V5F\u2022\u2022\u2022\u2022 · 03/03/2024 · Martin Claire", "Révoquée"),
        )
    )
    html = f"<body><h1>Clés d'API</h1><button>Générer la clé</button><h2>Vos clés</h2><ul>{items}</ul></body>"
    rows = KeyPageSource(html, Labels()).rows()
    assert [(r.name, r.status, r.shown) for r in rows] == [
        ("erp", "active", (("ID", "WQCQ\u2022\u2022\u2022\u2022"), ("Statut", "Active"))),
        ("demo", "Révoquée", (("ID", "3V5F\u2022\u2022\u2022\u2022"), ("Statut", "Révoquée"))),
    ]


@pytest.mark.parametrize(
    ("columns", "readable"),
    [("<th>État</th>", True), ("<th>Identifiant</th>", True), ("<th>Équipe</th>", False)],
)
def test_a_table_that_shows_no_creation_date(columns: str, readable: bool) -> None:
    """Name, expiry and a status or a masked ID: read with no date (none is proven a creation date).
    A table of names with nothing only a key shows is no key list."""
    cell = "AB12\u2022\u2022\u2022\u2022" if "Identifiant" in columns else ("Active" if "État" in columns else "Ventes")
    html = (
        "<body><h1>Clés d'API</h1><button>Créer</button><table><thead><tr><th>Nom</th><th>Expire le</th>"
        f"{columns}</tr></thead><tbody><tr><td>erp</td><td>09/09/2027</td><td>{cell}</td></tr></tbody></table></body>"
    )
    if not readable:
        with pytest.raises(ListProblem, match="Date de création"):
            KeyPageSource(html, Labels()).rows()
        return
    [row] = KeyPageSource(html, Labels()).rows()
    assert (row.name, row.created_at, row.created_raw, row.status) == ("erp", None, "", "active")


@pytest.mark.parametrize("chosen", ["95943", "86360"])
def test_the_tiers_a_page_shows_is_the_one_chosen_among_its_accounts(chosen: str) -> None:
    tabs = "".join(
        f'<button role="tab" aria-selected="{"true" if code == chosen else "false"}">{code} {city}</button>'
        for code, city in (("95943", "FUTUROSCOPE CEDEX"), ("86360", "CHASSENEUIL DU POITOU"))
    )
    html = f'<body><div role="tablist">{tabs}</div><h2>Clés</h2></body>'
    assert KeyList(Document(html), Labels(), "Loop APIkey", "95943").tiers().startswith(chosen)


def test_the_service_a_page_shows_in_its_service_drop_down_not_in_the_new_key_form() -> None:
    """A page that opened on another service, chosen in its 'Service' drop-down: never taken for the
    one asked (a key was made there). The new key form's own 'Service' says nothing of the list."""
    form = (
        '<form><label for="n">Nom de la clé</label><input id="n">'
        '<label for="f">Service</label><select id="f"><option selected>Loop APIkey</option></select></form>'
    )
    page_select = '<label for="s">Service</label><select id="s"><option selected>Cegid File Exchange</option></select>'
    html = f"<body><h1>Clés</h1>{page_select}<ul aria-label='Clés'></ul>{form}</body>"
    assert KeyList(Document(html), Labels(), "Loop APIkey").service() == "Cegid File Exchange"
    combobox = (
        '<span id="l">Service</span><div role="combobox" aria-labelledby="l"><input value="Cegid File Exchange">'
        '<ul role="listbox" hidden><li role="option">Loop APIkey</li></ul></div>'
    )
    html = f"<body><h1>Clés</h1><p>Choisissez</p>{combobox}{form}</body>"
    assert KeyList(Document(html), Labels(), "Loop APIkey").service() == "Cegid File Exchange"


def _services(checked: str) -> str:
    radios = "".join(
        f'<div role="radio" aria-checked="{"true" if s == checked else "false"}">{s}</div>'
        for s in ("Loop APIkey", "Cegid File Exchange")
    )
    return f'<body><div role="radiogroup" aria-label="Service">{radios}</div><h2>Clés</h2></body>'


@pytest.mark.parametrize("checked", ["Loop APIkey", "Cegid File Exchange", "none"])
def test_the_service_a_page_shows_is_the_one_chosen_among_its_services(checked: str) -> None:
    """A page that names no service shows the keys of the one chosen among its choices: another one
    chosen is another service's page, never taken for the one asked."""
    reader = KeyList(Document(_services(checked)), Labels(), "Loop APIkey")
    assert reader.service() == ("" if checked == "none" else checked)
    assert KeyList(Document(_services(checked)), Labels()).service() == ""  # no service asked: no guess


def _split_grid(body_rows: str, *, body_head: str = "") -> str:
    """A grid whose header and body are two tables, as grids with a fixed header draw them."""
    head = "<tr><th>Nom</th><th>Créée le</th><th>Statut</th><th>Opérations</th></tr>"
    return (
        "<body><h1>Clés d'API</h1><button>Nouvelle clé</button><div class='grid'>"
        f"<div class='head'><table><thead>{head}</thead></table></div>"
        f"<div class='body'><table>{body_head}<tbody>{body_rows}</tbody></table></div></div></body>"
    )


_SPLIT_ROWS = (
    "<tr><td>erp</td><td>20/01/2026 10:00</td><td>Active</td><td><button>Révoquer</button></td></tr>"
    "<tr><td>sync</td><td>12/12/2024 10:00</td><td>Expirée</td><td><button>Révoquer</button></td></tr>"
)


def test_a_list_whose_header_and_body_are_two_tables_is_read_from_its_body() -> None:
    """The silent misread: the header's table has no row, so the list passed for empty, and a rerun
    generated a second key."""
    rows = KeyPageSource(_split_grid(_SPLIT_ROWS), Labels()).rows()
    assert [(r.name, r.created_at, r.status) for r in rows] == [
        ("erp", datetime.datetime(2026, 1, 20, 10, 0), "active"),
        ("sync", datetime.datetime(2024, 12, 12, 10, 0), "Expirée"),
    ]


def test_a_table_after_a_header_only_table_is_its_body_only_when_it_fits() -> None:
    narrower = "<tr><td>erp</td><td>Active</td></tr>"
    assert KeyPageSource(_split_grid(narrower), Labels()).rows() == []
    headed = "<thead><tr><th>Date</th><th>Événement</th><th>Par</th><th>Où</th></tr></thead>"
    assert KeyPageSource(_split_grid(_SPLIT_ROWS, body_head=headed), Labels()).rows() == []


def _one_line_cards(*cards: tuple[str, str]) -> str:
    """Cards named by their heading, whose service, masked ID and date share one line."""
    shown = "".join(
        f'<section aria-labelledby="h{i}"><h3 id="h{i}">{name}</h3> <span>Active</span>'
        f"<p>{service}{' · ' if service else ''}AB12\u2022\u2022\u2022\u2022 · created 2{i}/03/2026 by Jo Smith"
        " · expires 01/01/2027</p></section>"
        for i, (name, service) in enumerate(cards)
    )
    return f"<body><h1>API keys</h1><button>New key</button><div>{shown}</div></body>"


def test_cards_that_name_their_service_on_their_date_line_are_told_apart() -> None:
    """One list for every service: a key of another service with the name asked is never the one."""
    html = _one_line_cards(("erp", "Loop APIkey"), ("erp", "Cegid File Exchange"), ("sync", "Loop APIkey"))
    reader = KeyList(Document(html), Labels(), "Loop APIkey")
    assert reader.lists_services()
    rows = reader.rows(service="Loop APIkey")
    assert [(r.name, r.created_at, r.created_by) for r in rows] == [
        ("erp", datetime.datetime(2026, 3, 20), "Jo Smith"),
        ("sync", datetime.datetime(2026, 3, 22), "Jo Smith"),
    ]


def test_a_card_that_does_not_say_its_service_where_the_others_do_fails() -> None:
    html = _one_line_cards(("erp", "Loop APIkey"), ("legacy", ""))
    with pytest.raises(ListProblem, match="'legacy' does not say its service"):
        KeyList(Document(html), Labels(), "Loop APIkey").rows(service="Loop APIkey")


def test_cards_with_no_service_on_their_date_line_are_the_page_s() -> None:
    reader = KeyList(Document(_one_line_cards(("erp", ""), ("sync", ""))), Labels(), "Loop APIkey")
    assert not reader.lists_services()
    assert [r.name for r in reader.rows(service=None)] == ["erp", "sync"]


def test_a_creator_after_something_that_is_no_date_is_not_split_off() -> None:
    # "par" inside a name or a note is no creator: the card has no creator, so it is not a card.
    cards = "<li><h3>Felix</h3><p>Créée le jour de la migration par lot</p></li>"
    html = f"<body><h2>Liste des clés d'API pour le service Loop APIkey</h2><ul>{cards}</ul></body>"
    with pytest.raises(ListProblem):
        KeyPageSource(html, Labels()).rows()


def test_english_cards_are_read() -> None:
    cards = "".join(
        f"<li><h3>{n}</h3><p>Created: {d}</p><p>Created by: {b}</p><button>Delete</button></li>"
        for n, d, b in (("Felix", "Jan 23, 2021 8:14 AM", "Jo Smith"), ("Label printer", "2026-03-02 09:30", "Jo"))
    )
    html = f"<body><h1>API keys</h1><button>New API key</button><ul>{cards}</ul></body>"
    reader = KeyPageSource(html, Labels())
    assert reader.is_here()
    assert [(r.name, r.created_at, r.created_by) for r in reader.rows()] == [
        ("Felix", datetime.datetime(2021, 1, 23, 8, 14), "Jo Smith"),
        ("Label printer", datetime.datetime(2026, 3, 2, 9, 30), "Jo"),
    ]


@pytest.mark.parametrize(
    "legend",
    [
        "<tr><td>Name</td><td>Key ID</td><td>Created</td><td>Created by</td><td>Status</td><td></td></tr>",
        "<tr><td>Key name:</td><td>ID</td><td>Date created</td><td>Owner</td><td>Status</td><td></td></tr>",
        "<tr><td>Label</td><td>ID</td><td>Created on</td><td>Creator</td><td>Status</td><td></td></tr>",
    ],
)
def test_english_furniture_is_never_a_key(legend: str) -> None:
    """A header drawn again as a plain row (a sticky header, a legend) is named like a column or a
    field: the read fails, saying so, rather than list a key named "Name"."""
    with pytest.raises(ListProblem, match="named like a column"):
        KeyPageSource(english_page(legend + ENGLISH_ROWS), Labels()).rows()


def test_english_page_furniture_does_not_make_a_page_the_key_page() -> None:
    """The English key page is the key page; a profile page with a 'Name' field (a name the new
    key's field may have too), a sentence about created keys and a nav link 'API keys' is not."""
    profile = """<body><nav><a href="/keys">API keys</a></nav><h1>Profile</h1>
    <p>Keys you created are listed under API keys.</p>
    <label for="n">Name</label><input id="n" value="Jo Smith"><button>Save</button></body>"""
    assert KeyPageSource(english_page(ENGLISH_ROWS), Labels()).is_here()
    assert KeyPageSource(english_page("").replace("<button", "<span"), Labels()).is_here()  # by its table
    assert not KeyPageSource(profile, Labels()).is_here()


@pytest.mark.parametrize(
    ("dates", "head", "expected"),
    [
        # one English date whose day and month could be swapped: not guessed
        (["12/06/2026 10:00"], "Created", [None]),
        (["12/06/2026 10:00"], "Creation date", [None]),
        # the list's own dates prove the order (13 can only be a day)
        (["12/06/2026 10:00", "13/06/2026 10:00"], "Created", [(2026, 6, 12), (2026, 6, 13)]),
        (["12/06/2026 10:00", "06/13/2026 10:00"], "Created", [(2026, 12, 6), (2026, 6, 13)]),
        # dates that contradict each other prove no order: only those with one reading are read
        (["12/06/2026 10:00", "13/06/2026 10:00", "06/13/2026 10:00"], "Created", [None, (2026, 6, 13), (2026, 6, 13)]),
        # a French list writes the day first
        (["12/06/2026 10:00"], "Date de création", [(2026, 6, 12)]),
        (["12/06/2026 10:00"], "Créée le", [(2026, 6, 12)]),
    ],
)
def test_an_ambiguous_date_is_not_guessed(dates: list[str], head: str, expected: list[tuple[int, ...] | None]) -> None:
    rows = "".join(f"<tr><td>k{at}</td><td>{d}</td><td>Jo</td></tr>" for at, d in enumerate(dates))
    html = (
        f"<body><h1>API keys</h1><table><tr><th>Name</th><th>{head}</th><th>Created by</th></tr>{rows}</table></body>"
    )
    read = KeyPageSource(html, Labels()).rows()
    assert [r.created_raw for r in read] == dates
    assert [r.created_at for r in read] == [datetime.datetime(*e, 10, 0) if e else None for e in expected]


def test_a_list_that_names_no_creator() -> None:
    """Blind b1/atlassian: 'Label', 'Service', 'Created', 'Expires', 'Status' and no creator column."""
    head = "<th>Label</th><th>Created</th><th>Expires</th><th>Status</th><th></th>"
    rows = (
        "<tr><td>pipeline-01</td><td>2026-01-11</td><td>2027-01-11</td><td>Active</td>"
        "<td><button>Revoke</button></td></tr>"
    )
    read = KeyPageSource(english_page(rows, head=head), Labels()).rows()
    assert [(r.name, r.created_at, r.created_by, r.shown) for r in read] == [
        ("pipeline-01", datetime.datetime(2026, 1, 11), "", (("Expires", "2027-01-11"), ("Status", "Active")))
    ]


@pytest.mark.parametrize(
    "table",
    [
        "<tr><th>Nom</th><th>Description</th></tr><tr><td>Loop APIkey</td><td>Clés d'API</td></tr>",
        "<tr><th>Name</th><th>Email</th></tr><tr><td>Jo Smith</td><td>jo@example.com</td></tr>",
    ],
)
def test_a_table_with_a_name_column_alone_is_not_the_key_page(table: str) -> None:
    """A catalogue or a users table has a "Nom" or "Name" column too: the way stops only at a list
    that also shows when each key was made."""
    html = f"<body><h1>Catalogue de services</h1><table>{table}</table></body>"
    assert not KeyPageSource(html, Labels()).is_here()
    keys = html.replace("<th>Description</th>", "<th>Créée le</th>").replace("<th>Email</th>", "<th>Created</th>")
    assert KeyPageSource(keys, Labels()).is_here()


def test_a_key_page_without_filters_is_no_drift() -> None:
    """A run needs no name filter (it keeps the rows of the name asked for) nor status filters (each
    row's status is read): a portal that never had them is not "a portal that changed"."""
    bare = (
        "<body><h2>Liste des clés d'API pour le service Loop APIkey</h2>"
        "<p>Entrer le nom d'une nouvelle clé : <input aria-label=\"Entrer le nom d'une nouvelle clé\"> "
        '<a href="#">Générer</a></p>'
        f"<table><tr><th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th><th></th></tr>{ROWS}"
        "</table></body>"
    )
    findings = KeyPageCheck(Document(bare), Labels(), "Loop APIkey").findings()
    assert [f.drift() for f in findings if f.drift()] == []
    half = page().replace('<input type="checkbox" id="r" ><label for="r">Révoquée</label>', "")
    assert any("status filters" in (f.drift() or "") for f in KeyPageCheck(Document(half), Labels()).findings())


def test_a_submit_named_like_the_opener_in_the_new_key_form_is_its_generate_button() -> None:
    form = (
        '<form method="post"><label for="nm">Intitulé de la clé</label><input id="nm" name="n">'
        "<button>Créer la clé</button></form>"
    )
    seed_form = (
        "<p>Entrer le nom d'une nouvelle clé : "
        """<input aria-label="Entrer le nom d'une nouvelle clé"> <a href="#">Générer</a>"""
    )
    assert seed_form in page()
    bare = page().replace(seed_form, "")
    findings = KeyPageCheck(Document(bare.replace("<table>", form + "<table>")), Labels(), "Loop APIkey").findings()
    generate = next(f for f in findings if f.step == "'Générer' button")
    assert generate.found and "Créer la clé" in generate.matched, generate
    # outside that form, the same words open a form: they are no generate button
    alone = bare.replace("<table>", "<button>Créer la clé</button><table>")
    findings = KeyPageCheck(Document(alone), Labels(), "Loop APIkey").findings()
    assert not next(f for f in findings if f.step == "'Générer' button").found


def test_an_empty_key_page_that_offers_to_make_a_key_is_the_key_page() -> None:
    # b1/fiori draws no table until there is a key: a heading, "Créer", and a sentence.
    html = "<body><h2>Clés d'API (0)</h2><button>Créer</button><p>Aucune clé API pour ce service</p></body>"
    reader = KeyPageSource(html, Labels())
    assert reader.is_here() and reader.rows() == []
    # the sentence alone (a help page) or the control alone (any form) is not enough
    assert not KeyPageSource("<body><p>Aucune clé API pour ce service</p></body>", Labels()).is_here()
    assert not KeyPageSource("<body><h2>Profil</h2><button>Créer</button></body>", Labels()).is_here()


def test_a_header_drawn_with_plain_cells_is_read_as_the_header() -> None:
    """b1/lightning: a thead whose cells are td. Read as a card before, its header row gave one
    phantom key named "Key ID", and the real keys were never read: a rerun generated a second key."""
    head = "<td>Key Name</td><td>Key ID</td><td>Created</td><td>Created By</td><td>Status</td><td></td>"
    reader = KeyPageSource(english_page(ENGLISH_ROWS, head=head).replace("<th></th>", ""), Labels())
    assert [(r.name, r.created_by, r.status) for r in reader.rows()] == [
        ("Name server sync", "Jo Smith", "active"),
        ("invoicing", "Jo Smith", "Expired"),
    ]


@pytest.mark.parametrize("label", ["Key ID", "Secret", "Status", "Identifiant"])
def test_a_key_named_like_any_field_label_is_furniture(label: str) -> None:
    legend = f"<tr><td>{label}</td><td>ID</td><td>Created</td><td>Creator</td><td>Status</td><td></td></tr>"
    with pytest.raises(ListProblem, match="named like a column"):
        KeyPageSource(english_page(legend + ENGLISH_ROWS), Labels()).rows()


def test_a_table_headed_with_plain_cells_whose_name_column_is_unknown_is_refused() -> None:
    head = "<td>Intitulé</td><td>Créée le</td><td>Créée par</td><td></td>"
    html = page(rows=f"<tr>{head}</tr>" + ROWS, table_head="").replace("<table><tr></tr>", "<table>")
    with pytest.raises(ListProblem, match="no column reads as the key's name"):
        KeyPageSource(html, Labels()).rows()


@pytest.mark.parametrize(("opener", "found"), [('type="button"', True), ('type="submit"', False)])
def test_a_field_behind_a_plain_create_button_is_found_by_the_check(opener: str, found: bool) -> None:
    # b1/fiori: "Créer" (of type button, in no form) opens the dialog that holds the new key's field.
    html = f"""<body><h2>Clés d'API (0)</h2><button {opener}>Créer</button><p>Aucune clé API pour ce service</p>
    <div role="dialog" hidden><form method="post"><label for="n">Nom</label><input id="n">
    <button type="submit">Créer</button></form></div></body>"""
    findings = KeyPageCheck(Document(html), Labels(), "Loop APIkey").findings()
    assert findings[0].found is found, findings[0]


def test_a_page_that_says_it_shows_the_end_has_no_next_page() -> None:
    """b5/devextreme: on "Page 2 sur 2" its "Page suivante" is only dimmed by its style (no
    disabled state, no address): clicking it waited out the timeout."""
    pager = '<span>Page {} sur 2 (4 éléments)</span> <a href="{}" aria-label="Page suivante">▶</a>'
    last = KeyPageSource(page(pager=pager.format(2, "#")), Labels())
    assert last.next_page("https://portal.example/cles?page=2") is None
    first = KeyPageSource(page(pager=pager.format(1, "?page=2")), Labels())
    following = first.next_page("https://portal.example/cles")
    assert following is not None and following.url.endswith("?page=2")


def test_a_page_titled_for_keys_that_offers_to_make_one_is_the_key_page() -> None:
    """b3/semantic: "Clés d'accès Loop APIkey — 95943", "+ Ajouter" (a full-width plus), the list drawn by script; a
    sentence that mentions keys, or a title without a way to make one, is not."""
    title = "<h1>Clés d'accès Loop APIkey — 95943 FUTUROSCOPE CEDEX</h1>"
    adds = '<button type="button">\uff0b Ajouter</button>'
    assert KeyPageSource(f"<body>{title}{adds}<div role=list></div></body>", Labels()).is_here()
    assert not KeyPageSource(f"<body>{title}</body>", Labels()).is_here()
    notice = "<h2>Pensez à renouveler vos clés d'accès avant la fin de leur validité, sous peine de coupure</h2>"
    assert not KeyPageSource(f"<body>{notice}{adds}</body>", Labels()).is_here()


TOKENS_HEAD = "<tr><th>Token name</th><th>Scopes</th><th>Last used</th><th>{}</th></tr>"


def test_tables_whose_name_columns_name_tokens_are_one_list() -> None:
    """b5/gitlab: the active tokens, then the inactive ones, each a table headed "Token name" with no
    creation date; a status shown "Revoked 2026-11-30" is not Active."""
    active = (
        TOKENS_HEAD.format("Action")
        + "<tr><td>ci</td><td>api</td><td>Never</td><td><button>Revoke ci</button></td></tr>"
    )
    inactive = (
        TOKENS_HEAD.format("Status") + "<tr><td>old</td><td>api</td><td>Never</td><td>Revoked 2026-11-30</td></tr>"
    )
    html = (
        f"<body><h2>Active tokens</h2><table>{active}</table><h2>Inactive tokens</h2><table>{inactive}</table></body>"
    )
    rows = KeyPageSource(html, Labels()).rows()
    assert [(r.name, r.status) for r in rows] == [("ci", "active"), ("old", "Revoked 2026-11-30")]
    two_lists = html.replace("Token name", "Name")
    with pytest.raises(ListProblem, match="expected one key list"):
        KeyPageSource(two_lists, Labels()).rows()


@pytest.mark.parametrize(
    ("dated", "cell"),
    [("Issued", "02/03/2026 09:30"), ("Émise le", "02/03/2026"), ("Date d'émission", ""), ("Generated", "2 mars 2026")],
)
def test_a_column_of_dates_that_is_no_other_date_is_never_read_as_no_date(dated: str, cell: str) -> None:
    """A dated column not known as the creation date may be it: the list is not read as undated
    (CI: created_column overridden, the seed's "Date de création" was read as no date, a key made)."""
    head = f"<tr><th>Token name</th><th>{dated}</th><th>Status</th></tr>"
    row = f"<tr><td>ci</td><td>{cell}</td><td>Active</td></tr>" if cell else ""
    with pytest.raises(ListProblem, match="expected a column 'Date de création'"):
        KeyPageSource(f"<body><table>{head}{row}</table></body>", Labels()).rows()
    for other in ("Expires", "Expire le", "Last used", "Dernière utilisation"):
        undated = head.replace(dated, other)
        rows = KeyPageSource(f"<body><table>{undated}{row}</table></body>", Labels()).rows()
        assert [(r.name, r.created_raw) for r in rows] == ([("ci", "")] if cell else [])


def test_a_column_headed_creation_is_the_creation_date() -> None:
    """b6/blueprint: "Nom", "Identifiant", "Création", "Expiration", "Statut"; a French header, day first."""
    head = "<tr><th>Nom</th><th>Identifiant</th><th>Création</th><th>Expiration</th><th>Statut</th></tr>"
    row = "<tr><td>ci</td><td>AB12••••</td><td>02/03/2026 09:30</td><td>02/03/2027</td><td>Active</td></tr>"
    [key] = KeyPageSource(f"<body><table>{head}{row}</table></body>", Labels()).rows()
    assert (key.name, key.created_raw, key.created_at) == (
        "ci",
        "02/03/2026 09:30",
        datetime.datetime(2026, 3, 2, 9, 30),
    )


def test_a_description_names_the_keys_where_no_name_column_does() -> None:
    """b3/garden, b3/odoo: "Description", "Jeton", "Créé le", "État"."""
    head = "<tr><th>Description</th><th>Jeton</th><th>Créé le</th><th>État</th></tr>"
    row = "<tr><td>Connecteur Sellsy</td><td>AB12••••</td><td>02/03/2026 09:30</td><td>Active</td></tr>"
    rows = KeyPageSource(f"<body><table>{head}{row}</table></body>", Labels()).rows()
    assert [(r.name, r.status) for r in rows] == [("Connecteur Sellsy", "active")]
    services = "<tr><th>Description</th><th>Tarif</th></tr><tr><td>Loop APIkey</td><td>12 €</td></tr>"
    assert not KeyPageSource(f"<body><table>{services}</table></body>", Labels())._tables()


def test_the_last_page_said_over_a_numbered_pager_that_marks_none_is_the_end() -> None:
    """b5/devextreme: "Page 2 sur 2 (7 éléments)" and links "Page 1", "Page 2", the page shown marked
    by its style only: page 2 was taken for page 1, and its link "2" for more keys to come."""
    links = '<a href="?page=1" aria-label="Page 1">1</a><a href="?page=2" aria-label="Page 2">2</a>'
    said = KeyPageSource(page(pager=f"<div>Page 2 sur 2</div>{links}"), Labels()).more_pages_said()
    assert said == ""
    unsaid = KeyPageSource(page(pager=links), Labels()).more_pages_said()
    assert unsaid == "a link to page 2 (this is page 1)"


def test_an_account_switcher_shows_the_tiers() -> None:
    """b5/flowbite: "Compte 86360 ▾" opens a menu of the accounts; it says which one the page shows."""
    menu = '<ul role="menu" hidden><li><a role="menuitem" href="?tiers=95943">95943 - FUTUROSCOPE CEDEX</a></li></ul>'
    switch = f'<button aria-haspopup="menu" aria-expanded="false">Compte 86360 ▾</button>{menu}'
    assert KeyPageSource(f"<body>{switch}</body>", Labels()).tiers() == "86360"
    settings = '<button aria-haspopup="menu">Account settings ▾</button><button>Compte 95943</button>'
    assert KeyPageSource(f"<body>{settings}</body>", Labels()).tiers() == ""


# The items of a flex box are blocks (their computed display): the browser's snapshot marks them so.
MANTINE_CARD = """<article aria-labelledby="k{n}"><div data-cl-block><h3 id="k{n}">{name}</h3>
<span data-cl-block>{status}</span><span data-cl-block><button aria-label="Key actions" aria-haspopup="menu">⋯</button>
</span></div>
<p><code>{prefix}••••••••</code></p><p>01/09/2026 · Deltumeau Vincent · until 01/09/2027</p></article>"""


def test_cards_named_by_their_heading_with_no_list_and_no_label() -> None:
    """b4/mantine, b5/uikit: a grid of cards (or cards under a title), each a heading, a status
    badge, a masked ID and an unlabelled date line."""
    cards = "".join(
        MANTINE_CARD.format(n=n, name=name, status=status, prefix=prefix)
        for n, (name, status, prefix) in enumerate((("ci", "Active", "CHQN"), ("old", "Expired", "9VGC")))
    )
    html = f"<body><h2>API keys</h2><div><div>Active keys for Loop APIkey 1 / 10</div></div><div>{cards}</div></body>"
    rows = KeyPageSource(html, Labels()).rows()
    assert [(r.name, r.status) for r in rows] == [("ci", "active"), ("old", "Expired")]
    assert [dict(r.shown).get("ID") for r in rows] == ["CHQN••••••••", "9VGC••••••••"]
    panel = "<section><h3>Nouvelle clé : app</h3><p>Identifiant</p><code>ABCD1234</code>"
    panel += "<p>Secret</p><pre>••••••••</pre></section>"
    assert [r.name for r in KeyPageSource(html.replace("<h2>", panel + "<h2>"), Labels()).rows()] == ["ci", "old"]


def test_cards_of_services_are_no_keys() -> None:
    catalogue = "".join(
        f"<article><h3>{s}</h3><p>Abonné depuis 01/09/2026</p><p>Active</p></article>"
        for s in ("Loop APIkey", "Cegid File Exchange")
    )
    with pytest.raises(ListProblem, match="expected the key list"):
        KeyPageSource(f"<body><div>{catalogue}</div></body>", Labels()).rows()


def test_cards_under_a_title_block_of_their_own_parent() -> None:
    """b5/uikit: the page's title block ("Clés d'API", "Régénérer toutes les clés") is the cards'
    sibling: it is no card, and a block between two cards that shows nothing of a key's fails."""
    cards = [MANTINE_CARD.format(n=n, name=f"k{n}", status="Active", prefix="CHQN") for n in range(2)]
    title = "<div><h1>Clés d'API</h1><button>Régénérer toutes les clés</button></div>"
    html = f"<body><main>{title}{''.join(cards)}</main></body>"
    assert [r.name for r in KeyPageSource(html, Labels()).rows()] == ["k0", "k1"]
    between = (
        f"<body><main>{title}{cards[0]}<div><h3>Aide</h3><p>Lisez la documentation</p></div>{cards[1]}</main></body>"
    )
    with pytest.raises(ListProblem):
        KeyPageSource(between, Labels()).rows()


def test_a_name_cell_that_shows_the_masked_id_under_the_name() -> None:
    """b5/flowbite: "diag-key" then "K3KO••••••••" on a line of its own in the name's cell: the name
    was read as both, so the rerun did not find its key and generated a second one."""
    head = '<div role="row"><span role="columnheader">Nom</span><span role="columnheader">Statut</span></div>'
    row = '<div role="row"><span role="cell"><span>diag-key</span><br><span>K3KO••••••••</span></span>'
    row += '<span role="cell">Active</span></div>'
    groups = f'<div role="rowgroup">{head}</div><div role="rowgroup">{row}</div>'
    html = f'<body><div role="table" aria-label="Vos clés">{groups}</div></body>'
    rows = KeyPageSource(html, Labels()).rows()
    assert [(r.name, dict(r.shown).get("ID")) for r in rows] == [("diag-key", "K3KO••••••••")]


def _self_labelled_table(*rows: tuple[str, ...]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<body><h2>Clés d'API</h2><table><tbody>{cells}</tbody></table></body>"


def test_a_table_without_header_whose_cells_say_their_fields_is_read_as_a_person_reads_it() -> None:
    """b9/payfit: no th, no header row: the name, "Créée le 29 août 2026", "Expire le …", a status badge,
    a menu. Read as keys; a row that does not say its creation date makes it no such table (refused)."""
    html = _self_labelled_table(
        (
            "Silae",
            "Créée le 29 août 2026",
            "Expire le 29 août 2027",
            "Active",
            '<button aria-label="Options">⋮</button>',
        ),
        ("Ancien export", "Créée le 12 mars 2024", "Expirée le 12 mars 2025", "Expirée", ""),
    )
    rows = KeyPageSource(html, Labels()).rows()
    assert [(r.name, r.status, r.created_at) for r in rows] == [
        ("Silae", "active", datetime.datetime(2026, 8, 29)),
        ("Ancien export", "Expirée", datetime.datetime(2024, 3, 12)),
    ]
    broken = html.replace("<td>Créée le 12 mars 2024</td>", "<td>12 mars 2024</td>")
    with pytest.raises(ListProblem, match="no column reads as the key's name"):
        KeyPageSource(broken, Labels()).rows()
    # a row that starts with its date, or shows two statuses, is no key of such a table
    assert not KeyPageSource(html, Labels())._self_labelled(["Créée le 29 août 2026", "Silae", "Active"])
    assert not KeyPageSource(html, Labels())._self_labelled(["Silae", "Créée le 29 août 2026", "Active", "Révoquée"])
