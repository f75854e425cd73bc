"""A person's way through each hand-written rendering (simulator/cegidlife_sim/blind/), in Playwright:
sign in, reach the key page of Loop APIkey for tiers 95943, generate a key and read its one-time
identifier and secret, see it listed, revoke it (with its confirmation).

Written by the renderings' author from the pages themselves, not from the module's page model. One
function per rendering, ``FLOWS[name](page, sim, key_name) -> (identifier, secret)``; ``shot``, when
given, is called with a label at each stage (screenshots for a person to look at).
"""

from __future__ import annotations

import re
import time
import typing as t

from playwright.sync_api import Error as PlaywrightError

from tests.support.simulator import ADMIN

if t.TYPE_CHECKING:
    from playwright.sync_api import Page

    from tests.support.simulator import Sim

Shot = t.Callable[[str], None]
ID_RX = re.compile(r"\b[A-Z0-9]{25}\b")
SECRET_RX = re.compile(r"[A-Za-z0-9+/]{43}=")
FLOWS: dict[str, t.Callable[..., tuple[str, str]]] = {}


def flow(name: str) -> t.Callable[[t.Callable[..., tuple[str, str]]], t.Callable[..., tuple[str, str]]]:
    def add(fn: t.Callable[..., tuple[str, str]]) -> t.Callable[..., tuple[str, str]]:
        FLOWS[name] = fn
        return fn

    return add


def _noshot(label: str) -> None:
    pass


def _values(text: str) -> tuple[str, str]:
    ident, secret = ID_RX.search(text), SECRET_RX.search(text)
    assert ident and secret, "no one-time identifier and secret shown"
    return ident.group(0), secret.group(0)


def _next_until(scope: t.Any, found: t.Any, control: t.Any) -> None:
    """Click ``control`` (a next-page or load-more control) until ``found`` is shown. Before each
    click it waits until the list is drawn (one or the other is shown); after it, until the page
    reads otherwise (its accessibility tree, which enters shadow roots): a click while the next page
    is on its way would land on a control about to be replaced."""
    body = scope.locator("body")
    while True:
        found.or_(control).first.wait_for()
        if found.count():
            return
        before = body.aria_snapshot()
        control.click()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _read(body) in (before, None):
            time.sleep(0.1)


def _read(body: t.Any) -> str | None:
    try:
        return str(body.aria_snapshot(timeout=2000))
    except PlaywrightError:  # a page being replaced
        return None


def _input_values(page: Page) -> str:
    return " ".join(page.locator("input[readonly], input[type=text]").evaluate_all("els => els.map(e => e.value)"))


