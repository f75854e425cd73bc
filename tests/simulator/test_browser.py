"""The simulator in headless Chromium, found only by labels, roles and accessible names."""

from __future__ import annotations

import hashlib
import re
import typing as t

import playwright.sync_api as pw
import pytest

from tests.support.simulator import ADMIN, Sim, SimFactory, sim_defaults

expect = pw.expect

# The variants these tests change, at their defaults: each test starts from the classic portal.
# (Not every axis: the list and panel shapes must keep following the layout.)
VARIANTS = ("login", "credentials", "confirm", "page_size", "layout", "session_ttl", "key_list", "session_cookie")
DEFAULTS = {k: v for k, v in sim_defaults().items() if k in VARIANTS}


@pytest.fixture(scope="module")
def sim(module_sim_factory: SimFactory) -> Sim:
    return module_sim_factory()


@pytest.fixture
def variant(sim: Sim) -> t.Callable[..., Sim]:
    """Set the variants for one test, on top of the defaults (tests share one simulator)."""

    def apply(**changes: t.Any) -> Sim:
        sim.config(**{**DEFAULTS, **changes})
        return sim

    return apply


def sign_in(page: t.Any, sim: Sim, email: str = ADMIN[0], password: str = ADMIN[1], *, start: str = "/") -> None:
    page.goto(sim.portal_url + start)
    expect(page).to_have_title("Connexion - CegidLife")
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    page.get_by_label("Adresse e-mail").fill(email)
    if page.get_by_role("button", name="Suivant").count():
        page.get_by_role("button", name="Suivant").click()
        expect(page.get_by_text(email)).to_be_visible()
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def open_key_page(page: t.Any, service: str) -> None:
    """The seed's path: profile, catalogue, "Services en lignes", Filtrer, key button."""
    page.get_by_role("button", name="Mon profil").click()
    page.get_by_role("link", name="Catalogue de services").click()
    expect(page).to_have_title("Catalogue de services - CegidLife")
    page.get_by_label("Type de service").select_option(label="Services en lignes")
    page.get_by_role("button", name="Filtrer").click()
    row = page.get_by_role("row").filter(has=page.get_by_text(service, exact=True))
    row.get_by_role("link", name="Gérer les clés d'API").click()
    expect(page).to_have_title("Clés d'API - CegidLife")
    expect(page.get_by_role("heading", name=f"Liste des clés d'API pour le service {service}")).to_be_visible()


def generate(page: t.Any, name: str) -> t.Any:
    page.get_by_label("Entrer le nom d'une nouvelle clé :").fill(name)
    page.get_by_role("button", name="Générer").click()
    panel = page.get_by_role("status").filter(has_text="a été générée avec succès")
    expect(panel).to_contain_text(f"La clé d'API '{name}' a été générée avec succès")
    return panel


def loop_status(sim: Sim, identifier: str, secret: str) -> int:
    return sim.loop_api(f"{identifier}:{secret}")


def key_row(page: t.Any, name: str) -> t.Any:
    return page.get_by_role("row").filter(has=page.get_by_role("cell", name=name, exact=True))


