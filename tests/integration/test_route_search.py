"""The way search (route.py) in a real Chromium, on small sites of its own served at an https
address: a view it has explored (an address and the controls it shows) is not explored again from
as deep or deeper, so a "Accueil" link back to the first page spends one click, not a subtree; a
gate (a page between the sign-in and the portal that asks which account, with nothing to fill) is
passed by the account asked for even where its buttons post, and nowhere else is a form posted."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import RouteFinder
from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.browser import BrowserSession
from tests.support.simulator import CHROMIUM

pytestmark = pytest.mark.integration

NAV = '<nav><a href="/">Accueil</a> <a href="/actualites">Actualités</a> <a href="/factures">Factures</a></nav>'
PAGES = {
    "/": "<h1>Bienvenue</h1>",
    "/actualites": "<h1>Actualités</h1><p>Rien de neuf.</p>",
    "/factures": '<h1>Factures</h1><a href="/factures/2026">Factures 2026</a>',
    "/factures/2026": "<h1>Factures 2026</h1>",
}


def _serve(route: t.Any) -> None:
    path = route.request.url.split("portal.test", 1)[1].split("?", 1)[0]
    body = PAGES.get(path)
    if body is None:
        route.fulfill(status=404, body="")
        return
    html = (
        f'<!doctype html><html lang="fr"><head><title>Espace</title></head><body>{NAV}<main>{body}</main></body></html>'
    )
    route.fulfill(content_type="text/html; charset=utf-8", body=html)


def test_a_view_already_explored_is_not_explored_again() -> None:
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        page = browser.page
        assert page is not None
        page.route("https://portal.test/**", _serve)
        page.goto("https://portal.test/")
        finder = RouteFinder(page, Labels(), 5, service="Loop APIkey", tiers=None, at_key_page=lambda via: False)
        with pytest.raises(NotFoundError, match="no way to the key page"):
            finder.find()
    tried = finder.tried
    # Every page was looked at, the one two levels down included...
    assert any(path.endswith("link 'Factures 2026'") for path in tried), tried
    # ...and nothing was tried past a click that led back to a view already explored.
    assert not [path for path in tried if "link 'Accueil' >" in path], tried


PICKER = """<!doctype html><html lang="fr"><head><title>Entreprise</title></head><body><main>
<h1>Sur quelle entreprise souhaitez-vous travailler ?</h1><form method="post" action="/choix">
<input type="{field}" aria-label="Rechercher une entreprise">
<button name="suite" value="86360">CHASSENEUIL DU POITOU <small>SIC 86360</small></button>
<button name="suite" value="95943">FUTUROSCOPE CEDEX <small>SIC 95943</small></button>
</form></main></body></html>"""


class _Picker:
    """A company picker that posts, then each company's page with a link to its keys."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.posted: list[str] = []

    def __call__(self, route: t.Any) -> None:
        path = route.request.url.split("portal.test", 1)[1]
        if route.request.method == "POST":
            chosen = (route.request.post_data or "").rsplit("=", 1)[-1]
            self.posted.append(chosen)
            body = f'<h1>Entreprise {chosen}</h1><a href="/e/{chosen}/cles">Clés d&#39;API</a>'
        elif path == "/":
            body = PICKER.format(field=self.field)
        else:
            body = "<h1>Clés</h1>"
        route.fulfill(content_type="text/html; charset=utf-8", body=f"<!doctype html><html><body>{body}</body></html>")


@pytest.mark.parametrize("field", ["search", "text"])
def test_a_gate_is_passed_by_the_account_asked_for_and_a_form_is_posted_nowhere_else(field: str) -> None:
    """b6/pennylane. With a text field to fill (not a search among the companies) it is no gate."""
    picker = _Picker(field)
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        page = browser.page
        assert page is not None
        page.route("https://portal.test/**", picker)
        page.goto("https://portal.test/")
        finder = RouteFinder(
            page, Labels(), 5, service="Loop APIkey", tiers="95943", at_key_page=lambda via: page.url.endswith("/cles")
        )
        if field == "text":
            with pytest.raises(NotFoundError, match="no way to the key page"):
                finder.find()
            assert picker.posted == []
            return
        arrival = finder.find()
    assert picker.posted == ["95943"], finder.tried
    assert [s["name"] for s in arrival.steps] == ["FUTUROSCOPE CEDEX SIC 95943", "Clés d'API"]


