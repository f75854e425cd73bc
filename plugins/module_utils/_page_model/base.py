# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""What every page object shares: where it is, how it waits, how it fails."""

from __future__ import annotations

import contextlib
import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    ControlGoneError,
    PortalError,
    SessionExpiredError,
    SignInError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    PlaywrightError,
    PlaywrightTimeoutError,
    evaluate_loaded,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import LOOK_IN_SLICES, RELOAD_RETRY, page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import ElementHandle, Locator, Page

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.health import PageHealth

# The mark js/value_after_label.js puts on the button after a value (its "Copier"), to click it for real.
BUTTON_MARK = "data-cegidlife-target"
# A click that something drawn over the page takes (a cookie consent, an announcement, a tour) is
# noticed this fast, not after the whole timeout; the layer is then answered and the click retried.
BLOCKED_CLICK_S = 2.0
# The mark js/mark_layers.js puts on what is drawn over the page (dialogs, fixed layers).
_LAYER_MARK = "data-cegidlife-layer"
# The button that opened a menu left open over what is to be clicked (js/popup_over.js).
_OPENER_MARK = "data-cegidlife-opener"
# Which of a set of controls showed before a click (mark_shown), so that `revealed` tells what it showed.
_SHOWN_BEFORE = "data-cegidlife-shown-before"


