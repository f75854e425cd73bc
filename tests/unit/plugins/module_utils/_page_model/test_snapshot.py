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


VOCABULARY = snapshot.Vocabulary.of(Labels(), ["Loop APIkey"])


def test_shapes_and_sanitizing() -> None:
    assert snapshot.shape("Deltumeau Vincent") == "Aaaaaaaaa Aaaaaaa"
    assert snapshot.shape("95943 é-1") == "99999 a-9"
    text = """- button "Vincent Deltumeau"
- paragraph: "Tiers rattaché : 95943 FUTUROSCOPE CEDEX"
- cell "invoicing-prod"
- cell "23/01/2021 08:14"
- text: "Contact admin@futuroscope.example, ref 123456, key QJ3K5L7M9N2P4R6T8V1X3Z5B7"
- link "Suivant":
  - /url: /cles?tiers=95943&page=2"""
    personal = snapshot.personal_values("admin@futuroscope.example", "95943 FUTUROSCOPE CEDEX", ["invoicing-prod"], [])
    personal += snapshot.names_on_the_way([{"role": "button", "name": "Vincent Deltumeau"}], Labels())
    clean = snapshot.sanitize(text, VOCABULARY, personal)
    for gone in ("Vincent", "Deltumeau", "95943", "FUTUROSCOPE", "invoicing-prod", "23/01", "admin", "123456", "QJ3K"):
        assert gone not in clean, gone
    assert "dd/mm/yyyy HH:MM" in clean and "- /url: /cles\n" not in clean and clean.endswith("- /url: /cles")
    assert 'button "Aaaaaaa Aaaaaaaaa"' in clean and "Tiers rattaché : 99999 AAAAAAAAAAA AAAAA" in clean


# A rendering the page model cannot read, as Playwright 1.65 writes it: nothing in it is known to be
# personal (no key list read, no route), so only the vocabulary may survive. Written by hand.
UNREAD = """- 'heading "Bonjour Vincent Deltumeau: votre compte" [level=1]'
- button "VD" [expanded]
- paragraph: "Société : 95943 FUTUROSCOPE"
- text: Mot de passe
- textbox "Mot de passe": Générer-2026!
- textbox "Secret de la clé d'API":
  - /placeholder: "Secret de la clé d'API"
  - text: "s3cr3t: Active"
- combobox "Tiers":
  - option "95943 FUTUROSCOPE" [selected]
  - option "Services en lignes"
- /value: hunter2
- list:
  - listitem:
    - heading "invoicing-prod" [level=3]
    - text: "ouverte le 23/01/2026 08:14 par Claire Martin, clé Loop APIkey"
    - code: QJ3K5L7M9N2P4R6T8V1X3Z5B7:bm90LWEtcmVhbC1zZWNyZXQ=
    - 'link "Révoquer: invoicing-prod"':
      - /url: https://portal.example/utilisateurs/vdeltumeau/cles/4711?tiers=95943#x
  - listitem: "Okafor Otpy, e-mail okafor@example.com"
  - listitem: |
      a block the snapshot never writes
weird line Vincent"""
UNREAD_SANITIZED = """- 'heading "Aaaaaaa Aaaaaaa Aaaaaaaaa: aaaaa compte" [level=1]'
- button "AA" [expanded]
- paragraph: "Aaaaaaa : 99999 AAAAAAAAAAA"
- text: Mot de passe
- textbox "Mot de passe": Aaaaaaa-9999!
- textbox "Secret de la clé d'API":
  - /placeholder: "Secret de la clé d'API"
  - text: "a9aa9a: Aaaaaa"
- combobox "Tiers":
  - option "99999 AAAAAAAAAAA" [selected]
  - option "Services en lignes"
- /value: aaaaaa9
- list:
  - listitem:
    - heading "aaaaaaaaa-aaaa" [level=3]
    - text: "aaaaaaa aa dd/mm/yyyy HH:MM par Aaaaaa Aaaaaa, clé Loop APIkey"
    - code: AA9A9A9A9A9A9A9A9A9A9A9A9:aa99AAAaaaAaaA9aAAAaAAA=
    - 'link "Révoquer: aaaaaaaaa-aaaa"':
      - /url: /aaaaaaaaaaaa/aaaaaaaaaa/cles/9999
  - listitem: "Aaaaaa Aaaa, e-mail aaaaaa@aaaaaaa.aaa"
  - listitem: |
      a aaaaa aaa aaaaaaaa aaaaa aaaaaa
aaaaa aaaa Aaaaaaa"""


