"""The simulator is no open door in a CI job: its admin endpoints refuse cross-site and rebound
requests, and its sign-in sends codes and users only back to the portal's own origin.

Real processes over HTTP (and one real Chromium), as a page of another site would reach them.
"""

from __future__ import annotations

import html
import http.server
import socket
import subprocess
import sys
import threading
import typing as t
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.support.simulator import ADMIN, SIM_DIR, Client, Page, Sim, SimFactory

EVIL = "evil.example"
REFUSED = "Demande de connexion refusée"
BAD_WCTX = ["/\t/evil.example", "//evil.example", "/\\evil.example", "/\n/evil.example", "https://evil.example/"]


@pytest.fixture(scope="module")
def sim(module_sim_factory: SimFactory) -> Sim:
    return module_sim_factory()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: t.Any, **kwargs: t.Any) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect())


def call(
    url: str, method: str = "GET", body: bytes | None = None, headers: t.Mapping[str, str] | None = None
) -> tuple[int, t.Mapping[str, str], str]:
    """One request, no redirect followed: (status, headers, body)."""
    req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
    try:
        resp = _OPENER.open(req, timeout=10)
    except urllib.error.HTTPError as exc:
        resp = exc
    with resp:
        return resp.status, dict(resp.headers), resp.read().decode("utf-8", "replace")


def free_port_pair() -> int:
    for dummy in range(20):
        with socket.socket() as a:
            a.bind(("127.0.0.1", 0))
            port = int(a.getsockname()[1])
        try:
            with socket.socket() as b:
                b.bind(("127.0.0.1", port + 1))
            return port
        except OSError:
            continue
    raise AssertionError("no free port pair")


def port_of(url: str) -> int:
    port = urllib.parse.urlsplit(url).port
    assert port is not None
    return port


def sign_in_url(sim: Sim, wreply: str | None = None, wctx: str | None = "/", base: str | None = None) -> str:
    query = {"wa": "wsignin1.0"}
    if wreply is not None:
        query["wreply"] = wreply
    if wctx is not None:
        query["wctx"] = wctx
    return f"{base or sim.sso_url}/adfs/ls/?" + urllib.parse.urlencode(query)


def submit_credentials(client: Client, page: Page) -> Page:
    return client.submit(page, page.form("/ls/"), UserName=ADMIN[0], Password=ADMIN[1])


# -- admin endpoints ------------------------------------------------------------------------------
def test_admin_posts_need_a_json_object(sim: Sim) -> None:
    """A form or text/plain POST (what a page of another site can send without a preflight),
    even an empty one, changes nothing; only application/json with a JSON object does."""
    sim.config(slow_ms=1)
    url = sim.portal_url + "/__sim__/faults/reset"
    for content_type, body, status in [
        ("application/x-www-form-urlencoded", b"", 415),
        ("application/x-www-form-urlencoded", b"slow_ms=0", 415),
        ("multipart/form-data; boundary=x", b"--x--\r\n", 415),
        ("text/plain", b"", 415),
        ("text/plain", b"{}", 415),
        (None, b"", 415),
        ("application/json", b"", 400),
        ("application/json", b"[]", 400),
        ("application/json", b"not json", 400),
    ]:
        got, dummy, text = call(url, "POST", body, {"Content-Type": content_type} if content_type else {})
        assert got == status, (content_type, body, text)
        assert sim.config()["slow_ms"] == 1, (content_type, body)  # nothing was reset
    assert sim.reset_faults()["slow_ms"] == 0  # the tools' way still works
    # Every POST endpoint is guarded the same way, before it acts.
    for path in ("/__sim__/sessions/expire", "/__sim__/mfa/approve", "/__sim__/users/unlock", "/__sim__/stats/reset"):
        assert call(sim.portal_url + path, "POST", b"", {"Content-Type": "text/plain"})[0] == 415, path
        assert call(sim.portal_url + path, "POST", b"{}", {"Content-Type": "application/json"})[0] == 200, path