@flow("b1/fiori")
def fiori(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_placeholder("utilisateur@domaine.fr").fill(ADMIN[0])
    page.get_by_placeholder("Mot de passe").fill(ADMIN[1])
    shot("signin")
    page.get_by_role("button", name="Connexion").click()
    page.get_by_role("link", name=re.compile("Gérer les clés d'API")).click()
    page.get_by_role("combobox", name="Service").click()
    page.get_by_role("option", name="Loop APIkey").click()
    page.get_by_role("button", name="Lancer").click()
    shot("keys")
    page.get_by_role("button", name="Créer").click()
    page.get_by_role("dialog").get_by_label("Nom").fill(key)
    page.get_by_role("dialog").get_by_role("button", name="Créer").click()
    page.get_by_role("status", name="Nouvelle clé").wait_for()
    shot("created")
    values = _values(_input_values(page))
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
    row.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("menuitem", name="Révoquer").click()
    shot("confirm")
    page.get_by_role("alertdialog").get_by_role("button", name="Révoquer").click()
    page.get_by_text(f"La clé « {key} » a été révoquée.").wait_for()
    shot("revoked")
    return values


def _pass_consent(page: Page, answer: str) -> None:
    button = page.get_by_role("button", name=answer)
    if button.count():
        button.click()


@flow("b1/lightning")
def lightning(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Username").fill(ADMIN[0])
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Password").fill(ADMIN[1])
    page.get_by_role("button", name="Verify").click()
    page.get_by_role("button", name="Accept All Cookies").wait_for()
    shot("consent")
    _pass_consent(page, "Reject All")
    page.get_by_role("button", name="App Launcher").click()
    page.get_by_role("dialog", name="App Launcher").get_by_role("link", name="Subscriptions").click()
    row = page.get_by_role("row").filter(has_text="Loop APIkey").filter(has_text="95943")
    row.get_by_role("link", name="API Keys").click()
    shot("keys")
    page.get_by_role("button", name="New API Key").click()
    page.get_by_role("dialog", name="New API Key").get_by_label("Key Name").fill(key)
    page.get_by_role("button", name="Save").click()
    made = page.get_by_role("dialog", name="API Key Created")
    made.wait_for()
    shot("created")
    values = (made.get_by_label("Key ID").input_value(), made.get_by_label("Secret").input_value())
    made.get_by_role("button", name="Done").click()
    _next_until(page, page.get_by_role("link", name=key, exact=True), page.get_by_role("link", name="Next page"))
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=key, exact=True))
    row.get_by_role("button", name="Show Actions").click()
    page.get_by_role("menuitem", name="Revoke").click()
    dialog = page.get_by_role("dialog", name="Revoke API Key")
    dialog.get_by_label("Type the key name to confirm").fill(key)
    shot("confirm")
    dialog.get_by_role("button", name="Revoke").click()
    page.get_by_text(f'API key "{key}" was revoked.').wait_for()
    shot("revoked")
    return values


