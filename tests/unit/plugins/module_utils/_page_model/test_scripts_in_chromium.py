"""Each browser script of js/ (scripts.py), run in a real headless Chromium on small pages of its own:
what it returns and what it leaves on the page. Skipped where Playwright is not installed (ansible-test
units)."""

from __future__ import annotations

import re
import typing as t
from pathlib import Path

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import scripts
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script

ORIGIN = "https://scripts.test"
MARK = "data-test-mark"
HTML = "text/html; charset=utf-8"
# Every file of js/, each tested below (test_every_script_is_tested keeps this list whole).
TESTED = {
    "blank_secrets",
    "restore_secrets",
    "value_after_label",
    "mark_changes",
    "settled",
    "still_marked",
    "mark_layers",
    "box_label",
    "radio_label",
    "mark_label_line",
    "clipboard_hook",
    "copied_count",
    "copied_since",
    "last_copied",
    "combobox_shown",
    "submits_post",
    "snapshot",
    "shadow_dom",
    "flat_html",
    "controls",
    "scroll_to_end",
    "covered_by",
    "popup_over",
    "hit_at_middle",
}


class Browser:
    """One page of a real Chromium; `show(html)` loads a new document (fresh window globals) from a
    secure origin (the clipboard API wants one)."""

    def __init__(self, page: t.Any) -> None:
        self.page = page
        self._html = ""
        page.route(f"{ORIGIN}/**", lambda route: route.fulfill(body=self._html, content_type=HTML))

    def show(self, html: str) -> t.Any:
        self._html = f"<!doctype html><html><head><title>t</title></head><body>{html}</body></html>"
        self.page.goto(f"{ORIGIN}/page")
        return self.page


@pytest.fixture(scope="module")
def browser() -> t.Iterator[Browser]:
    pytest.importorskip("playwright.sync_api", reason="the scripts run in Chromium through Playwright")
    from tests.support.browser import chromium_page  # not shipped: imported only where Playwright is

    with chromium_page("") as page:
        yield Browser(page)


@pytest.fixture(scope="module")
def hooked(browser: Browser) -> t.Iterator[Browser]:
    """A page whose documents get the clipboard hook before their own scripts, as Portal installs it
    (a context of its own in the same browser: Playwright's sync API runs one at a time)."""
    context = browser.page.context.browser.new_context()
    try:
        context.add_init_script(script("clipboard_hook"))
        yield Browser(context.new_page())
    finally:
        context.close()


def test_every_script_is_tested() -> None:
    assert {p.stem for p in Path(scripts._DIR).glob("*.js")} == TESTED


# --- failure screenshots ------------------------------------------------------------------------


def test_secrets_are_blanked_then_the_page_is_restored(browser: Browser) -> None:
    known, token = "p@ss w0rd!é", "QJ3K5L7M9N2P4R6T8V1X3Z5B7"
    page = browser.show(
        f"""<p id=split>odd: <span>p@ss </span><wbr><span>w0rd!é</span></p><p id=token>{token}</p>
        <input id=field value="{known}"><input id=pw type=password placeholder="{known}">
        <p id=short>short id9</p><a href="/catalogue/services/1/cles?tiers=95943">keys</a>"""
    )
    page.fill("#pw", "typed-password")
    before = page.content()
    page.evaluate(script("blank_secrets"), [known])
    text = page.inner_text("body")
    assert known not in text and token not in text
    assert page.inner_text("#split") == "********" and page.inner_text("#token") == "********"
    assert known not in page.input_value("#field") and page.input_value("#pw") == ""
    assert page.get_attribute("#field", "value") == "********"
    assert page.get_attribute("#pw", "placeholder") == "********"
    assert page.inner_text("#short") == "short id9"  # neither known nor shaped like a credential
    assert 'href="/catalogue/services/1/cles?tiers=95943"' in page.content()  # links keep working
    page.evaluate(script("restore_secrets"))
    assert page.content() == before
    assert page.input_value("#field") == known and page.input_value("#pw") == "typed-password"
    assert page.evaluate("() => window.__cegidlifeUndo.length") == 0


# --- reading a value after its label ---------------------------------------------------------------


