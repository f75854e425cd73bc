# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The signed-in browser state and the key pages' addresses, kept between runs.

A run that reuses them skips the sign-in and the click-through: it goes straight to the key page,
and falls back to signing in and clicking through when the portal says no. It also records which
key pages' HTML was found to list what the browser lists (so a plain HTTP read may stand for the
browser there) and the browser's user agent (so that read looks like the same client). The file
holds the portal session's cookies: mode 0600 in a 0700 directory, written atomically, never logged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import typing as t

DEFAULT_SESSION_DIR = "~/.ansible/cegidlife/sessions"


def default_session_path(portal_url: str, username: str) -> str:
    return os.path.join(os.path.expanduser(DEFAULT_SESSION_DIR), f"{session_owner(portal_url, username)[:24]}.json")


def key_page_slot(portal_url: str, tiers: str | None, service: str) -> str:
    return json.dumps([portal_url.rstrip("/"), tiers or "", service], ensure_ascii=False)


def session_owner(portal_url: str, username: str) -> str:
    """Who a session belongs to: another portal or user never reuses it."""
    return hashlib.sha256(f"{portal_url.rstrip('/')}\0{username}".encode()).hexdigest()


class SessionFile:
    def __init__(self, path: str, owner: str) -> None:
        self.path = os.path.abspath(os.path.expanduser(path))
        self.owner = owner
        self.storage_state: dict[str, t.Any] | None = None
        self.key_pages: dict[str, str] = {}
        # Key page slot -> when its HTML last listed exactly what the browser listed (epoch seconds).
        self.verified: dict[str, float] = {}
        self.user_agent: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            with open(self.path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            return  # no session yet, or a damaged one: sign in as usual
        if isinstance(data, dict) and data.get("owner") == self.owner:
            state = data.get("storage_state")
            cookies = state.get("cookies") if isinstance(state, dict) else None
            shaped = isinstance(cookies, list) and all(isinstance(c, dict) for c in cookies)
            self.storage_state = state if shaped else None  # a damaged one: sign in as usual
            pages = data.get("key_pages")
            self.key_pages = {str(k): str(v) for k, v in pages.items()} if isinstance(pages, dict) else {}
            verified = data.get("verified")
            if isinstance(verified, dict):
                self.verified = {str(k): float(v) for k, v in verified.items() if isinstance(v, (int, float))}
            agent = data.get("user_agent")
            self.user_agent = agent if isinstance(agent, str) and agent else None

    def save(self, storage_state: dict[str, t.Any]) -> None:
        """Best effort: a session that cannot be saved only costs the next run a sign-in."""
        self.storage_state = storage_state
        directory = os.path.dirname(self.path)
        with contextlib.suppress(OSError):
            os.makedirs(directory, mode=0o700, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".session-", dir=directory)
            try:
                os.fchmod(fd, 0o600)
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(
                        {
                            "owner": self.owner,
                            "storage_state": storage_state,
                            "key_pages": self.key_pages,
                            "verified": self.verified,
                            "user_agent": self.user_agent,
                        },
                        handle,
                    )
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise

    def forget(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path)
