# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""One page load without a browser, in the browser's saved session.

The cookies come from the session file (Playwright's storage state), are sent by the browser's
rules (domain, path, Secure, expiry), and whatever the portal sets in return is kept, as a browser
would keep it, so that a portal that renews its session on every request stays signed in.
Nothing here ever puts a cookie, a header or the page into a message.
"""

from __future__ import annotations

import email.utils
import time
import typing as t
import urllib.error
from urllib.parse import urlsplit

from ansible.module_utils.urls import open_url

# A key page is a few hundred KiB at most; a bigger answer is not the page we expect.
MAX_BYTES = 8 * 1024 * 1024


class NotLoaded(Exception):
    """The page could not be loaded as a signed-in page; the reason is safe to show."""


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
    cookies: list[dict[str, t.Any]] = state.setdefault("cookies", [])
    headers = {"Accept": "text/html", "Accept-Language": "fr-FR,fr;q=0.9"}
    sent = cookie_header(cookies, url, time.time())
    if not sent:
        raise NotLoaded("the saved session has no cookie for the key page")
    headers["Cookie"] = sent
    try:
        response = open_url(
            url,
            headers=headers,
            timeout=timeout,
            validate_certs=validate_certs,
            http_agent=user_agent or "ansible-collection-cegid.cegidlife",
            follow_redirects="none",
            use_netrc=False,
        )
    except urllib.error.HTTPError as exc:
        merge_set_cookies(cookies, exc.headers.get_all("Set-Cookie") or [], url, time.time())
        status = f"HTTP {exc.code}"
        if 300 <= exc.code < 400:
            target = urlsplit(exc.headers.get("Location") or "")
            status += f", sent on to {target.hostname or 'the same host'} (the session has probably ended)"
        exc.close()
        raise NotLoaded(f"the portal answered {status}") from None
    except Exception as exc:  # noqa: BLE001 - any network or TLS failure: the browser will say it better
        raise NotLoaded(f"the page could not be loaded ({type(exc).__name__})") from None
    with response:
        merge_set_cookies(cookies, response.headers.get_all("Set-Cookie") or [], url, time.time())
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


def cookie_header(cookies: t.Iterable[dict[str, t.Any]], url: str, now: float) -> str:
    """The Cookie header a browser sends with a GET of `url` (RFC 6265, section 5.4)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    chosen = [
        c
        for c in cookies
        if _domain_matches(host, str(c.get("domain") or ""))
        and _path_matches(path, str(c.get("path") or "/"))
        and (parts.scheme == "https" or not c.get("secure"))
        and not _expired(c, now)
    ]
    chosen.sort(key=lambda c: len(str(c.get("path") or "/")), reverse=True)
    return "; ".join(f"{c['name']}={c['value']}" for c in chosen)


def merge_set_cookies(cookies: list[dict[str, t.Any]], headers: t.Iterable[str], url: str, now: float) -> None:
    """Apply Set-Cookie headers to a storage state's cookie list as a browser stores them
    (RFC 6265, sections 5.2-5.3): replace or add, and drop expired ones. Malformed ones are ignored."""
    for header in headers:
        cookie = _parse_set_cookie(header, url, now)
        if cookie is None:
            continue
        cookies[:] = [c for c in cookies if _slot(c) != _slot(cookie)]
        if not _expired(cookie, now):
            cookies.append(cookie)


def _slot(cookie: t.Mapping[str, t.Any]) -> tuple[t.Any, t.Any, t.Any]:
    return (cookie.get("name"), cookie.get("domain"), cookie.get("path"))


def _parse_set_cookie(header: str, url: str, now: float) -> dict[str, t.Any] | None:
    first, *attributes = header.split(";")
    name, equals, value = first.partition("=")
    name, value = name.strip(), value.strip()
    if not equals or not name:
        return None
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    cookie: dict[str, t.Any] = {
        "name": name,
        "value": value,
        "domain": host,
        "path": _default_path(parts.path),
        "expires": -1,
        "httpOnly": False,
        "secure": False,
        "sameSite": "Lax",
    }
    max_age_seen = False
    for attribute in attributes:
        key, dummy, raw = attribute.partition("=")
        key, raw = key.strip().lower(), raw.strip()
        if key == "max-age":
            try:
                seconds = int(raw)
            except ValueError:
                continue
            max_age_seen = True
            cookie["expires"] = now + seconds if seconds > 0 else 0
        elif key == "expires" and not max_age_seen:
            try:
                cookie["expires"] = email.utils.parsedate_to_datetime(raw).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
        elif key == "domain" and raw:
            domain = raw.lstrip(".").lower()
            if not _domain_matches(host, "." + domain):
                return None  # a host may not set cookies for another one
            cookie["domain"] = "." + domain
        elif key == "path" and raw.startswith("/"):
            cookie["path"] = raw
        elif key == "secure":
            cookie["secure"] = True
        elif key == "httponly":
            cookie["httpOnly"] = True
        elif key == "samesite" and raw.capitalize() in ("Strict", "Lax", "None"):
            cookie["sameSite"] = raw.capitalize()
    return cookie


def _domain_matches(host: str, domain: str) -> bool:
    """A host-only cookie (no leading dot, as Playwright stores it) matches its host alone."""
    domain = domain.lower()
    if domain.startswith("."):
        return host == domain[1:] or host.endswith(domain)
    return host == domain


def _path_matches(path: str, cookie_path: str) -> bool:
    if path == cookie_path:
        return True
    return path.startswith(cookie_path) and (cookie_path.endswith("/") or path[len(cookie_path)] == "/")


def _default_path(path: str) -> str:
    if not path.startswith("/") or path.count("/") == 1:
        return "/"
    return path[: path.rindex("/")]


def _expired(cookie: t.Mapping[str, t.Any], now: float) -> bool:
    expires = cookie.get("expires", -1)
    try:
        expires = float(expires)
    except (TypeError, ValueError):
        return False
    return expires != -1 and expires <= now
