# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Where the portal's pages are and where the password may be typed (see Origins)."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._session import origin


class Origins:
    """Where the portal's pages are and where the password may be typed.

    The password goes only to the portal's own origin, or to a sign-in origin reached by redirects
    from a navigation this run started itself (portal_url), never to a page reached from an address
    out of the session file. The sign-in origins of the first sign-in are recorded (in the sealed
    session file); a later sign-in on a new origin is refused, naming it.
    """

    def __init__(self, portal_url: str, portal: t.Iterable[str] = (), sign_in: t.Iterable[str] = ()) -> None:
        self.home = origin(portal_url)
        self.portal = [o for o in portal if o and o != self.home]
        self.sign_in = [o for o in sign_in if o]
        self._recorded = bool(self.sign_in)

    def password_problem(self, url: str, *, our_navigation: bool) -> str | None:
        """Why the password may not be typed on this page, or None."""
        there = origin(url)
        if there and (there == self.home or there in self.sign_in):
            return None
        if self._recorded:
            return (
                f"the sign-in page is on {there or 'an address that is not http(s)'}, not on the portal or the "
                f"sign-in origin(s) recorded at the first sign-in ({', '.join(self.sign_in)}): the password was "
                "not typed. If the portal really moved its sign-in there, delete the session file to trust it"
            )
        if our_navigation and there:
            return None
        where = there or "this address"
        return f"the sign-in page on {where} was not reached from portal_url: the password was not typed"

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