def _after_label(page: t.Any, selector: str, label: str, stop: str | None) -> dict[str, t.Any]:
    labels = Labels()
    stop_src = getattr(labels, stop) if stop else None
    return t.cast(
        "dict[str, t.Any]",
        page.locator(selector).evaluate(
            script("value_after_label"), [getattr(labels, label), stop_src, MARK, labels.copy_button]
        ),
    )


def test_the_value_after_a_label_up_to_its_copy_button_which_is_marked(browser: Browser) -> None:
    page = browser.show(
        """<div role=dialog><p><span id=ident>Identifiant de la clé d'API :</span>
          <code>QJ3K5L7M <span style="display:none">hidden</span> 9N2P</code> <button id=c1>Copier</button></p>
        <p><span id=secret>Secret de la clé d'API</span> <span>Copier</span></p>
        <h2>Next section</h2><p>not a value</p></div>"""
    )
    assert _after_label(page, "#ident", "identifier_label", "secret_label") == {
        "value": "QJ3K5L7M 9N2P",
        "button": True,
    }
    assert page.get_attribute("#c1", MARK) == "1"
    # A bare "Copier" text is a control too; the mark moves to it.
    assert _after_label(page, "#secret", "secret_label", "identifier_label") == {"value": "", "button": True}
    assert page.locator(f"[{MARK}]").count() == 1 and page.get_attribute("#c1", MARK) is None


def test_a_label_that_shares_its_line_gives_the_rest_of_that_line(browser: Browser) -> None:
    """b1/servicenow: "Secret : <code>…</code>" in a paragraph, then "Notez le secret : …" below. The
    value is the rest of the label's line; a label on a line of its own reads on past it."""
    page = browser.show(
        """<div role=status><p id=ident>Identifiant : <code>ABC123</code></p>
        <p><b id=secret>Secret :</b> <code>s3cr3t=</code></p>
        <p>Notez le secret : il ne sera plus affiché.</p>
        <div><span id=alone>Secret</span></div><div><code>below</code></div><p>then a sentence.</p></div>"""
    )
    assert _after_label(page, "#ident", "identifier_label", "secret_label")["value"] == "ABC123"
    assert _after_label(page, "#secret", "secret_label", "identifier_label")["value"] == "s3cr3t="
    assert _after_label(page, "#alone", "secret_label", "identifier_label")["value"] == "below then a sentence."


def test_a_field_value_stops_at_the_next_label_without_a_button(browser: Browser) -> None:
    page = browser.show(
        """<dl><dt id=ident>Identifiant</dt><dd><input value="abc-123"></dd>
        <dt>Secret</dt><dd>s3cr3t</dd></dl>"""
    )
    assert _after_label(page, "#ident", "identifier_label", "secret_label") == {"value": "abc-123", "button": False}
    assert page.locator(f"[{MARK}]").count() == 0


def test_a_read_only_textarea_gives_its_value_once(browser: Browser) -> None:
    """A secret in a read-only textarea: its value, not that value followed by its text again."""
    page = browser.show(
        """<section><label id=secret for=s>Secret</label><textarea id=s readonly rows=2>s3cr3t=</textarea>
        <button>Copier</button></section>"""
    )
    assert _after_label(page, "#secret", "secret_label", "identifier_label") == {"value": "s3cr3t=", "button": True}


# --- waiting for a click's effect ---------------------------------------------------------------------


def test_a_change_of_the_page_settles_and_a_navigation_loses_the_mark(browser: Browser) -> None:
    page = browser.show("<p id=p>before</p>")
    page.evaluate(script("mark_changes"))
    assert page.evaluate(script("settled")) is False and page.evaluate(script("still_marked")) is True
    page.evaluate("() => document.getElementById('p').setAttribute('data-cl-id', '1')")
    page.evaluate("() => document.getElementById('p').setAttribute('data-cegidlife-target', '1')")
    assert page.evaluate(script("settled")) is False  # our own marks are no change
    page.evaluate("() => document.getElementById('p').setAttribute('aria-expanded', 'true')")
    assert page.evaluate(script("settled")) is True  # an attribute of the page's own is
    page.evaluate(script("mark_changes"))  # marked again: the flag starts over
    assert page.evaluate(script("settled")) is False
    page.evaluate("() => { document.getElementById('p').textContent = 'after'; }")
    assert page.evaluate(script("settled")) is True
    # a change inside an open shadow root counts too (a web component redraws its list there)
    page.evaluate("() => document.body.appendChild(document.createElement('div')).attachShadow({mode: 'open'})")
    page.evaluate(script("mark_changes"))
    page.evaluate("() => { document.body.lastChild.shadowRoot.innerHTML = '<p>row</p>'; }")
    assert page.evaluate(script("settled")) is True
    page.evaluate(script("mark_changes"))
    page.goto(f"{ORIGIN}/page")
    assert page.evaluate(script("still_marked")) is False and page.evaluate(script("settled")) is True