class BasePage:
    """A page object: `STEP` names it in errors, `is_here` proves it is shown."""

    STEP = "portal"
    EXPECTED = "the page"

    def __init__(self, page: Page, labels: Labels, timeout_s: float) -> None:
        self.page = page
        self.labels = labels
        self.timeout_s = timeout_s
        # Set by the Portal: how the last load went, and whether the sign-in page is shown.
        self.health: PageHealth | None = None
        self.signed_out: t.Callable[[], bool] | None = None
        # What the run answered on its way (layers, questions), as a person would say it; the
        # Portal gives all its page objects one list, which the result's `route` begins with.
        self.answered: list[str] = []

    @property
    def timeout_ms(self) -> float:
        return self.timeout_s * 1000

    # --- failing clearly -------------------------------------------------------------------
    def fail(self, message: str, *, error: type[PortalError] = PortalError, **details: t.Any) -> t.NoReturn:
        """Raise what failed; a 5xx page or the sign-in page explain a missing element better."""
        if error is not SignInError:
            if self.health is not None:
                self.health.raise_if_bad(self.STEP)
            if self.signed_out is not None and self.signed_out():
                raise SessionExpiredError(
                    f"the portal showed its sign-in page instead ({message})", step=self.STEP, url=self.page.url
                )
        raise error(message, step=self.STEP, url=self.page.url, **details)

    def expect(self, locator: Locator, expected: str, timeout_s: float | None = None) -> Locator:
        """Wait for a locator to be visible, else fail saying what was looked for. The sign-in page
        (an ended session) or an error page fail at once: no use waiting for them to change."""
        limit = timeout_s or self.timeout_s

        def shown() -> bool:
            if self.visible(locator):
                return True
            if (self.signed_out is not None and self.signed_out()) or (self.health is not None and self.health.bad()):
                self.fail(f"expected {expected}, not found")
            return False

        def until_shown(seconds: float) -> None:  # Playwright's own wait: it ends once the locator shows
            with contextlib.suppress(PlaywrightTimeoutError):
                locator.first.wait_for(state="visible", timeout=max(1, seconds * 1000))

        if not poll(shown, limit, until_shown, LOOK_IN_SLICES):
            self.fail(f"expected {expected}, not found within {limit:g}s")
        return locator.first

    def is_here(self) -> bool:  # pragma: no cover - every page defines it
        raise NotImplementedError

    # --- locating by what a person sees ------------------------------------------------------
    def rx(self, field: str) -> re.Pattern[str]:
        return self.labels.rx(field)

    def control(self, field: str, scope: Page | Locator | None = None) -> Locator:
        """A button or a link whose accessible name matches a label (portals use both), or the
        summary of a <details> (a disclosure button to a person and to a screen reader; Playwright's
        roles give it none), by its aria-label or its text."""
        where = scope or self.page
        name = self.rx(field)
        summary = where.locator("summary")
        return (
            where.get_by_role("button", name=name)
            .or_(where.get_by_role("link", name=name))
            .or_(summary.and_(where.get_by_label(name)))
            .or_(summary.filter(has_text=name))
        )

    def mark_shown(self, offered: Locator) -> None:
        """Note which of these controls show now: `revealed` then gives the ones a click showed."""
        for handle in offered.element_handles():
            shown = handle.is_visible()
            handle.evaluate("(el, [mark, shown]) => el.toggleAttribute(mark, shown)", [_SHOWN_BEFORE, shown])

    def revealed(self, offered: Locator) -> list[ElementHandle]:
        """Those of the controls that show now and did not when `mark_shown` looked."""
        return [h for h in offered.element_handles() if h.is_visible() and h.get_attribute(_SHOWN_BEFORE) is None]

    def only(self, handle: ElementHandle, mark: str) -> Locator:
        """A locator of that one element, to click it as any control: the mark is taken off any other
        element first (one left from an earlier choice would make two)."""
        for other in self.page.locator(f"[{mark}]").element_handles():
            other.evaluate("(el, mark) => el.removeAttribute(mark)", mark)
        handle.evaluate("(el, mark) => el.setAttribute(mark, '')", mark)
        return self.page.locator(f"[{mark}]")

    def dialogs(self) -> Locator:
        """The page's dialogs, plain or alert ones."""
        return self.page.get_by_role("dialog").or_(self.page.get_by_role("alertdialog"))

    def shown(self, locator: Locator) -> list[Locator]:
        """Each element of the locator that is shown; none while the page navigates (polled during
        a sign-in's redirects, a page has no elements to give, and that is no failure)."""
        try:
            return [element for element in locator.all() if element.is_visible()]
        except PlaywrightError:
            return []

    def visible(self, locator: Locator) -> bool:
        try:
            return locator.first.is_visible()
        except PlaywrightError:
            return False

    # --- acting and waiting for the effect ---------------------------------------------------
    def click_and_settle(self, locator: Locator, what: str, *, required: bool = True) -> None:
        """Click, then wait until the page reloaded or redrew and has finished loading. A click
        that need not change anything (`required=False`) waits a moment at most."""
        evaluate_loaded(self.page, script("mark_changes"))
        self._click(locator, what)
        self.settle(what, required=required)

    def _click(self, locator: Locator, what: str) -> None:
        """Click as a person does: when something drawn over the page takes the click, answer it
        with the choice that commits to nothing more (decline_answer), then click again."""
        # A trial click only checks that the click would land (never clicks): a control such as
        # "Générer" is clicked exactly once, below, whatever its answer takes.
        covering = ""
        answered: list[str] = []
        for dummy in range(3):
            try:
                locator.click(timeout=BLOCKED_CLICK_S * 1000, trial=True)
                break
            except PlaywrightTimeoutError:
                said = self.answer_layer() or ("the menu over it" if self._close_popup_over(locator) else None)
                if said:
                    answered.append(said)
                    continue
                # Nothing to answer: what is over it may still be passing (a veil that fades), so
                # look once more; the same layer twice, unless it shows progress or is a toast, fails now.
                seen, covering = covering, self._covered_by(locator)
                if not covering or covering.endswith("(passing)"):
                    break
                if covering == seen:
                    self.fail(
                        f"could not click {what}: {covering} is drawn over it, and it offers no choice "
                        "known to decline or close it (such as 'Refuser', 'Continuer sans accepter', 'Fermer')"
                    )
        if answered and not locator.count():
            # Answering redrew the page (a dialog closed by a reload): its controls are to be found again.
            self.fail(f"could not click {what}: it was gone once {answered[-1]!r} was answered", error=ControlGoneError)
        try:
            locator.click(timeout=self.timeout_ms)
        except PlaywrightTimeoutError:
            self.fail(f"could not click {what} within {self.timeout_s:g}s")

    def _close_popup_over(self, locator: Locator) -> bool:
        """Close a menu or pop-over left open over the control, as a person does: its button clicked
        again, or Escape in it (js/popup_over.js). Whether one was closed."""
        try:
            how = locator.first.evaluate(
                script("popup_over", "hit_at_middle"), _OPENER_MARK, timeout=BLOCKED_CLICK_S * 1000
            )
            if how == "opener":
                opener = self.page.locator(f"[{_OPENER_MARK}]").first.element_handle(timeout=BLOCKED_CLICK_S * 1000)
                opener.evaluate("(b, mark) => b.removeAttribute(mark)", _OPENER_MARK)
                opener.click(timeout=BLOCKED_CLICK_S * 1000)
            elif how == "escape":
                self.page.keyboard.press("Escape")
            else:
                return False
        except PlaywrightError:
            return False
        self.settle("closing the menu over it", required=False)
        return True

    @staticmethod
    def _covered_by(locator: Locator) -> str:
        """What is drawn over the control's middle and takes its clicks (see js/covered_by.js), or ''."""
        try:
            return str(
                locator.first.evaluate(script("covered_by", "hit_at_middle"), timeout=BLOCKED_CLICK_S * 1000) or ""
            )
        except PlaywrightError:
            return ""

    @staticmethod
    def name_of(control: Locator | ElementHandle) -> str:
        """What a control says, for messages and the route: its aria-label, else its text."""
        return (control.get_attribute("aria-label") or control.inner_text() or "").strip()

    def answer_layer(self) -> str | None:
        """Answer what is drawn over the page (a dialog, a fixed layer) with its declining or closing
        choice; that choice's name, or None when no layer offers one."""
        if not evaluate_loaded(self.page, script("mark_layers"), _LAYER_MARK):
            return None
        answers = self.control("decline_answer", scope=self.page.locator(f"[{_LAYER_MARK}]"))
        # Layers stack: the one on top (usually the last drawn) takes the click, so try from the last.
        for at in reversed(range(answers.count())):
            answer = answers.nth(at)
            if not self.visible(answer):
                continue
            said = self.name_of(answer)
            try:
                answer.click(timeout=BLOCKED_CLICK_S * 500)
            except PlaywrightTimeoutError:
                continue  # under another layer: answer that one first
            self.settle(f"'{said}'", required=False)
            self.answered.append(f"answered {said!r}")
            return said
        return None

    def settle(self, what: str, *, required: bool = True) -> None:
        limit_ms = self.timeout_ms if required else min(self.timeout_ms, 1500)
        try:
            self.page.wait_for_function(script("settled"), timeout=limit_ms, polling=50)
            self.page.wait_for_load_state("domcontentloaded", timeout=self.timeout_ms)
        except PlaywrightTimeoutError:
            if required:
                self.fail(f"the page did not respond to {what} within {self.timeout_s:g}s")
        except PlaywrightError:
            # The page navigated while we polled it: that is the effect we waited for.
            self.page.wait_for_load_state("domcontentloaded", timeout=self.timeout_ms)
        self.recover()

    def recover(self) -> None:
        """After a load: a GET that met a 5xx or a dropped connection is loaded again, with
        back-off, within `timeout`; anything else transient (a POST) is raised as such."""
        health = self.health
        if health is None:
            return
        url: str | None = None  # what the last look found to load again
        wait = page_wait(self.page)

        def loaded() -> bool:
            nonlocal url
            url = health.reloadable()
            return url is None

        def load_again(pause: float) -> None:
            wait(pause)
            if url is not None:
                with contextlib.suppress(PlaywrightError):  # the health watcher records it: looked at again
                    self.page.goto(url, wait_until="domcontentloaded")

        poll(loaded, self.timeout_s, load_again, RELOAD_RETRY)
        health.raise_if_bad(self.STEP)

    # --- reading -----------------------------------------------------------------------------
    def value_after_label(self, label: Locator, label_field: str, stop_field: str | None) -> tuple[str, bool]:
        """(text value, whether a button follows it) for the label; the button gets BUTTON_MARK."""
        result = label.evaluate(
            script("value_after_label"),
            [
                getattr(self.labels, label_field),
                getattr(self.labels, stop_field) if stop_field else None,
                BUTTON_MARK,
                self.labels.copy_button,
            ],
        )
        return str(result["value"]), bool(result["button"])

    def marked_button(self) -> Locator:
        return self.page.locator(f"[{BUTTON_MARK}]")
