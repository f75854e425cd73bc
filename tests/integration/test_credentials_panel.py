"""The one-time panel in a real Chromium, on hand-written pages (not the simulator's): each label
followed on its line only by its "Copier" control, the values reachable only through the clipboard.
The module must read the values through "Copier", never return the control's text as a credential,
and call the key lost when no value can be proven."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import SecretNotDeliveredError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CredentialsPanel
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.simulator import CHROMIUM

IDENTIFIER = "Q7PLM2XK9RTB4WZ8NC3VH6JDA"
SECRET = "bm90LWEtcmVhbC1zZWNyZXQtYnV0LWl0cy1zaGFwZSE="
COPY = "<script>const copy = (v) => navigator.clipboard.writeText(v);</script>"


def _panel(identifier_line: str, secret_line: str) -> str:
    return f"""<!doctype html><html lang="fr"><body>{COPY}
    <div role="status"><p>La clé d'API 'app' a été générée avec succès</p>
    <p>Veuillez prendre note que les informations d'identification ne pourront plus jamais être affichées.</p>
    {identifier_line}{secret_line}</div></body></html>"""


COPY_CONTROLS = {
    "a button": '<button type="button" onclick="copy(\'{v}\')">Copier</button>',
    "a link without href": '<a class="btn" onclick="copy(\'{v}\')">Copier</a>',
    "a span that says Copier": '<span class="btn" onclick="copy(\'{v}\')">Copier</span>',
    "a role=button span": '<span role="button" tabindex="0" onclick="copy(\'{v}\')">Copier</span>',
}


class _Page:
    """A real page, loaded from an https address (a secure context, as a portal is) with the
    module's clipboard hook installed, showing the HTML given to `set_content`."""

    def __init__(self, page: t.Any) -> None:
        self.page = page
        self.html = ""
        page.route(
            "https://portal.test/**",
            lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=self.html),
        )

    def set_content(self, html: str) -> None:
        self.html = html
        self.page.goto("https://portal.test/panel")


@pytest.fixture(scope="module")
def page() -> t.Iterator[t.Any]:
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        assert browser.context is not None and browser.page is not None
        browser.context.add_init_script(script("clipboard_hook"))
        yield _Page(browser.page)


@pytest.mark.parametrize("control", sorted(COPY_CONTROLS))
def test_values_only_behind_copier_on_the_labels_line(page: t.Any, control: str) -> None:
    """The case an unseen portal showed: "Identifiant de la clé d'API : [Copier]", nothing else."""
    html = COPY_CONTROLS[control]
    page.set_content(
        _panel(
            f"<p>Identifiant de la clé d'API : {html.format(v=IDENTIFIER)}<span>Copié !</span></p>",
            f"<p>Secret de la clé d'API : {html.format(v=SECRET)}<span>Copié !</span></p>",
        )
    )
    panel = CredentialsPanel(page.page, Labels(), 10)
    credentials = panel.read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)
    assert panel.notices == []


def test_values_in_their_own_cells_with_the_copier_in_another(page: t.Any) -> None:
    copy = COPY_CONTROLS["a button"]
    page.set_content(
        _panel(
            f"<table><tr><td>Identifiant de la clé d'API :</td><td>{copy.format(v=IDENTIFIER)}</td></tr>",
            f"<tr><td>Secret de la clé d'API :</td><td>{copy.format(v=SECRET)}</td></tr></table>",
        )
    )
    credentials = CredentialsPanel(page.page, Labels(), 10).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_a_masked_field_with_its_show_button(page: t.Any) -> None:
    page.set_content(
        _panel(
            f'<p>Identifiant de la clé d\'API : <input readonly value="{IDENTIFIER}"></p>',
            f'<p>Secret de la clé d\'API : <input type="password" readonly value="{SECRET}">'
            "<button>Afficher</button></p>",
        )
    )
    credentials = CredentialsPanel(page.page, Labels(), 10).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_nothing_but_furniture_is_a_lost_key(page: t.Any) -> None:
    """A "Copier" that copies nothing: no value is proven, so the key is reported lost (never
    "Copier" as a credential)."""
    page.set_content(
        _panel(
            "<p>Identifiant de la clé d'API : <span>Copier</span></p>",
            "<p>Secret de la clé d'API : <span>Copier</span></p>",
        )
    )
    with pytest.raises(SecretNotDeliveredError) as lost:
        CredentialsPanel(page.page, Labels(), 2).read("app")
    assert "'Copier' control did not hand over the identifier" in lost.value.message