# A settings page whose side menu has four collapsed groups, under a bar shown on every page whose
# "Projets" names where services are listed (b10/sellsy's shape, written here from its message).
_GROUPS = {
    "Mon compte": ["Profil", "Notifications", "Préférences"],
    "Société": ["Informations légales", "Utilisateurs et droits", "Abonnement"],
    "Ventes & facturation": ["Numérotation des documents", "Taxes", "Modèles de documents"],
    "Intégrations": ["{last}", "Webhooks", "Marketplace"],
}
_MENU_SCRIPT = (
    "<script>document.querySelectorAll('button[aria-expanded]').forEach(b => b.addEventListener('click', () => {"
    "b.setAttribute('aria-expanded', 'true'); document.getElementById(b.getAttribute('aria-controls')).hidden = false;"
    "}));</script>"
)


def _settings_site(last: str) -> t.Callable[[t.Any], None]:
    """The site, with `last` as the first item of the last group; its page leads to the keys (a link
    'Clés d'API' to /cles) when it is 'Outils' (a name that says nothing of keys), or is the key page
    itself ('Portail API')."""

    def serve(route: t.Any) -> None:
        path = route.request.url.split("portal.test", 1)[1].split("?", 1)[0]
        links = '<nav><a href="/">Accueil</a> <a href="/projets">Projets</a> <a href="/parametres">Paramètres</a></nav>'
        if path == "/parametres":
            groups = "".join(
                f'<button aria-expanded="false" aria-controls="g{i}">{title}</button>'
                f'<ul id="g{i}" hidden>'
                + "".join(f'<li><a href="/p/{i}-{n}">{item.format(last=last)}</a></li>' for n, item in enumerate(items))
                + "</ul>"
                for i, (title, items) in enumerate(_GROUPS.items())
            )
            body = f'<aside><nav aria-label="Paramètres">{groups}</nav></aside><h1>Paramètres</h1>{_MENU_SCRIPT}'
        elif path == "/":
            body = "<h1>Tableau de bord</h1>"
        elif path == "/p/3-0":
            body = f"<h1>{last}</h1>" + ('<a href="/cles">Clés d&#39;API</a>' if last == "Outils" else "")
        else:
            body = f"<h1>Page {path}</h1><p>Rien ici.</p>"
        head = '<!doctype html><html lang="fr"><head><title>Espace</title></head>'
        route.fulfill(
            content_type="text/html; charset=utf-8", body=f"{head}<body>{links}<main>{body}</main></body></html>"
        )

    return serve


@pytest.mark.parametrize("last", ["Portail API", "Outils"])
def test_a_side_menus_last_group_is_reached_within_the_clicks(last: str) -> None:
    """Going back along the way to try the next item costs no click of the budget, and the bar's
    'Projets' is not clicked again from every page under it. 'Portail API' says API: tried before the
    other items of the menu; 'Outils' says nothing: found after trying the items before it."""
    with BrowserSession(executable=CHROMIUM, headless=True, timeout_s=10, validate_certs=True) as browser:
        page = browser.page
        assert page is not None
        page.route("https://portal.test/**", _settings_site(last))
        page.goto("https://portal.test/")
        target = "/p/3-0" if last == "Portail API" else "/cles"
        finder = RouteFinder(
            page, Labels(), 15, service="Loop APIkey", tiers=None, at_key_page=lambda via: page.url.endswith(target)
        )
        arrival = finder.find()
    names = [s["name"] for s in arrival.steps]
    assert names[0] == "Paramètres" and names[-1] == ("Portail API" if last == "Portail API" else "Clés d'API"), names
    assert sum(1 for path in finder.tried if path.endswith("link 'Projets'")) == 1, finder.tried
    if last == "Portail API":
        # Right after the groups were opened: nothing else of the menu was tried first.
        assert not [p for p in finder.tried if "'Profil'" in p or "'Taxes'" in p], finder.tried