def test_the_outermost_layers_drawn_over_the_page_are_marked(browser: Browser) -> None:
    page = browser.show(
        """<p id=plain data-test-layer>text</p>
        <div id=fixed style="position:fixed;top:0;left:0;width:200px;height:50px">Cookies
          <div id=inner style="position:fixed;top:60px">inside</div></div>
        <dialog id=dlg open><button>Fermer</button></dialog>
        <div id=announce role=alertdialog>Annonce</div>
        <div id=gone style="position:fixed;display:none">hidden</div>"""
    )
    assert page.evaluate(script("mark_layers"), "data-test-layer") == 3
    marked = page.eval_on_selector_all("[data-test-layer]", "(els) => els.map((e) => e.id)")
    assert marked == ["fixed", "dlg", "announce"]  # not the old mark, the nested layer, a hidden one


def test_what_is_drawn_over_a_control_is_named_never_by_its_text(browser: Browser) -> None:
    page = browser.show(
        """<button id=free>Libre</button><button id=under>Sous le voile</button>
        <button id=toasted>Sous le message</button><span id=host></span>
        <div style="position:fixed;top:40px;left:0;width:400px;height:30px" role=dialog aria-labelledby=t>
          <h2 id=t>Vos cookies</h2><p>SECRET-TEXT-NEVER-SAID</p></div>
        <div style="position:fixed;top:80px;left:0;width:400px;height:30px"><p>Mise à jour</p></div>
        <div style="position:fixed;top:120px;left:0;width:400px;height:30px" role=status>Clé créée</div>"""
    )
    page.evaluate(
        """() => {
          const place = (id, top) => Object.assign(document.getElementById(id).style, {position: 'absolute',
            top: top + 'px', left: '10px'});
          place('under', 45); place('toasted', 125); place('host', 85);
          const root = document.getElementById('host').attachShadow({mode: 'open'});
          root.innerHTML = '<button id=inner>Dans le composant</button>';
        }"""
    )
    said = {
        sel: page.locator(sel).evaluate(script("covered_by", "hit_at_middle"))
        for sel in ("#free", "#under", "#toasted")
    }
    assert said == {
        "#free": "",
        "#under": "dialog 'Vos cookies'",
        "#toasted": "a status (with dialog 'Vos cookies' shown) (passing)",
    }
    # A veil with no name, a control inside a shadow root under it: what covers it, and the dialog shown.
    assert (
        page.locator("#inner").evaluate(script("covered_by", "hit_at_middle"))
        == "a div (with dialog 'Vos cookies' shown)"
    )
    assert "SECRET" not in page.locator("#under").evaluate(script("covered_by", "hit_at_middle"))