def test_a_signed_in_session_survives_a_cross_site_form_post(sim: Sim) -> None:
    client = Client(sim)
    client.sign_in()
    form = {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://{EVIL}"}
    status, dummy, text = call(sim.portal_url + "/__sim__/sessions/expire", "POST", b"", form)
    assert status in (403, 415), text
    assert "<title>Accueil - CegidLife</title>" in client.get("/", follow=False).text  # still signed in


@pytest.mark.parametrize(
    "host", [f"{EVIL}:{{port}}", EVIL, "127.0.0.1.nip.io:{port}", "localhost:1", "a@127.0.0.1:{port}"]
)
def test_admin_endpoints_refuse_a_host_they_do_not_serve(sim: Sim, host: str) -> None:
    """DNS rebinding: a name of another site now pointing at 127.0.0.1 reaches the simulator
    with that name in its Host header; the admin endpoints answer it nothing."""
    header = {"Host": host.format(port=port_of(sim.portal_url))}
    status, dummy, text = call(sim.portal_url + "/__sim__/keys", headers=header)
    assert status == 403 and "secret_sha256" not in text, text
    changed = call(
        sim.portal_url + "/__sim__/config", "POST", b'{"slow_ms": 5}', {**header, "Content-Type": "application/json"}
    )
    assert changed[0] == 403
    assert sim.config()["slow_ms"] == 0


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}", "[::1]:{port}"])
def test_admin_endpoints_answer_their_own_hosts(sim: Sim, host: str) -> None:
    header = {"Host": host.format(port=port_of(sim.portal_url))}
    assert call(sim.portal_url + "/__sim__/health", headers=header)[0] == 200


def test_admin_endpoints_refuse_another_origin(sim: Sim) -> None:
    url = sim.portal_url + "/__sim__/config"
    body = b'{"slow_ms": 7}'
    for origin in (f"http://{EVIL}", "null", f"http://127.0.0.1:{port_of(sim.portal_url) + 7}", sim.sso_url):
        status, dummy, text = call(url, "POST", body, {"Content-Type": "application/json", "Origin": origin})
        assert status == 403, (origin, text)
    assert sim.config()["slow_ms"] == 0
    cross = {"Content-Type": "application/json", "Sec-Fetch-Site": "cross-site"}
    assert call(url, "POST", body, cross)[0] == 403
    assert sim.config()["slow_ms"] == 0
    own = {"Content-Type": "application/json", "Origin": sim.portal_url, "Sec-Fetch-Site": "same-origin"}
    assert call(url, "POST", body, own)[0] == 200
    assert sim.reset_faults()["slow_ms"] == 0


class _Page(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: t.Any) -> None:
        pass


def test_a_page_of_another_site_cannot_reset_the_faults_in_chromium(sim: Sim, page: t.Any) -> None:
    """A real browser on another site (localhost is not 127.0.0.1's site) posts an empty form
    and a text/plain fetch to the admin endpoints: neither changes anything."""
    reset = sim.portal_url + "/__sim__/faults/reset"
    handler = type(
        "AttackPage",
        (_Page,),
        {
            "body": (
                '<!doctype html><html><body><form id="f" method="post" action="' + html.escape(reset) + '"></form>'
                "<script>fetch(" + repr(reset) + ", {method: 'POST', mode: 'no-cors', body: '{}'})"
                ".finally(() => document.getElementById('f').submit());</script></body></html>"
            ).encode()
        },
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        sim.config(slow_ms=1)
        sim.reset_stats()
        with page.expect_navigation(url=reset):
            page.goto(f"http://localhost:{server.server_address[1]}/")
        assert "refused" in page.content() or "application/json" in page.content()
    finally:
        server.shutdown()
        server.server_close()
    assert sim.config()["slow_ms"] == 1
    assert sim.reset_faults()["slow_ms"] == 0


# -- sign-in: wreply ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "wreply",
    [
        f"http://{EVIL}/auth/callback",
        f"http://{EVIL}:{{port}}/auth/callback",
        "http://127.0.0.1:{port}@evil.example/auth/callback",
        "http://127.0.0.1:1/auth/callback",
        "http://127.0.0.1:{port}/auth/callback?next=x",
        "http://127.0.0.1:{port}/elsewhere",
        "javascript:alert(1)//127.0.0.1:{port}/auth/callback",
    ],
)
def test_sign_in_refuses_a_foreign_wreply(sim: Sim, wreply: str) -> None:
    wreply = wreply.format(port=port_of(sim.portal_url))
    client = Client(sim)
    first = client.get(sign_in_url(sim, wreply), follow=False)
    assert first.status == 400 and REFUSED in first.plain, first.text[-800:]
    assert "Location" not in first.headers and 'name="Password"' not in first.text
    # Posting the credentials with it (a form of another site) hands no code back either.
    good = client.get(sign_in_url(sim))
    fields = {**good.form("/ls/")["fields"], "wreply": wreply, "UserName": ADMIN[0], "Password": ADMIN[1]}
    posted = client.post(sim.sso_url + "/adfs/ls/", fields, follow=False)
    assert posted.status == 400 and REFUSED in posted.plain
    assert "data-autosubmit" not in posted.text and 'name="code"' not in posted.text


