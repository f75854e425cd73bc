# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The confirmation a revocation may ask for, in a modal (confirmed, with the key's name typed where
it asks for it) or in a popover the click showed; a page that reloaded instead was done without asking."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import LOOK_OFTEN, page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import ElementHandle, Locator

_CHOSEN = "data-cl-chosen-confirm"


# Whether a control sits in something drawn apart from the page's flow: a popover ("Révoquer cette
# clé ? Annuler / OK" beside the button), a tooltip, a dialog.
_IN_A_LAYER = """(el) => {
  for (let at = el; at && at !== document.body; at = at.parentElement) {
    if (at.matches('[popover], [role=tooltip], [role=dialog], [role=alertdialog], dialog')) return true;
    if (['fixed', 'absolute'].includes(getComputedStyle(at).position)) return true;
  }
  return false;
}"""


class RevokeConfirmation(BasePage):
    STEP = "key page"
    EXPECTED = "the revocation's confirmation"

    def _offered(self) -> Locator:
        return self.page.get_by_role("button", name=self.rx("confirm_button"))

    def note_shown(self) -> None:
        """Before the click on "Révoquer": which confirm controls show already (not the question's)."""
        self.mark_shown(self._offered())

    def confirm_if_asked(self, name: str) -> None:
        """A modal asking to confirm: click its confirm button. A popover that the click showed, with
        one confirm control ("OK", "Révoquer"): click that one. A reload means it is done."""
        dialog = self.dialogs()
        confirm = self.control("confirm_button", scope=dialog.first)
        popped: list[ElementHandle] = []

        def asked() -> str | None:
            if not self._still_same_page():
                return "reloaded"  # done without asking
            if self.visible(dialog) and self.visible(confirm):
                return "asked"
            popped[:] = [h for h in self.revealed(self._offered()) if h.evaluate(_IN_A_LAYER)]
            return "popover" if popped else None

        answer = poll(asked, min(self.timeout_s, 5), page_wait(self.page), LOOK_OFTEN)
        if answer == "asked":
            self._type_name_if_asked(dialog.first, name)
            self.click_and_settle(confirm.first, f"the confirmation of revoking {name!r}")
        elif answer == "popover":
            if len(popped) > 1:
                self.fail(f"revoking {name!r} showed {len(popped)} confirm controls, not one: none was clicked")
            self.click_and_settle(self.only(popped[0], _CHOSEN), f"the confirmation of revoking {name!r}")

    def _type_name_if_asked(self, dialog: Locator, name: str) -> None:
        """A confirmation that asks to type the key's name: one field, which (or whose dialog) says
        so and names the key. Any other field is left alone (nothing is typed that was not asked)."""
        fields = [f for f in dialog.get_by_role("textbox").all() if f.is_visible()]
        if len(fields) != 1:
            return
        said = f"{self.name_of(fields[0])} {fields[0].get_attribute('placeholder') or ''} {dialog.inner_text()}"
        if self.rx("type_to_confirm").search(said) and name in dialog.inner_text():
            fields[0].fill(name)

    def _still_same_page(self) -> bool:
        try:
            return bool(self.page.evaluate(script("still_marked")))
        except Exception:  # noqa: BLE001 - a navigation destroyed the context: not the same page
            return False
