"""Fault injection: each switch of the simulator's config, mostly over plain HTTP.

One simulator for the module; every test starts with all faults off (``sim.reset_faults()``)
and only touches the variants it restores. Timing checks are lower bounds only (the machine
may be slow, never faster than a sleep).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import typing as t
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyotp
import pytest

from tests.support.simulator import ADMIN, SIM_DIR, Client, Page, Sim, SimFactory, sim_defaults

USER = ("user@futuroscope.example", "User-Demo-2026!")
LOOP = "/catalogue/services/1/cles"  # Loop APIkey is the first seeded service
KEYS = LOOP + "?tiers=95943"
PANEL = "a été générée avec succès"
UNAVAILABLE = "<h1>Service indisponible</h1>"


@pytest.fixture(scope="module")
def sim(module_sim_factory: SimFactory) -> Sim:
    return module_sim_factory()


@pytest.fixture(autouse=True)
def no_faults(sim: Sim) -> t.Iterator[None]:
    sim.reset_faults()
    yield
    sim.reset_faults()


@pytest.fixture
def admin(sim: Sim) -> Client:
    client = Client(sim)
    assert "<title>Accueil - CegidLife</title>" in client.sign_in().text
    return client


def generate(client: Client, name: str, *, follow: bool = True) -> Page:
    page = client.get(KEYS)
    form = page.form("/generer")
    return client.request("POST", form["action"], {**form["fields"], "nom_cle": name}, follow=follow)


def key_named(sim: Sim, name: str) -> dict[str, t.Any]:
    found = [k for k in sim.keys() if k["name"] == name]
    assert len(found) == 1, found
    return found[0]


class ShortSecretTOTP(pyotp.TOTP):
    """Recent pyotp (2.12) refuses secrets under 112 bits; the simulator's default one has 80."""

    min_secret_length_bits = 0


def wrong_code(secret: str) -> str:
    """A 6-digit code that is valid in no step near now."""
    totp = pyotp.TOTP(secret)
    now = time.time()
    valid = {totp.at(now + d) for d in (-90, -60, -30, 0, 30, 60, 90)}
    code = int(totp.now())
    while f"{code:06d}" in valid:
        code = (code + 1) % 1_000_000
    return f"{code:06d}"