def test_a_menu_over_a_control_names_its_opener_else_takes_the_focus(browser: Browser) -> None:
    page = browser.show(
        """<button id=free>Libre</button><button id=under>Sous le menu</button>
        <button id=opener aria-expanded=true aria-controls=m>Menu</button>
        <ul id=m role=menu><li role=none><a role=menuitem href="#">Aide</a></li></ul>
        <div id=pop popover>Astuce</div><button id=hidden-by-pop>Sous l'astuce</button>
        <div id=dialog role=dialog aria-label="Cookies">Cookies</div>
        <button id=under-dialog>Sous le dialogue</button>"""
    )
    page.evaluate(
        """() => {
          const at = (id, top) => Object.assign(document.getElementById(id).style, {position: 'absolute',
            top: top + 'px', left: '10px', width: '300px', height: '30px', margin: 0});
          at('under', 40); at('m', 30); at('hidden-by-pop', 140); at('under-dialog', 240); at('dialog', 230);
          at('free', 330);
          document.getElementById('pop').showPopover();
          at('pop', 130);
        }"""
    )
    mark = "data-test-opener"
    said = {
        c: page.locator(c).evaluate(script("popup_over", "hit_at_middle"), mark)
        for c in ("#free", "#under", "#under-dialog")
    }
    assert said == {"#free": "", "#under": "opener", "#under-dialog": ""}  # a dialog is answered, not closed
    assert page.locator(f"[{mark}]").evaluate("(b) => b.id") == "opener"
    # A pop-over that no control says it opened: focused, for an Escape.
    assert page.locator("#hidden-by-pop").evaluate(script("popup_over", "hit_at_middle"), mark) == "escape"
    assert page.evaluate("document.activeElement.id") == "pop"


# --- what a control says -----------------------------------------------------------------------


def test_a_box_says_its_labels_else_its_aria_label(browser: Browser) -> None:
    page = browser.show(
        """<label for=cb>J'accepte</label> <label for=cb>la charte</label><input type=checkbox id=cb>
        <input type=checkbox id=aria aria-label="Conditions"><input type=checkbox id=none>"""
    )
    assert page.locator("#cb").evaluate(script("box_label")) == "J'accepte la charte"
    assert page.locator("#aria").evaluate(script("box_label")) == "Conditions"
    assert page.locator("#none").evaluate(script("box_label")) == ""


def test_a_radio_says_its_first_label(browser: Browser) -> None:
    page = browser.show(
        """<label><input type=radio name=t id=r1> 95943 FUTUROSCOPE</label><label for=r1>other</label>
        <input type=radio name=t id=r2>"""
    )
    assert page.locator("#r1").evaluate(script("radio_label")).strip() == "95943 FUTUROSCOPE"
    assert page.locator("#r2").evaluate(script("radio_label")) == ""


def test_a_label_on_a_line_of_its_own_marks_its_element(browser: Browser) -> None:
    page = browser.show(
        """<p id=p>Identifiant<br><code>VALUE</code></p><p id=q>Identifiant de connexion</p>
        <p id=h hidden>Identifiant<br>x</p><div id=host></div>"""
    )
    page.evaluate("() => document.getElementById('host').attachShadow({mode: 'open'}).innerHTML = '<p>Secret<br>s</p>'")
    js = script("mark_label_line", "shadow_dom")
    assert page.evaluate(js, [None, r"^\s*identifiant\s*$", "data-cl-x"]) == 1  # not q's words, not hidden h
    assert page.locator("[data-cl-x]").get_attribute("id") == "p"
    assert page.evaluate(js, [None, r"^\s*secret\s*$", "data-cl-x"]) == 1  # inside the shadow root
    assert page.locator("#p[data-cl-x]").count() == 0  # the old marks are gone
    root = page.locator("#q").element_handle()
    assert page.evaluate(js, [root, r"^\s*identifiant\s*$", "data-cl-x"]) == 0  # only within the root given


def test_an_aria_radio_says_its_labelledby_or_its_own_text_without_hidden_icons(browser: Browser) -> None:
    page = browser.show(
        """<span id=l>Loop APIkey</span><div role=radio id=a aria-labelledby="l">ignored</div>
        <div role=radio id=b><span aria-hidden="true">○</span> Cegid File
          Exchange</div>"""
    )
    assert page.locator("#a").evaluate(script("radio_label")) == "Loop APIkey"
    assert page.locator("#b").evaluate(script("radio_label")) == "Cegid File Exchange"


# --- the clipboard -------------------------------------------------------------------------------------


