"""ARIA comboboxes (combobox.py and its users) in a real Chromium, on hand-written pages (not the
simulator's): a button or an input with role=combobox that opens a role=listbox of role=option
elements, its options in the page from the start or made only once it is opened. The tiers shown is
what the combobox shows; the tiers asked for is chosen only when exactly one option is that tiers,
and then shown; otherwise the failure names the options; the new key form's service is chosen the
same way, and among ARIA radio buttons; a combobox that would submit a form that posts is never
clicked; a form's submit named like the opener ("Créer la clé") submits it."""

from __future__ import annotations

import json
import types
import typing as t
from urllib.parse import parse_qs

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError, PortalError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import RouteFinder
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.way import KeyPageWay
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.simulator import CHROMIUM

pytestmark = pytest.mark.integration

TIERS = ["95943 FUTUROSCOPE CEDEX", "86360 CHASSENEUIL DU POITOU", "75008 PARIS"]
SERVICES = ["Cegid File Exchange", "Loop APIKey Standard (P04448)", "APIKey Advanced (P04454)"]

# A design system's combobox, generic: a click opens or closes it (a lazy listbox gets its options
# only then, and loses them when closed), Escape closes it, a click on an option shows it in the
# combobox and puts its value in the hidden field the combobox names.
SCRIPT = """<script>
const listOf = (box) => document.getElementById(box.getAttribute('aria-controls'));
const setOpen = (box, open) => {
  const list = listOf(box);
  if (list.hasAttribute('data-lazy')) {
    list.replaceChildren();
    if (open) for (const [value, text] of JSON.parse(list.dataset.options)) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option'); li.dataset.value = value; li.textContent = text; list.append(li);
    }
  }
  list.hidden = !open;
  box.setAttribute('aria-expanded', String(open));
};
document.addEventListener('click', (ev) => {
  const box = ev.target.closest('[role=combobox]');
  if (box) { setOpen(box, box.getAttribute('aria-expanded') !== 'true'); return; }
  const option = ev.target.closest('[role=option]');
  if (!option) return;
  const chosen = document.querySelector(`[aria-controls="${option.closest('[role=listbox]').id}"]`);
  if (chosen.tagName === 'INPUT') chosen.value = option.textContent; else chosen.textContent = option.textContent;
  document.querySelector(`input[type=hidden][name="${chosen.dataset.field}"]`).value = option.dataset.value;
  setOpen(chosen, false);
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && ev.target.matches('[role=combobox]')) setOpen(ev.target, false);
});
</script>"""


def combobox(label: str, field: str, options: list[str], shown: str, kind: str, extra: str = "") -> str:
    """A labelled combobox: `button` (its listbox in the page, hidden) or `input` (a lazy listbox)."""
    pairs = [(o.split()[0] if field == "tiers" else o, o) for o in options]
    value = next((v for v, o in pairs if o == shown), "")
    head = f'<span id="l-{field}">{label}</span><input type="hidden" name="{field}" value="{value}">'
    common = f'aria-labelledby="l-{field}" aria-controls="lb-{field}" aria-expanded="false" data-field="{field}"'
    if kind == "button":
        items = "".join(f'<li role="option" data-value="{v}">{o}</li>' for v, o in pairs)
        return (
            f'{head}<button type="button" role="combobox" {common}{extra}>{shown} <span aria-hidden="true">▾</span>'
            f'</button><ul role="listbox" id="lb-{field}" hidden>{items}</ul>'
        )
    return (
        f'{head}<input role="combobox" {common} readonly value="{shown}"{extra}>'
        f'<ul role="listbox" id="lb-{field}" data-lazy data-options=\'{json.dumps(pairs)}\' hidden></ul>'
    )


def key_page_html(tiers: list[str], kind: str, shown: str = TIERS[0]) -> str:
    return f"""<!doctype html><html lang="fr"><body>{SCRIPT}
    <form method="get" action="/cles">{combobox("Tiers rattaché", "tiers", tiers, shown, kind)}</form>
    <table><tr><th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th></tr></table>
    </body></html>"""


