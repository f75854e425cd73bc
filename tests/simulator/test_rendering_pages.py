"""Generated renderings over plain HTTP: the description, explicit axes, the "Clé API" page,
pagers, catalogue filters, credentials panels, profile and dangerous pages."""

from __future__ import annotations

import html
import re
import socket
import typing as t
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.support.simulator import Client, Page, Sim, SimFactory, sim_defaults

sim_defaults()  # the simulator of this checkout, importable
from cegidlife_sim.config import SimConfig  # noqa: E402

USER = ("user@futuroscope.example", "User-Demo-2026!")
AXES = sim_defaults("axis")


@pytest.fixture(scope="module")
def sim(module_sim_factory: SimFactory) -> Sim:
    return module_sim_factory()


@pytest.fixture
def axes(sim: Sim) -> t.Iterator[t.Callable[..., Sim]]:
    """Set some axes for one test; every axis is set back to its classic value after it."""

    def apply(**changes: t.Any) -> Sim:
        sim.config(**changes)
        return sim

    yield apply
    sim.config(**{k: v for k, v in AXES.items() if k != "signin_origin"})


@pytest.fixture
def admin(sim: Sim) -> Client:
    client = Client(sim)
    assert "<title>Accueil - CegidLife</title>" in client.sign_in().text
    return client


def post_json(sim: Sim, path: str, body: t.Any) -> int:
    try:
        sim._json("POST", path, body)
    except urllib.error.HTTPError as exc:
        return exc.code
    return 200


# -- the description ------------------------------------------------------------------------------
def test_classic_description(sim: Sim) -> None:
    desc = sim.rendering()
    assert set(desc) == {
        "rendering",
        "preset",
        "seed",
        "axes",
        "explicit",
        "user",
        "tiers",
        "sign_in",
        "service",
        "start",
        "route",
        "key_page",
        "generate",
        "credentials",
        "key_list",
        "revoke",
        "pagination",
        "dangerous_events",
    }
    assert (desc["rendering"], desc["preset"], desc["seed"], desc["explicit"]) == ("classic", "classic", None, [])
    assert desc["axes"] == AXES
    assert desc["route"] == [
        {"action": "click", "role": "button", "name": "Mon profil"},
        {"action": "click", "role": "link", "name": "Catalogue de services"},
        {"action": "select", "role": "combobox", "name": "Type de service", "option": "Services en lignes"},
        {"action": "click", "role": "button", "name": "Filtrer"},
        {"action": "click", "role": "link", "name": "Gérer les clés d'API", "row": "Loop APIkey"},
    ]
    assert desc["sign_in"] == {
        "steps": 1,
        "origin": "sso",
        "url": sim.sso_url + "/adfs/ls/",
        "email_label": "Adresse e-mail",
        "password_label": "Mot de passe",
        "next_button": None,
        "submit_button": "Se connecter",
        "error": "Identifiant ou mot de passe incorrect.",
    }
    assert desc["service"] == {"name": "Loop APIkey", "display_name": "Loop APIkey", "title": "Loop APIkey"}
    assert desc["key_page"]["heading"] == "Liste des clés d'API pour le service Loop APIkey"
    assert desc["generate"] == [
        {"action": "fill", "role": "textbox", "name": "Entrer le nom d'une nouvelle clé :", "value": "{name}"},
        {"action": "click", "role": "button", "name": "Générer"},
    ]
    assert desc["revoke"]["steps"] == [{"action": "click", "role": "button", "name": "Révoquer"}]
    assert desc["revoke"]["confirm"] == {
        "kind": "modal",
        "dialog": "Révoquer la clé d'API",
        "confirm": "Confirmer",
        "cancel": "Annuler",
    }
    assert desc["pagination"] is None and desc["key_list"]["item_role"] == "row"