def test_what_the_page_copies_is_kept_in_the_page(hooked: Browser) -> None:
    page = hooked.show(
        """<input id=f value="selected-secret"><p id=text>selected text</p>
        <button id=write-text onclick="navigator.clipboard.writeText('via-writeText')">a</button>
        <button id=empty onclick="navigator.clipboard.writeText('')">b</button>
        <button id=field onclick="const f = document.getElementById('f'); f.focus(); f.setSelectionRange(0, 8);
          document.execCommand('copy')">c</button>
        <button id=write onclick="navigator.clipboard.write([new ClipboardItem(
          {'text/plain': new Blob(['via-write'], {type: 'text/plain'})})])">d</button>
        <button id=set-data onclick="new DataTransfer().setData('text', 'via-setData')">e</button>
        <button id=selection onclick="getSelection().selectAllChildren(document.getElementById('text'));
          document.execCommand('copy')">f</button>"""
    )
    assert page.evaluate(script("copied_count")) == 0 and page.evaluate(script("last_copied")) == ""
    expected = [
        ("write-text", "via-writeText"),
        ("field", "selected"),
        ("write", "via-write"),
        ("set-data", "via-setData"),
        ("selection", "selected text"),
    ]
    for count, (button, value) in enumerate(expected):
        page.click(f"#{button}")
        page.wait_for_function(script("copied_since"), arg=count, timeout=5000)
        assert page.evaluate(script("last_copied")) == value
        page.click("#empty")  # nothing to keep
    assert page.evaluate(script("copied_count")) == len(expected)
    assert page.evaluate(script("copied_since"), len(expected)) is False
    assert page.evaluate(script("copied_since"), len(expected) - 1) is True
    # The page cannot replace what was kept; other commands still reach the browser.
    assert page.evaluate("() => { window.__cegidlifeCopied = []; return window.__cegidlifeCopied.length; }") == 5
    assert page.evaluate("() => document.execCommand('selectAll')") is True


# --- comboboxes ------------------------------------------------------------------------------------


def test_what_a_combobox_shows(browser: Browser) -> None:
    page = browser.show(
        """<input id=input role=combobox value="  95943   FUTUROSCOPE ">
        <div id=wrapper role=combobox><input type=hidden value=x><input value="Loop APIkey"></div>
        <button id=button role=combobox>Tiers : <b>95943</b> <span aria-hidden=true>▾</span>
          <span hidden>old</span><ul role=listbox><li role=option>other</li></ul></button>"""
    )
    shown = {box: page.locator(f"#{box}").evaluate(script("combobox_shown")) for box in ("input", "wrapper", "button")}
    assert shown == {"input": "95943 FUTUROSCOPE", "wrapper": "Loop APIkey", "button": "Tiers : 95943"}


def test_only_a_button_that_submits_a_form_that_posts_posts(browser: Browser) -> None:
    page = browser.show(
        """<form method=POST><button id=default>a</button><button id=submit type=submit>b</button>
          <button id=plain type=button>c</button><input id=input type=submit value=d></form>
        <form method=get><button id=get>e</button></form><button id=alone>f</button>"""
    )
    posts = {b: page.locator(f"#{b}").evaluate(script("submits_post")) for b in ("default", "submit", "plain", "input")}
    assert posts == {"default": True, "submit": True, "plain": False, "input": False}
    assert page.locator("#get").evaluate(script("submits_post")) is False
    assert page.locator("#alone").evaluate(script("submits_post")) is False


# --- the rendered page -----------------------------------------------------------------------------

CARD = """<x-card><span slot=title>Slotted title</span></x-card>
<template id=card><h2><slot name=title></slot></h2><p>In the shadow &amp; &lt;ok&gt;</p>
  <button>Dans l'ombre</button></template>
<script>customElements.define('x-card', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({mode: 'open'}).appendChild(document.getElementById('card').content.cloneNode(true));
  }
});</script>"""
SNAPSHOT_MARKS = (
    "[data-cl-hidden], [data-cl-value], [data-cl-checked], [data-cl-selected], [data-cl-block], [data-cl-inert]"
)


def _snapshot(page: t.Any) -> str:
    return str(page.evaluate(script("snapshot", "shadow_dom", "flat_html")))


