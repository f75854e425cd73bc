# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""One page load without a browser, in the browser's saved session.

The cookies come from the session file (Playwright's storage state) and go into the standard
library's cookie jar, which sends them by the browser's rules (domain, path, Secure, expiry) and
keeps what the portal sets in return; the jar is then written back to the storage state, so that a
portal that renews its session on every request stays signed in. The jar's policy is stricter than
the standard library's default, as a browser is: no cookie for a public suffix or for a part of an
IP address, and the `__Host-` and `__Secure-` prefixes are honoured.
Nothing here ever puts a cookie, a header or the page into a message.
"""

from __future__ import annotations

import http.cookiejar
import ipaddress
import typing as t
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from ansible.module_utils.urls import open_url

# A key page is a few hundred KiB at most; a bigger answer is not the page we expect.
MAX_BYTES = 8 * 1024 * 1024


class NotLoaded(Exception):
    """The page could not be loaded as a signed-in page; the reason is safe to show."""


class BrowserLikePolicy(http.cookiejar.DefaultCookiePolicy):
    """What a browser refuses to store, on top of the standard library's rules."""

    def __init__(self) -> None:
        # strict_domain: no cookie for a country's second-level domain (.co.uk and the like);
        # DomainStrictNonDomain: a cookie set without Domain goes back to its own host only.
        super().__init__(strict_domain=True, strict_ns_domain=http.cookiejar.DefaultCookiePolicy.DomainStrictNonDomain)

    def set_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        if cookie.value is None or not super().set_ok(cookie, request):
            return False  # no value: a "name" without "=" is no cookie (RFC 6265, 5.2)
        secure_origin = urlsplit(request.get_full_url()).scheme == "https"
        if cookie.name.startswith("__Secure-") and not (cookie.secure and secure_origin):
            return False
        if cookie.name.startswith("__Host-") and not (
            cookie.secure and secure_origin and not cookie.domain_specified and cookie.path == "/"
        ):
            return False
        host = (urlsplit(request.get_full_url()).hostname or "").lower()
        # An IP address has no parent domain to share cookies with.
        return not (cookie.domain_specified and _is_ip(host) and cookie.domain.lstrip(".") != host)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def jar_from_state(cookies: t.Iterable[t.Mapping[str, t.Any]]) -> http.cookiejar.CookieJar:
    """Playwright's storage-state cookies as a cookie jar (host-only cookies keep no dot)."""
    jar = http.cookiejar.CookieJar(BrowserLikePolicy())
    for c in cookies:
        domain = str(c.get("domain") or "")
        if not c.get("name") or not domain:
            continue
        try:
            expires = float(c.get("expires", -1))
        except (TypeError, ValueError):
            expires = -1
        rest: dict[str, str] = {"HttpOnly": ""} if c.get("httpOnly") else {}
        if c.get("sameSite"):
            rest["SameSite"] = str(c["sameSite"])
        jar.set_cookie(
            http.cookiejar.Cookie(
                version=0,
                name=str(c["name"]),
                value=str(c.get("value") or ""),
                port=None,
                port_specified=False,
                domain=domain,
                domain_specified=domain.startswith("."),
                domain_initial_dot=domain.startswith("."),
                path=str(c.get("path") or "/"),
                path_specified=True,
                secure=bool(c.get("secure")),
                expires=None if expires < 0 else int(expires),
                discard=expires < 0,
                comment=None,
                comment_url=None,
                rest=rest,
            )
        )
    return jar


def state_from_jar(jar: http.cookiejar.CookieJar) -> list[dict[str, t.Any]]:
    """The jar's cookies in Playwright's storage-state form."""
    out = []
    for c in jar:
        same_site = c.get_nonstandard_attr("SameSite") or c.get_nonstandard_attr("samesite") or "Lax"
        out.append(
            {
                "name": c.name,
                "value": c.value or "",
                "domain": c.domain,
                "path": c.path,
                "expires": float(c.expires) if c.expires is not None else -1,
                "httpOnly": c.has_nonstandard_attr("HttpOnly") or c.has_nonstandard_attr("httponly"),
                "secure": bool(c.secure),
                "sameSite": str(same_site).capitalize()
                if str(same_site).lower() in ("strict", "lax", "none")
                else "Lax",
            }
        )
    return out


def load_page(
    url: str,
    state: dict[str, t.Any],
    *,
    timeout: float,
    validate_certs: bool,
    user_agent: str | None,
) -> str:
    """The HTML of the page. Any answer but a 200 HTML page (a redirect to sign-in, an error, a
    timeout) raises NotLoaded. Cookies the portal sets, even then, go into `state`'s cookies."""
    jar = jar_from_state(state.get("cookies") or [])
    probe = urllib.request.Request(url)
    jar.add_cookie_header(probe)
    if not probe.has_header("Cookie"):
        raise NotLoaded("the saved session has no cookie for the key page")
    try:
        response = open_url(
            url,
            headers={"Accept": "text/html", "Accept-Language": "fr-FR,fr;q=0.9"},
            timeout=timeout,
            validate_certs=validate_certs,
            http_agent=user_agent or "ansible-collection-cegid.cegidlife",
            follow_redirects="none",
            use_netrc=False,
            cookies=jar,
        )
    except urllib.error.HTTPError as exc:
        status = f"HTTP {exc.code}"
        if 300 <= exc.code < 400:
            target = urlsplit(exc.headers.get("Location") or "")
            status += f", sent on to {target.hostname or 'the same host'} (the session has probably ended)"
        exc.close()
        raise NotLoaded(f"the portal answered {status}") from None
    except Exception as exc:  # noqa: BLE001 - any network or TLS failure: the browser will say it better
        raise NotLoaded(f"the page could not be loaded ({type(exc).__name__})") from None
    finally:
        state["cookies"] = state_from_jar(jar)  # what the portal set, even with an error
    with response:
        kind = response.headers.get_content_type()
        if kind != "text/html":
            raise NotLoaded(f"the portal answered {kind}, not an HTML page")
        body = response.read(MAX_BYTES + 1)
        if len(body) > MAX_BYTES:
            raise NotLoaded("the page is larger than any key page should be")
        charset = response.headers.get_content_charset() or "utf-8"
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