def test_description_of_the_seed_preset(sim_factory: SimFactory) -> None:
    desc = sim_factory(rendering="seed").rendering()
    assert desc["route"] == [
        {"action": "click", "role": "button", "name": "Mon profil"},
        {"action": "click", "role": "button", "name": "Catalogue de services"},
        {"action": "select", "role": "combobox", "name": "Type de service", "option": "Services en lignes"},
        {"action": "click", "role": "link", "name": "Filtrer"},
        {"action": "click", "role": "button", "name": "Gérer les clés d'API", "row": "Loop APIkey"},
    ]
    assert desc["service"]["title"] == "Gestion des Utilisateurs - Administration"
    assert desc["credentials"]["shown_as"] == "copy-only" and desc["credentials"]["copy"]["role"] == "link"


def test_explicit_axes_override_the_rendering(sim_factory: SimFactory) -> None:
    sim = sim_factory(rendering="random:7", layout="alt", page_size=4)
    expected = SimConfig.build({"rendering": "random:7", "layout": "alt", "page_size": 4}).axes()
    desc = sim.rendering()
    assert desc["axes"] == expected and desc["explicit"] == ["layout", "page_size"] and desc["seed"] == 7
    assert {k: sim.config()[k] for k in expected} == expected
    assert sim.config()["rendering"] == "random:7"
    # Fixed at start: the name and the sign-in origin; everything else may change.
    assert post_json(sim, "/__sim__/config", {"rendering": "alt"}) == 400
    other = "same" if expected["signin_origin"] == "sso" else "sso"
    assert post_json(sim, "/__sim__/config", {"signin_origin": other}) == 400
    assert post_json(sim, "/__sim__/config", {"rendering": "random:7"}) == 200
    sim.config(pager="more")
    desc = sim.rendering()
    assert desc["explicit"] == ["layout", "page_size", "pager"] and desc["pagination"]["kind"] == "more"
    assert post_json(sim, "/__sim__/config", {"account_control": "profile-link", "route": "menu"}) == 400