def test_the_snapshot_writes_in_what_only_the_browser_knows(browser: Browser) -> None:
    page = browser.show(
        """<p>Visible <span style="display:none">caché</span></p><input id=name><input type=checkbox id=box>
        <select id=sel><option>un</option><option>deux</option></select><div>bloc</div><span>inline</span>
        <a href="#" style="pointer-events:none" aria-label="Page suivante">›</a><a href="?p=1">1</a>"""
    )
    page.fill("#name", "typed")
    page.check("#box")
    page.select_option("#sel", "deux")
    html = _snapshot(page)
    assert html.startswith("<!doctype html><html>")
    assert re.search(r'<span [^>]*data-cl-hidden=""[^>]*>caché', html)
    assert re.search(r'<input id="name" [^>]*data-cl-value="typed"', html)
    assert re.search(r'<input type="checkbox" id="box" [^>]*data-cl-checked="true"', html)
    assert re.search(r'<option [^>]*data-cl-selected="">deux', html) and not re.search(
        r"data-cl-selected=\"\">un", html
    )
    assert re.search(r'<div [^>]*data-cl-block="">bloc', html) and not re.search(r"data-cl-block=\"\">inline", html)
    # A control its style leaves unclickable (a pager's dimmed "next" on the last page) is disabled.
    assert re.search(r'<a [^>]*aria-label="Page suivante"[^>]*data-cl-inert=""', html)
    assert not re.search(r'<a href="\?p=1"[^>]*data-cl-inert', html)
    # Taken away again, but for the ids an element the reader picked is clicked by.
    assert page.locator(SNAPSHOT_MARKS).count() == 0
    ids = page.eval_on_selector_all("body *", "(els) => els.map((e) => e.getAttribute('data-cl-id'))")
    assert ids == [str(n) for n in range(len(ids))]
    assert f'data-cl-id="{ids[-1]}"' in html


def test_the_snapshot_shows_shadow_roots_in_place_and_slots_filled(browser: Browser) -> None:
    page = browser.show(CARD + "<p>line<br>break <input value=x></p>")
    # A template made by a script can hold children of its own: it still draws nothing.
    page.evaluate("() => document.body.appendChild(document.createElement('template')).append('never drawn')")
    html = _snapshot(page)
    assert "never drawn" not in html
    assert "line<br" in html and "</br>" not in html and "</input>" not in html  # void elements
    heading = html[html.index("<h2") : html.index("</h2>")]
    assert "Slotted title" in heading  # the slot, filled
    assert html.count("In the shadow &amp; &lt;ok&gt;") == 1  # the shadow root; a template draws nothing
    # Elements of the shadow root are numbered too, and stay clickable by their id.
    in_shadow = page.locator("x-card").evaluate(
        "(h) => h.shadowRoot.querySelector('button').getAttribute('data-cl-id')"
    )
    assert in_shadow is not None and f'data-cl-id="{in_shadow}">Dans l\'ombre</button>' in html
    assert page.locator(SNAPSHOT_MARKS).count() == 0


def test_a_frame_of_the_same_origin_is_a_control_at_the_address_it_shows(browser: Browser) -> None:
    """A widget's frame is entered at its address (route.py); another origin's frame (a sandboxed one
    has an origin of its own), or one too small for a person to read, is none."""
    framed = f"{ORIGIN}/framed/**"  # each frame its own small page (not this one again, framing itself)
    browser.page.route(framed, lambda route: route.fulfill(body="<title>Widget</title><p>Clés</p>", content_type=HTML))
    page = browser.show(
        f"""<iframe title="Clés d'API du service" src="{ORIGIN}/framed/widget" style="width:60vw;height:300px"></iframe>
        <iframe sandbox srcdoc="<p>another origin</p>" title="Ailleurs" style="width:600px;height:300px"></iframe>
        <iframe src="{ORIGIN}/framed/pixel" title="Pixel" style="width:1px;height:1px"></iframe>
        <iframe src="{ORIGIN}/framed/hidden" title="Caché" style="display:none"></iframe>
        <iframe src="{ORIGIN}/framed/untitled" style="width:600px;height:300px"></iframe>"""
    )
    browser.page.unroute(framed)
    frames = [c for c in page.evaluate(script("controls", "shadow_dom")) if c["role"] == "iframe"]
    assert [(c["name"], c["href"]) for c in frames] == [
        ("Clés d'API du service", f"{ORIGIN}/framed/widget"),
        ("Widget", f"{ORIGIN}/framed/untitled"),  # no title of its own: its document's
    ]
    assert page.locator(f'[data-cl-control="{frames[0]["index"]}"]').evaluate("(el) => el.tagName") == "IFRAME"


