# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""A drop-down as design systems draw it: an ARIA combobox (role=combobox on a button, a div or an
input) that opens a listbox of options, instead of a native <select>.

It is used as a person uses it: open it, read the options it offers, pick one by its accessible
name, then check that the combobox shows it. Opening it and choosing an option is navigation: it
changes nothing on the portal. A combobox that is a button which would submit a form that posts is
never clicked (a form's default button submits it).
"""

from __future__ import annotations

import contextlib
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import folded
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage

# How long the options take to show once the combobox is opened.
OPEN_WAIT_S = 5.0


def squashed(text: str) -> str:
    return " ".join(text.split())


def is_native(box: Locator) -> bool:
    """A native <select> (chosen with select_option), not an ARIA combobox."""
    return bool(box.evaluate("(el) => el.tagName === 'SELECT'"))


def radio_name(radio: Locator) -> str:
    """What a radio button is called: its aria-label, else what js/radio_label.js reads (its
    labels, or an ARIA radio's own text)."""
    return squashed(str(radio.get_attribute("aria-label") or radio.evaluate(script("radio_label")) or ""))


def radio_chosen(radio: Locator) -> bool:
    """Whether a radio button shows as chosen: a native one checked, an ARIA one aria-checked."""
    return radio.get_attribute("aria-checked") == "true" or radio.is_checked()


def shows(shown: str, option: str) -> bool:
    """The combobox shows that option: its text, or the option's text within what it shows."""
    return bool(folded(option)) and folded(option) in folded(shown)


def pick(
    owner: BasePage, box: Locator, what: str, choose: t.Callable[[list[str]], str | None]
) -> tuple[str | None, list[str]]:
    """Choose in a drop-down, native or an ARIA combobox, the option `choose` names among those it
    offers (None: nothing is chosen, and a combobox opened is closed again); the option chosen and
    the options offered."""
    combobox = None if is_native(box) else Combobox(owner, box, what)
    if combobox is None:
        options = [o.strip() for o in box.locator("option").all_inner_texts() if o.strip()]
    else:
        options = combobox.open()
    chosen = choose(options)
    if chosen is None:
        if combobox is not None:
            combobox.close()
    elif combobox is None:
        box.select_option(label=chosen)
    else:
        combobox.choose(chosen)
    return chosen, options


class Combobox:
    """One ARIA combobox on the page of `owner` (for its waits and its failures); `what` names it
    in messages ("the tiers", "the new key form's service list")."""

    def __init__(self, owner: BasePage, box: Locator, what: str) -> None:
        self.owner = owner
        self.page = owner.page
        self.box = box
        self.what = what

    def shown(self, timeout_ms: float | None = None) -> str:
        """The value the combobox shows now."""
        return str(self.box.evaluate(script("combobox_shown"), timeout=timeout_ms))

    def listbox(self) -> Locator:
        """The listbox it controls (aria-controls, aria-owns), else one it holds, else the one shown."""
        for attribute in ("aria-controls", "aria-owns"):
            for ident in (self.box.get_attribute(attribute) or "").split():
                target = self.page.locator(f'[id="{ident}"]')
                if target.count():
                    return target.first
        inner = self.box.get_by_role("listbox")
        if inner.count():
            return inner.first
        shown = [b for b in self.page.get_by_role("listbox").all() if b.is_visible()]
        return shown[0] if shown else self.page.get_by_role("listbox").first

    def open(self) -> list[str]:
        """Open it as a person does (a click; the arrow key where a click shows nothing) and read
        the names of the options it offers."""
        if self.box.evaluate(script("submits_post")):
            self.owner.fail(f"{self.what} is a button that would submit a form that posts: it is never clicked")
        if self.box.get_attribute("aria-expanded") != "true":
            self.owner.click_and_settle(self.box, f"{self.what} (to open it)", required=False)
        names = self._offered(OPEN_WAIT_S)
        if not names:
            with contextlib.suppress(PlaywrightError):
                self.box.press("ArrowDown")
            names = self._offered(1.0)
        return names

    def _offered(self, wait_s: float) -> list[str]:
        def read() -> list[str] | None:
            try:
                options = self.listbox().get_by_role("option")
                found = [self._name(o) for o in options.all() if o.is_visible()]
            except PlaywrightError:
                return None
            return [n for n in found if n] or None

        return poll(read, wait_s, page_wait(self.page)) or []

    @staticmethod
    def _name(option: Locator) -> str:
        return squashed(option.get_attribute("aria-label") or option.inner_text() or "")

    def close(self) -> None:
        """Close it again without choosing (Escape), when nothing is to be chosen."""
        if self.box.get_attribute("aria-expanded") == "true":
            with contextlib.suppress(PlaywrightError):
                self.box.press("Escape")

    def choose(self, option: str) -> None:
        """Click the option of that accessible name, then check the combobox shows it; fails
        otherwise, naming what it shows."""
        listbox = self.listbox()
        target = listbox.get_by_role("option", name=option, exact=True)
        if target.count() != 1:  # its accessible name differs from its text: the one read as `option`
            target = next(o for o in listbox.get_by_role("option").all() if self._name(o) == option)
        self.owner.click_and_settle(target.first, f"{option!r} in {self.what}", required=False)

        def showing() -> bool | None:
            try:
                return shows(self.shown(1000), option) or None
            except PlaywrightError:
                return None  # the page reloaded with the choice: read it again

        if not poll(showing, min(self.owner.timeout_s, OPEN_WAIT_S), page_wait(self.page)):
            try:
                shown = self.shown(1000)
            except PlaywrightError:
                shown = "(nothing readable)"
            self.owner.fail(f"chose {option!r} in {self.what}, but it shows {shown!r}: the choice did not take")