def test_sign_in_behind_a_public_url_hands_codes_only_to_the_portal(sim_factory: SimFactory) -> None:
    """--sso-public-url used to let any host have the code; it only says where sign-in is."""
    port = free_port_pair()
    sim = sim_factory(port=port, sso_port=port + 1, sso_public_url=f"http://localhost:{port + 1}")
    assert sim.sso_url == f"http://localhost:{port + 1}"
    client = Client(sim)
    for wreply in (f"http://{EVIL}:{port}/auth/callback", f"http://{EVIL}/auth/callback"):
        refused = client.get(sign_in_url(sim, wreply), follow=False)
        assert refused.status == 400 and REFUSED in refused.plain
        assert 'action="http://evil' not in refused.text
    # The portal's own sign-in still works through the public URL.
    assert "<title>Accueil - CegidLife</title>" in client.sign_in().text


def test_public_url_names_the_portal_for_sign_in_and_the_admin_endpoints(sim_factory: SimFactory) -> None:
    """A portal reached by a container name: --public-url makes that name its own."""
    port = free_port_pair()
    name = "cegidlife-sim.ci.test"
    sim = sim_factory(port=port, public_url=f"http://{name}:{port}")
    header = {"Host": f"{name}:{port}"}
    assert call(sim.portal_url + "/__sim__/health", headers=header)[0] == 200
    assert call(sim.portal_url + "/__sim__/health", headers={"Host": f"other.ci.test:{port}"})[0] == 403
    assert call(sim.portal_url + "/__sim__/health")[0] == 200  # loopback stays the simulator's
    ok = Client(sim).get(sign_in_url(sim, f"http://{name}:{port}/auth/callback"), follow=False)
    assert ok.status == 200 and f'value="http://{name}:{port}/auth/callback"' in ok.text
    # The portal sends the browser to sign-in with its public origin as wreply.
    bounce = Client(sim).get("/", follow=False)
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(bounce.headers["Location"]).query)["wreply"] == [
        f"http://{name}:{port}/auth/callback"
    ]


