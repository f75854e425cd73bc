# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The main screen: the user's profile, on the right, leads to the service catalogue."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator


class MainScreen(BasePage):
    STEP = "main screen"
    EXPECTED = "the main screen (the profile or the 'Catalogue de services' button)"

    def profile(self) -> Locator:
        return self.control("profile_control")

    def catalogue_link(self) -> Locator:
        return self.control("catalogue_link")

    def is_here(self) -> bool:
        return self.visible(self.profile()) or self.visible(self.catalogue_link())

    def open_catalogue(self) -> None:
        link = self.catalogue_link()
        if not self.visible(link):
            self.expect(self.profile(), "the user profile control (right of the main screen)").click()
            self.expect(
                link,
                "the 'Catalogue de services' button in the profile (is this account an administrator?)",
            )
        self.click_and_settle(link.first, "'Catalogue de services'")