@flow("b1/material")
def material(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Nom d'utilisateur ou courriel").fill(ADMIN[0])
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    shot("signin")
    page.get_by_role("button", name="Connexion").click()
    page.get_by_role("button", name="OK pour moi").wait_for()
    shot("consent")
    page.get_by_role("button", name="Non merci").click()
    page.get_by_role("button", name="Menu principal").click()
    page.get_by_role("button", name="Paramètres du compte").click()
    shot("drawer")
    page.get_by_role("link", name="Clés API").click()
    page.get_by_role("link", name="Loop APIkey").click()
    shot("keys")
    page.get_by_role("button", name="Nouvelle clé API").click()
    dialog = page.get_by_role("dialog", name="Nouvelle clé API")
    dialog.get_by_label("Libellé").fill(key)
    dialog.get_by_role("radio", name="Loop APIkey").click()
    dialog.get_by_role("button", name="Générer").click()
    done = page.get_by_role("dialog", name=re.compile("générée"))
    done.wait_for()
    shot("created")
    values = _values(done.inner_text())
    done.get_by_role("button", name="J'ai noté la clé").click()
    page.get_by_role("link", name="Loop APIkey").click()
    card = page.get_by_role("article").filter(has=page.get_by_role("heading", name=key, exact=True))
    card.get_by_role("button", name="Plus d'options").click()
    page.get_by_role("menuitem", name="Révoquer").click()
    shot("confirm")
    page.get_by_role("dialog", name=re.compile("Révoquer")).get_by_role("button", name="Révoquer").click()
    page.get_by_text(f"La clé « {key} » a été révoquée.").wait_for()
    shot("revoked")
    return values


@flow("b1/webcomp")
def webcomp(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("E-mail, téléphone ou Skype").fill(ADMIN[0])
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    shot("signin")
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("button", name="Passer la visite").wait_for()
    shot("tour")
    page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="Passer la visite").click()
    page.get_by_role("navigation").get_by_role("link", name="Services").click()
    page.get_by_role("link", name="Ouvrir Loop APIkey").click()
    page.get_by_role("tab", name="Accès API").click()
    shot("keys")
    page.get_by_label("Intitulé de la clé").fill(key)
    page.get_by_role("button", name="Créer la clé").click()
    made = page.get_by_role("region", name=re.compile(f"Clé « {re.escape(key)} » créée"))
    made.wait_for()
    shot("created")
    values = _values(made.inner_text())
    item = page.get_by_role("listitem").filter(has_text=key)
    _next_until(page, item, page.get_by_role("button", name="Charger plus"))
    item.get_by_role("button", name="Révoquer").click()
    shot("confirm")
    page.get_by_role("dialog", name="Révoquer la clé ?").get_by_role("button", name="Révoquer la clé").click()
    page.get_by_text(f"La clé « {key} » a été révoquée.").wait_for()
    shot("revoked")
    return values


@flow("b1/servicenow")
def servicenow(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Nom d'utilisateur").fill(ADMIN[0])
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    shot("signin")
    page.get_by_role("button", name="Vérifier").click()
    page.get_by_role("banner").get_by_role("link", name="Catalogue").click()
    page.get_by_role("link", name="Services en ligne").click()
    page.get_by_role("link", name="Voir Loop APIkey").click()
    frame = page.frame_locator('iframe[title="Clés d\'API du service"]')
    frame.get_by_label("Nom de la nouvelle clé").fill(key)
    shot("keys")
    frame.get_by_role("button", name="Générer").click()
    made = frame.get_by_role("status").filter(has_text=f"Clé « {key} » générée")
    made.wait_for()
    shot("created")
    values = _values(made.inner_text())
    _next_until(frame, frame.get_by_role("cell", name=key, exact=True), frame.get_by_role("link", name="Page suivante"))
    page.once("dialog", lambda d: d.accept())
    row = frame.get_by_role("row").filter(has=frame.get_by_role("cell", name=key, exact=True))
    row.get_by_role("button", name="Révoquer").click()
    frame.get_by_text(f"La clé « {key} » a été révoquée.").wait_for()
    shot("revoked")
    return values


@flow("b1/adminlte")
def adminlte(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label(re.compile("e-mail", re.I)).first.fill(ADMIN[0])
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.get_by_role("button", name="✓ Tout accepter").wait_for()
    shot("consent")
    page.get_by_role("button", name="✗ Tout refuser").click()
    page.get_by_role("dialog", name="Nouveauté").get_by_role("button", name="J'ai compris").click()
    page.get_by_role("button", name="Abonnements").click()
    page.get_by_role("link", name="Services en ligne").click()
    row = page.get_by_role("row").filter(has_text="Loop APIkey")
    row.get_by_role("link", name="Accès API").click()
    shot("keys")
    page.get_by_label("Libellé").fill(key)
    page.get_by_role("button", name="Ajouter").click()
    page.get_by_text(f"Clé ajoutée : {key}").wait_for()
    page.get_by_role("button", name="Afficher").click()
    shot("created")
    values = (
        page.get_by_label("Clé d'accès", exact=True).input_value(),
        page.get_by_label("Clé secrète").input_value(),
    )
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
    row.get_by_role("button", name="Supprimer").click()
    shot("confirm")
    page.get_by_role("dialog", name="Supprimer la clé ?").get_by_role("button", name="Supprimer").click()
    page.get_by_text(f"La clé « {key} » a été supprimée.").wait_for()
    shot("revoked")
    return values


@flow("b1/carbon")
def carbon(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_placeholder("utilisateur@domaine.fr").fill(ADMIN[0])
    page.get_by_role("button", name="Suivant").click()
    page.get_by_placeholder("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Connexion").click()
    shot("charter")
    page.get_by_label("J'ai lu et j'accepte la charte d'utilisation").check()
    page.get_by_role("button", name="Continuer").click()
    page.get_by_role("button", name="Accepter & Fermer").wait_for()
    shot("consent")
    page.get_by_role("button", name="Continuer sans accepter →").click()
    page.get_by_role("button", name="Mon compte").click()
    page.get_by_role("link", name="Catalogue de services").click()
    row = page.get_by_role("row").filter(has_text="Loop APIkey").filter(has_text="95943")
    row.get_by_role("button", name="Options").click()
    row.get_by_role("menuitem", name="Gérer les clés d'API").click()
    shot("keys")
    page.get_by_role("button", name="Générer une clé").click()
    page.get_by_role("dialog", name="Générer une clé d'API").get_by_label("Nom de la clé").fill(key)
    page.get_by_role("dialog", name="Générer une clé d'API").get_by_role("button", name="Générer").click()
    made = page.get_by_role("status", name=re.compile(f"Clé « {re.escape(key)} » générée"))
    made.wait_for()
    shot("created")
    values = _values(made.inner_text())
    _next_until(page, page.get_by_role("cell", name=key, exact=True), page.get_by_role("button", name="Page suivante"))
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
    row.get_by_role("button", name="Options").click()
    row.get_by_role("menuitem", name="Révoquer").click()
    shot("confirm")
    page.get_by_role("dialog", name="Révoquer la clé d'API").get_by_role("button", name="Révoquer").click()
    page.get_by_text(f"La clé « {key} » a été révoquée.").wait_for()
    shot("revoked")
    return values


@flow("b1/atlassian")
def atlassian(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Email, phone, or Skype").fill(ADMIN[0])
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Password").fill(ADMIN[1])
    page.get_by_role("button", name="Sign in").click()
    shot("kmsi")
    page.get_by_role("button", name="No").click()
    page.get_by_role("button", name="Your profile and settings").click()
    page.get_by_role("menuitem", name="Account settings").click()
    page.get_by_role("link", name="API keys").click()
    shot("keys")
    page.get_by_role("button", name="Create API key").click()
    dialog = page.get_by_role("dialog", name="Create an API key")
    dialog.get_by_label("Label").fill(key)
    dialog.get_by_role("combobox", name="Service").click()
    dialog.get_by_role("option", name="Loop APIkey").click()
    dialog.get_by_role("button", name="Create").click()
    made = page.get_by_role("dialog", name="Copy your API key")
    made.wait_for()
    shot("created")
    values = _values(made.inner_text())
    made.get_by_role("button", name="Close").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
    for dummy in range(20):
        if row.count():
            break
        page.mouse.wheel(0, 2000)
        page.wait_for_timeout(300)
    row.get_by_role("button", name="Revoke").click()
    shot("confirm")
    page.get_by_role("dialog", name="Revoke API key").get_by_role("button", name="Revoke").click()
    page.get_by_text(f"API key {key} revoked.").wait_for()
    shot("revoked")
    return values


@flow("b2/dsfr")
def dsfr(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Nom d'utilisateur ou courriel").fill(ADMIN[0])
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Connexion").click()
    page.get_by_role("heading", name="Vos coordonnées sont-elles à jour ?").wait_for()
    shot("question")
    page.get_by_label("Non, je les mettrai à jour plus tard").check()
    page.get_by_role("button", name="Valider").click()
    page.get_by_role("button", name="Tout refuser").click()
    page.get_by_role("button", name="Administration").click()
    shot("menu")
    page.get_by_role("link", name="Clés d'API").click()
    card = page.locator(".fr-card").filter(has_text="Tiers 95943")
    card.get_by_role("link", name="Loop APIkey", exact=True).click()
    shot("keys")
    page.get_by_role("textbox", name=re.compile("^Nom de la clé")).fill(key)
    page.get_by_role("button", name="Créer la clé").click()
    made = page.get_by_role("region", name=f"Votre clé « {key} » est prête")
    made.wait_for()
    shot("created")
    values = _values(made.inner_text())
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
    row.get_by_role("button", name="Révoquer").click()
    dialog = page.get_by_role("dialog", name=f"Révoquer la clé « {key} »")
    dialog.get_by_label("Pour confirmer, saisissez le nom de la clé").fill(key)
    shot("confirm")
    dialog.get_by_role("button", name="Révoquer définitivement").click()
    page.get_by_text(f"La clé « {key} » est révoquée.").wait_for()
    shot("revoked")
    return values


@flow("b2/patternfly")
def patternfly(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Username").fill(ADMIN[0])
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Password").fill(ADMIN[1])
    page.get_by_role("button", name="Verify").click()
    page.get_by_role("dialog", name="What's new in the Customer Console").wait_for()
    shot("whatsnew")
    page.get_by_role("button", name="Got it").click()
    page.get_by_role("button", name="Global navigation").click()
    page.get_by_role("button", name="Developer").click()
    shot("nav")
    page.get_by_role("link", name="API access").click()
    page.get_by_role("button", name=re.compile("^Service")).click()
    page.get_by_role("option", name="Loop APIkey", exact=True).click()
    page.get_by_role("radio", name=re.compile("95943")).wait_for()
    if page.get_by_role("radio", name=re.compile("95943")).get_attribute("aria-checked") != "true":
        page.get_by_role("radio", name=re.compile("95943")).click()
    shot("keys")
    page.get_by_role("button", name="Create API key").click()
    dialog = page.get_by_role("dialog", name="Create API key")
    dialog.get_by_label("Name").fill(key)
    dialog.get_by_role("button", name="Create").click()
    made = page.get_by_role("alert").filter(has_text=f"API key {key} created")
    made.wait_for()
    shot("created")
    values = (page.get_by_label("Key ID").input_value(), page.get_by_label("Secret").input_value())
    item = page.get_by_role("listitem").filter(has_text=key)
    _next_until(page, item, page.get_by_role("button", name="Go to next page"))
    item.get_by_role("button", name="Actions").click()
    item.get_by_role("menuitem", name="Revoke").click()
    dialog = page.get_by_role("dialog", name="Revoke API key?")
    shot("confirm")
    dialog.get_by_role("button", name="Revoke").click()
    page.get_by_text(f"API key {key} revoked.").wait_for()
    shot("revoked")
    return values


@flow("b2/antd")
def antd(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Adresse e-mail*").fill(ADMIN[0])
    page.get_by_role("button", name="Continuer").click()
    page.get_by_label("Mot de passe*").fill(ADMIN[1])
    shot("signin")
    page.get_by_role("button", name="Continuer").click()
    page.get_by_role("dialog", name="Ce site web utilise des cookies").wait_for()
    shot("consent")
    page.get_by_role("button", name="Refuser").click()
    page.get_by_role("menuitem", name=re.compile("^Administration")).click()
    page.get_by_role("menuitem", name="Clés d'API").click()
    tiers = page.get_by_role("combobox", name="Tiers")
    if "95943" not in tiers.inner_text():
        tiers.click()
        page.get_by_role("option", name=re.compile("^95943")).click()
    shot("keys")
    page.get_by_role("button", name="+ Nouvelle clé").click()
    drawer = page.get_by_role("dialog", name="Nouvelle clé d'API")
    drawer.get_by_role("combobox", name="Service").click()
    drawer.get_by_role("option", name="Loop APIkey", exact=True).click()
    drawer.get_by_label("Libellé de la clé").fill(key)
    drawer.get_by_role("button", name="Créer").click()
    made = page.get_by_role("dialog", name="✔ Clé d'API créée")
    made.wait_for()
    made.get_by_role("button", name="Afficher le secret").click()
    shot("created")
    values = _values(made.inner_text())
    made.get_by_role("button", name="J'ai copié ma clé").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("cell", name=key, exact=True))
    row.get_by_role("button", name="Révoquer").click()
    shot("confirm")
    row.get_by_role("button", name="OK").click()
    page.get_by_text(f"Clé « {key} » révoquée").wait_for()
    shot("revoked")
    return values


@flow("b2/fluent")
def fluent(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Email, phone, or Skype").fill(ADMIN[0])
    page.get_by_role("button", name="Next").click()
    page.get_by_label("Password").fill(ADMIN[1])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Help us protect your account").wait_for()
    shot("interrupt")
    page.get_by_role("button", name="Skip for now").click()
    nav = page.get_by_role("navigation", name="Navigation")
    nav.get_by_role("button", name="… Show all").click()
    nav.get_by_role("button", name="Settings").click()
    shot("nav")
    nav.get_by_role("link", name="API keys").click()
    page.get_by_role("combobox", name="Service").click()
    page.get_by_role("option", name="Loop APIkey", exact=True).click()
    page.get_by_role("tab", name="FUTUROSCOPE CEDEX").click()
    shot("keys")
    page.get_by_role("button", name="+ Add API key").click()
    panel = page.get_by_role("dialog", name="Add an API key")
    panel.get_by_label("Display name").fill(key)
    panel.get_by_role("button", name="Add").click()
    made = page.get_by_role("dialog", name="Save your client secret")
    made.wait_for()
    shot("created")
    values = (
        made.get_by_label("Client ID", exact=True).input_value(),
        made.get_by_label("Client secret", exact=True).input_value(),
    )
    made.get_by_role("button", name="Done").click()
    row = page.get_by_role("row").filter(has=page.get_by_role("gridcell", name=key, exact=True))
    row.get_by_role("checkbox", name="Select row").click()
    page.get_by_role("toolbar", name="Commands").get_by_role("button", name="⊘ Revoke").click()
    shot("confirm")
    page.get_by_role("dialog", name="Revoke API key?").get_by_role("button", name="Revoke").click()
    page.get_by_text(f"Revoked 1 API key: {key}").wait_for()
    shot("revoked")
    return values


@flow("b2/clarity")
def clarity(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_placeholder("utilisateur@domaine.fr").fill(ADMIN[0])
    page.get_by_placeholder("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Connexion").click()
    nav = page.get_by_role("navigation", name="Navigation secondaire")
    nav.get_by_role("button", name="Services en ligne").click()
    nav.get_by_role("link", name="Loop APIkey", exact=True).click()
    page.get_by_role("button", name=re.compile("95943")).click()
    shot("service")
    page.get_by_role("link", name="Gérer les clés d'accès").click()
    grid = page.get_by_role("grid", name="Clés d'accès")
    grid.and_(page.locator("[aria-busy=false]")).wait_for()
    shot("keys")
    page.get_by_role("button", name="Nouvelle clé d'accès").click()
    wizard = page.get_by_role("dialog", name="Nouvelle clé d'accès")
    wizard.get_by_label("Nom de la clé").fill(key)
    wizard.get_by_role("button", name="Suivant").click()
    wizard.get_by_role("button", name="Générer").click()
    made = page.get_by_role("region", name="Clé générée")
    made.wait_for()
    shot("created")
    values = _values(made.inner_text())
    row = page.get_by_role("row").filter(has=page.get_by_role("gridcell", name=key, exact=True))
    grid.and_(page.locator("[aria-busy=false]")).wait_for()
    while not row.count():
        page.get_by_role("button", name="Page suivante").click()
        page.wait_for_timeout(300)
        grid.and_(page.locator("[aria-busy=false]")).wait_for()
    row.get_by_role("button", name="Actions disponibles").click()
    row.get_by_role("menuitem", name="Révoquer la clé").click()
    shot("confirm")
    page.get_by_role("dialog", name="Révoquer la clé ?").get_by_role("button", name="Révoquer").click()
    page.get_by_text(f"Clé d'accès « {key} » révoquée.").wait_for()
    shot("revoked")
    return values


@flow("b2/polaris")
def polaris(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Username", exact=True).fill(ADMIN[0])
    page.get_by_label("Password", exact=True).fill(ADMIN[1])
    shot("signin")
    page.get_by_role("button", name="Sign On").click()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Cegid Connect").click()
    app = page.frame_locator('iframe[title="Cegid Connect"]')
    item = app.get_by_role("listitem").filter(has_text="95943")
    item.get_by_role("link", name="Loop APIkey", exact=True).click()
    app.get_by_role("heading", name="Loop APIkey").wait_for()
    shot("keys")
    app.get_by_role("button", name="Create key").click()
    dialog = app.get_by_role("dialog", name="Create an API key")
    dialog.get_by_label("Key name").fill(key)
    dialog.get_by_role("button", name="Create key").click()
    made = app.get_by_role("region", name=f"Save your credentials for {key}")
    made.wait_for()
    shot("created")
    values = (made.get_by_label("Access key").input_value(), made.get_by_label("Secret key").input_value())
    row = app.get_by_role("listitem").filter(has_text=key)
    _next_until(app, row, app.get_by_role("link", name="Next"))
    row.get_by_role("button", name="More actions").click()
    row.get_by_role("button", name="Revoke key").click()
    shot("confirm")
    app.get_by_role("dialog", name=f"Revoke {key}?").get_by_role("button", name="Revoke key").click()
    app.get_by_text(f"Key {key} revoked").wait_for()
    shot("revoked")
    return values


@flow("b2/govuk")
def govuk(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Email, phone, or Skype").fill(ADMIN[0])
    page.get_by_label("Password").fill(ADMIN[1])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name="Reject analytics cookies").click()
    page.get_by_role("button", name="Hide cookie message").click()
    page.get_by_role("button", name="Start now ›").click()
    page.get_by_role("link", name="Loop APIkey", exact=True).click()
    page.get_by_label("FUTUROSCOPE CEDEX (95943)").check()
    shot("organisation")
    page.get_by_role("button", name="Continue").click()
    shot("keys")
    page.get_by_role("button", name="Create an API key").click()
    page.get_by_label("What do you want to call this key?").fill(key)
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("heading", name="API key created").wait_for()
    shot("created")
    values = _values(" ".join(page.get_by_role("definition").all_inner_texts()))
    page.get_by_role("link", name=f"Revoke {key}", exact=True).click()
    shot("confirm")
    page.get_by_role("button", name="Yes, revoke this key").click()
    page.get_by_text(f"You revoked {key}").wait_for()
    shot("revoked")
    return values


@flow("b2/bootstrap")
def bootstrap(page: Page, sim: Sim, key: str, shot: Shot = _noshot) -> tuple[str, str]:
    page.goto(sim.portal_url)
    page.get_by_label("Nom d'utilisateur").fill(ADMIN[0])
    page.get_by_role("button", name="Suivant").click()
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Vérifier").click()
    page.get_by_role("dialog", name="Nous respectons votre vie privée").wait_for()
    shot("consent")
    page.get_by_role("button", name="Continuer sans accepter →").click()
    page.get_by_role("button", name="Afficher la navigation").click()
    menu = page.get_by_role("dialog", name="Menu")
    menu.get_by_role("button", name="Paramètres").click()
    shot("menu")
    menu.get_by_role("link", name="Connectivité").click()
    page.get_by_role("tab", name="Développeurs").click()
    page.get_by_label("Service").select_option(label="Loop APIkey")
    page.get_by_label("Société").select_option(value="95943")
    page.get_by_role("button", name="Appliquer").click()
    shot("keys")
    page.get_by_role("button", name="Générer un jeton").click()
    dialog = page.get_by_role("dialog", name="Générer un jeton d'API")
    dialog.get_by_label("Nom du jeton").fill(key)
    dialog.get_by_role("button", name="Générer le jeton").click()
    made = page.get_by_role("dialog", name=f"Votre jeton « {key} »")
    made.wait_for()
    shot("created")
    values = (made.get_by_label("Identifiant").input_value(), made.get_by_label("Jeton secret").input_value())
    made.get_by_label("J'ai enregistré ce jeton en lieu sûr").check()
    made.get_by_role("button", name="Continuer").click()
    tokens = page.get_by_role("list", name="Jetons")
    tokens.and_(page.locator("[aria-busy=false]")).wait_for()
    item = tokens.get_by_role("listitem").filter(has=page.get_by_text(key, exact=True))
    while not item.count():
        page.get_by_role("button", name="Charger plus").click()
        page.wait_for_timeout(300)
        tokens.and_(page.locator("[aria-busy=false]")).wait_for()
    item.get_by_role("button", name="Options du jeton").click()
    item.get_by_role("button", name="Supprimer").click()
    shot("confirm")
    page.get_by_role("dialog", name="Supprimer le jeton ?").get_by_role("button", name="Supprimer").click()
    page.get_by_text(f"Le jeton « {key} » a été supprimé.").wait_for()
    shot("revoked")
    return values
