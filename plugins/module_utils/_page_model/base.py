# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""What every page object shares: where it is, how it waits, how it fails."""

from __future__ import annotations

import contextlib
import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    PortalError,
    SessionExpiredError,
    SignInError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import (
    PlaywrightError,
    PlaywrightTimeoutError,
    evaluate_loaded,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import LOOK_IN_SLICES, RELOAD_RETRY, page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.health import PageHealth

# The value a person reads after a label: visible text and field values that follow the label
# in document order, up to the next button (e.g. "Copier") or the next stop label. Marks that
# button so Playwright can click it for real. Works whatever the nesting (div, dl, table).
_VALUE_AFTER_LABEL_JS = """
(label, [labelSrc, stopSrc, buttonMark, copySrc]) => {
  const labelRx = new RegExp(labelSrc, 'i');
  const stopRx = stopSrc ? new RegExp(stopSrc, 'i') : null;
  const copyRx = new RegExp(copySrc, 'i');
  const visible = (el) => !!el && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  // A control, as a person tells one: a button or link of any make, or what says "Copier".
  const controlSel = 'button, [role=button], [role=link], a, input[type=button], input[type=submit], [onclick]';
  const saysCopy = (el) => el.children.length === 0 && copyRx.test((el.textContent || '').trim());
  const isControl = (el) => el.matches(controlSel) || saysCopy(el);
  // Read in document order from the label's own text: the words of the label itself (however
  // they are split), then what follows, up to a control (its "Copier") or the next label. A
  // control inside the label's element is a control like any other, never part of the value.
  const parts = [];
  let seen = '';
  let matched = false;
  let button = null;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = label;
  for (let steps = 0; steps < 5000 && walker.nextNode(); steps++) {
    const node = walker.currentNode;
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (!parent || !visible(parent) || parent.closest(controlSel + ', script, style, template')) continue;
      if (!matched) {
        seen += node.nodeValue;
        const found = labelRx.exec(seen);
        if (!found) continue;
        matched = true;
        const rest = seen.slice(found.index + found[0].length).replace(/^[\\s:]+/, '');
        if (rest.trim()) parts.push(rest);
        continue;
      }
      if (stopRx && stopRx.test(node.nodeValue)) break;
      if (copyRx.test(node.nodeValue.trim())) continue;
      parts.push(node.nodeValue);
      continue;
    }
    if (!matched) continue;
    const el = node;
    if (isControl(el)) { if (visible(el)) { button = el; break; } continue; }
    if (el.matches('table, [role=table], h1, h2, h3, h4, h5, h6, form')) break;
    if (el.matches('select, input[type=checkbox], input[type=radio]')) break;
    if (el.matches('input:not([type=hidden]), textarea, output') && visible(el))
      parts.push(' ' + (el.value || el.textContent || '') + ' ');
  }
  document.querySelectorAll('[' + buttonMark + ']').forEach((b) => b.removeAttribute(buttonMark));
  if (button) button.setAttribute(buttonMark, '1');
  return {value: parts.join(' ').replace(/\\s+/g, ' ').trim(), button: !!button};
}
"""

# A marker the page loses when it navigates, and a flag set when its DOM changes: together they
# tell that a click has had its effect, whether the portal reloads the page or redraws it.
_MARK_JS = """
() => {
  window.__cegidlifeMark = true;
  window.__cegidlifeChanged = false;
  if (window.__cegidlifeObserver) window.__cegidlifeObserver.disconnect();
  // Attributes count too (a menu shown by removing `hidden`, `aria-expanded`), but not our own marks.
  const ours = (r) => r.type === 'attributes' && /^data-(cl-|cegidlife)/.test(r.attributeName || '');
  window.__cegidlifeObserver = new MutationObserver((records) => {
    if (records.some((r) => !ours(r))) window.__cegidlifeChanged = true;
  });
  const watch = {childList: true, subtree: true, characterData: true, attributes: true};
  window.__cegidlifeObserver.observe(document.body || document.documentElement, watch);
}
"""
_SETTLED_JS = "() => !window.__cegidlifeMark || window.__cegidlifeChanged"

BUTTON_MARK = "data-cegidlife-target"
# A click that something drawn over the page takes (a cookie consent, an announcement, a tour) is
# noticed this fast, not after the whole timeout; the layer is then answered and the click retried.
BLOCKED_CLICK_S = 2.0
_LAYER_MARK = "data-cegidlife-layer"
# What is drawn over the page: dialogs, and fixed layers that cover a part of the viewport (the
# marks go on the outermost ones).
_LAYERS_JS = """
(mark) => {
  if (!document.body) return 0;  // a page still loading has nothing drawn over it yet
  document.querySelectorAll('[' + mark + ']').forEach((e) => e.removeAttribute(mark));
  const shown = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  let found = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (el.parentElement && el.parentElement.closest('[' + mark + ']')) continue;
    const dialog = el.matches('dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]');
    const fixed = getComputedStyle(el).position === 'fixed';
    if ((dialog || fixed) && shown(el)) { el.setAttribute(mark, ''); found++; }
  }
  return found;
}
"""


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
        """A button or a link whose accessible name matches a label (portals use both)."""
        where = scope or self.page
        name = self.rx(field)
        return where.get_by_role("button", name=name).or_(where.get_by_role("link", name=name))

    def visible(self, locator: Locator) -> bool:
        try:
            return locator.first.is_visible()
        except PlaywrightError:
            return False

    # --- acting and waiting for the effect ---------------------------------------------------
    def click_and_settle(self, locator: Locator, what: str, *, required: bool = True) -> None:
        """Click, then wait until the page reloaded or redrew and has finished loading. A click
        that need not change anything (`required=False`) waits a moment at most."""
        evaluate_loaded(self.page, _MARK_JS)
        self._click(locator, what)
        self.settle(what, required=required)

    def _click(self, locator: Locator, what: str) -> None:
        """Click as a person does: when something drawn over the page takes the click, answer it
        with the choice that commits to nothing more (decline_answer), then click again."""
        # A trial click only checks that the click would land (never clicks): a control such as
        # "Générer" is clicked exactly once, below, whatever its answer takes.
        for dummy in range(3):
            try:
                locator.click(timeout=BLOCKED_CLICK_S * 1000, trial=True)
                break
            except PlaywrightTimeoutError:
                if not self.answer_layer():
                    break
        try:
            locator.click(timeout=self.timeout_ms)
        except PlaywrightTimeoutError:
            self.fail(f"could not click {what} within {self.timeout_s:g}s")

    @staticmethod
    def name_of(control: Locator) -> str:
        """What a control says, for messages and the route: its aria-label, else its text."""
        return (control.get_attribute("aria-label") or control.inner_text() or "").strip()

    def answer_layer(self) -> str | None:
        """Answer what is drawn over the page (a dialog, a fixed layer) with its declining or closing
        choice; that choice's name, or None when no layer offers one."""
        if not evaluate_loaded(self.page, _LAYERS_JS, _LAYER_MARK):
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
            self.answered.append(f"answered '{said}'")
            return said
        return None

    def settle(self, what: str, *, required: bool = True) -> None:
        limit_ms = self.timeout_ms if required else min(self.timeout_ms, 1500)
        try:
            self.page.wait_for_function(_SETTLED_JS, timeout=limit_ms, polling=50)
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
            _VALUE_AFTER_LABEL_JS,
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