def test_a_page_nothing_was_read_on_keeps_only_the_vocabulary() -> None:
    """The words of the labels and the service stay; names, key names, creators, tiers, dates,
    every field's value (the password, a secret, one that reads "Active") and ids in paths do not."""
    assert snapshot.sanitize(UNREAD, VOCABULARY) == UNREAD_SANITIZED


def test_known_personal_values_are_shaped_even_when_they_are_labels_words() -> None:
    text = '- cell "API keys"\n- cell "Active"\n- button "Révoquer"'
    assert snapshot.sanitize(text, VOCABULARY) == text  # "API keys" and "Active" are the labels' words
    assert (
        snapshot.sanitize(text, VOCABULARY, ["api keys"]) == '- cell "AAA aaaa"\n- cell "Active"\n- button "Révoquer"'
    )


def test_the_users_labels_are_vocabulary_but_never_keep_a_digit() -> None:
    text = '- button "Erzeugen"\n- text: "Kunde 4711 Schlüssel"'
    assert snapshot.sanitize(text, VOCABULARY) == '- button "Aaaaaaaa"\n- text: "Aaaaa 9999 Aaaaaaaaa"'
    german = snapshot.Vocabulary.of(Labels.with_overrides({"generate_button": "^erzeugen$", "danger": ".+"}))
    assert snapshot.sanitize(text, german) == '- button "Erzeugen"\n- text: "Kunde 9999 Schlüssel"'


def test_the_outline_writes_fields_values_and_they_are_shaped() -> None:
    """Without Playwright's snapshot, the page model's outline writes what Playwright writes: a
    field's value (a password field's too), which sanitizing shapes."""
    doc = Document(
        "<!doctype html><html><body><main><label>Mot de passe <input type=password value='Typed#Pass1'></label>"
        "<label>Identifiant <input type=text value='vdeltumeau'></label></main></body></html>"
    )
    outline = snapshot.outline(doc) + "\n"
    assert (
        outline
        == """- main:
  - text: "Mot de passe"
  - textbox "Mot de passe": "Typed#Pass1"
  - text: "Identifiant"
  - textbox "Identifiant": "vdeltumeau"
"""
    )
    assert (
        snapshot.sanitize(outline, VOCABULARY)
        == """- main:
  - text: "Mot de passe"
  - textbox "Mot de passe": "Aaaaa#Aaaa9"
  - text: "Identifiant"
  - textbox "Identifiant": "aaaaaaaaaa"
"""
    )


@pytest.mark.parametrize("path", KEY_PAGES, ids=lambda p: p.parent.name)
def test_a_key_page_sanitized_by_the_allow_list_is_still_read(path: Path) -> None:
    """The vocabulary is what the page model reads by: a key page sanitized again keeps every
    control a run needs (and its keys' names and dates stay placeholders)."""
    clean = snapshot.sanitize(path.read_text(encoding="utf-8"), VOCABULARY)
    doc = Document(snapshot.to_html(clean))
    assert KeyList(doc, Labels()).is_here()
    assert all(snapshot.shape(r.name) == r.name for r in KeyList(doc, Labels()).rows())
    opener = any(doc.by_role(role, Labels().rx("open_generate")) for role in ("button", "link"))
    for finding in KeyPageCheck(doc, Labels(), "Loop APIkey").findings():
        behind_opener = opener and finding.step.startswith(("new key name field", "'Générer'"))
        assert finding.found or behind_opener or not finding.applies, (finding.step, finding.closest)


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