def admin_post(sim: Sim, path: str, body: t.Any) -> tuple[int, str]:
    req = urllib.request.Request(
        sim.portal_url + path,
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


# -- config -------------------------------------------------------------------------------------
def test_fault_switches_default_off_and_bad_values_are_refused(sim: Sim) -> None:
    cfg = sim.config()
    faults = sim_defaults("fault")
    assert set(faults) == {
        "slow_ms",
        "slow_pages",
        "fail_next",
        "error_every",
        "fail_post_after_commit",
        "drop_next",
        "expire_after_requests",
        "panel_fails",
        "panel_fails_for",
        "generate_word",
        "key_quota",
        "panel_alert_for",
        "revoke_fails_for",
        "mfa",
        "totp_secrets",
        "lockout_after",
        "loophub_declared",
        "loop_redirect",
    }
    assert {k: cfg[k] for k in faults} == faults
    # Off means off: nothing slowed, failed, dropped or asked.
    assert not any(v for k, v in faults.items() if k != "mfa") and faults["mfa"] == "none"
    for bad in (
        {"slow_ms": -1},
        {"slow_ms": 10**9},
        {"slow_pages": {"nowhere": 10}},
        {"slow_pages": ["keys"]},
        {"fail_next": {"page": "keys", "status": 404}},
        {"fail_next": {"page": "generate"}},
        {"fail_next": {"page": "keys", "count": -1}},
        {"drop_next": {"page": "x"}},
        {"error_every": True},
        {"fail_post_after_commit": 1},
        {"mfa": "sms"},
        {"totp_secrets": {ADMIN[0]: "not-base32!"}},
        {"lockout_after": "3"},
        {"loophub_declared": 7},
        {"totp": "yes"},
    ):
        status, text = admin_post(sim, "/__sim__/config", bad)
        assert status == 400, (bad, text)
        assert "not-base32" not in text  # a bad secret is never echoed
    # Shorthands: lists and "page:ms" strings, count defaults, totp alias.
    cfg = sim.config(slow_pages=["keys:20", "home:10"], fail_next={"page": "keys"}, drop_next="catalogue:2", totp=True)
    assert cfg["slow_pages"] == {"keys": 20, "home": 10}
    assert cfg["fail_next"] == {"page": "keys", "status": 503, "count": 1}
    assert cfg["drop_next"] == {"page": "catalogue", "count": 2}
    assert cfg["mfa"] == "totp"
    assert sim.config(fail_next={"page": "keys", "count": 0})["fail_next"] is None
    reset = sim.reset_faults()
    assert reset["slow_pages"] == {} and reset["drop_next"] is None and reset["mfa"] == "none"


# -- 1. slow --------------------------------------------------------------------------------------
def test_slow_ms_and_slow_pages_delay_answers(sim: Sim, admin: Client) -> None:
    sim.config(slow_pages={"keys": 700})
    start = time.monotonic()
    assert admin.get(KEYS).status == 200
    assert time.monotonic() - start >= 0.7
    sim.config(slow_pages={}, slow_ms=400)
    start = time.monotonic()
    assert admin.get("/").status == 200
    assert time.monotonic() - start >= 0.4
    # A page's own delay overrides slow_ms.
    sim.config(slow_pages={"catalogue": 600})
    start = time.monotonic()
    assert admin.get("/catalogue").status == 200
    assert time.monotonic() - start >= 0.6
    assert sim.stats()["faults"]["slowed"] >= 3


# -- 2. errors ------------------------------------------------------------------------------------
def test_fail_next_fails_n_gets_then_recovers(sim: Sim, admin: Client) -> None:
    sim.config(fail_next={"page": "keys", "status": 503, "count": 2})
    first = admin.get(KEYS)
    assert first.status == 503 and UNAVAILABLE in first.plain
    assert "<title>503 Service indisponible</title>" in first.text and "Mon profil" not in first.plain
    assert sim.config()["fail_next"] == {"page": "keys", "status": 503, "count": 1}
    assert admin.get("/").status == 200  # other pages are not affected
    assert admin.get(KEYS).status == 503
    assert sim.config()["fail_next"] is None
    assert admin.get(KEYS).status == 200


def test_fail_next_never_fails_a_post(sim: Sim, admin: Client) -> None:
    page = admin.get(KEYS)
    form = page.form("/generer")
    sim.config(fail_next={"page": "any", "status": 500, "count": 1})
    posted = admin.request(
        "POST", form["action"], {**form["fields"], "nom_cle": "posted-despite-fail-next"}, follow=False
    )
    assert posted.status == 303
    assert key_named(sim, "posted-despite-fail-next")["status"] == "active"
    after = admin.get(posted.headers["Location"])  # the redirect's GET takes the failure
    assert after.status == 500 and UNAVAILABLE in after.plain
    assert admin.get(KEYS).status == 200


def test_error_every_nth_portal_get_answers_502(sim: Sim, admin: Client) -> None:
    sim.config(error_every=3)
    statuses = [admin.get(path).status for path in ("/", "/catalogue", KEYS, "/", "/catalogue", KEYS)]
    assert statuses == [200, 200, 502, 200, 200, 502]
    sim.config(error_every=0)
    assert [admin.get("/").status for dummy in range(3)] == [200, 200, 200]


def test_fail_post_after_commit_creates_the_key_then_answers_502(sim: Sim, admin: Client) -> None:
    sim.config(fail_post_after_commit=True)
    answer = generate(admin, "uncertain-outcome", follow=False)
    assert answer.status == 502 and UNAVAILABLE in answer.plain
    assert key_named(sim, "uncertain-outcome")["status"] == "active"
    assert sim.config()["fail_post_after_commit"] is False  # one shot
    listed = admin.get(KEYS)
    assert "<td>uncertain-outcome</td>" in listed.plain and PANEL not in listed.plain  # the secret is lost
    assert PANEL in generate(admin, "after-uncertain").plain


# -- 3. dropped connections -------------------------------------------------------------------------
def test_drop_next_closes_the_connection_without_an_answer(sim: Sim, admin: Client) -> None:
    sim.config(drop_next={"page": "keys", "count": 1})
    with pytest.raises((urllib.error.URLError, ConnectionError)) as err:
        admin.get(KEYS)
    exc = err.value
    assert isinstance(exc, ConnectionError) or isinstance(getattr(exc, "reason", None), ConnectionError), repr(exc)
    assert sim.config()["drop_next"] is None
    assert admin.get(KEYS).status == 200  # the server is fine, the next request answers
    # A dropped "Générer" creates nothing (the drop happens before the work).
    page = admin.get(KEYS)
    form = page.form("/generer")
    sim.config(drop_next="generate")
    with pytest.raises((urllib.error.URLError, ConnectionError)):
        admin.request("POST", form["action"], {**form["fields"], "nom_cle": "never-created"}, follow=False)
    assert "never-created" not in [k["name"] for k in sim.keys()]
    assert sim.stats()["faults"]["dropped"] >= 2
    log = sim.log_text()
    assert '"GET /catalogue/services/1/cles" connection dropped (drop_next)' in log
    assert '"POST /catalogue/services/1/cles/generer" connection dropped (drop_next)' in log
    assert "Error on request" not in log + sim.stderr_file.read_text(encoding="utf-8")  # a quiet drop


# -- 4. session expiry between two steps ---------------------------------------------------------------
def test_expire_after_requests_sends_the_next_page_to_sign_in(sim: Sim, admin: Client) -> None:
    sim.config(expire_after_requests=2)
    assert admin.get("/").status == 200
    assert admin.get("/catalogue").status == 200
    assert sim.config()["expire_after_requests"] == 0
    bounced = admin.get(KEYS, follow=False)
    assert bounced.status == 302 and bounced.headers["Location"].startswith(sim.sso_url + "/adfs/ls/?")
    assert parse_qs(urlsplit(bounced.headers["Location"]).query)["wctx"] == [KEYS]
    back = admin.sign_in(start=KEYS)
    assert "Critères de sélection" in back.text
    assert all(admin.get(KEYS).status == 200 for dummy in range(3))  # one expiry only


# -- 5. many keys, several pages ------------------------------------------------------------------------
def test_bulk_keys_fill_several_pages(sim: Sim, admin: Client) -> None:
    status, dummy = admin_post(sim, "/__sim__/keys/bulk", {"count": 0})
    assert status == 400
    made = sim.bulk_keys(service="Loop APIkey", tiers_code="86360", prefix="bulk-", count=120)
    assert made["created"] == 120 and len(made["keys"]) == 120
    assert made["keys"][0]["name"] == "bulk-001" and made["keys"][-1]["name"] == "bulk-120"
    assert all(k["status"] == "active" and k["tiers_code"] == "86360" for k in made["keys"])
    sim.config(page_size=50)
    try:
        first = admin.get(LOOP + "?tiers=86360")
        assert "Page 1 / 3" in first.plain
        names = re.findall(r"<td>(bulk-\d{3})</td>", first.plain)
        assert len(names) == 50 and names[0] == "bulk-120" and names[-1] == "bulk-071"
        last = admin.get(LOOP + "?tiers=86360&criteres=1&statut=active&page=3")
        names = re.findall(r"<td>(bulk-\d{3})</td>", last.plain)
        assert "Page 3 / 3" in last.plain and len(names) == 20 and names[-1] == "bulk-001"
    finally:
        sim.config(page_size=0)


# -- 6. the one-time panel fails to render -------------------------------------------------------------
def test_panel_fails_creates_the_key_without_its_panel(sim: Sim, admin: Client) -> None:
    sim.config(panel_fails=1)
    page = generate(admin, "panel-lost")
    assert page.status == 200 and "<td>panel-lost</td>" in page.plain
    assert PANEL not in page.plain and "Secret de la clé d'API" not in page.plain
    assert key_named(sim, "panel-lost")["status"] == "active"
    assert sim.config()["panel_fails"] == 0
    assert "La clé d'API 'panel-back' a été générée avec succès" in generate(admin, "panel-back").plain


def test_key_quota_disables_generate_says_why_and_refuses_a_post(sim: Sim, admin: Client) -> None:
    # the quota counts the Active keys of the service in the page's tiers (other tests fill 86360)
    active = sum(
        1
        for k in sim.keys()
        if k["status"] == "active" and k["service"] == "Loop APIkey" and k["tiers_code"] == "95943"
    )
    sim.config(key_quota=active + 1)
    assert "quota-note" not in admin.get(KEYS).text  # under the quota: Générer as usual
    assert PANEL in generate(admin, "quota-last").plain
    page = admin.get(KEYS)
    assert '<button type="submit" class="btn btn-primary" disabled aria-describedby="quota-note">' in page.text
    assert f"Limite atteinte : {active + 1} clés actives sur {active + 1} autorisées." in page.plain
    refused = generate(admin, "quota-over")
    assert PANEL not in refused.plain and "Limite atteinte" in refused.plain
    assert not [k for k in sim.keys() if k["name"] == "quota-over"]
    assert sim.stats()["faults"]["key_quota"] == 1


# -- 8. second factor -----------------------------------------------------------------------------------
def test_totp_second_factor(sim: Sim) -> None:
    secret = pyotp.random_base32()
    sim.config(mfa="totp", totp_secrets={ADMIN[0]: secret})
    client = Client(sim)
    step = client.sign_in(start=KEYS)
    assert "<title>Vérification en deux étapes - CegidLife</title>" in step.text
    assert urlsplit(step.url).netloc == urlsplit(sim.sso_url).netloc  # a page of the sign-in origin
    assert "<h1>Vérification en deux étapes</h1>" in step.plain
    assert '<label for="codeInput">Code de vérification</label>' in step.plain and ">Vérifier</button>" in step.plain
    refused = client.verify_code(step, wrong_code(secret))
    assert '<p class="msg msg-error" role="alert">Code de vérification incorrect.</p>' in refused.plain
    assert client.get(KEYS, follow=False).status == 302  # not signed in yet
    landed = client.verify_code(refused, pyotp.TOTP(secret).now())
    assert "Critères de sélection" in landed.text and urlsplit(landed.url).path == LOOP
    # Without a secret of one's own, the documented default one.
    sim.config(totp_secrets={})
    other = Client(sim)
    step = other.sign_in()
    assert "Accueil" in other.verify_code(step, ShortSecretTOTP("JBSWY3DPEHPK3PXP").now()).text


def test_push_second_factor_waits_for_approval(sim: Sim) -> None:
    sim.config(mfa="push")
    client = Client(sim)
    waiting = client.sign_in()
    assert "<h1>Approbation requise</h1>" in waiting.plain
    assert "Approuvez la connexion dans l'application Cegid Authenticator" in waiting.plain
    assert '<meta http-equiv="refresh"' in waiting.text
    assert "Approbation requise" in client.get(waiting.url).plain  # never proceeds by itself
    assert sim.approve_mfa("nobody@example.test") == 0
    assert sim.approve_mfa(ADMIN[0]) == 1
    done = client.get(waiting.url)
    assert "data-autosubmit" in done.text
    assert "Accueil" in client.submit(done, done.form("/auth/callback")).text


# -- 9. lockout -----------------------------------------------------------------------------------------
def test_lockout_after_wrong_passwords_until_unlocked(sim: Sim) -> None:
    sim.config(lockout_after=3)
    # Success resets the count.
    for dummy in range(2):
        assert "Identifiant ou mot de passe incorrect." in Client(sim).sign_in(USER[0], "Wrong-1").plain
    assert "Accueil" in Client(sim).sign_in(*USER).text
    for dummy in range(3):
        assert "Identifiant ou mot de passe incorrect." in Client(sim).sign_in(USER[0], "Wrong-2").plain
    refused = Client(sim).sign_in(*USER)
    assert (
        '<p class="msg msg-error" role="alert">Compte verrouillé. Contactez votre administrateur.</p>' in refused.plain
    )
    assert "incorrect" not in refused.plain
    assert "Accueil" in Client(sim).sign_in(*ADMIN).text  # per user
    assert sim.unlock(USER[0]) == 1
    assert "Accueil" in Client(sim).sign_in(*USER).text
    status, dummy = admin_post(sim, "/__sim__/users/unlock", {"email": "nobody@example.test"})
    assert status == 404


# -- 10. stats ------------------------------------------------------------------------------------------
def test_stats_count_round_trips(sim: Sim) -> None:
    sim.reset_stats()
    client = Client(sim)
    client.sign_in()  # GET / (302), GET sign-in, POST sign-in, POST callback, GET /
    client.get(KEYS)
    stats = sim.stats()
    assert stats["pages"] == {
        "home": {"GET": 2},
        "signin": {"GET": 1, "POST": 1},
        "callback": {"POST": 1},
        "keys": {"GET": 1},
    }
    assert stats["methods"] == {"GET": 4, "POST": 2} and stats["total"] == 6
    assert stats["events"] == {"sign_ins_ok": 1, "portal_sign_ins": 1}
    before = sim.reset_stats()
    assert before["total"] == 6
    assert sim.stats()["total"] == 0 and sim.stats()["pages"] == {}


# -- the CLI ----------------------------------------------------------------------------------------------
def test_fault_flags_at_start(sim_factory: SimFactory) -> None:
    started = sim_factory(
        slow_ms=5,
        slow_pages="keys:50,home:10",
        fail_next="keys:502:2",
        error_every=5,
        fail_post_after_commit=True,
        drop_next="generate",
        expire_after_requests=4,
        panel_fails=2,
        totp_secret=["ci@example.test:JBSWY3DPEHPK3PXP"],
        lockout_after=3,
    )
    cfg = started.config()
    assert cfg["slow_ms"] == 5 and cfg["slow_pages"] == {"keys": 50, "home": 10}
    assert cfg["fail_next"] == {"page": "keys", "status": 502, "count": 2}
    assert cfg["drop_next"] == {"page": "generate", "count": 1}
    assert (
        cfg["error_every"],
        cfg["fail_post_after_commit"],
        cfg["expire_after_requests"],
        cfg["panel_fails"],
        cfg["lockout_after"],
    ) == (5, True, 4, 2, 3)
    assert cfg["mfa"] == "totp" and cfg["totp_secrets"] == {"ci@example.test": "JBSWY3DPEHPK3PXP"}


def test_bad_fault_flags_exit_2(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SIM_DIR))
    for args in (
        ["--fail-next", "keys:404"],
        ["--slow-pages", "nowhere:10"],
        ["--drop-next", "keys:x"],
        ["--totp-secret", "ci@example.test:S3CRET-NOT-B32!"],
        ["--mfa", "sms"],
    ):
        cmd = [sys.executable, "-m", "cegidlife_sim", "--port", "0", "--data", str(tmp_path / "x.db"), *args]
        proc = subprocess.run(
            cmd, check=False, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30
        )
        assert proc.returncode == 2, (args, proc.stderr)
        assert "READY" not in proc.stdout
        assert "S3CRET" not in proc.stderr


