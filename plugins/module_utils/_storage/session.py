# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The signed-in browser state and what a run learned of the portal, kept between runs.

A run that reuses them skips the sign-in and the click-through: it goes straight to the key page,
and falls back to signing in and clicking through when the portal says no. It also records which
key pages' HTML was found to list what the browser lists (so a plain HTTP read may stand for the
browser there), the browser's user agent, the way to the key page (`routes`), and the origins the
portal and its sign-in really live on.

The file is sealed: an HMAC over its content with a key derived (scrypt, random salt) from the
user name and password that made it. A file that does not verify with the credentials given is not
used, so
- a wrong or changed password never rides on an old session: the run signs in, and fails at once;
- someone who can write the file but does not know the password cannot point a run (and so the
  password it types, or the cookies it sends) at another host.
The file holds the portal session's cookies, never the password: mode 0600 in a 0700 folder,
written atomically, never logged; a file another user owns or may write is ignored.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import typing as t
from urllib.parse import urlsplit

from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.private_files import (
    untrusted_file_or_folder,
    write_private,
)

DEFAULT_SESSION_DIR = "~/.ansible/cegidlife/sessions"
FORMAT_VERSION = 2
# scrypt cost: about 50 ms and 16 MiB here, once a run; enough that a stolen file is no quick oracle.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def default_session_path(portal_url: str, username: str) -> str:
    return os.path.join(os.path.expanduser(DEFAULT_SESSION_DIR), f"{session_owner(portal_url, username)[:24]}.json")


def key_page_slot(portal_url: str, tiers: str | None, service: str) -> str:
    return json.dumps([portal_url.rstrip("/"), tiers or "", service], ensure_ascii=False)


def session_owner(portal_url: str, username: str) -> str:
    """Which portal and user a session file is for (not a secret: the seal is what protects it)."""
    return hashlib.sha256(f"{portal_url.rstrip('/')}\0{username}".encode()).hexdigest()


def origin(url: str) -> str:
    """scheme://host[:port] of a URL, lower case; '' for anything that is not http(s)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not host:
        return ""
    host = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{host}{f':{port}' if port else ''}"


def _seal_key(username: str, password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(f"{username}\0{password}".encode(), salt=salt, **_SCRYPT)


def _mac(key: bytes, body: t.Mapping[str, t.Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


class SessionFile:
    """One user's saved session on one portal. Load with the credentials; `ignored` says why a
    file that exists was not used (`untrusted` when its ownership or permissions are at fault)."""

    def __init__(self, path: str, portal_url: str, username: str, password: str) -> None:
        self.path = os.path.abspath(os.path.expanduser(path))
        self.owner = session_owner(portal_url, username)
        self._username = username
        self._password = password
        self._salt = b""
        self._key = b""
        self.storage_state: dict[str, t.Any] | None = None
        self.key_pages: dict[str, str] = {}
        # Key page slot -> when its HTML last listed exactly what the browser listed (epoch seconds).
        self.verified: dict[str, float] = {}
        self.user_agent: str | None = None
        # Key page slot -> the accessible names clicked to reach it (see the page model's routes).
        self.routes: dict[str, list[dict[str, str]]] = {}
        # Key page slot -> [service, tiers] as the page showed them when its HTML was verified.
        self.shown: dict[str, list[str]] = {}
        # Origins seen at a real sign-in: where the portal's pages are, where the password was typed.
        self.portal_origins: list[str] = []
        self.sign_in_origins: list[str] = []
        self.ignored: str | None = None
        self.untrusted: str | None = None
        self._load()

    # --- reading ----------------------------------------------------------------------------
    def _load(self) -> None:
        self.untrusted = untrusted_file_or_folder(self.path)
        if self.untrusted:
            self.ignored = self.untrusted
            return
        try:
            with open(self.path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            self.ignored = "it cannot be read as a session file"
            return
        if not isinstance(data, dict) or data.get("owner") != self.owner:
            self.ignored = "it is for another portal or user"
            return
        seal = data.pop("seal", None)
        try:
            salt = base64.b64decode(str(seal["salt"]), validate=True)
            key = _seal_key(self._username, self._password, salt)
            sealed = hmac.compare_digest(str(seal["mac"]), _mac(key, data))
        except (TypeError, KeyError, ValueError):
            sealed = False
        if not sealed:
            # A changed password, or a file edited by someone without it: sign in afresh.
            self.ignored = "it was not made with these credentials (or was changed since)"
            return
        self._salt, self._key = salt, key
        self._read_body(data)

    def _read_body(self, data: dict[str, t.Any]) -> None:
        state = data.get("storage_state")
        cookies = state.get("cookies") if isinstance(state, dict) else None
        shaped = isinstance(cookies, list) and all(isinstance(c, dict) for c in cookies)
        self.storage_state = state if shaped else None  # a damaged one: sign in as usual
        self.key_pages = _str_map(data.get("key_pages"))
        verified = data.get("verified")
        if isinstance(verified, dict):
            self.verified = {str(k): float(v) for k, v in verified.items() if isinstance(v, (int, float))}
        agent = data.get("user_agent")
        self.user_agent = agent if isinstance(agent, str) and agent else None
        routes = data.get("routes")
        if isinstance(routes, dict):
            self.routes = {
                str(k): [dict(_str_map(step)) for step in v if isinstance(step, dict)]
                for k, v in routes.items()
                if isinstance(v, list)
            }
        shown = data.get("shown")
        if isinstance(shown, dict):
            self.shown = {str(k): [str(x) for x in v][:2] for k, v in shown.items() if isinstance(v, list)}
        origins = data.get("origins")
        if isinstance(origins, dict):
            self.portal_origins = _origins(origins.get("portal"))
            self.sign_in_origins = _origins(origins.get("sign_in"))

    # --- what may be followed ------------------------------------------------------------------
    def trusted_url(self, url: str, portal_url: str) -> bool:
        """Whether a remembered address may be loaded with the session's cookies: only on the
        portal's own origin or one a real sign-in led to (recorded in this sealed file)."""
        there = origin(url)
        return bool(there) and there in {origin(portal_url), *self.portal_origins}

    # --- writing ----------------------------------------------------------------------------
    def save(self, storage_state: dict[str, t.Any]) -> None:
        """Best effort: a session that cannot be saved only costs the next run a sign-in."""
        self.storage_state = storage_state
        if not self._key:
            self._salt = os.urandom(16)
            self._key = _seal_key(self._username, self._password, self._salt)
        body = {
            "version": FORMAT_VERSION,
            "owner": self.owner,
            "storage_state": storage_state,
            "key_pages": self.key_pages,
            "verified": self.verified,
            "user_agent": self.user_agent,
            "routes": self.routes,
            "shown": self.shown,
            "origins": {"portal": self.portal_origins, "sign_in": self.sign_in_origins},
        }
        # A round trip through JSON first: the MAC is over what the next run will read back.
        body = json.loads(json.dumps(body))
        sealed = {**body, "seal": {"salt": base64.b64encode(self._salt).decode(), "mac": _mac(self._key, body)}}
        if self.untrusted:
            return  # never write into a place someone else controls
        with contextlib.suppress(OSError):
            write_private(self.path, json.dumps(sealed).encode("utf-8"))

    def forget(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path)


def _str_map(value: t.Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _origins(value: t.Any) -> list[str]:
    return [o for o in (origin(str(v)) for v in value) if o] if isinstance(value, list) else []