def test_the_same_text_twice_is_no_pair(page: t.Any) -> None:
    same = "SAMEVALUESAMEVALUESAMEVAL"
    page.set_content(
        _panel(
            f"<p>Identifiant de la clé d'API : <code>{same}</code></p>",
            f"<p>Secret de la clé d'API : <code>{same}</code></p>",
        )
    )
    with pytest.raises(SecretNotDeliveredError, match="the identifier and the secret read are the same text"):
        CredentialsPanel(page.page, Labels(), 2).read("app")


def test_an_unknown_shape_is_accepted_with_a_notice(page: t.Any) -> None:
    identifier, secret = "key_0123456789abcdefghij", "s3cr3t-0123456789-abcdefghij-XYZ"
    page.set_content(
        _panel(
            f"<p>Identifiant de la clé d'API : <code>{identifier}</code></p>",
            f"<p>Secret de la clé d'API : <code>{secret}</code></p>",
        )
    )
    panel = CredentialsPanel(page.page, Labels(), 2)
    credentials = panel.read("app")
    assert (credentials.identifier, credentials.secret) == (identifier, secret)
    assert len(panel.notices) == 2 and all("shape not seen before" in n for n in panel.notices)
    assert not [n for n in panel.notices if identifier in n or secret in n]


@pytest.mark.parametrize(
    ("identifier_label", "secret_label"),
    [("Key ID", "Secret"), ("Client ID:", "Client secret:"), ("Access key ID", "Secret access key")],
)
def test_an_english_panel_over_the_list(page: t.Any, identifier_label: str, secret_label: str) -> None:
    """The portal in English: the values in a dialog over the key list, whose column is also named
    "Key ID" and whose warning also says "secret"; the values are read from the dialog's labels."""
    copy = COPY_CONTROLS["a button"]
    page.set_content(f"""<!doctype html><html lang="en"><body>{COPY}
    <h1>API keys</h1>
    <table><thead><tr><th>Key name</th><th>Key ID</th><th>Created</th></tr></thead>
    <tbody><tr><td><a href="#">old</a></td><td>ak_3F9</td><td>Dec 6, 2026 3:04 PM</td></tr></tbody></table>
    <div role="dialog" aria-modal="true" aria-labelledby="h"><h2 id="h">API Key Created</h2>
      <p>Copy the secret now. You won't be able to see it again.</p>
      <div><label for="i">{identifier_label}</label><input id="i" readonly value="{IDENTIFIER}"></div>
      {copy.format(v=IDENTIFIER).replace("Copier", "Copy")}
      <div><span>{secret_label}</span><code>{SECRET}</code></div>
      {copy.format(v=SECRET).replace("Copier", "Copy secret")}
      <button type="button">Done</button></div></body></html>""")
    panel = CredentialsPanel(page.page, Labels(), 10)
    assert panel.is_here()
    credentials = panel.read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


LINES = (
    f'<p>Identifiant<br><code>{IDENTIFIER}</code> <button type="button" onclick="copy(\'{IDENTIFIER}\')">Copier'
    f'</button></p><p>Secret<br><code>{SECRET}</code> <button type="button" onclick="copy(\'{SECRET}\')">Copier'
    "</button></p>"
)


def test_labels_on_a_line_of_their_own_inside_the_values_element(page: t.Any) -> None:
    # "Identifiant", a line break, the value and its "Copier", all in one paragraph (b1/webcomp).
    page.set_content(_panel(LINES, ""))
    credentials = CredentialsPanel(page.page, Labels(), 5).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_labels_on_a_line_of_their_own_inside_a_web_component(page: t.Any) -> None:
    page.set_content(f"""<!doctype html><html lang="fr"><body>{COPY}<key-panel></key-panel><script>
    document.querySelector('key-panel').attachShadow({{mode: 'open'}}).innerHTML =
      `<section role="dialog" aria-label="Nouvelle clé"><h2>Clé « app » créée</h2>{LINES}</section>`;
    </script></body></html>""")
    credentials = CredentialsPanel(page.page, Labels(), 5).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_two_lines_that_could_be_the_label_are_no_label(page: t.Any) -> None:
    page.set_content(_panel(LINES + LINES.replace(IDENTIFIER, "Z" * 25), ""))
    with pytest.raises(SecretNotDeliveredError, match="the label of the identifier is not on the page"):
        CredentialsPanel(page.page, Labels(), 2).read("app")


MASKED = "•" * 20
REVEAL = (
    '<button type="button" aria-label="Afficher le secret" onclick="{action}">'
    '<svg aria-hidden="true" width="16" height="16"></svg></button>'
)