# -- in Chromium: the second-factor pages by label and role ---------------------------------------------
def test_totp_and_push_in_chromium(sim: Sim, page: t.Any) -> None:
    import playwright.sync_api as pw

    expect = pw.expect
    secret = pyotp.random_base32()
    sim.config(mfa="totp", totp_secrets={ADMIN[0]: secret})
    page.goto(sim.portal_url + "/")
    page.get_by_label("Adresse e-mail").fill(ADMIN[0])
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name="Vérification en deux étapes")).to_be_visible()
    page.get_by_role("textbox", name="Code de vérification").fill(wrong_code(secret))
    page.get_by_role("button", name="Vérifier").click()
    expect(page.get_by_role("alert")).to_have_text("Code de vérification incorrect.")
    page.get_by_role("textbox", name="Code de vérification").fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name="Vérifier").click()
    expect(page.get_by_role("heading", name="Bienvenue sur CegidLife")).to_be_visible()

    sim.config(mfa="push")
    sim.expire_sessions()
    page.goto(sim.portal_url + "/")
    page.get_by_label("Adresse e-mail").fill(ADMIN[0])
    page.get_by_label("Mot de passe").fill(ADMIN[1])
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name="Approbation requise")).to_be_visible()
    expect(page.get_by_text("Approuvez la connexion dans l'application Cegid Authenticator")).to_be_visible()
    assert sim.approve_mfa() == 1
    expect(page.get_by_role("heading", name="Bienvenue sur CegidLife")).to_be_visible(timeout=15_000)
