# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The vendor's procedure, page by page: sign in, profile, catalogue, filter, key button."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError, PortalError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.catalogue import (
    CataloguePage,
    tiers_matches,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CLIPBOARD_HOOK_JS
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_page import KeyPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.main_screen import MainScreen
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.sign_in import SignInPage
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    PlaywrightError,
    PlaywrightTimeoutError,
)

if t.TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page


class Portal:
    """Reaches the key page of (service, tiers) the way an administrator does."""

    def __init__(
        self,
        context: BrowserContext,
        page: Page,
        *,
        url: str,
        username: str,
        password: str,
        labels: Labels,
        timeout_s: float,
    ) -> None:
        context.add_init_script(CLIPBOARD_HOOK_JS)
        self.page = page
        self.url = url
        self._username = username
        self._password = password
        self.labels = labels
        self.timeout_s = timeout_s
        self.sign_in_page = SignInPage(page, labels, timeout_s)
        self.main = MainScreen(page, labels, timeout_s)
        self.catalogue = CataloguePage(page, labels, timeout_s)
        self.key_page = KeyPage(page, labels, timeout_s)

    def open(self) -> None:
        """Load the portal and sign in if it asks."""
        try:
            self.page.goto(self.url, wait_until="domcontentloaded")
        except PlaywrightTimeoutError:
            raise PortalError(f"the portal did not answer within {self.timeout_s:g}s", step="open portal", url=self.url) from None
        except PlaywrightError as exc:
            raise PortalError(f"the portal could not be reached: {_reason(exc)}", step="open portal", url=self.url) from None
        self._wait_for_sign_in_or_main()
        if not self.main.is_here():
            self.sign_in_page.sign_in(self._username, self._password, self.main.is_here)

    def _wait_for_sign_in_or_main(self) -> None:
        try:
            self.main.profile().or_(self.main.catalogue_link()).or_(self.sign_in_page.password_field()).or_(
                self.sign_in_page.username_field()
            ).first.wait_for(state="visible", timeout=self.timeout_s * 1000)
        except PlaywrightTimeoutError:
            raise PortalError(
                "expected a sign-in form or the main screen, the page shows neither",
                step="open portal",
                url=self.page.url,
            ) from None

    def open_key_page(self, service: str, tiers: str | None) -> tuple[str, str]:
        """From the main screen to the key page; returns (service, tiers) as the page shows them."""
        self.main.open_catalogue()
        self.catalogue.wait_until_here()
        self.catalogue.choose_tiers(tiers)
        self.catalogue.filter_online_services()
        self.catalogue.open_key_page(service)
        self.key_page.wait_until_here()
        shown_service, shown_tiers = self.key_page.service(), self.key_page.tiers()
        if shown_service and shown_service.casefold() != service.casefold():
            self.key_page.fail(f"opened the keys of {shown_service!r} instead of {service!r}")
        if tiers and shown_tiers and not tiers_matches(shown_tiers, tiers):
            self.key_page.fail(
                f"unknown tiers {tiers!r}; this account's key page is for {shown_tiers!r}",
                error=NotFoundError,
            )
        return shown_service or service, shown_tiers


def _reason(exc: BaseException) -> str:
    """The first line of a browser error, e.g. 'net::ERR_CONNECTION_REFUSED at https://...'."""
    text = str(exc).strip().splitlines()
    first = text[0] if text else type(exc).__name__
    for marker in ("net::", "SSL", "ERR_"):
        at = first.find(marker)
        if at >= 0:
            return first[at:].split(" at ")[0]
    return first