def local_address() -> str | None:
    """A non-loopback address of this machine (the interface a route would use), if any."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent: this only picks a route
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


@pytest.mark.parametrize("allow", [False, True])
def test_admin_endpoints_are_loopback_only(sim_factory: SimFactory, allow: bool) -> None:
    address = local_address()
    if address is None:
        pytest.skip("no non-loopback address on this machine")
    sim = sim_factory(host="0.0.0.0", allow_remote_admin=allow)
    remote = sim.portal_url.replace("127.0.0.1", address)
    for path in ("/__sim__/rendering", "/__sim__/config", "/__sim__/keys"):
        try:
            with urllib.request.urlopen(remote + path, timeout=10) as resp:
                status = resp.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status == (200 if allow else 403), path
    assert sim.rendering()["rendering"] == "classic"  # loopback always


# -- catalogue ------------------------------------------------------------------------------------
def test_catalogue_filters_and_first_view(axes: t.Callable[..., Sim], admin: Client) -> None:
    axes(catalogue_start="software")
    first = admin.get("/catalogue")
    assert "Cegid Quadra Paie" in first.text and "Loop APIkey" not in first.text
    assert '<option value="logiciel" selected>Logiciels</option>' in first.text
    assert "Loop APIkey" in admin.get("/catalogue?type=en-ligne").text
    assert "Loop APIkey" in admin.get("/catalogue?type=").text  # "Tous les services"
    axes(catalogue_filter="radios")
    radios = admin.get("/catalogue").plain
    assert re.search(
        r'type="radio" id="type-logiciel" name="type" value="logiciel" checked>\s*'
        r'<label for="type-logiciel">Logiciels</label>',
        radios,
    )
    assert "<legend>Type de service</legend>" in radios and ">Filtrer</button>" in radios
    axes(catalogue_filter="tabs", layout="alt")
    tabs = admin.get("/catalogue").plain
    assert 'role="tablist" aria-label="Type de service"' in tabs and "Filtrer" not in tabs
    assert re.search(
        r'<a role="tab" href="/catalogue\?tiers=95943&amp;type=en-ligne" aria-selected="false">Services en lignes</a>',
        admin.get("/catalogue").text,
    )
    assert 'aria-selected="true" class="tab-current">Logiciels</a>' in tabs
    axes(catalogue_filter="none", catalogue_start="all", layout="classic")
    none = admin.get("/catalogue").plain
    assert "Type de service" not in none and "Loop APIkey" in none and "Cegid Quadra Paie" in none


def test_service_names_and_row_controls(axes: t.Callable[..., Sim], admin: Client) -> None:
    axes(
        service_names="product",
        advanced_service="shown",
        key_control="text",
        key_control_name="cles-d-api",
        key_control_element="button",
        row_extras="some",
    )
    page = admin.get("/catalogue?type=en-ligne").plain
    assert "<td>Loop APIKey Standard (P04448)</td>" in page and "<td>APIKey Advanced (P04454)</td>" in page
    assert "Loop APIkey<" not in page
    assert page.count('role="button" href="/catalogue/services/') == 5 and page.count(">Clés d'API</a>") == 5
    assert page.count(">Détails</a>") == 5 and page.count(">Documentation</a>") == 5
    axes(key_control="icon-label", row_extras="some")
    icons = admin.get("/catalogue?type=en-ligne").plain
    assert icons.count('aria-label="Clés d\'API"') == 5 and 'title="Clés d\'API"' not in icons
    assert icons.count('title="Détails"') == 5  # other icon controls on the same rows
    # The advanced service is a real service: keys can be made for it.
    assert "<h1>APIKey Advanced (P04454)</h1>" in admin.get("/catalogue/services/7").text  # its id, as documented
    page = admin.get("/catalogue/services/7/cles?tiers=95943")
    shown = admin.submit(page, page.form("/generer"), nom_cle="advanced-key")
    assert "La clé d'API 'advanced-key' a été générée avec succès" in shown.plain
    assert admin.sim.keys()[-1]["service"] == "APIKey Advanced (P04454)"
    axes(advanced_service="hidden")
    assert "P04454" not in admin.get("/catalogue").text


# -- key pages ------------------------------------------------------------------------------------
NAME_RX = {
    "table": re.compile(r"<tr>\s*<td>([^<]+)</td>"),
    "grid": re.compile(r'<div role="row" class="v2-row">\s*<span role="cell">([^<]+)</span>'),
    "cards-line": re.compile(r"<h3>([^<]+)</h3>"),
    "cards-dl": re.compile(r'<h3 id="[^"]+">([^<]+)</h3>'),
}


def names_in(page: Page, shape: str) -> list[str]:
    return [html.unescape(n) for n in NAME_RX[shape].findall(page.text) if n != "Aucune clé d'API"]


def next_page(client: Client, page: Page, pager: str) -> Page | None:
    if pager == "buttons":
        match = re.search(r'name="page" value="(\d+)">Suivant</button>', page.text)
        if not match:
            return None
        form = [f for f in page.forms() if f["method"] == "get"][-1]
        query = urllib.parse.urlencode({**form["fields"], "page": match.group(1)})
        return client.get(urllib.parse.urljoin(page.url, form["action"]) + "?" + query)
    word = "Afficher plus" if pager == "more" else "Suivant"
    match = re.search(rf'<a href="([^"]+)">{word}</a>', page.text)
    return client.get(html.unescape(match.group(1))) if match else None


@pytest.mark.parametrize("pager", ["links", "buttons", "more"])
def test_pagers_keep_the_list_in_the_served_html(axes: t.Callable[..., Sim], admin: Client, pager: str) -> None:
    sim = axes(page_size=3, pager=pager)
    prefix = f"pg-{pager}-"
    for i in range(7):
        sim.plant_key(
            name=f"{prefix}{i}",
            service="Cegid File Exchange",
            tiers_code="86360",
            created_at=f"2024-02-0{i + 1}T10:00:00",
        )
    want = [f"{prefix}{i}" for i in range(6, -1, -1)]  # newest first
    path = f"/catalogue/services/2/cles?tiers=86360&criteres=1&statut=active&nom={prefix}"
    for shape in NAME_RX:
        sim.config(key_table=shape)
        page: Page | None = admin.get(path)
        seen: list[str] = []
        views = 0
        while page is not None:
            views += 1
            names = names_in(page, shape)
            seen = names if pager == "more" else seen + names
            page = next_page(admin, page, pager)
        assert seen == want, (shape, seen)
        assert views == 3, shape
    last = admin.get(path + "&page=3")
    text = last.plain
    if pager == "more":
        assert "7 clés d'API affichées sur 7" in text and "Afficher plus" not in text
    else:
        assert "Page 3 / 3" in text and "Précédent" in text and "Suivant" not in text


def test_cards_and_grid_markup(axes: t.Callable[..., Sim], admin: Client) -> None:
    axes(key_table="cards-line")
    page = admin.get("/catalogue/services/4/cles?tiers=95943").plain
    assert re.search(
        r'<li class="key-card">\s*<h3>Felix</h3>\s*<p><span class="k">Date de création :</span> 23/01/2021 08:14</p>'
        r'\s*<p><span class="k">Créateur :</span> Deltumeau Vincent</p>',
        page,
    )
    axes(key_table="cards-dl")
    page = admin.get("/catalogue/services/4/cles?tiers=95943").plain
    assert "<dt>Date de création</dt><dd>23/01/2021 08:14</dd><dt>Créateur</dt><dd>Deltumeau Vincent</dd>" in page
    assert re.search(r'<article class="key-card" aria-labelledby="(x[0-9a-f]+)">\s*<h3 id="\1">Felix</h3>', page)


def test_tiers_controls(axes: t.Callable[..., Sim], admin: Client) -> None:
    axes(tiers_control="select")
    page = admin.get("/catalogue/services/1/cles?tiers=86360")
    criteria = next(f for f in page.forms() if f["method"] == "get")
    assert "tiers" not in criteria["fields"]  # the select carries it
    assert re.search(
        r'<label for="(x[0-9a-f]+)">Tiers rattaché</label>\s*<select id="\1" name="tiers" data-change-submit>',
        page.text,
    )
    assert '<option value="86360" selected>86360 CHASSENEUIL DU POITOU</option>' in page.text
    axes(tiers_control="radios", layout="alt")
    page = admin.get("/catalogue/services/1/cles?tiers=86360")
    assert re.search(
        r'role="radiogroup" aria-labelledby="(x[0-9a-f]+)"><span id="\1" class="group-label">Tiers rattaché</span>',
        page.text,
    )
    assert 'value="86360" checked data-change-submit> 86360 CHASSENEUIL DU POITOU</label>' in page.text
    assert 'value="95943" data-change-submit> 95943 FUTUROSCOPE CEDEX</label>' in page.text


def test_service_title_of_the_seed_screenshot(axes: t.Callable[..., Sim], admin: Client) -> None:
    sim = axes(service_title="admin")
    sim.plant_key(name="loop-titled", service="Loop APIkey", tiers_code="95943")
    page = admin.get("/catalogue/services/1/cles?tiers=95943").plain
    assert "Service : Gestion des Utilisateurs - Administration" in page
    assert "Liste des clés d'API pour le service Gestion des Utilisateurs - Administration" in page
    assert "<td>loop-titled</td>" in page and "<td>Felix</td>" not in page  # still Loop APIkey's keys
    other = admin.get("/catalogue/services/2/cles?tiers=95943").plain
    assert "Service : Cegid File Exchange" in other


@pytest.mark.parametrize("credentials", ["text", "inputs", "masked", "masked-toggle", "copy-only"])
@pytest.mark.parametrize("layout", ["line", "dl", "table"])
def test_credentials_panel_once(axes: t.Callable[..., Sim], admin: Client, credentials: str, layout: str) -> None:
    sim = axes(credentials=credentials, credentials_layout=layout, copy_feedback="copie-excl")
    page = admin.get("/catalogue/services/2/cles?tiers=95943")
    name = f"panel-{credentials}-{layout}"
    shown = admin.submit(page, page.form("/generer"), nom_cle=name)
    stored = next(k for k in sim.keys() if k["name"] == name)
    text = shown.plain
    assert f"La clé d'API '{name}' a été générée avec succès" in text
    assert text.count(">Copier<") == 2 and text.count('data-copied="Copié !"') == 2
    secret = re.search(r"[A-Za-z0-9+/]{43}=", text)
    assert secret and secret.group(0)  # in the page (copy-only: only in the JSON sim.js takes)
    assert stored["identifier"] in text
    if credentials == "copy-only":
        outside = re.sub(r"<script type=\"application/json\" data-credentials>.*?</script>", "", text, flags=re.S)
        assert stored["identifier"] not in outside and secret.group(0) not in outside
    if credentials.startswith("masked"):
        assert 'type="password" readonly aria-labelledby' in text
        assert ("data-show-secret>Afficher</button>" in text) == (credentials == "masked-toggle")
    if layout == "table":
        assert '<table class="creds">' in text and '<th scope="row"' in text
    again = admin.get(shown.url)
    assert "générée avec succès" not in again.text
    assert secret.group(0) not in again.text and stored["identifier"] not in again.text


def test_seed_copier_is_on_the_label_line(sim_factory: SimFactory) -> None:
    sim = sim_factory(rendering="seed")
    client = Client(sim)
    client.sign_in()
    page = client.get("/catalogue/services/1/cles?tiers=95943")
    shown = client.submit(page, page.form("/generer"), nom_cle="seed-key")
    assert re.search(
        r'<p class="cred">\s*<span class="cred-label">Identifiant de la clé d\'API :</span>\s*'
        r'<a href="#" class="action-link" data-copy-field="identifier">Copier</a>',
        shown.plain,
    )
    assert '<a href="#" class="action-link" data-act="submit">Générer</a>' in shown.plain


# -- the "Clé API" page ---------------------------------------------------------------------------
def test_cle_api_page_lists_every_service(sim_factory: SimFactory) -> None:
    sim = sim_factory(rendering="cle-api")
    client = Client(sim)
    home = client.sign_in()
    assert (
        'role="dialog" aria-label="Menu"' in home.text
        and '<a class="link-button" href="/cles-api">Clé API</a>' in home.text
    )
    assert "Catalogue de services" not in home.text
    sim.plant_key(name="loop-one", service="Loop APIkey", tiers_code="95943", created_at="2024-05-06T07:08:00")
    page = client.get("/cles-api")
    text = page.plain
    assert '<h2 id="titre-liste">Liste des clés d\'API</h2>' in text and "Service :" not in text
    assert '<th scope="col">Service</th>' in text
    assert re.search(r"<td>loop-one</td>\s*<td>Loop APIKey Standard \(P04448\)</td>\s*<td>06/05/2024 07:08</td>", text)
    assert re.search(r"<td>Felix</td>\s*<td>Gestion des Utilisateurs - Administration</td>", text)
    assert (
        'aria-expanded="false" data-reveal-toggle><span aria-hidden="true">🔑</span> Générer une clé API</button>'
        in text
    )
    assert 'class="generate" data-reveal hidden>' in text
    options = dict((label, value) for value, label in re.findall(r'<option value="(\d+)">([^<]+)</option>', text))
    assert {"Loop APIKey Standard (P04448)", "APIKey Advanced (P04454)", "Cegid File Exchange"} <= set(options)
    form = page.form("/cles-api/generer")
    shown = client.submit(page, form, nom_cle="from-cle-api", service=options["Loop APIKey Standard (P04448)"])
    assert "La clé d'API 'from-cle-api' a été générée avec succès" in shown.plain
    assert urllib.parse.urlsplit(shown.url).path == "/cles-api"
    assert next(k for k in sim.keys() if k["name"] == "from-cle-api")["service"] == "Loop APIkey"
    # A blank name opens the form again, with the alert.
    blank = client.submit(shown, shown.form("/cles-api/generer"), nom_cle=" ", service=options["Cegid File Exchange"])
    assert 'role="alert">Veuillez saisir le nom de la clé d\'API.' in blank.plain
    assert 'aria-expanded="true" data-reveal-toggle>' in blank.text and "data-reveal hidden" not in blank.text
    revoke = next(f for f in blank.forms() if "/revoquer" in f["action"] and "loop-one" in blank.text)
    assert revoke["action"].startswith("/cles-api/")
    after = client.submit(blank, revoke)
    assert "a été révoquée." in after.plain and urllib.parse.urlsplit(after.url).path == "/cles-api"
    user = Client(sim)
    user.sign_in(*USER)
    assert user.get("/cles-api").status == 403 and "/cles-api" not in user.get("/").text


# -- account control, profile and dangerous pages ---------------------------------------------------
def test_main_screen_need_not_say_profil(axes: t.Callable[..., Sim], admin: Client) -> None:
    axes(account_control="icon-label", account_name="mon-compte", account_opens="menu")
    home = admin.get("/")
    assert "profil" not in home.text.lower()
    assert re.search(
        r'<button type="button" class="account-toggle account-icon-label" aria-label="Mon compte" '
        r'aria-haspopup="menu" aria-expanded="false" data-popup-toggle><svg',
        home.text,
    )
    assert '<ul class="account-menu" role="menu" aria-label="Mon compte" data-popup hidden>' in home.text
    assert (
        '<a role="menuitem" tabindex="-1" class="link-button" href="/catalogue">Catalogue de services</a>' in home.text
    )
    axes(account_control="icon-title", account_name="compte-de")
    assert 'title="Compte de Vincent Deltumeau" aria-haspopup="menu"' in admin.get("/").text
    axes(account_control="name")
    assert re.search(
        r'aria-haspopup="menu" aria-expanded="false" data-popup-toggle>'
        r'<span class="avatar" aria-hidden="true">VD</span> Vincent Deltumeau\s*</button>',
        admin.get("/").text,
    )


def test_profile_and_wizard_pages(axes: t.Callable[..., Sim], admin: Client) -> None:
    axes(route="wizard", account_control="profile-link", service_names="product", button_case="upper")
    home = admin.get("/").plain
    assert '<a class="account-link" href="/profil">Mon profil</a>' in home
    profile = admin.get("/profil").plain
    assert "<h1>Mon profil</h1>" in profile and "<h2>Catalogue des services</h2>" in profile
    assert '<a class="btn btn-primary" href="/services">VOIR LA LISTE</a>' in profile
    assert "Supprimer mon compte" in profile and "Modifier mon mot de passe" in profile
    services = admin.get("/services").plain
    assert re.search(
        r'<a class="service-card-link" href="/catalogue/services/1/cles\?tiers=95943">'
        r"Loop APIKey Standard \(P04448\)</a>",
        services,
    )
    assert '<span class="service-card-name">Cegid Quadra Paie</span>' in services
    keys = admin.get("/catalogue/services/1/cles?tiers=95943").plain
    assert "data-reveal-toggle>GÉNÉRER UNE CLÉ D'API</button>" in keys and ">GÉNÉRER</button>" in keys
    assert '<a href="/services">Retour au catalogue de services</a>' in keys
    axes(route="profile", account_control="labelled")
    profile = admin.get("/profil").plain
    assert '<a class="btn btn-primary" href="/catalogue">Catalogue de services</a>' in profile
    assert "VOIR LA LISTE" not in profile


def test_dangerous_pages_are_counted(sim: Sim, admin: Client) -> None:
    sim.reset_stats()
    for path in (
        "/profil",
        "/applications",
        "/demandes",
        "/connaissances",
        "/actualites",
        "/aide",
        "/documentation",
        "/catalogue/services/1",
    ):
        assert admin.get(path).status == 200, path
    assert sim.stats()["events"] == {}
    profile = admin.get("/profil")
    admin.submit(profile, profile.form("/profil"))
    admin.submit(profile, profile.form("/profil/supprimer"))
    password = admin.get("/profil/mot-de-passe")
    admin.submit(password, password.form("/profil/mot-de-passe"))
    home = admin.get("/")
    admin.submit(home, home.form("/logout"))
    again = Client(sim)
    again.sign_in()
    assert "Connexion - CegidLife" in again.get("/deconnexion").text
    events = sim.stats()["events"]
    assert {k: events.get(k) for k in sim.rendering()["dangerous_events"]} == {
        "logout": 2,
        "password_page": 1,
        "password_changed": 1,
        "profile_saved": 1,
        "account_delete": 1,
    }
    assert sim.stats()["pages"]["profile"]["POST"] == 3 and sim.stats()["pages"]["info"]["GET"] == 7
