# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Where the portal's pages are and where the password may be typed (see Origins)."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import origin


class Origins:
    """Where the portal's pages are and where the password may be typed.

    The password goes only to the portal's own origin, to an origin named in sign_in_origins, or
    to one the portal's HTTP redirects led to (from portal_url, or from another such origin), never
    to a page reached otherwise: a link clicked, a script, an address out of the session file.
    Never over plain http when portal_url is https. The sign-in origins of the first sign-in are
    recorded (in the sealed session file); a later sign-in on a new origin is refused, naming it.
    """

    def __init__(
        self,
        portal_url: str,
        portal: t.Iterable[str] = (),
        sign_in: t.Iterable[str] = (),
        *,
        named: t.Iterable[str] = (),
    ) -> None:
        self.home = origin(portal_url)
        self.https = self.home.startswith("https://")
        self.portal = [o for o in portal if o and o != self.home]
        self.sign_in = [o for o in sign_in if o]
        self.named = [o for o in (origin(n.strip().rstrip("/")) for n in named) if o]
        self.redirected_to: list[str] = []  # origins the portal's own redirects led to in this run
        self._recorded = bool(self.sign_in)

    def _trusted(self, there: str) -> bool:
        return bool(there) and (
            there == self.home
            or there in self.portal
            or there in self.sign_in
            or there in self.named
            or there in self.redirected_to
        )

    def redirect(self, source_url: str, target_url: str) -> None:
        """An HTTP redirect of a navigation: a trusted origin may send the browser to sign in."""
        there = origin(target_url)
        if self._trusted(origin(source_url)) and there and there not in self.redirected_to:
            self.redirected_to.append(there)

    def password_problem(self, url: str) -> str | None:
        """Why the password may not be typed on a page (or frame) at this address, or None."""
        there = origin(url)
        if not there:
            return "the sign-in page is on an address that is not http(s): the password was not typed"
        if self.https and there.startswith("http://"):
            return (
                f"the sign-in page is on {there}, plain http, while portal_url is https: the password was not "
                "typed (it would cross the network unencrypted)"
            )
        if there == self.home or there in self.named:
            return None
        if self._recorded:
            if there in self.sign_in:
                return None
            return (
                f"the sign-in page is on {there}, not on the portal or the sign-in origin(s) recorded at the "
                f"first sign-in ({', '.join(self.sign_in)}): the password was not typed. If the portal really "
                "moved its sign-in there, delete the session file to trust it, or name it in sign_in_origins"
            )
        if there in self.redirected_to:
            return None
        return (
            f"the sign-in page on {there} was not reached through the portal's own redirects from portal_url "
            "(a link or a script led there): the password was not typed. If it is the portal's sign-in page, "
            "name its origin in sign_in_origins"
        )

    def signed_in(self, typed_on: t.Iterable[str], landed_on: str) -> None:
        """Record a real sign-in: where the password was typed and where the portal then was."""
        for there in typed_on:
            if there and there not in self.sign_in:
                self.sign_in.append(there)
        here = origin(landed_on)
        if here and here != self.home and here not in self.portal:
            self.portal.append(here)

    def may_load(self, url: str) -> bool:
        there = origin(url)
        return bool(there) and (there == self.home or there in self.portal)

    def on_portal(self, url: str) -> bool:
        return self.may_load(url)
