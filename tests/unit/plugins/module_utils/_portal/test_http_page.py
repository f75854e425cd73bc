"""Cookies by the browser's rules (in the jar load_page makes of the saved session, driven here as
urllib drives it), and real page loads against a local HTTP server."""

from __future__ import annotations

import email.message
import http.server
import io
import threading
import time
import typing as t
import urllib.request
import urllib.response

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._portal.http_page import (
    NotLoaded,
    jar_from_state,
    load_page,
    state_from_jar,
)


def cookie(name: str, domain: str, path: str = "/", **over: t.Any) -> dict[str, t.Any]:
    return {"name": name, "value": f"v-{name}", "domain": domain, "path": path, "expires": -1, **over}


def cookie_header(cookies: list[dict[str, t.Any]], url: str) -> str:
    """The Cookie header load_page's jar sends with a GET of `url`."""
    request = urllib.request.Request(url)
    jar_from_state(cookies).add_cookie_header(request)
    return str(request.get_header("Cookie") or "")


def merge_set_cookies(cookies: list[dict[str, t.Any]], headers: list[str], url: str) -> None:
    """What load_page's jar keeps of Set-Cookie headers from `url` (open_url's cookie processor
    gives the jar the answer, as here), back in the storage state's cookies."""
    jar = jar_from_state(cookies)
    message = email.message.Message()
    for header in headers:
        message["Set-Cookie"] = header
    response = urllib.response.addinfourl(io.BytesIO(b""), message, url, 200)
    jar.extract_cookies(t.cast("t.Any", response), urllib.request.Request(url))
    cookies[:] = state_from_jar(jar)


def test_cookie_header_follows_domain_path_secure_and_expiry() -> None:
    now = time.time()
    jar = [
        cookie("host", "portal.example"),
        cookie("dom", ".example.fr"),
        cookie("other", "sso.example.fr"),
        cookie("deep", "portal.example.fr", "/catalogue/services"),
        cookie("sibling", "portal.example.fr", "/catalogue/serv"),
        cookie("secure", "portal.example.fr", secure=True),
        cookie("old", "portal.example.fr", expires=now - 60),
        cookie("fresh", "portal.example.fr", expires=now + 600),
    ]
    url = "http://portal.example.fr/catalogue/services/1/cles?tiers=1"
    sent = cookie_header(jar, url).split("; ")
    assert sorted(sent) == ["deep=v-deep", "dom=v-dom", "fresh=v-fresh"]
    assert sent[0] == "deep=v-deep"  # the longest path first, as browsers send them
    assert "secure=v-secure" in cookie_header(jar, url.replace("http:", "https:"))
    assert cookie_header(jar, "http://evil-example.fr/") == ""
    assert cookie_header([cookie("host", "portal.example.fr")], "http://sub.portal.example.fr/") == ""


def test_set_cookie_replaces_adds_and_deletes_as_a_browser_does() -> None:
    jar = [cookie("session", "portal.example.fr"), cookie("keep", "portal.example.fr")]
    url = "https://portal.example.fr/catalogue/services/1/cles"
    merge_set_cookies(
        jar,
        [
            "session=new-value; Path=/; HttpOnly; SameSite=Strict; Secure",
            "keep=gone; Max-Age=0; Path=/",
            "added=1; Domain=.portal.example.fr; Expires=Wed, 21 Oct 2099 07:28:00 GMT",
            "scoped=2",  # default path: the request's directory
            "foreign=3; Domain=other.example.fr",  # refused: not this host's domain
            "no-equals-sign",
        ],
        url,
    )
    by_name = {c["name"]: c for c in jar}
    assert set(by_name) == {"session", "added", "scoped"}
    assert by_name["session"]["value"] == "new-value"
    assert by_name["session"]["httpOnly"] and by_name["session"]["secure"]
    assert by_name["session"]["sameSite"] == "Strict"
    assert by_name["added"]["domain"] == ".portal.example.fr" and by_name["added"]["expires"] > time.time()
    assert by_name["scoped"]["path"] == "/catalogue/services/1"