def test_a_secret_drawn_masked_is_read_once_its_eye_shows_it(page: t.Any) -> None:
    """ "••••" until an eye named "Afficher le secret" is clicked (its own "Copier" copies nothing):
    the eye is clicked once and the value read; the bullets are never a secret."""
    show = f"document.getElementById('s').textContent='{SECRET}'"
    page.set_content(
        _panel(
            f"<p>Identifiant : <code>{IDENTIFIER}</code></p>",
            f'<div><span>Secret</span> <code id="s">{MASKED}</code>{REVEAL.format(action=show)}'
            '<button type="button">Copier</button></div>',
        )
    )
    credentials = CredentialsPanel(page.page, Labels(), 5).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_a_secret_that_stays_masked_is_a_lost_key(page: t.Any) -> None:
    page.set_content(
        _panel(
            f"<p>Identifiant : <code>{IDENTIFIER}</code></p>",
            f'<div><span>Secret</span> <code id="s">{MASKED}</code>{REVEAL.format(action="void 0")}</div>',
        )
    )
    with pytest.raises(SecretNotDeliveredError, match="still once the control that shows it was clicked"):
        CredentialsPanel(page.page, Labels(), 2).read("app")


def test_a_value_on_its_labels_line_stops_at_its_end(page: t.Any) -> None:
    """b1/servicenow: "Secret : <code>…</code>", then a paragraph "Notez le secret : …" (which holds
    a colon: read on, it made the secret look wrong and the key was revoked again)."""
    page.set_content(
        _panel(
            f"<p>Identifiant : <code>{IDENTIFIER}</code></p>",
            f"<p>Secret : <code>{SECRET}</code></p><p>Notez le secret : il ne sera plus affiché.</p>",
        )
    )
    credentials = CredentialsPanel(page.page, Labels(), 5).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_an_english_panel_drawn_in_the_page_with_a_masked_api_key(page: t.Any) -> None:
    """b3/eui: "Created API key 'app'", "ID" and "API key" (the secret, in a password field, with
    "Show" and "Copy"), in a region of the page, not a dialog, above a list whose column is also
    "ID": the values are read in the region that says the key was made."""
    page.set_content(f"""<!doctype html><html lang="en"><body>{COPY}<h1>API keys</h1>
    <section role="region" aria-labelledby="t"><h2 id="t">Created API key 'app'</h2>
      <p>Copy this key now. You will not be able to see it again.</p>
      <p><span>ID</span> <code>{IDENTIFIER}</code> <button type="button">Copy ID</button></p>
      <p><label for="s">API key</label> <input id="s" type="password" readonly value="{SECRET}">
      <button type="button">Show</button> <button type="button">Copy</button></p></section>
    <div role="table" aria-label="API keys"><div role="row"><span role="columnheader">Name</span>
      <span role="columnheader">ID</span></div><div role="row"><span role="cell">old</span>
      <span role="cell">ZZZZZZZZZZZZZZZZZZZZZZZZZ</span></div></div></body></html>""")
    panel = CredentialsPanel(page.page, Labels(), 5)
    assert panel.is_here()
    credentials = panel.read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_a_label_that_also_heads_a_column_of_the_list_is_no_label(page: t.Any) -> None:
    """The panel in the page above a list whose column is also "ID": the value after the first "ID"
    may be another key's identifier. Which "ID" is the panel's is not guessed: the key is lost."""
    page.set_content(
        _panel(
            f"<p><span>ID</span> <code>{IDENTIFIER}</code></p><p>Secret : <code>{SECRET}</code></p>",
            "<table><tr><th>Name</th><th>ID</th></tr><tr><td>old</td><td>ZZZZZZZZZZZZZZZZZZZZZZZZZ</td></tr></table>",
        )
    )
    with pytest.raises(SecretNotDeliveredError, match="the label of the identifier shows 2 times"):
        CredentialsPanel(page.page, Labels(), 2).read("app")


# daisyUI's alert: the values only in a curl sample, with a control named for each value it copies;
# beside it, the key list heads a column "Identifiant" (a label, but not the panel's).
SAMPLE_PANEL = """<!doctype html><html lang="fr"><body>{copy}
<div role="alert"><div><strong>Clé « app » générée.</strong> Copiez-la maintenant : elle ne sera plus affichée.</div>
<pre><code>curl https://api.example/loop-api-publiques/Dossiers \\
  -H "x-apikey: {shown}"</code></pre>
<button type="button" onclick="copy('{identifier}')">Copier l'identifiant</button>
<button type="button" onclick="copy('{secret}')">Copier le secret</button>{more}</div>
<table><thead><tr><th>Nom</th><th>Identifiant</th><th>Créée le</th></tr></thead>
<tbody><tr><td>app</td><td>Q7PL••••</td><td>07/12/2026</td></tr></tbody></table></body></html>"""


