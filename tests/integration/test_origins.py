"""Where the password is typed and where the key page may be, in a real Chromium driven by the real
module (through Ansible): stand-in portals of our own on 127.0.0.1, and a foreign host on 127.0.0.2
that shows a sign-in form or a key page and records all it receives. The password is typed only
where the portal's own redirects led (or an origin named in sign_in_origins), never over plain http
from an https portal; a link off the portal, '//host/...' included, is not followed, and a key page
off the portal's origins is not used."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
import typing as t
from pathlib import Path

import pytest

from tests.integration.conftest import Portal, assert_clean_failure
from tests.integration.test_security import SIGN_IN_FORM
from tests.support.ansible_cli import ModuleRun, run_module
from tests.support.simulator import ADMIN, Client, Sim

SIGNED_IN = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Accueil</title></head><body>
<header><nav><a href="{href}">Clés d'API</a></nav></header><main><h1>Bienvenue</h1></main></body></html>"""
LANDING = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>CegidLife</title></head><body>
<main><h1>CegidLife</h1><a href="{href}">Se connecter</a></main></body></html>"""


class Host:
    """A small HTTP(S) server: fixed pages by path (status, Location or HTML), every request kept."""

    def __init__(self, address: str, *, tls: tuple[Path, Path] | None = None) -> None:
        self.pages: dict[str, tuple[int, str]] = {}
        self.received: list[tuple[str, str, bytes]] = []
        host = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self, body: bytes) -> None:
                host.received.append((self.command, self.path, body))
                status, content = host.pages.get(self.path.split("?")[0], (404, "<p>not here</p>"))
                self.send_response(status)
                if status in (301, 302, 303):
                    self.send_header("Location", content)
                    content = ""
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(content.encode())

            def do_GET(self) -> None:
                self._answer(b"")

            def do_POST(self) -> None:
                self._answer(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def log_message(self, *args: t.Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer((address, 0), Handler)
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.url = f"{'https' if tls else 'http'}://{address}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def posts(self) -> list[tuple[str, str, bytes]]:
        return [r for r in self.received if r[0] == "POST"]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hosts() -> t.Iterator[t.Callable[..., Host]]:
    started: list[Host] = []

    def start(address: str, **kw: t.Any) -> Host:
        started.append(Host(address, **kw))
        return started[-1]

    yield start
    for host in started:
        host.stop()


def _run(portal_url: str, **over: t.Any) -> ModuleRun:
    args = {
        "portal_url": portal_url,
        "username": ADMIN[0],
        "password": ADMIN[1],
        "name": "origins",
        "timeout": 5,
        "reuse_session": False,
        "http_check": False,
        **over,
    }
    return run_module(args)


def _no_password(host: Host) -> None:
    assert host.posts() == [], host.received
    assert not [r for r in host.received if ADMIN[1].encode() in r[2] or ADMIN[1] in r[1]]


def test_a_sign_in_page_reached_by_a_link_gets_no_password(hosts: t.Callable[..., Host]) -> None:
    """The first sign-in: the portal's 'Se connecter' is a link to another origin. Nothing is typed
    there, unless that origin is named in sign_in_origins."""
    portal, foreign = hosts("127.0.0.1"), hosts("127.0.0.2")
    foreign.pages["/login"] = (200, SIGN_IN_FORM.decode())
    portal.pages["/"] = (200, LANDING.format(href=f"{foreign.url}/login"))
    run = _run(portal.url)
    msg = assert_clean_failure(run, f"the sign-in page on {foreign.url} was not reached through the portal's own")
    assert "sign_in_origins" in msg and "sign-in" in str(run.result.get("step", msg))
    assert ("GET", "/login", b"") in foreign.received  # it looked, and typed nothing
    _no_password(foreign)

    named = _run(portal.url, sign_in_origins=[foreign.url])  # named: trusted (then fails: no portal there)
    assert named.failed and [p[1] for p in foreign.posts()] == ["/login"], named.output


def test_no_password_over_plain_http_from_an_https_portal(hosts: t.Callable[..., Host], tmp_path: Path) -> None:
    """The https portal redirects to a sign-in page over plain http: nothing is typed there."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    portal, foreign = hosts("127.0.0.1", tls=(cert, key)), hosts("127.0.0.2")
    foreign.pages["/login"] = (200, SIGN_IN_FORM.decode())
    portal.pages["/"] = (302, f"{foreign.url}/login")
    run = _run(portal.url, validate_certs=False)
    assert_clean_failure(run, f"the sign-in page is on {foreign.url}, plain http, while portal_url is https")
    assert ("GET", "/login", b"") in foreign.received
    _no_password(foreign)


def _key_page_html(sim: Sim) -> str:
    client = Client(sim)
    client.sign_in()
    return client.get("/catalogue/services/1/cles?tiers=95943").text


@pytest.mark.parametrize("how", ["protocol-relative link", "portal redirect"])
def test_a_key_page_off_the_portal_is_never_used(hosts: t.Callable[..., Host], sim: Sim, how: str) -> None:
    """A signed-in page whose 'Clés d'API' leads to a key page on another host: by a '//host/...'
    link (not followed), or by the portal's redirect (the page is reached, and refused)."""
    portal, foreign = hosts("127.0.0.1"), hosts("127.0.0.2")
    foreign.pages["/keys"] = (200, _key_page_html(sim))
    if how == "protocol-relative link":
        portal.pages["/"] = (200, SIGNED_IN.format(href=f"//{foreign.url.split('://', 1)[1]}/keys"))
    else:
        portal.pages["/"] = (200, SIGNED_IN.format(href="/cles"))
        portal.pages["/cles"] = (302, f"{foreign.url}/keys")
    run = _run(portal.url)
    if how == "protocol-relative link":
        assert_clean_failure(run, "no way to the key page", "in the option route")
        assert foreign.received == []
        # Nor when the user names it in the way to follow.
        run = _run(portal.url, route=["Clés d'API"])
        assert_clean_failure(run, 'route step 1 ("Clés d\'API") names link', "leads off the portal")
        assert foreign.received == []
    else:
        assert_clean_failure(run, f"the key page was found on {foreign.url}, which is not one of the portal's")
        assert foreign.posts() == []
    assert not [r for r in foreign.received if r[0] == "POST"]


def test_the_simulator_s_own_sign_in_still_works(portal: Portal) -> None:
    """The portal's redirect to its sign-in origin (another port) is trusted on a first sign-in."""
    run = portal.run(name="origins-ok", reuse_session=False, http_check=False)
    assert not run.failed, run.output