@pytest.mark.parametrize(
    ("url", "header"),
    [
        ("https://portal.example.fr/", "s=1; Domain=fr"),  # a top-level domain
        ("https://portal.example.fr/", "s=1; Domain=.fr"),
        ("https://portal.example.co.uk/", "s=1; Domain=.co.uk"),  # a country's public second level
        ("http://127.0.0.1:8080/", "s=1; Domain=0.0.1"),  # part of an IP address
        ("http://127.0.0.1:8080/", "s=1; Domain=.0.1"),
        ("https://portal.example.fr/", "__Host-s=1; Secure; Path=/; Domain=portal.example.fr"),  # no Domain
        ("https://portal.example.fr/", "__Host-s=1; Path=/"),  # must be Secure
        ("https://portal.example.fr/", "__Host-s=1; Secure; Path=/app"),  # must be for /
        ("http://portal.example.fr/", "__Host-s=1; Secure; Path=/"),  # only from https
        ("https://portal.example.fr/", "__Secure-s=1"),  # must be Secure
        ("http://portal.example.fr/", "__Secure-s=1; Secure"),  # only from https
    ],
)
def test_what_a_browser_refuses_to_store(url: str, header: str) -> None:
    jar: list[dict[str, t.Any]] = []
    merge_set_cookies(jar, [header], url)
    assert jar == []


@pytest.mark.parametrize(
    ("url", "header"),
    [
        ("https://portal.example.fr/", "__Host-s=1; Secure; Path=/"),
        ("https://portal.example.fr/", "__Secure-s=1; Secure; Domain=example.fr"),
        ("http://127.0.0.1:8080/", "s=1"),
        ("http://127.0.0.1:8080/", "s=1; Domain=127.0.0.1"),
    ],
)
def test_what_a_browser_stores(url: str, header: str) -> None:
    jar: list[dict[str, t.Any]] = []
    merge_set_cookies(jar, [header], url)
    assert [c["value"] for c in jar] == ["1"]


def test_storage_state_round_trips_through_the_jar() -> None:
    later = float(int(time.time() + 600))
    state = [
        cookie("host", "127.0.0.1", httpOnly=True, secure=False, sameSite="Lax"),
        cookie("dom", ".example.fr", "/app", expires=later, httpOnly=False, secure=True, sameSite="None"),
    ]
    assert state_from_jar(jar_from_state(state)) == state


class _Portal(http.server.BaseHTTPRequestHandler):
    """/page answers the page (renewing the session), /gone sends to sign-in, /json is no page."""

    seen: t.ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        _Portal.seen.append(dict(self.headers.items()))
        if self.path == "/page":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=iso-8859-1")
            self.send_header("Set-Cookie", "session=renewed; Path=/; HttpOnly")
            self.end_headers()
            self.wfile.write("<p>clé</p>".encode("iso-8859-1"))
        elif self.path == "/gone":
            self.send_response(302)
            self.send_header("Location", "https://sso.example/adfs/ls/?wctx=%2Fpage")
            self.send_header("Set-Cookie", "session=; Max-Age=0; Path=/")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"{}")

    def log_message(self, *args: t.Any) -> None:
        pass


@pytest.fixture(scope="module")
def portal() -> t.Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _state() -> dict[str, t.Any]:
    return {"cookies": [cookie("session", "127.0.0.1")], "origins": []}


def test_a_page_load_sends_the_session_and_keeps_what_the_portal_sets(portal: str) -> None:
    state = _state()
    html = load_page(f"{portal}/page", state, timeout=5, validate_certs=True, user_agent="Mozilla/5.0 Test")
    assert html == "<p>clé</p>"
    sent = _Portal.seen[-1]
    assert sent["Cookie"] == "session=v-session" and sent["User-Agent"] == "Mozilla/5.0 Test"
    assert [(c["name"], c["value"]) for c in state["cookies"]] == [("session", "renewed")]


def test_a_redirect_is_no_page_and_its_cookies_still_count(portal: str) -> None:
    state = _state()
    with pytest.raises(NotLoaded) as failed:
        load_page(f"{portal}/gone", state, timeout=5, validate_certs=True, user_agent=None)
    assert str(failed.value) == (
        "the portal answered HTTP 302, sent on to sso.example (the session has probably ended)"
    )
    assert state["cookies"] == []


@pytest.mark.parametrize(
    ("path", "state", "reason"),
    [
        ("/json", _state(), "answered application/json, not an HTML page"),
        ("/page", {"cookies": [cookie("session", "elsewhere.example")]}, "no cookie for the key page"),
    ],
)
def test_what_is_no_key_page(portal: str, path: str, state: dict[str, t.Any], reason: str) -> None:
    with pytest.raises(NotLoaded, match=reason) as failed:
        load_page(f"{portal}{path}", state, timeout=5, validate_certs=True, user_agent=None)
    assert "v-session" not in str(failed.value)


def test_an_unreachable_portal_is_said_without_details() -> None:
    with pytest.raises(NotLoaded, match=r"could not be loaded \(URLError\)"):
        load_page("http://127.0.0.1:9/x", _state(), timeout=5, validate_certs=True, user_agent=None)