class _Portal:
    """A real page at an https address serving `html`; what is posted to it is recorded."""

    def __init__(self, page: t.Any) -> None:
        self.page = page
        self.html = ""
        self.posted: list[dict[str, list[str]]] = []

        def serve(route: t.Any) -> None:
            if route.request.method == "POST":
                self.posted.append(parse_qs(route.request.post_data or ""))
                route.fulfill(content_type="text/html; charset=utf-8", body="<p>Erreur</p>")
                return
            route.fulfill(content_type="text/html; charset=utf-8", body=self.html)

        page.route("https://portal.test/**", serve)

    def show(self, html: str) -> t.Any:
        self.html = html
        self.page.goto("https://portal.test/cles")
        return self.page


@pytest.fixture(scope="module")
def portal() -> t.Iterator[_Portal]:
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        assert browser.page is not None
        yield _Portal(browser.page)


def _key_page(page: t.Any, service: str = "Loop APIkey") -> KeyPage:
    key_page = KeyPage(page, Labels(), timeout_s=3)
    key_page.service = service
    return key_page


KINDS = ["button", "input"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_tiers_shown_is_what_the_combobox_shows(portal: _Portal, kind: str) -> None:
    page = portal.show(key_page_html(TIERS, kind, shown=TIERS[1]))
    assert _key_page(page).tiers() == "86360 CHASSENEUIL DU POITOU"


@pytest.mark.parametrize("kind", KINDS)
def test_the_tiers_asked_for_is_chosen_among_several(portal: _Portal, kind: str) -> None:
    page = portal.show(key_page_html(TIERS, kind))
    key_page = _key_page(page)
    assert key_page.choose_tiers("86360")
    assert key_page.tiers() == "86360 CHASSENEUIL DU POITOU"
    assert page.locator("input[name=tiers]").input_value() == "86360"
    assert key_page.offered_tiers == TIERS
    assert page.get_by_role("combobox").get_attribute("aria-expanded") == "false"


@pytest.mark.parametrize(
    ("tiers", "wanted", "problem"),
    [
        (TIERS, "12345", ""),
        (
            ["95943 FUTUROSCOPE CEDEX", "95943 FUTUROSCOPE NORD", "86360 CHASSENEUIL DU POITOU"],
            "95943",
            ": it is ambiguous",
        ),
    ],
    ids=["missing", "ambiguous"],
)
@pytest.mark.parametrize("kind", KINDS)
def test_a_missing_or_ambiguous_tiers_is_not_chosen_and_fails_naming_the_options(
    portal: _Portal, kind: str, tiers: list[str], wanted: str, problem: str
) -> None:
    page = portal.show(key_page_html(tiers, kind, shown="86360 CHASSENEUIL DU POITOU"))
    key_page = _key_page(page)
    way = KeyPageWay(t.cast("t.Any", types.SimpleNamespace(tiers=wanted, key_page=key_page, service="Loop APIkey")))
    with pytest.raises(NotFoundError) as failed:
        way._check_key_page(via_service=True)
    assert (
        f"key page: unknown tiers {wanted!r}{problem}; this account's key page is for '86360 CHASSENEUIL DU POITOU' "
        f"(it offers: {', '.join(tiers)})"
    ) in str(failed.value)
    assert page.locator("input[name=tiers]").input_value() == "86360"  # nothing chosen
    assert page.get_by_role("combobox").get_attribute("aria-expanded") == "false"  # closed again


def test_a_page_of_another_tiers_with_no_choice_recognised_does_not_call_the_tiers_unknown(portal: _Portal) -> None:
    """b8/backstage: the tiers shown in a header, its choice a control not recognised: the tiers asked for
    may exist, so the failure says what the page is for and that no choice was found, not "unknown"."""
    page = portal.show(
        """<!doctype html><html lang="fr"><body><p>Tiers rattaché : 86360 CHASSENEUIL DU POITOU</p>
        <table><tr><th>Nom de la clé d'API</th><th>Date de création</th><th>Créateur</th></tr></table></body></html>"""
    )
    key_page = _key_page(page)
    way = KeyPageWay(t.cast("t.Any", types.SimpleNamespace(tiers="95943", key_page=key_page, service="Loop APIkey")))
    with pytest.raises(NotFoundError) as failed:
        way._check_key_page(via_service=True)
    assert "unknown" not in str(failed.value)
    assert (
        "the key page is for the tiers '86360 CHASSENEUIL DU POITOU', not '95943', and no control on it was "
        "recognised as a choice of another tiers"
    ) in str(failed.value)


def _finder(page: t.Any, wanted: str) -> RouteFinder:
    """The route search on a page whose only way on is the tiers: arrived once it is 86360."""
    return RouteFinder(
        page,
        Labels(),
        3,
        service="Loop APIkey",
        tiers=wanted,
        at_key_page=lambda via: page.locator("input[name=tiers]").input_value() == "86360",
    )


@pytest.mark.parametrize("kind", KINDS)
def test_the_route_search_chooses_the_tiers_in_a_combobox(portal: _Portal, kind: str) -> None:
    page = portal.show(key_page_html(TIERS, kind))
    arrival = _finder(page, "86360").find()
    # Remembered as the page names the option, even where the options showed only once opened.
    assert arrival.steps == [
        {"action": "select", "role": "combobox", "name": "Tiers rattaché", "option": "86360 CHASSENEUIL DU POITOU"}
    ]
    assert page.get_by_role("combobox").get_attribute("aria-expanded") == "false"


@pytest.mark.parametrize("kind", KINDS)
def test_the_route_search_fails_naming_the_options_of_an_ambiguous_tiers(portal: _Portal, kind: str) -> None:
    tiers = ["95943 FUTUROSCOPE CEDEX", "95943 FUTUROSCOPE NORD", "86360 CHASSENEUIL DU POITOU"]
    page = portal.show(key_page_html(tiers, kind, shown=tiers[2]))
    with pytest.raises(NotFoundError, match="unknown tiers '95943': it is ambiguous; the account offers: ") as failed:
        _finder(page, "95943").find()
    assert str(failed.value).split("offers: ")[1].startswith(", ".join(tiers))
    assert page.locator("input[name=tiers]").input_value() == "86360"


def generate_form_html(services: list[str], kind: str, extra: str = "", label: str = "Service") -> str:
    return f"""<!doctype html><html lang="fr"><body>{SCRIPT}
    <form method="post" action="/generer">
      {combobox(label, "service", services, "", kind, extra)}
      <label for="nk">Entrer le nom d'une nouvelle clé :</label><input id="nk" name="nom_cle">
      <button type="submit">Générer</button>
    </form></body></html>"""


@pytest.mark.parametrize("kind", KINDS)
def test_the_new_key_forms_service_is_chosen_in_its_combobox(portal: _Portal, kind: str) -> None:
    page = portal.show(generate_form_html(SERVICES, kind))
    portal.posted.clear()
    with pytest.raises(PortalError):  # this page shows no credentials afterwards
        _key_page(page).generate("app")
    assert portal.posted == [{"service": ["Loop APIKey Standard (P04448)"], "nom_cle": ["app"]}]


@pytest.mark.parametrize("kind", KINDS)
def test_a_choice_named_otherwise_that_offers_the_service_is_chosen(portal: _Portal, kind: str) -> None:
    """b11/personio's "Intégration": a person picks the service they came for, whatever the choice's
    name; a choice that does not offer it is left as it is."""
    page = portal.show(generate_form_html(SERVICES, kind, label="Intégration"))
    portal.posted.clear()
    with pytest.raises(PortalError):  # this page shows no credentials afterwards
        _key_page(page).generate("app")
    assert portal.posted == [{"service": ["Loop APIKey Standard (P04448)"], "nom_cle": ["app"]}]
    page = portal.show(generate_form_html([SERVICES[0], SERVICES[2]], kind, label="Intégration"))
    portal.posted.clear()
    with pytest.raises(PortalError):
        _key_page(page).generate("app")
    assert portal.posted == [{"nom_cle": ["app"]}]


@pytest.mark.parametrize("kind", KINDS)
def test_a_service_the_new_key_form_does_not_offer_fails_naming_its_options(portal: _Portal, kind: str) -> None:
    page, message = _not_generated(portal, generate_form_html([SERVICES[0], SERVICES[2]], kind))
    assert (
        "the new key form's service list offers Cegid File Exchange, APIKey Advanced (P04454); none is 'Loop APIkey'"
    ) in message
    assert page.get_by_role("combobox").get_attribute("aria-expanded") == "false"


def _not_generated(portal: _Portal, html: str) -> tuple[t.Any, str]:
    """The page, and the failure of a generation that posted nothing."""
    page = portal.show(html)
    portal.posted.clear()
    with pytest.raises(NotFoundError) as failed:
        _key_page(page).generate("app")
    assert portal.posted == []
    return page, str(failed.value)


def test_a_combobox_that_would_submit_a_form_that_posts_is_never_clicked(portal: _Portal) -> None:
    # A <button> without type="button" submits its form when clicked: here, the generation form.
    page = portal.show(generate_form_html(SERVICES, "button").replace('<button type="button" role', "<button role"))
    portal.posted.clear()
    with pytest.raises(PortalError, match="would submit a form that posts: it is never clicked"):
        _key_page(page).generate("app")
    assert portal.posted == []


# The new key form's service as ARIA radio buttons (Material's dialog): a click checks one and puts its
# value in the hidden field.
RADIOS = """<!doctype html><html lang="fr"><body>
<form method="post" action="/generer"><input type="hidden" name="service" value="">
  <label for="nk">Libellé</label><input id="nk" name="nom_cle">
  <span id="svc">Service</span><div role="radiogroup" aria-labelledby="svc">{radios}</div>
  <button type="submit">Générer</button></form>
<script>
for (const r of document.querySelectorAll('[role=radio]')) r.onclick = () => {{
  for (const o of document.querySelectorAll('[role=radio]')) o.setAttribute('aria-checked', String(o === r));
  document.querySelector('input[name=service]').value = r.dataset.value;
}};
</script></body></html>"""


def _radios(services: list[str]) -> str:
    radio = '<div role="radio" aria-checked="false" data-value="{0}"><span aria-hidden="true">○</span> {0}</div>'
    return RADIOS.format(radios="".join(radio.format(s) for s in services))


def test_the_new_key_forms_service_is_chosen_among_its_radio_buttons(portal: _Portal) -> None:
    page = portal.show(_radios(SERVICES))
    portal.posted.clear()
    with pytest.raises(PortalError):  # this page shows no credentials afterwards
        _key_page(page).generate("app")
    assert portal.posted == [{"service": ["Loop APIKey Standard (P04448)"], "nom_cle": ["app"]}]


def test_a_service_the_radio_buttons_do_not_offer_fails_naming_them(portal: _Portal) -> None:
    dummy, message = _not_generated(portal, _radios([SERVICES[0], SERVICES[2]]))
    assert (
        "the new key form's service choices are Cegid File Exchange, APIKey Advanced (P04454); none is 'Loop APIkey'"
    ) in message


def test_a_form_whose_submit_is_named_like_the_opener_is_submitted_by_it(portal: _Portal) -> None:
    # "Créer la clé" submits the form that holds the new key's field (b1/webcomp); a "Générer" of the
    # same form would come first.
    page = portal.show(
        """<!doctype html><html lang="fr"><body><h2>Créer une clé</h2><form method="post" action="/generer">
        <label for="nm">Intitulé de la clé</label><input id="nm" name="nom_cle">
        <button type="submit">Créer la clé</button></form></body></html>"""
    )
    portal.posted.clear()
    with pytest.raises(PortalError):  # this page shows no credentials afterwards
        _key_page(page).generate("app")
    assert portal.posted == [{"nom_cle": ["app"]}]


OPENS_A_DIALOG = """<!doctype html><html lang="fr"><body><h2>Clés d'API (0)</h2>{opener}
<p>Aucune clé API pour ce service</p>
<div role="dialog" aria-label="Nouvelle clé" hidden><form method="post" action="/generer">
  <label for="nm">Nom</label><input id="nm" name="nom_cle"><button type="submit">Créer</button></form></div>
<script>for (const b of document.querySelectorAll('[data-open]')) b.onclick = (e) => {{
  e.preventDefault(); document.querySelector('[role=dialog]').hidden = false; }};</script></body></html>"""


def test_a_plain_create_button_that_submits_nothing_opens_the_new_key_form(portal: _Portal) -> None:
    # b1/fiori: "Créer" (type button, in no form) opens the dialog whose own "Créer" submits it.
    page = portal.show(OPENS_A_DIALOG.format(opener='<button type="button" data-open>Créer</button>'))
    portal.posted.clear()
    with pytest.raises(PortalError):  # this page shows no credentials afterwards
        _key_page(page).generate("app")
    assert portal.posted == [{"nom_cle": ["app"]}]


def test_a_create_button_that_submits_a_form_is_never_taken_for_an_opener(portal: _Portal) -> None:
    opener = '<form method="post" action="/generer"><button data-open>Créer</button></form>'
    page = portal.show(OPENS_A_DIALOG.format(opener=opener))
    portal.posted.clear()
    with pytest.raises(PortalError, match="expected the field"):
        _key_page(page).generate("app")
    assert portal.posted == []


def test_a_filter_bars_service_behind_the_new_key_dialog_is_left_alone(portal: _Portal) -> None:
    # b1/fiori: the page's filter bar has its own "Service" combobox; the dialog's form asks none.
    filters = f'<form method="get">{combobox("Service", "service", SERVICES, SERVICES[0], "button")}</form>'
    opener = '<button type="button" data-open>Créer</button>'
    # Whether the bar's combobox was ever clicked outlives the page (sessionStorage, same origin).
    spy = "<script>sessionStorage.clear(); document.addEventListener('click', (e) => { if (e.target.closest("
    spy += "'[role=combobox]')) sessionStorage.setItem('opened', '1'); }, true);</script>"
    page = portal.show(OPENS_A_DIALOG.format(opener=filters + opener).replace("<body>", f"<body>{SCRIPT}{spy}"))
    portal.posted.clear()
    with pytest.raises(PortalError):  # this page shows no credentials afterwards
        _key_page(page).generate("app")
    assert portal.posted == [{"nom_cle": ["app"]}]
    assert page.evaluate("sessionStorage.getItem('opened')") is None


MERCHANT = """<!doctype html><html lang="fr"><body><aside><label for="m">Compte marchand</label>
<select id="m" name="m"><option>CHASSENEUIL DU POITOU</option><option>FUTUROSCOPE CEDEX</option></select></aside>
<h2>Clés API</h2><table><tr><th>Nom de la clé d'API</th><th>Date de création</th></tr></table></body></html>"""


def test_a_drop_down_no_label_names_chooses_the_tiers_its_options_offer_once(portal: _Portal) -> None:
    """b11/alma's "Compte marchand": its options say what it chooses. A tiers none of them says (the
    code it never shows) is not chosen there."""
    page = portal.show(MERCHANT)
    assert not _key_page(page).choose_tiers("95943")
    assert page.locator("#m").input_value() == "CHASSENEUIL DU POITOU"
    assert _key_page(page).choose_tiers("FUTUROSCOPE CEDEX")
    assert "FUTUROSCOPE" in page.url or page.locator("#m").input_value() == "FUTUROSCOPE CEDEX"