def test_one_step_sign_in_and_wrong_password(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant()
    sign_in(page, sim, password="not-the-password")
    expect(page.get_by_role("alert")).to_have_text("Identifiant ou mot de passe incorrect.")
    assert page.url.startswith(sim.sso_url + "/adfs/ls/")
    expect(page.get_by_label("Mot de passe")).to_have_value("")
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Se connecter").click()
    expect(page).to_have_title("Accueil - CegidLife")
    expect(page.get_by_role("heading", name="Bienvenue sur CegidLife")).to_be_visible()
    catalogue = page.get_by_role("link", name="Catalogue de services")
    expect(catalogue).to_be_hidden()
    profile = page.get_by_role("button", name="Mon profil")
    expect(profile).to_have_attribute("aria-expanded", "false")
    profile.click()
    expect(profile).to_have_attribute("aria-expanded", "true")
    expect(catalogue).to_be_visible()
    expect(page.get_by_role("button", name="Se déconnecter")).to_be_visible()


def test_two_step_sign_in_alt_layout(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant(login="two-step", layout="alt")
    page.goto(sim.portal_url + "/catalogue")
    expect(page.get_by_label("Mot de passe")).to_have_count(0)
    page.get_by_label("Adresse e-mail").fill(ADMIN[0])
    page.get_by_role("button", name="Suivant").click()
    expect(page.get_by_text(ADMIN[0])).to_be_visible()
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Se connecter").click()
    expect(page).to_have_title("Catalogue de services - CegidLife")  # back to the page first asked for


def test_generate_shows_panel_once(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant()
    sign_in(page, sim)
    open_key_page(page, "Loop APIkey")
    expect(page.get_by_text("Tiers rattaché : 95943 FUTUROSCOPE CEDEX")).to_be_visible()
    expect(page.get_by_text("Service : Loop APIkey")).to_be_visible()
    expect(page.get_by_label("Active")).to_be_checked()
    expect(page.get_by_label("Révoquée")).not_to_be_checked()
    panel = generate(page, "ansible-ci")
    expect(panel).to_contain_text("ne pourront plus jamais être affichées.")
    text = panel.inner_text()
    identifier = re.search(r"Identifiant de la clé d'API :\s*([A-Z0-9]{25})\b", text)
    secret = re.search(r"Secret de la clé d'API :\s*([A-Za-z0-9+/]{43}=)", text)
    assert identifier and secret, text
    expect(panel.get_by_role("button", name="Copier")).to_have_count(2)
    row = key_row(page, "ansible-ci")
    expect(row).to_contain_text("Deltumeau Vincent")
    expect(row.get_by_role("button", name="Révoquer")).to_have_attribute("title", "Révoquer la clé d'API 'ansible-ci'")
    assert loop_status(sim, identifier.group(1), secret.group(1)) == 200
    page.reload()
    expect(key_row(page, "ansible-ci")).to_have_count(1)
    expect(page.get_by_text("a été générée avec succès")).to_have_count(0)
    assert secret.group(1) not in page.content() and identifier.group(1) not in page.content()
    page.go_back()
    page.go_forward()
    expect(page.get_by_text("a été générée avec succès")).to_have_count(0)


def test_copy_only_values_reach_clipboard_only(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant(credentials="copy-only")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=sim.portal_url)
    sign_in(page, sim, start="/catalogue/services/2/cles?tiers=86360")
    panel = generate(page, "copy-only-key")
    stored = next(k for k in sim.keys() if k["name"] == "copy-only-key")
    assert stored["identifier"] not in page.content()
    expect(panel.get_by_text("Identifiant de la clé d'API :")).to_be_visible()
    buttons = panel.get_by_role("button", name="Copier")
    expect(buttons).to_have_count(2)
    buttons.nth(0).click()
    expect(panel.get_by_text("Copié")).to_have_count(1)
    assert page.evaluate("navigator.clipboard.readText()") == stored["identifier"]
    buttons.nth(1).click()
    secret = page.evaluate("navigator.clipboard.readText()")
    assert re.fullmatch(r"[A-Za-z0-9+/]{43}=", secret)
    assert hashlib.sha256(secret.encode()).hexdigest() == stored["secret_sha256"]
    html = page.content()
    assert secret not in html and stored["identifier"] not in html
    assert secret not in page.evaluate("document.documentElement.outerHTML + document.body.innerText")


def test_inputs_variant(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant(credentials="inputs")
    sign_in(page, sim, start="/catalogue/services/3/cles?tiers=95943")
    generate(page, "inputs-key")
    stored = next(k for k in sim.keys() if k["name"] == "inputs-key")
    field = page.get_by_label("Identifiant de la clé d'API :")
    expect(field).to_have_value(stored["identifier"])
    expect(field).not_to_be_editable()
    secret = page.get_by_label("Secret de la clé d'API :").input_value()
    assert hashlib.sha256(secret.encode()).hexdigest() == stored["secret_sha256"]


def test_revoke_with_modal(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant()
    key = sim.plant_key(name="modal-victim", service="Loop APIkey", tiers_code="86360")
    assert loop_status(sim, key["identifier"], key["secret"]) == 200
    sign_in(page, sim, start="/catalogue/services/1/cles?tiers=86360")
    dialog = page.get_by_role("dialog", name="Révoquer la clé d'API")
    expect(dialog).to_be_hidden()
    key_row(page, "modal-victim").get_by_role("button", name="Révoquer").click()
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(
        "Voulez-vous vraiment révoquer la clé d'API 'modal-victim' ? "
        "Les applications qui l'utilisent ne pourront plus appeler l'API."
    )
    dialog.get_by_role("button", name="Annuler").click()
    expect(dialog).to_be_hidden()
    assert loop_status(sim, key["identifier"], key["secret"]) == 200
    key_row(page, "modal-victim").get_by_role("button", name="Révoquer").click()
    dialog.get_by_role("button", name="Confirmer").click()
    expect(page.get_by_role("status")).to_have_text("La clé d'API 'modal-victim' a été révoquée.")
    expect(key_row(page, "modal-victim")).to_have_count(0)
    assert loop_status(sim, key["identifier"], key["secret"]) == 401
    page.get_by_label("Révoquée").check()
    page.get_by_role("button", name="Filtrer").click()
    expect(key_row(page, "modal-victim")).to_contain_text(re.compile(r"Révoquée le \d\d/\d\d/\d{4} \d\d:\d\d"))
    expect(key_row(page, "modal-victim").get_by_role("button")).to_have_count(0)
    page.get_by_role("link", name="Réinitialiser les critères").click()
    expect(page.get_by_label("Révoquée")).not_to_be_checked()


def test_revoke_native_and_none(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant(confirm="native")
    for name in ("native-victim", "none-victim"):
        sim.plant_key(name=name, service="Cegid File Exchange", tiers_code="95943")
    sign_in(page, sim, start="/catalogue/services/2/cles?tiers=95943")
    messages: list[str] = []
    page.once("dialog", lambda d: (messages.append(d.message), d.dismiss()))
    key_row(page, "native-victim").get_by_role("button", name="Révoquer").click()
    expect(key_row(page, "native-victim")).to_have_count(1)
    assert messages == [
        "Voulez-vous vraiment révoquer la clé d'API 'native-victim' ? "
        "Les applications qui l'utilisent ne pourront plus appeler l'API."
    ]
    page.once("dialog", lambda d: d.accept())
    key_row(page, "native-victim").get_by_role("button", name="Révoquer").click()
    expect(page.get_by_role("status")).to_have_text("La clé d'API 'native-victim' a été révoquée.")
    sim.config(confirm="none")
    page.reload()
    key_row(page, "none-victim").get_by_role("button", name="Révoquer").click()
    expect(page.get_by_role("status")).to_have_text("La clé d'API 'none-victim' a été révoquée.")
    assert {k["name"]: k["status"] for k in sim.keys() if k["name"].endswith("-victim")}.items() >= {
        "native-victim": "revoked",
        "none-victim": "revoked",
    }.items()


def test_pagination(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant(page_size=2)
    for i in range(5):
        sim.plant_key(
            name=f"page-key-{i}",
            service="Dématérialisation RH",
            tiers_code="95943",
            created_at=f"2024-01-0{i + 1}T10:00:00",
        )
    sign_in(page, sim, start="/catalogue/services/3/cles?tiers=95943")
    expect(page.get_by_text("Page 1 / 3")).to_be_visible()
    expect(page.get_by_role("link", name="Précédent")).to_have_count(0)
    seen: list[str] = []
    for number in (1, 2, 3):
        expect(page.get_by_text(f"Page {number} / 3")).to_be_visible()
        seen += [n for n in page.get_by_role("row").all_inner_texts() if n.startswith("page-key-")]
        if number < 3:
            page.get_by_role("link", name="Suivant").click()
    expect(page.get_by_role("link", name="Suivant")).to_have_count(0)
    expect(page.get_by_role("link", name="Précédent")).to_be_visible()
    assert [s.split("\t")[0].split()[0] for s in seen] == [f"page-key-{i}" for i in (4, 3, 2, 1, 0)]


def test_alt_layout_same_labels(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant(layout="alt")
    sign_in(page, sim)
    open_key_page(page, "Cegid File Exchange")
    expect(page.get_by_role("table")).to_have_count(1)
    assert page.locator("table").count() == 0
    # Ids exist only to tie labels to fields.
    stray = page.evaluate("""() => [...document.querySelectorAll('[id]')].map(e => e.id).filter(id =>
        !document.querySelector(`[aria-labelledby~="${id}"], [aria-describedby~="${id}"], label[for="${id}"]`))""")
    assert stray == []
    expect(page.get_by_text("Tiers rattaché : 95943 FUTUROSCOPE CEDEX")).to_be_visible()
    expect(page.get_by_label("Active")).to_be_checked()
    panel = generate(page, "alt-key")
    expect(panel.get_by_role("button", name="Copier")).to_have_count(2)
    stored = next(k for k in sim.keys() if k["name"] == "alt-key")
    expect(panel).to_contain_text(stored["identifier"])
    row = key_row(page, "alt-key")
    expect(row.get_by_role("cell").nth(2)).to_have_text("Deltumeau Vincent")
    row.get_by_role("button", name="Révoquer").click()
    page.get_by_role("dialog").get_by_role("button", name="Confirmer").click()
    expect(page.get_by_role("status")).to_have_text("La clé d'API 'alt-key' a été révoquée.")
    page.get_by_label("Nom de la clé d'API :").fill("ALT")
    page.get_by_label("Révoquée").check()
    page.get_by_label("Active").uncheck()
    page.get_by_role("button", name="Filtrer").press("Enter")
    expect(key_row(page, "alt-key")).to_contain_text("Révoquée le")
    page.get_by_role("link", name="Retour au catalogue de services").click()
    expect(page).to_have_title("Catalogue de services - CegidLife")


def test_session_expiry_returns_to_the_key_page(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    sim = variant()
    sign_in(page, sim, start="/catalogue/services/4/cles?tiers=95943")
    expect(key_row(page, "Felix")).to_contain_text("23/01/2021 08:14")
    page.get_by_label("Nom de la clé d'API :").fill("fel")
    sim.expire_sessions()
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_title("Connexion - CegidLife")
    page.get_by_label("Adresse e-mail").fill(ADMIN[0])
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Se connecter").click()
    expect(page).to_have_title("Clés d'API - CegidLife")
    expect(page.get_by_label("Nom de la clé d'API :")).to_have_value("fel")
    expect(key_row(page, "Felix")).to_have_count(1)


def test_copy_falls_back_without_clipboard_api(page: t.Any, variant: t.Callable[..., Sim]) -> None:
    # Off a secure context (e.g. http://simulator:8080 in CI) navigator.clipboard does not exist.
    sim = variant(credentials="copy-only", layout="alt")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=sim.portal_url)
    page.add_init_script("""(() => {
        window.__realClipboard = navigator.clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined, configurable: true});
    })()""")
    sign_in(page, sim, start="/catalogue/services/1/cles?tiers=95943")
    panel = generate(page, "fallback-key")
    stored = next(k for k in sim.keys() if k["name"] == "fallback-key")
    assert page.evaluate("navigator.clipboard === undefined")
    panel.get_by_role("button", name="Copier").first.click()
    expect(panel.get_by_text("Copié")).to_have_count(1)
    assert page.evaluate("window.__realClipboard.readText()") == stored["identifier"]


# The key rows as the browser has them: markup without the whitespace between tags, the
# visible text, and each row's text content. The server's rows and sim.js's (key_list: client)
# must give the same.
KEY_ROWS_DOM = """() => {
    const body = document.querySelector('table.keys tbody, [role=table] > [role=rowgroup]:last-child');
    const squeeze = text => text.replace(/\\s+/g, ' ').trim();
    return [squeeze(body.innerHTML.replace(/>\\s+</g, '><')), body.innerText,
            [...body.children].map(row => squeeze(row.textContent))];
}"""


@pytest.mark.parametrize(
    ("layout", "confirm"), [("classic", "modal"), ("alt", "modal"), ("alt", "native"), ("classic", "none")]
)
def test_key_list_client_rows_built_by_javascript(
    page: t.Any, variant: t.Callable[..., Sim], layout: str, confirm: str
) -> None:
    sim = variant(layout=layout, confirm=confirm)
    prefix = f"js-{layout}-{confirm}"
    base = {"service": "Cegid File Exchange", "tiers_code": "86360"}
    sim.plant_key(name=f"{prefix}-old", status="revoked", created_at="2022-01-02T03:04:00", **base)
    sim.plant_key(name=f"{prefix} <victim> & 'co'", created_at="2023-03-04T05:06:00", **base)
    path = f"/catalogue/services/2/cles?tiers=86360&criteres=1&statut=active&statut=revoquee&nom={prefix}"
    sign_in(page, sim, start=path)
    expect(key_row(page, f"{prefix}-old")).to_have_count(1)  # the page is there, rows and all
    server = page.evaluate(KEY_ROWS_DOM)
    assert prefix in server[1] and page.locator("script[data-key-rows]").count() == 0
    sim.config(key_list="client")
    page.reload()
    expect(page.locator("script[data-key-rows]")).to_have_count(1)
    expect(key_row(page, f"{prefix}-old")).to_have_count(1)
    assert page.evaluate(KEY_ROWS_DOM) == server
    victim = key_row(page, f"{prefix} <victim> & 'co'")
    expect(victim).to_contain_text("04/03/2023 05:06")
    expect(victim).to_contain_text("Deltumeau Vincent")
    expect(key_row(page, f"{prefix}-old")).to_contain_text(re.compile(r"Révoquée le \d\d/\d\d/\d{4} \d\d:\d\d"))
    expect(key_row(page, f"{prefix}-old").get_by_role("button")).to_have_count(0)
    # Revoke through the row sim.js built, with this confirmation.
    button = victim.get_by_role("button", name="Révoquer")
    expect(button).to_have_attribute("title", f"Révoquer la clé d'API '{prefix} <victim> & 'co''")
    if confirm == "native":
        page.once("dialog", lambda d: d.accept())
    button.click()
    if confirm == "modal":
        page.get_by_role("dialog").get_by_role("button", name="Confirmer").click()
    expect(page.get_by_role("status")).to_have_text(f"La clé d'API '{prefix} <victim> & 'co'' a été révoquée.")
    assert page.url.endswith(path)  # the criteria came back with the form
    expect(key_row(page, f"{prefix} <victim> & 'co'")).to_contain_text("Révoquée le")
    assert next(k for k in sim.keys() if k["name"].startswith(f"{prefix} <"))["status"] == "revoked"
    # No key: the same "no key" line as the server's.
    page.goto(sim.portal_url + "/catalogue/services/2/cles?tiers=86360&criteres=1&nom=nothing-matches")
    expect(page.get_by_role("row").filter(has_text="Aucune clé d'API")).to_have_count(1)
    client_empty = page.evaluate(KEY_ROWS_DOM)
    sim.config(key_list="server")
    page.reload()
    expect(page.locator("script[data-key-rows]")).to_have_count(0)
    expect(page.get_by_role("row").filter(has_text="Aucune clé d'API")).to_have_count(1)
    assert page.evaluate(KEY_ROWS_DOM) == client_empty


def portal_cookie(page: t.Any) -> str:
    return next(c["value"] for c in page.context.cookies() if c["name"] == "cegidlife_portal")


@pytest.mark.parametrize("key_list", ["server", "client"])
def test_rotating_session_cookie(page: t.Any, variant: t.Callable[..., Sim], key_list: str) -> None:
    sim = variant(session_cookie="rotate", key_list=key_list)
    sign_in(page, sim)
    expect(page).to_have_title("Accueil - CegidLife")
    seen = {portal_cookie(page)}
    open_key_page(page, "Loop APIkey")
    seen.add(portal_cookie(page))
    name = f"rotate-{key_list}"
    panel = generate(page, name)
    seen.add(portal_cookie(page))
    stored = next(k for k in sim.keys() if k["name"] == name)
    expect(panel).to_contain_text(stored["identifier"])
    key_row(page, name).get_by_role("button", name="Révoquer").click()
    page.get_by_role("dialog").get_by_role("button", name="Confirmer").click()
    expect(page.get_by_role("status")).to_have_text(f"La clé d'API '{name}' a été révoquée.")
    seen.add(portal_cookie(page))
    assert len(seen) == 4  # a new session id at every step
    assert next(k for k in sim.keys() if k["name"] == name)["status"] == "revoked"
