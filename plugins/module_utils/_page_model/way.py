# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The way to the key page: straight to its remembered address while the session holds; else sign
in, follow the way the user gave (option route, given_way.py), replay the way remembered as what a
person clicks, or find it (route.py); then check the page shows the service and tiers asked for."""

from __future__ import annotations

import contextlib
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError, PortalError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import Arrival, RouteFinder, describe
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import folded, is_service
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches, tiers_mentioned
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import page_wait, poll
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import origin

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.portal import Portal


class KeyPageWay:
    """Takes one portal to its key page (`take`), recording the address and the way there."""

    def __init__(self, portal: Portal) -> None:
        self.p = portal

    def take(self) -> None:
        """Straight to the remembered address when the session holds; else sign in, replay the
        remembered way, or find it."""
        slot = self.p.slot
        remembered = self.p.key_pages.get(slot)
        if remembered and not self.p.origins.may_load(remembered):
            self.p.key_pages.pop(slot, None)  # never followed off the portal's origins
            remembered = None
        via = any(step.get("via") == "service" for step in self.p.routes.get(slot, []))
        if not self.p.direct:
            remembered = None  # the whole way, page by page (a portal check)
        if remembered and self._go_direct(remembered):
            self.p.signed_in = True
            self._arrived_by_address(via)
            return
        self.p.open()
        if remembered:
            if self._go_direct(remembered):  # signed in again: the address still holds
                self._arrived_by_address(via)
                return
            self.p.key_pages.pop(slot, None)  # moved (or never the key page): find the way
            self.p.open()
        arrival = self._way()
        self._on_the_portal()
        self.p.routes[slot] = arrival.steps
        self.p.route = [*self.p.answered, *(describe(step) for step in arrival.steps)]
        self.p.key_pages[slot] = self.p.page.url
        self._check_key_page(arrival.via_service)

    def _arrived_by_address(self, via_service: bool) -> None:
        self._on_the_portal()
        self.p.route = [*self.p.answered, *(describe(step) for step in self.p.routes.get(self.p.slot, []))]
        self._check_key_page(via_service)

    def _on_the_portal(self) -> None:
        """The key page found must be on the portal's origins: nothing is read, clicked or
        remembered on a page elsewhere, whatever it shows."""
        url = self.p.page.url
        if not self.p.origins.on_portal(url):
            there = origin(url) or "an address that is not http(s)"
            known = ", ".join([self.p.origins.home, *self.p.origins.portal])
            raise PortalError(
                f"the key page was found on {there}, which is not one of the portal's origins ({known}): "
                "nothing was read or clicked there, and its address is not remembered",
                step="find the key page",
                url=url,
            )

    def _way(self) -> Arrival:
        finder = RouteFinder(
            self.p.page,
            self.p.labels,
            self.p.timeout_s,
            service=self.p.service,
            tiers=self.p.tiers,
            at_key_page=self._is_the_key_page,
            on_portal=self.p.origins.on_portal,
        )
        finder.health = self.p.health
        finder.signed_out = self.p.sign_in_page.is_here
        finder.answered = self.p.answered
        remembered = self.p.routes.get(self.p.slot)
        if self.p.on_page is not None:
            self.p.on_page("the first signed-in page")
        if self.p.given_route:
            finder.after_step = self.p.on_page
            return finder.follow(self.p.given_route)  # the user's way: followed, never searched instead
        if remembered:
            finder.after_step = self.p.on_page
            arrival = finder.replay(remembered)
            if arrival is not None:
                return arrival
            self.p.notices.append("the remembered way to the key page no longer leads there: it was found again")
            self.p.open()
        arrival = finder.find()
        if self.p.on_page is not None:
            # Walked again, page by page, for whoever looks at each page on the way.
            self.p.open()
            finder.after_step = self.p.on_page
            again = finder.replay(arrival.steps)
            arrival = again or arrival
        return arrival

    def _is_the_key_page(self, via_service: bool) -> bool:
        """The key page of the service asked for: one that names it, one that lists several services'
        keys, or any key page reached through the service's own control."""
        if not self.p.key_page.is_here():
            return False
        shown = self.p.key_page.shown_service()
        return (
            via_service
            or not shown
            or is_service(shown, self.p.service)
            or self.p.key_page.lists_services()
            or self.p.key_page.offers_service()
        )

    def _service_proven(self) -> bool:
        """A key page that names no service: one list of several services' keys, the service asked
        written on it, or a way there through it."""
        wanted = folded(self.p.service)
        return (
            self.p.key_page.lists_services()
            or self.p.key_page.mentions(self.p.service)
            or any(wanted in folded(step) for step in self.p.route)
        )

    def _tiers_proven(self) -> bool:
        """A key page that shows no tiers control: the tiers asked is written on it ("Compte 95943"),
        or the way there went through the tiers' own row or choice."""
        wanted = str(self.p.tiers)
        return self.p.key_page.mentions_tiers(wanted) or any(tiers_mentioned(step, wanted) for step in self.p.route)

    def _go_direct(self, url: str) -> bool:
        """Load a remembered key page; False when it does not lead there (signed out, moved, an
        error page)."""
        try:
            with contextlib.suppress(PlaywrightError):  # recorded by the health watcher
                self.p.page.goto(url, wait_until="domcontentloaded")
            self.p.key_page.recover()
            shown = self.p.key_page.is_here
            poll(lambda: shown() or self.p.sign_in_page.is_here(), min(self.p.timeout_s, 10), page_wait(self.p.page))
            # Signed out (or sent elsewhere): the password is never typed on a page reached from an
            # address out of the session file; the caller signs in from portal_url instead.
            return self.p.key_page.is_here()
        except (PortalError, PlaywrightError):
            return False

    def _check_key_page(self, via_service: bool) -> None:
        """The service and tiers the key page shows. Another service's title is a warning (the page
        was reached through the service's own control); another tiers is chosen where the page
        offers the choice, and fails where the page plainly belongs to another tiers."""
        shown_service, shown_tiers = self.p.key_page.shown_service(), self.p.key_page.tiers()
        if self.p.tiers and shown_tiers and not tiers_matches(shown_tiers, self.p.tiers):
            if self.p.key_page.choose_tiers(self.p.tiers):
                shown_tiers = self.p.key_page.tiers()
            if not tiers_matches(shown_tiers, self.p.tiers):
                offered = self.p.key_page.offered_tiers
                several = len([o for o in offered if tiers_matches(o, self.p.tiers)]) > 1
                if not offered:
                    # Nothing was offered that could be read: the tiers may well exist (behind a control
                    # not recognised), so it is not called unknown.
                    self.p.key_page.fail(
                        f"the key page is for the tiers {shown_tiers!r}, not {self.p.tiers!r}, and no control on it "
                        "was recognised as a choice of another tiers",
                        error=NotFoundError,
                    )
                self.p.key_page.fail(
                    f"unknown tiers {self.p.tiers!r}{': it is ambiguous' if several else ''}; "
                    f"this account's key page is for {shown_tiers!r} (it offers: {', '.join(offered)})",
                    error=NotFoundError,
                )
        if self.p.tiers and not shown_tiers and not self._tiers_proven():
            if self.p.key_page.choose_tiers(self.p.tiers):
                # Chosen on the page (an account menu): the choice is a step of the way, and what the page
                # shows now is read again.
                if self.p.key_page.tiers_choice:
                    self.p.route.append(self.p.key_page.tiers_choice)
                if not poll(self.p.key_page.is_here, min(self.p.timeout_s, 10), page_wait(self.p.page)):
                    self.p.key_page.fail(f"after choosing the tiers {self.p.tiers!r}, the key page was no longer shown")
                shown_tiers = self.p.key_page.tiers()
                if (
                    not shown_tiers
                    and self.p.key_page.tiers_choice
                    and not self.p.key_page.shows_account_chosen(self.p.tiers)
                ):
                    self.p.key_page.fail(
                        f"after choosing {self.p.key_page.tiers_item!r} in a menu, the page names that account "
                        "nowhere: the choice may not have been applied, so a key made there could belong to another "
                        "tiers",
                        error=NotFoundError,
                    )
            if not shown_tiers and not self._tiers_proven():
                self.p.key_page.fail(
                    f"the key page does not show which tiers its keys belong to: {self.p.tiers!r} is shown nowhere on "
                    "it, and the way there did not choose it, so a key made there could belong to another tiers",
                    error=NotFoundError,
                )
        self.p.shown_tiers = shown_tiers
        if shown_service and not is_service(shown_service, self.p.service) and self.p.key_page.choose_service():
            shown_service = self.p.key_page.shown_service()
        if not (shown_service or via_service or self._service_proven()):
            self.p.key_page.fail(
                f"the key page does not show which service its keys belong to: {self.p.service!r} is shown nowhere "
                "on it, and the way there did not go through it, so a key made there could belong to another service",
                error=NotFoundError,
            )
        if shown_service and not is_service(shown_service, self.p.service) and not self.p.key_page.lists_services():
            if not via_service:
                self.p.key_page.fail(f"opened the keys of {shown_service!r} instead of {self.p.service!r}")
            self.p.notices.append(
                f"the key page reached through the service {self.p.service!r}'s own control is titled "
                f"{shown_service!r}; it is taken as the page of {self.p.service!r} (the result's service_shown)"
            )
        self.p.shown_title = shown_service  # what the page itself says ('' on a page of several services)
        self.p.shown_service = shown_service or self.p.service
