"""The simulator over plain HTTP: sign-in, pages, keys, CSRF, Loop API, admin endpoints."""

from __future__ import annotations

import hashlib
import html
import json
import re
import time
import typing as t
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.simulator import ADMIN, Client, Page, Sim, SimFactory, sim_defaults

USER = ("user@futuroscope.example", "User-Demo-2026!")
ACME = ("admin@acme.example", "Acme-Demo-2026!")
LOOP = "/catalogue/services/1/cles"  # Loop APIkey is the first seeded service
DEFAULTS = sim_defaults()


@pytest.fixture(scope="module")
def sim(module_sim_factory: SimFactory) -> Sim:
    return module_sim_factory()


@pytest.fixture
def admin(sim: Sim) -> Client:
    client = Client(sim)
    assert "<title>Accueil - CegidLife</title>" in client.sign_in().text
    return client


def loop_api(sim: Sim, header: str | None, resource: str = "Dossiers") -> tuple[int, dict[str, t.Any]]:
    req = urllib.request.Request(
        f"{sim.portal_url}/loop-api-publiques/{resource}", headers={"x-apikey": header} if header is not None else {}
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def generate(client: Client, name: str, path: str = LOOP + "?tiers=95943") -> t.Any:
    page = client.get(path)
    return client.submit(page, page.form("/generer"), nom_cle=name)


def panel_values(page: t.Any) -> tuple[str, str]:
    ident = re.search(r"Identifiant de la clé d'API :</span>\s*<code[^>]*>([A-Z0-9]{25})</code>", page.plain)
    secret = re.search(r"Secret de la clé d'API :</span>\s*<code[^>]*>([A-Za-z0-9+/]{43}=)</code>", page.plain)
    assert ident and secret, "no credentials panel"
    return ident.group(1), secret.group(1)


def test_unsigned_visit_goes_to_sso_sign_in(sim: Sim) -> None:
    client = Client(sim)
    first = client.get("/catalogue?type=en-ligne", follow=False)
    assert first.status == 302
    location = first.headers["Location"]
    assert location.startswith(sim.sso_url + "/adfs/ls/?")
    assert parse_qs(urlsplit(location).query)["wctx"] == ["/catalogue?type=en-ligne"]
    page = client.get(location)
    assert "<title>Connexion - CegidLife</title>" in page.text
    assert "<h1>Connexion</h1>" in page.text
    assert '<label for="userNameInput">Adresse e-mail</label>' in page.text
    assert 'type="email"' in page.text and 'type="password"' in page.text
    assert '<label for="passwordInput">Mot de passe</label>' in page.text
    assert ">Se connecter</button>" in page.text
    assert page.form("/ls/")["fields"]["csrf_token"]
    # Sign-in lands back on the page first asked for.
    landed = client.sign_in(start="/catalogue?type=en-ligne")
    assert "<title>Catalogue de services - CegidLife</title>" in landed.text


@pytest.mark.parametrize("email", [ADMIN[0], "nobody@futuroscope.example"])
def test_bad_credentials_show_one_alert_and_never_echo_password(sim: Sim, email: str) -> None:
    page = Client(sim).sign_in(email, "Wrong-Pass-4242")
    assert '<p class="msg msg-error" role="alert">Identifiant ou mot de passe incorrect.</p>' in page.text
    assert "Wrong-Pass-4242" not in page.text
    assert "<title>Connexion - CegidLife</title>" in page.text


def test_sign_in_code_is_single_use(sim: Sim) -> None:
    client = Client(sim)
    page = client.get("/")
    page = client.submit(page, page.form("/ls/"), UserName=ADMIN[0], Password=ADMIN[1])
    hand_back = page.form("/auth/callback")
    assert hand_back["method"] == "post" and hand_back["fields"]["code"]
    assert "<title>Accueil - CegidLife</title>" in client.submit(page, hand_back).text
    replay = Client(sim).post(hand_back["action"], hand_back["fields"], follow=False)
    assert replay.status == 400


def test_two_step_sign_in(sim: Sim) -> None:
    sim.config(login="two-step")
    try:
        client = Client(sim)
        first = client.get("/")
        assert ">Suivant</button>" in first.text and 'type="password"' not in first.text
        second = client.submit(first, first.form("/ls/"), UserName=ADMIN[0])
        assert ADMIN[0] in second.text and '<label for="passwordInput">Mot de passe</label>' in second.text
        wrong = client.submit(second, second.form("/ls/"), Password="nope")
        assert "Identifiant ou mot de passe incorrect." in wrong.text and 'type="password"' in wrong.text
        done = client.submit(wrong, wrong.form("/ls/"), Password=ADMIN[1])
        assert "<title>Accueil - CegidLife</title>" in client.submit(done, done.form("/auth/callback")).text
    finally:
        sim.config(login="one-step")


def test_home_and_profile_menu(admin: Client) -> None:
    page = admin.get("/")
    assert "<title>Accueil - CegidLife</title>" in page.text and "Bienvenue sur CegidLife" in page.text
    assert 'aria-label="Mon profil"' in page.text and 'aria-expanded="false"' in page.text
    assert re.search(r"data-profile-panel hidden>.*Catalogue de services</a>.*Se déconnecter", page.text, re.S)


def test_non_admin_has_no_catalogue(sim: Sim) -> None:
    client = Client(sim)
    home = client.sign_in(*USER)
    assert "Paul Durand" in home.text and "Se déconnecter" in home.text
    assert "Catalogue de services" not in home.text
    assert client.get("/catalogue").status == 403
    assert client.get(LOOP + "?tiers=95943").status == 403


def test_catalogue_filters_and_key_buttons(admin: Client) -> None:
    page = admin.get("/catalogue")
    assert '<label for="filtre-tiers">Tiers rattaché</label>' in page.text
    assert ">95943 FUTUROSCOPE CEDEX</option>" in page.text and ">86360 CHASSENEUIL DU POITOU</option>" in page.text
    for option in ("Tous les services", "Services en lignes", "Logiciels"):
        assert f">{option}</option>" in page.text
    assert "<caption>Services</caption>" in page.text and "Cegid Quadra Paie" in page.text
    online = admin.get("/catalogue?tiers=86360&type=en-ligne")
    assert "Cegid Quadra Paie" not in online.text and "Loop APIkey" in online.text
    assert online.text.count('aria-label="Gérer les clés d\'API"') == 4
    assert 'href="/catalogue/services/1/cles?tiers=86360"' in online.text
    software = admin.get("/catalogue?type=logiciel")
    assert "Cegid Loop<" in software.text and "Gérer les clés" not in software.text


def test_key_page_labels_and_seed_row(admin: Client) -> None:
    page = admin.get("/catalogue/services/4/cles?tiers=95943")
    text = page.plain
    assert "<title>Clés d'API - CegidLife</title>" in text
    for label in (
        "Retour au catalogue de services",
        "Critères de sélection",
        "Tiers rattaché : 95943 FUTUROSCOPE CEDEX",
        "Service : Gestion des Utilisateurs - Administration",
        "Statut de la clé d'API :",
        '<label for="statut-active">Active</label>',
        '<label for="statut-revoquee">Révoquée</label>',
        '<label for="filtre-nom">Nom de la clé d\'API :</label>',
        "Réinitialiser les critères",
        "Liste des clés d'API pour le service Gestion des Utilisateurs - Administration",
        '<label for="nouvelle-cle">Entrer le nom d\'une nouvelle clé :</label>',
        ">Générer</button>",
    ):
        assert label in text, label
    assert re.search(r"<td>Felix</td>\s*<td>23/01/2021 08:14</td>\s*<td>Deltumeau Vincent</td>", text)
    assert "title=\"Révoquer la clé d'API 'Felix'\">Révoquer</button>" in text


def test_generate_panel_once_then_loop_api_then_revoke(sim: Sim, admin: Client) -> None:
    shown = generate(admin, "Ansible <CI> & co")
    assert "La clé d'API 'Ansible <CI> & co' a été générée avec succès" in shown.plain
    assert "<CI>" not in shown.text  # escaped in the HTML
    assert "ne pourront plus jamais être affichées." in shown.plain
    assert 'role="status"' in shown.text and shown.text.count(">Copier</button>") == 2
    identifier, secret = panel_values(shown)
    assert ":" not in identifier + secret
    stored = next(k for k in sim.keys() if k["identifier"] == identifier)
    assert stored["name"] == "Ansible <CI> & co" and stored["status"] == "active"
    assert stored["secret_sha256"] == hashlib.sha256(secret.encode()).hexdigest()
    assert stored["created_by"] == "Deltumeau Vincent" and stored["tiers_code"] == "95943"
    assert "<td>Ansible <CI> & co</td>" in shown.plain
    again = admin.get(shown.url)
    assert "générée avec succès" not in again.text and secret not in again.text and identifier not in again.text
    assert "<td>Ansible <CI> & co</td>" in again.plain

    status, body = loop_api(sim, f"{identifier}:{secret}", "Dossiers/42")
    assert status == 200
    assert body == {
        "ok": True,
        "key": "Ansible <CI> & co",
        "service": "Loop APIkey",
        "tiers": "95943",
        "tiers_label": "FUTUROSCOPE CEDEX",
        "resource": "Dossiers/42",
    }

    revoke_form = next(f for f in again.forms() if f"/cles/{stored['id']}/revoquer" in f["action"])
    after = admin.submit(again, revoke_form)
    assert "<title>Clés d'API - CegidLife</title>" in after.plain
    assert "role=\"status\">La clé d'API 'Ansible <CI> & co' a été révoquée.</p>" in after.plain
    assert loop_api(sim, f"{identifier}:{secret}") == (401, {"error": "invalid api key"})
    assert next(k for k in sim.keys() if k["id"] == stored["id"])["status"] == "revoked"
    revoked = admin.get(LOOP + "?tiers=95943&criteres=1&statut=revoquee")
    assert re.search(r"<td>Ansible <CI> & co</td>.*?Révoquée le \d\d/\d\d/\d{4} \d\d:\d\d", revoked.plain, re.S)
    twice = admin.submit(again, revoke_form)
    assert "role=\"alert\">La clé d'API 'Ansible <CI> & co' est déjà révoquée." in twice.plain


def test_generate_rejects_blank_and_long_names(sim: Sim, admin: Client) -> None:
    before = len(sim.keys())
    for blank in ("", "   "):
        page = generate(admin, blank)
        assert 'role="alert">Veuillez saisir le nom de la clé d\'API.</p>' in page.plain
    page = generate(admin, "x" * 101)
    assert 'role="alert">Le nom de la clé d\'API ne doit pas dépasser 100 caractères.</p>' in page.plain
    assert len(sim.keys()) == before
    page = generate(admin, "y" * 100)
    assert "a été générée avec succès" in page.text
    # Names need not be unique.
    generate(admin, "twin")
    generate(admin, "twin")
    assert [k["name"] for k in sim.keys()].count("twin") == 2


def test_csrf_is_checked(sim: Sim, admin: Client) -> None:
    page = admin.get(LOOP + "?tiers=95943")
    form = page.form("/generer")
    before = len(sim.keys())
    missing = admin.post(
        form["action"], {k: v for k, v in form["fields"].items() if k != "csrf_token"} | {"nom_cle": "x"}
    )
    assert missing.status == 400 and "Jeton CSRF invalide" in missing.text
    wrong = admin.post(form["action"], form["fields"] | {"csrf_token": "forged", "nom_cle": "x"})
    assert wrong.status == 400 and "Jeton CSRF invalide" in wrong.text
    assert len(sim.keys()) == before
    sso = Client(sim)
    sign_in = sso.get("/")
    bad = sso.post(sign_in.url, sign_in.form("/ls/")["fields"] | {"csrf_token": "forged"})
    assert bad.status == 400 and "Jeton CSRF invalide" in bad.text


def test_loop_api_refuses_bad_keys(sim: Sim) -> None:
    planted = sim.plant_key(name="planted", service="Loop APIkey", tiers_code="86360")
    assert re.fullmatch(r"[A-Z0-9]{25}", planted["identifier"]) and re.fullmatch(
        r"[A-Za-z0-9+/]{43}=", planted["secret"]
    )
    good = f"{planted['identifier']}:{planted['secret']}"
    tampered = ("B" if planted["secret"][0] == "A" else "A") + planted["secret"][1:]
    assert loop_api(sim, good)[0] == 200
    for header in (
        None,
        "",
        planted["identifier"],
        f"{planted['identifier']}:",
        f":{planted['secret']}",
        f"{planted['identifier']}:{tampered}",
        f"{'0' * 25}:{planted['secret']}",
    ):
        assert loop_api(sim, header) == (401, {"error": "invalid api key"}), header
    revoked = sim.plant_key(name="old", status="revoked", created_at="2020-05-04T10:00:00")
    assert revoked["status"] == "revoked" and revoked["revoked_at"]
    assert loop_api(sim, f"{revoked['identifier']}:{revoked['secret']}")[0] == 401


def test_filters_and_order(sim: Sim, admin: Client) -> None:
    base = {"service": "Dématérialisation RH", "tiers_code": "86360"}
    sim.plant_key(name="alpha-old", created_at="2020-01-02T03:04:00", **base)
    sim.plant_key(name="Beta", created_at="2022-06-07T08:09:00", **base)
    sim.plant_key(
        name="ALPHA-gone", status="revoked", created_at="2021-01-01T00:00:00", revoked_at="2021-02-03T04:05:00", **base
    )
    path = "/catalogue/services/3/cles?tiers=86360"
    names = re.findall(r"<tr>\s*<td>([^<]+)</td>", admin.get(path).text)
    assert names == ["Beta", "alpha-old"]
    both = admin.get(path + "&criteres=1&statut=active&statut=revoquee&nom=Alpha")
    assert re.findall(r"<tr>\s*<td>([^<]+)</td>", both.text) == ["ALPHA-gone", "alpha-old"]
    assert 'id="filtre-nom" name="nom" value="Alpha"' in both.text
    assert "Révoquée le 03/02/2021 04:05" in both.plain  # planted as naive = server local time
    none = admin.get(path + "&criteres=1")
    assert '<td colspan="4">Aucune clé d\'API</td>' in none.plain


def test_single_tier_account_and_isolation(sim: Sim) -> None:
    client = Client(sim)
    client.sign_in(*ACME)
    page = client.get("/catalogue")
    assert "Tiers rattaché : 75008 ACME PARIS" in page.text and 'name="tiers">' not in page.text
    assert '<select id="filtre-tiers"' not in page.text
    assert client.get(LOOP + "?tiers=95943").status == 404
    own = client.get(LOOP + "?tiers=75008")
    assert "Tiers rattaché : 75008 ACME PARIS" in own.text
    felix = next(k for k in sim.keys() if k["name"] == "Felix")
    stolen = client.post(f"/catalogue/services/4/cles/{felix['id']}/revoquer", {"csrf_token": client.csrf(own)})
    assert stolen.status == 404
    assert next(k for k in sim.keys() if k["name"] == "Felix")["status"] == "active"


def test_config_endpoint(sim: Sim) -> None:
    current = sim.config()
    variants = ("login", "credentials", "confirm", "page_size", "layout", "session_ttl", "key_list", "session_cookie")
    assert {k: current[k] for k in variants} == {k: DEFAULTS[k] for k in variants}
    assert current["rendering"] == "classic"
    for bad in (
        {"layout": "fancy"},
        {"page_size": -1},
        {"page_size": "2"},
        {"nope": 1},
        {"key_list": "js"},
        {"key_list": None},
        {"session_cookie": "always"},
    ):
        with pytest.raises(urllib.error.HTTPError) as err:
            sim.config(**bad)
        assert err.value.code == 400
    assert sim.config(page_size=5)["page_size"] == 5
    assert sim.config(page_size=0) == current
    assert sim.config(key_list="client", session_cookie="rotate") == current | {
        "key_list": "client",
        "session_cookie": "rotate",
    }
    assert sim.config(key_list="server", session_cookie="fixed") == current


# key_list: client: the rows' JSON (group 2) and the revoke forms' hidden fields (group 1).
KEY_ROWS = re.compile(
    r"<script type=\"application/json\" data-key-rows data-revoke-fields='([^']*)'>(.*?)</script>", re.S
)


def test_key_list_client_sends_the_rows_as_json_only(sim: Sim, admin: Client) -> None:
    base = {"service": "Cegid File Exchange", "tiers_code": "86360"}
    active = sim.plant_key(name="json <row> & 'co'", created_at="2023-03-04T05:06:00", **base)
    dates = {"created_at": "2022-01-02T03:04:00", "revoked_at": "2022-02-03T04:05:00"}
    revoked = sim.plant_key(name="json-revoked", status="revoked", **dates, **base)
    path = "/catalogue/services/2/cles?tiers=86360&criteres=1&statut=active&statut=revoquee&nom=json"
    server = admin.get(path)
    assert "<td>json <row> & 'co'</td>" in server.plain and "data-key-rows" not in server.text
    sim.config(key_list="client")
    try:
        for layout, header, cell in (
            ("classic", '<th scope="col">Nom de la clé d\'API</th><th scope="col">Date de création</th>', "<td"),
            (
                "alt",
                '<span role="columnheader">Nom de la clé d\'API</span> <span role="columnheader">Date',
                'role="cell"',
            ),
        ):
            sim.config(layout=layout)
            page = admin.get(path)
            text = page.plain
            # Everything else is there, as server-side...
            for label in (
                header,
                "Nom de la clé d'API :",
                "Liste des clés d'API pour le service Cegid File Exchange",
                "Entrer le nom d'une nouvelle clé :",
                "Réinitialiser les critères",
            ):
                assert label in text, (layout, label)
            # ... but not one data row: the names are only in the JSON.
            assert cell not in page.text, layout
            outside = html.unescape(KEY_ROWS.sub("", page.text))
            for absent in ("json <row> & 'co'", "json-revoked", ">Révoquer<", 'title="Révoquer', "Révoquée le"):
                assert absent not in outside, (layout, absent)
            assert "Aucune clé d'API" not in text
            match = KEY_ROWS.search(page.text)
            assert match, layout
            rows = json.loads(match.group(2))
            assert rows == [
                {
                    "id": active["id"],
                    "name": "json <row> & 'co'",
                    "created": "04/03/2023 05:06",
                    "creator": "Deltumeau Vincent",
                    "active": True,
                    "revoked": None,
                    "revoke_url": f"/catalogue/services/2/cles/{active['id']}/revoquer",
                },
                {
                    "id": revoked["id"],
                    "name": "json-revoked",
                    "created": "02/01/2022 03:04",
                    "creator": "Deltumeau Vincent",
                    "active": False,
                    "revoked": "03/02/2022 04:05",
                    "revoke_url": None,
                },
            ]
            fields = json.loads(html.unescape(match.group(1)))
            assert fields == [
                ["csrf_token", admin.csrf(page)],
                ["criteres", "1"],
                ["statut", "active"],
                ["statut", "revoquee"],
                ["nom", "json"],
            ]
            assert "<row>" not in match.group(2)  # escaped for the <script> element
        # Empty list: an empty JSON list, no "no key" line in the HTML.
        empty = admin.get("/catalogue/services/2/cles?tiers=86360&criteres=1&nom=nothing-matches")
        nothing = KEY_ROWS.search(empty.text)
        assert nothing and nothing.group(2) == "[]"
        assert "Aucune clé d'API" not in empty.plain
        # The one-time panel is still server-rendered; no identifier or secret is in the JSON.
        sim.config(layout="classic")
        shown = generate(admin, "json-new", "/catalogue/services/2/cles?tiers=86360")
        identifier, secret = panel_values(shown)
        data = KEY_ROWS.search(shown.text)
        assert data and "json-new" in data.group(2)
        assert identifier not in data.group(0) and secret not in data.group(0)
        for stored in sim.keys():
            assert stored["identifier"] not in data.group(0) and stored["secret_sha256"] not in data.group(0)
    finally:
        sim.config(key_list="server", layout="classic")


def portal_cookie(client: Client) -> str:
    return next(c.value for c in client.jar if c.name == "cegidlife_portal")


def with_cookie(sim: Sim, value: str, path: str) -> Page:
    """One request from another client that replays a portal cookie value."""
    return Client(sim).get(path, follow=False, headers={"Cookie": f"cegidlife_portal={value}"})


def test_session_cookie_rotate_renews_the_id_on_every_answer(sim: Sim) -> None:
    path = LOOP + "?tiers=95943"
    sim.config(session_cookie="rotate")
    try:
        client = Client(sim)
        assert "<title>Accueil - CegidLife</title>" in client.sign_in().text
        first = portal_cookie(client)
        page = client.get(path, follow=False)
        assert page.status == 200
        second = portal_cookie(client)
        assert second != first
        set_cookie = page.headers["Set-Cookie"]
        assert set_cookie.startswith(f"cegidlife_portal={second};")
        assert {"Path=/", "HttpOnly", "SameSite=Lax"} <= {part.strip() for part in set_cookie.split(";")}
        # The previous value is dead at once: back to sign-in.
        old = with_cookie(sim, first, path)
        assert old.status == 302 and old.headers["Location"].startswith(sim.sso_url + "/adfs/ls/")
        # A form post rotates too, and the one-time panel follows the session to its new id.
        form = page.form("/generer")
        posted = client.request("POST", form["action"], {**form["fields"], "nom_cle": "rotated"}, follow=False)
        assert posted.status == 303 and "Set-Cookie" in posted.headers
        third = portal_cookie(client)
        assert third not in (first, second)
        assert with_cookie(sim, second, path).status == 302
        shown = client.get(posted.headers["Location"], follow=False)
        assert shown.status == 200 and "La clé d'API 'rotated' a été générée avec succès" in shown.plain
        # Not renewed: static files, admin endpoints, the Loop API, error answers.
        current = portal_cookie(client)
        for other in ("/static/sim.js", "/__sim__/health", "/loop-api-publiques/x", "/catalogue/services/99/cles"):
            answer = client.get(other, follow=False)
            assert "Set-Cookie" not in answer.headers, other
        assert portal_cookie(client) == current
        # The newest value works (and is renewed in turn).
        assert client.get(path, follow=False).status == 200 and portal_cookie(client) != current
    finally:
        sim.config(session_cookie="fixed")


def test_session_cookie_fixed_is_sent_once(sim: Sim, admin: Client) -> None:
    assert sim.config()["session_cookie"] == "fixed"
    cookie = portal_cookie(admin)
    page = admin.get(LOOP + "?tiers=95943", follow=False)
    assert page.status == 200 and "Set-Cookie" not in page.headers
    form = page.form("/generer")
    posted = admin.request("POST", form["action"], {**form["fields"], "nom_cle": "fixed"}, follow=False)
    assert posted.status == 303 and "Set-Cookie" not in posted.headers
    assert portal_cookie(admin) == cookie
    assert with_cookie(sim, cookie, LOOP + "?tiers=95943").status == 200


def test_sessions_expire_and_ttl(sim: Sim, admin: Client) -> None:
    path = LOOP + "?tiers=95943&criteres=1&statut=active&nom=zz"
    assert admin.get(path).status == 200
    assert sim.expire_sessions() >= 1
    bounced = admin.get(path, follow=False)
    assert bounced.status == 302 and "/adfs/ls/" in bounced.headers["Location"]
    assert parse_qs(urlsplit(bounced.headers["Location"]).query)["wctx"] == [path]
    back = admin.sign_in(start=path)
    assert "Critères de sélection" in back.text and urlsplit(back.url).path == LOOP
    # A form posted after expiry also goes to sign-in rather than failing on CSRF.
    form = back.form("/generer")
    sim.config(session_ttl=1)
    try:
        time.sleep(1.2)
        late = admin.post(form["action"], form["fields"] | {"nom_cle": "late"}, follow=False)
        assert late.status == 302 and "/adfs/ls/" in late.headers["Location"]
    finally:
        sim.config(session_ttl=3600)
    assert "late" not in [k["name"] for k in sim.keys()]


def test_logout(admin: Client) -> None:
    home = admin.get("/")
    form = home.form("/logout")
    out = admin.submit(home, form)
    assert "<title>Connexion - CegidLife</title>" in out.text


def test_request_log_keeps_secrets_out(sim: Sim) -> None:
    client = Client(sim)
    page = client.get("/?probe=query-value")
    page = client.submit(page, page.form("/ls/"), UserName=ADMIN[0], Password=ADMIN[1])
    code = page.form("/auth/callback")["fields"]["code"]
    client.submit(page, page.form("/auth/callback"))
    shown = generate(client, "log-check")
    identifier, secret = panel_values(shown)
    csrf = client.csrf(shown)
    cookies = [c.value for c in client.jar]
    log = sim.log_text()
    assert '"POST /auth/callback" 302' in log and '"GET /adfs/ls/" 200' in log
    for leak in (ADMIN[1], code, secret, csrf, "query-value", *cookies):
        assert leak not in log
    assert identifier not in log


def test_admin_json(sim: Sim) -> None:
    keys = sim.keys()
    felix = next(k for k in keys if k["name"] == "Felix")
    assert set(felix) == {
        "id",
        "name",
        "service",
        "tiers_code",
        "tiers_label",
        "status",
        "created_at",
        "created_by",
        "identifier",
        "secret_sha256",
        "revoked_at",
    }
    assert (
        felix["service"] == "Gestion des Utilisateurs - Administration" and felix["created_by"] == "Deltumeau Vincent"
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        sim.plant_key(name="x", service="Cegid Nothing")
    assert err.value.code == 400
    form_post = urllib.request.Request(sim.portal_url + "/__sim__/keys", data=b"name=x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(form_post, timeout=10)
    assert err.value.code == 415