def _sample(shown: str = f"{IDENTIFIER}:{SECRET}", identifier: str = IDENTIFIER, more: str = "") -> str:
    return SAMPLE_PANEL.format(copy=COPY, shown=shown, identifier=identifier, secret=SECRET, more=more)


def test_values_only_in_a_sample_are_read_through_the_controls_named_for_them(page: t.Any) -> None:
    page.set_content(_sample())
    credentials = CredentialsPanel(page.page, Labels(), 5).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)


def test_copies_that_are_not_the_pair_the_sample_shows_are_a_lost_key(page: t.Any) -> None:
    page.set_content(_sample(identifier="Z" * 25))
    with pytest.raises(SecretNotDeliveredError, match="not the pair its x-apikey sample shows"):
        CredentialsPanel(page.page, Labels(), 2).read("app")


def test_two_controls_copying_an_identifier_are_no_way_to_tell_which(page: t.Any) -> None:
    page.set_content(_sample(more='<button type="button" onclick="copy(\'OTHER\')">Copier l\'identifiant</button>'))
    with pytest.raises(SecretNotDeliveredError):
        CredentialsPanel(page.page, Labels(), 2).read("app")


MAILJET_LIKE = f"""<!doctype html><html lang="en"><body>{COPY}
<section><h2>Primary API key</h2><table>
  <tr><th scope="row">API key</th><td>********</td></tr><tr><th scope="row">Secret key</th><td>********</td></tr>
</table></section>
<section><h2>Your new sub-account API key is ready</h2>
  <p>Key &ldquo;app&rdquo; for Loop APIkey. Copy your secret key now: it will never be shown again.</p>
  <table><tr><th scope="row">API Key</th><td><code>{IDENTIFIER}</code></td>
    <td><button type="button" onclick="copy('{IDENTIFIER}')">Copy<span hidden> API key</span></button></td></tr>
  <tr><th scope="row">Secret Key</th><td><code>{SECRET}</code></td>
    <td><button type="button" onclick="copy('{SECRET}')">Copy</button></td></tr></table>
</section>
<section><h2>Sub-account API keys for Loop APIkey</h2><table>
  <tr><th>Name</th><th>API key</th><th>Created</th></tr><tr><td>app</td><td>Q7PL********</td><td>Dec 7, 2026</td></tr>
</table></section></body></html>"""


def test_an_api_key_beside_a_secret_key_in_the_panel_is_its_identifier(page: t.Any) -> None:
    """b9/mailjet: the panel labels its values "API Key" and "Secret Key"; the page also shows the account's
    primary key under the same labels and a list whose column is "API key". Read in the panel only."""
    page.set_content(MAILJET_LIKE)
    panel = CredentialsPanel(page.page, Labels(), 10)
    assert panel.is_here()
    credentials = panel.read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)
    # With no "Secret Key" beside it, "API key" is no identifier's label: the key is lost, not guessed.
    page.set_content(MAILJET_LIKE.replace("Secret Key", "Valeur").replace("Secret key", "Valeur"))
    with pytest.raises(SecretNotDeliveredError):
        CredentialsPanel(page.page, Labels(), 10).read("app")


def test_values_as_labelled_lines_of_one_read_only_text_area(page: t.Any) -> None:
    """b8/tarteaucitron: "Informations de connexion de la clé :" over a read-only text area holding
    "Identifiant : ID" and "Secret : SECRET", with "Tout sélectionner"."""
    area = f"Identifiant : {IDENTIFIER}\nSecret : {SECRET}"
    html = _panel(
        '<label for="infos">Informations de connexion de la clé :</label><br>'
        f'<textarea id="infos" readonly>{area}</textarea>',
        '<button type="button">Tout sélectionner</button>',
    )
    page.set_content(html)
    credentials = CredentialsPanel(page.page, Labels(), 10).read("app")
    assert (credentials.identifier, credentials.secret) == (IDENTIFIER, SECRET)
    # Two identifier lines: which is the new key's cannot be told.
    page.set_content(html.replace(area, f"{area}\nIdentifiant : AUTRE{IDENTIFIER}"))
    with pytest.raises(SecretNotDeliveredError, match="shows 2 times"):
        CredentialsPanel(page.page, Labels(), 10).read("app")
