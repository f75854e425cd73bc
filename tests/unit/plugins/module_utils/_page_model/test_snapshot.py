"""Sanitized ARIA snapshots: nothing personal or secret survives, and a snapshot made back into a
page is still found by the page model's locating logic (the fixtures under fixtures/snapshots beside this file,
one folder per simulator rendering, or per portal a user sent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import snapshot
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import KeyList
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page_check import KeyPageCheck
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "snapshots"
KEY_PAGES = sorted(FIXTURES.glob("*/*the-key-page.aria"))
# The simulator's data, which no fixture may hold (they were made from it, sanitized).
SIMULATOR_DATA = ["Vincent", "Deltumeau", "admin@futuroscope", "95943", "FUTUROSCOPE", "CHASSENEUIL", "fixture-key"]


def test_shapes_and_sanitizing() -> None:
    assert snapshot.shape("Deltumeau Vincent") == "Aaaaaaaaa Aaaaaaa"
    assert snapshot.shape("95943 é-1") == "00000 a-0"
    text = """- button "Vincent Deltumeau"
- paragraph: "Tiers rattaché : 95943 FUTUROSCOPE CEDEX"
- cell "invoicing-prod"
- cell "23/01/2021 08:14"
- text: "Contact admin@futuroscope.example, ref 123456, key QJ3K5L7M9N2P4R6T8V1X3Z5B7"
- link "Suivant":
  - /url: /cles?tiers=95943&page=2"""
    personal = snapshot.personal_values("admin@futuroscope.example", "95943 FUTUROSCOPE CEDEX", ["invoicing-prod"], [])
    personal += snapshot.names_on_the_way([{"role": "button", "name": "Vincent Deltumeau"}], Labels())
    clean = snapshot.sanitize(text, personal)
    for gone in ("Vincent", "Deltumeau", "95943", "FUTUROSCOPE", "invoicing-prod", "23/01", "admin", "123456", "QJ3K"):
        assert gone not in clean, gone
    assert "dd/mm/yyyy HH:MM" in clean and "- /url: /cles\n" not in clean and clean.endswith("- /url: /cles")
    assert 'button "Aaaaaaa Aaaaaaaaa"' in clean and "Tiers rattaché : 00000 AAAAAAAAAAA AAAAA" in clean


def test_the_way_keeps_the_labels_and_drops_the_persons_name() -> None:
    steps = [
        {"role": "button", "name": "Compte de Vincent Deltumeau"},
        {"role": "menuitem", "name": "Catalogue de services"},
        {"role": "link", "name": "Gérer les clés d'API", "row": "Loop APIkey", "via": "service"},
        {"role": "button", "name": "VD"},
    ]
    assert snapshot.names_on_the_way(steps, Labels()) == ["Vincent", "Deltumeau", "VD"]


def test_a_snapshot_made_a_page_again() -> None:
    page = snapshot.to_html(
        """- main:
  - heading "Liste des clés d'API pour le service Loop APIkey" [level=2]
  - textbox "Entrer le nom d'une nouvelle clé :"
  - button "Générer"
  - checkbox "Active" [checked]
  - table:
    - row "Nom de la clé d'API Date de création Créateur":
      - columnheader "Nom de la clé d'API"
      - columnheader "Date de création"
      - columnheader "Créateur"
    - row "aaaa dd/mm/yyyy HH:MM Aaaa":
      - cell "aaaa"
      - cell "dd/mm/yyyy HH:MM"
      - cell "Aaaa"
      - cell "Révoquer":
        - button "Révoquer\""""
    )
    reader = KeyList(Document(page), Labels())
    assert reader.is_here() and [r.name for r in reader.rows()] == ["aaaa"]
    assert Document(page).by_role("checkbox")[0].checked


def test_no_fixture_holds_the_simulators_data() -> None:
    assert KEY_PAGES, f"no key page fixture under {FIXTURES}"
    for path in FIXTURES.rglob("*.aria"):
        text = path.read_text(encoding="utf-8")
        assert not [d for d in SIMULATOR_DATA if d.casefold() in text.casefold()], path


@pytest.mark.parametrize("path", KEY_PAGES, ids=lambda p: p.parent.name)
def test_every_control_a_run_needs_is_found_in_the_fixture(path: Path) -> None:
    doc = Document(snapshot.to_html(path.read_text(encoding="utf-8")))
    assert KeyList(doc, Labels()).is_here()
    check = KeyPageCheck(doc, Labels(), "Loop APIkey")
    opener = any(doc.by_role(role, Labels().rx("open_generate")) for role in ("button", "link"))
    for finding in check.findings():
        behind_opener = opener and finding.step.startswith(("new key name field", "'Générer'"))
        # A form its opener shows is not in a snapshot (only what is shown is); the opener is.
        assert finding.found or behind_opener or not finding.applies, (finding.step, finding.closest)