def test_every_control_a_person_could_use_as_a_person_sees_it(browser: Browser) -> None:
    page = browser.show(
        """<header><nav><a href="/home">Accueil</a></nav></header>
        <table><tr><td>Felix</td><td><button id=rev>Révoquer</button></td></tr></table>
        <form method=post><input type=submit value="Générer"></form><form><button>Chercher</button></form>
        <label for=r>Mon tiers</label><input type=radio id=r checked>
        <select aria-label="Tiers"><option>A</option><option selected>B</option></select>
        <div role=combobox aria-controls=lb tabindex=0>Choisir <span aria-hidden=true>▾</span></div>
        <ul role=listbox id=lb hidden><li role=option>Un</li><li role=option aria-label="Deux">2</li></ul>
        <button style="display:none">Caché</button><button disabled>Off</button>
        <a href="#" style="pointer-events:none">Inerte</a>
        <button aria-haspopup=menu aria-expanded=false title="Compte"><img alt="Profil"></button>
        <span onclick="void 0">no role, no control</span>
        <ul role=tree><li role=treeitem aria-expanded=false tabindex=0>95943 FUTUROSCOPE</li></ul>"""
        + CARD
    )
    found = page.evaluate(script("controls", "shadow_dom"))
    by_name = {c["name"]: c for c in found}
    assert list(by_name) == [
        "Accueil",
        "Révoquer",
        "Générer",
        "Chercher",
        "Mon tiers",
        "Tiers",
        "Choisir",
        "Off",
        "Inerte",
        "Profil",
        "95943 FUTUROSCOPE",
        "Dans l'ombre",
    ]
    # an ARIA tree's item (b6/blueprint: the accounts and their services as the only way to a service)
    assert (by_name["95943 FUTUROSCOPE"]["role"], by_name["95943 FUTUROSCOPE"]["expanded"]) == ("treeitem", "false")
    assert by_name["Accueil"]["role"] == "link" and by_name["Accueil"]["href"] == "/home"
    assert by_name["Accueil"]["inBanner"] and not by_name["Révoquer"]["inBanner"]
    assert by_name["Révoquer"]["row"] == "Felix Révoquer" and by_name["Révoquer"]["rowLabel"] == "Felix"
    assert (by_name["Générer"]["submits"], by_name["Générer"]["formMethod"]) == (True, "post")
    assert (by_name["Chercher"]["submits"], by_name["Chercher"]["formMethod"]) == (True, "get")
    assert (by_name["Mon tiers"]["role"], by_name["Mon tiers"]["checked"]) == ("radio", True)
    assert by_name["Tiers"]["options"] == ["A", "B"] and by_name["Tiers"]["selected"] == "B"
    combobox = by_name["Choisir"]
    assert (combobox["role"], combobox["options"], combobox["selected"]) == ("combobox", ["Un", "Deux"], "Choisir")
    assert by_name["Off"]["disabled"] and by_name["Inerte"]["disabled"] and not by_name["Accueil"]["disabled"]
    assert by_name["Profil"]["haspopup"] and by_name["Profil"]["expanded"] == "false"
    # Each can be found again by its index, the one inside a shadow root too.
    for control in found:
        assert page.locator(f'[data-cl-control="{control["index"]}"]').count() == 1
    in_shadow = by_name["Dans l'ombre"]["index"]
    assert page.locator(f'[data-cl-control="{in_shadow}"]').inner_text() == "Dans l'ombre"


# --- lists that grow as they are scrolled ---------------------------------------------------------------


def test_scrolling_to_the_end_says_whether_there_was_anything_below(browser: Browser) -> None:
    page = browser.show('<div style="height:5000px">tall</div><p id=end>end</p>')
    assert page.evaluate(script("scroll_to_end")) is True
    assert page.evaluate("() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1")
    page = browser.show("<p>short</p>")
    assert page.evaluate(script("scroll_to_end")) is False
