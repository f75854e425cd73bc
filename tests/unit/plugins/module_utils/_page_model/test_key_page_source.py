"""The key page read from its HTML: a hand-written rendering of the seed's page, not the simulator's."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import ListProblem
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page_source import KeyPageSource
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

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
        ('<nav><a href="?tiers=95943&amp;page=2">Suivant</a></nav>', "https://portal.example/cles?tiers=95943&page=2"),
        ('<nav><a href="/cles?page=3">Page suivante</a></nav>', "https://portal.example/cles?page=3"),
    ],
)
def test_the_next_page(pager: str, expected: str | None) -> None:
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
    with pytest.raises(ListProblem, match="found 0"):
        KeyPageSource(page(table_head="<th>Nom</th><th>Date</th>"), Labels()).rows()


def test_labels_overrides_apply() -> None:
    english = page().replace("Liste des clés d'API pour le service", "API keys of the service")
    labels = Labels.with_overrides({"key_page_marker": "api keys of the service"})
    assert KeyPageSource(english, labels).is_here()
    assert not KeyPageSource(english, Labels()).is_here()