def test_bad_public_urls_exit_2(tmp_path: Path) -> None:
    for bad in ("ftp://x.test", "http://x.test/prefix", "x.test:8080", "http://user@x.test", "http://x.test:99999"):
        proc = subprocess.run(
            [sys.executable, "-m", "cegidlife_sim", "--port", "0", "--public-url", bad],
            env={"PYTHONPATH": str(SIM_DIR), "PATH": "/usr/bin:/bin"},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        # The simulator's own message (not argparse's "unrecognized arguments"), naming the flag.
        assert proc.returncode == 2 and "cegidlife-sim: --public-url: " in proc.stderr, (bad, proc.stderr)
        assert "READY" not in proc.stdout


# -- return paths (wctx) --------------------------------------------------------------------------
@pytest.mark.parametrize("wctx", BAD_WCTX)
def test_sign_in_refuses_a_return_path_off_the_portal(sim: Sim, wctx: str) -> None:
    client = Client(sim)
    refused = client.get(sign_in_url(sim, None, wctx), follow=False)
    assert refused.status == 400 and REFUSED in refused.plain
    good = client.get(sign_in_url(sim))
    fields = {**good.form("/ls/")["fields"], "wctx": wctx, "UserName": ADMIN[0], "Password": ADMIN[1]}
    posted = client.post(sim.sso_url + "/adfs/ls/", fields, follow=False)
    assert posted.status == 400 and 'name="code"' not in posted.text


def test_the_portal_callback_never_returns_off_the_portal(sim: Sim) -> None:
    """Whatever wctx comes back with a valid code, the portal redirects within itself: a TAB in
    it (which a browser drops, making //host) sends the user home instead."""
    for wctx in BAD_WCTX:
        client = Client(sim)
        page = submit_credentials(client, client.get("/"))
        hand_back = page.form("/auth/callback")
        landed = client.request("POST", hand_back["action"], {**hand_back["fields"], "wctx": wctx}, follow=False)
        assert landed.status == 302 and landed.headers["Location"] == "/", (wctx, landed.headers.get("Location"))
        assert "<title>Accueil - CegidLife</title>" in client.get("/", follow=False).text  # signed in all the same


@pytest.mark.parametrize("start", ["/catalogue?type=en-ligne", "/catalogue/services/1/cles?tiers=95943", "/profil"])
def test_legitimate_sign_ins_still_return_where_they_started(sim: Sim, start: str) -> None:
    client = Client(sim)
    bounce = client.get(start, follow=False)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(bounce.headers["Location"]).query)
    assert query["wctx"] == [start] and query["wreply"] == [sim.portal_url + "/auth/callback"]
    page = submit_credentials(client, client.get(bounce.headers["Location"]))
    hand_back = page.form("/auth/callback")
    assert hand_back["action"] == sim.portal_url + "/auth/callback" and hand_back["fields"]["wctx"] == start
    landed = client.request("POST", hand_back["action"], hand_back["fields"], follow=False)
    assert landed.status == 302 and landed.headers["Location"] == start


def test_two_step_and_totp_sign_ins_keep_their_return_path(sim: Sim) -> None:
    sim.config(login="two-step", mfa="totp")
    try:
        import pyotp

        class ShortTOTP(pyotp.TOTP):
            min_secret_length_bits = 0

        client = Client(sim)
        first = client.get(client.get("/catalogue", follow=False).headers["Location"])
        second = client.submit(first, first.form("/ls/"), UserName=ADMIN[0])
        code_page = client.submit(second, second.form("/ls/"), Password=ADMIN[1])
        assert "Vérification en deux étapes" in code_page.plain
        done = client.submit(code_page, code_page.form("/ls/verification"), Code=ShortTOTP("JBSWY3DPEHPK3PXP").now())
        hand_back = done.form("/auth/callback")
        assert hand_back["fields"]["wctx"] == "/catalogue"
        assert "<title>Catalogue de services - CegidLife</title>" in client.submit(done, hand_back).text
    finally:
        sim.config(login="one-step")
        sim.reset_faults()


# -- the Loop API's redirect fault ----------------------------------------------------------------
def test_loop_redirect_answers_a_redirect_to_another_host(sim: Sim) -> None:
    planted = sim.plant_key(name="loop-redirect-probe")
    x_apikey = f"{planted['identifier']}:{planted['secret']}"
    assert sim.loop_api(x_apikey) == 200
    elsewhere = "http://127.0.0.1:9/collect"
    assert sim.config(loop_redirect=elsewhere)["loop_redirect"] == elsewhere
    sim.reset_stats()
    for header in (x_apikey, "nobody:nothing"):  # the key is not even looked at
        status, headers, dummy = call(sim.portal_url + "/loop-api-publiques/Dossiers", headers={"x-apikey": header})
        assert status == 302 and headers["Location"] == elsewhere
    assert sim.stats()["faults"]["redirected"] == 2
    for bad in ("ftp://x.test/", "/relative", "http://", "http://x.test/\tpath", 7):
        status, dummy, text = call(
            sim.portal_url + "/__sim__/config",
            "POST",
            ('{"loop_redirect": ' + (f'"{bad}"' if isinstance(bad, str) else str(bad)) + "}")
            .replace("\t", "\\t")
            .encode(),
            {"Content-Type": "application/json"},
        )
        assert status == 400, (bad, text)
    assert sim.reset_faults()["loop_redirect"] == ""
    assert sim.loop_api(x_apikey) == 200
