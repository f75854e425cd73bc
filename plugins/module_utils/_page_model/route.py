# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The way from the first signed-in page to the key page: found as a person finds it, not scripted.

A bounded, read-only search over what the page shows. It tries first the controls that name the
target ("Catalogue de services", "Clé API", "Clés d'API", the service itself, a service's key
control, the "Services en lignes" filter), then the frames a page shows (entered at their address,
on the portal's origins only), then what a person opens to find them: the account control at the
top right, whatever it shows (a name, initials, an icon), controls that open a menu or a drawer,
and what those reveal. It never clicks what changes the portal or the session
("Générer", "Révoquer", "Se déconnecter", a form that posts...), goes at most MAX_DEPTH levels deep
and MAX_CLICKS clicks, within the run's timeout.

The way found is a list of steps named by what a person sees (role, accessible name, the row it
is on), never selectors: the session file keeps it, the result returns it, and the next run replays
it, searching again where the replay breaks.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    ControlGoneError,
    NotFoundError,
    PortalError,
    SessionExpiredError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model import given_way
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.combobox import Combobox
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import control_locator, controls
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.ranking import (
    Control,
    Ranking,
    Step,
    describe,
    key_of,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import choose_service, folded
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_mentioned
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError, evaluate_loaded
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import LOOK_AT_CONTROLS, page_wait, poll

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

MAX_DEPTH = 3
# Opening a side menu's groups takes clicks too (several on a console's menu), so the budget is more
# than the depth times a page's best few.
MAX_CLICKS = 24
# Collapsed groups opened in one look at a page (a side menu's sections), at the most.
MAX_EXPANDS = 8
# The most controls a gate shows (a page between the sign-in and the portal: see gate).
_GATE_CONTROLS = 6
# The score an opened group's step carries: at or above 140, it costs no depth (see _search).
_EXPAND_SCORE = "145"


@dataclasses.dataclass
class Arrival:
    """How the key page was reached: `via_service` when through the service's own control (its
    row's key control, or its name), so the page is that service's whatever its title says."""

    steps: list[Step]
    via_service: bool


def _matches(control: Control, step: Step) -> bool:
    """The control a remembered step names: same role, same name, on the same row if it had one."""
    if control["role"] != step["role"] or folded(control["name"]) != folded(step["name"]):
        return False
    where = (control.get("row", ""), control["name"])
    if step.get("tiers") and not any(tiers_mentioned(at, step["tiers"]) for at in where):
        return False  # the service's row (or the account's link) of another tiers
    return not step.get("row") or folded(control["rowLabel"]) == folded(step["row"])


def _public(step: Step) -> Step:
    """A step as it is remembered and returned: what a person sees, without the search's notes."""
    return {k: v for k, v in step.items() if k != "score"}


class RouteFinder(BasePage):
    """Finds, or replays, the way to the key page. `at_key_page()` says when it is reached."""

    STEP = "find the key page"
    EXPECTED = "the way to the key page"

    def __init__(
        self,
        page: t.Any,
        labels: Labels,
        timeout_s: float,
        *,
        service: str,
        tiers: str | None,
        at_key_page: t.Callable[[bool], bool],
        on_portal: t.Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(page, labels, timeout_s)
        self.service = service
        self.tiers = tiers
        self.at_key_page = at_key_page
        self.clicks = 0  # the search's own clicks (going back along a path to try the next is free)
        # The steps clicked in this search: one shown again on the next page too (a bar on every page)
        # was tried from where it first showed, and is not clicked again from each page under it.
        self._clicked: set[tuple[str, ...]] = set()
        self.tried: list[str] = []  # the paths tried, as a person would say them
        # Each view explored (its address and what it shows) and the fewest levels it was reached
        # at: a view met again as deep or deeper has nothing new to show ("Home" back to the start).
        self.explored: dict[tuple[str, frozenset[tuple[t.Any, ...]]], int] = {}
        # Told, during a replay, of each page a step led to (a portal check looks at every one).
        self.after_step: t.Callable[[str], None] | None = None
        self.ranking = Ranking(
            labels, service=service, tiers=tiers, page_url=lambda: self.page.url, on_portal=on_portal
        )

    # --- replaying --------------------------------------------------------------------------
    def replay(self, steps: list[Step]) -> Arrival | None:
        """Follow a remembered way; None where it breaks (the caller searches again)."""
        via_service = False
        for step in steps:
            control = self._find(step, wait_s=min(self.timeout_s, 5))
            if control is None:
                return None
            via_service = self.do(control, step) or via_service
            self.still_signed_in()
            if self.after_step is not None:
                self.after_step(f"after {describe(step)}")
        if not self.arrived(via_service):
            return None
        return Arrival(list(steps), via_service)

    def _find(self, step: Step, wait_s: float) -> Control | None:
        def shown() -> Control | None:
            return next((c for c in controls(self.page) if _matches(c, step)), None)

        return poll(shown, wait_s, page_wait(self.page), LOOK_AT_CONTROLS)

    # --- following the way the user gave (option route) ----------------------------------------
    def follow(self, given: list[Step]) -> Arrival:
        """Follow the way the user wrote (given_way.py); never searched instead."""
        steps, via_service = given_way.follow(self, given)
        return Arrival(steps, via_service)

    # --- searching ----------------------------------------------------------------------------
    def find(self) -> Arrival:
        """Search from the page shown; fails clearly (what was looked for, the paths tried, the
        controls seen) when no way is found within the bounds."""
        start = self.page.url
        asked = self._commitments()
        deadline = time.monotonic() + self.timeout_s * 2
        found = self._search([], start, deadline)
        if found is not None:
            return found
        if asked:
            raise NotFoundError(
                f"the first page after signing in asks to accept {asked!r} before going on, and no way to the key "
                "page was found past it: the module never accepts on the account's behalf. Accept it once in the "
                "portal, by hand, then run again",
                step=self.STEP,
                url=start,
            )
        if self.ranking.services_seen and not choose_service(self.ranking.services_seen, self.service).candidates:
            listed = ", ".join(dict.fromkeys(self.ranking.services_seen))
            raise NotFoundError(
                f"unknown service {self.service!r}; the services seen in the catalogue: {listed}",
                step=self.STEP,
                url=self.page.url,
            )
        tried = "; ".join(self.tried[-8:]) or "nothing could be clicked"
        seen = ", ".join(dict.fromkeys(self.ranking.seen))[:1500] or "none"
        raise NotFoundError(
            f"no way to the key page of {self.service!r} was found within {MAX_DEPTH} levels and {MAX_CLICKS} "
            f"clicks (looked for controls named like the target - 'Catalogue de services', 'Clé API', "
            f"'Clés d'API', {self.service!r} - and what the account control and menus open; is this account "
            f"an administrator of the customer account?). Paths tried: {tried}. Controls seen: {seen}. "
            "If a person can find the page, give the way as the names they click, in the option route "
            "(for example ['Espace client', 'Mes abonnements', 'Loop APIkey', 'Gérer les clés'])",
            step=self.STEP,
            url=self.page.url,
        )

    def _commitments(self) -> str:
        """What an unticked box of the page asks to accept (terms, a charter), if any."""
        boxes = self.page.get_by_role("checkbox", name=self.rx("commitment"))
        try:
            said = next((b for b in boxes.all() if b.is_visible() and not b.is_checked()), None)
            return " ".join(str(said.evaluate(script("box_label"))).split()) if said is not None else ""
        except PlaywrightError:
            return ""

    def _search(
        self, path: list[Step], start: str, deadline: float, previous: set[tuple[str, str]] | None = None
    ) -> Arrival | None:
        """Depth-first, best first. Depth counts only the exploring clicks (an account control, a
        menu, a page that does not name the target); controls that name the target do not, nor do
        the groups opened first so that everything a section hides is in view (breadth first)."""
        path = [*path, *self._open_groups(path)]
        # A frame still loading shows no document yet, so it is no control yet: the page, frames
        # included, is looked at once loaded (a slow machine listed a key widget's frame too early).
        with contextlib.suppress(PlaywrightError):
            self.page.wait_for_load_state("load", timeout=min(self.timeout_ms, 5000))
        shown = controls(self.page)
        here = {(c["role"], c["name"]) for c in shown}
        depth = sum(1 for s in path if int(s.get("score", "0")) < 140)  # the exploring clicks so far
        if not self._first_look(shown, depth):
            return None
        dirty = False
        last = path[-1] if path else {}
        row_menu = bool(last.get("row")) and last.get("via") != "service"
        # A choice made in a filter form (a drop-down, a radio button) is applied with its "Filtrer".
        chose = last.get("action") == "select" or last.get("role") == "radio"
        gate = self.gate(shown)
        for step in self.ranking.ranked(shown, previous or set(), path, row_menu, chose, gate):
            explores = int(step.get("score", "0")) < 140
            if explores and depth >= MAX_DEPTH:
                continue
            if self._tried_before(step, previous, explores, chose):
                continue
            if self.clicks >= MAX_CLICKS or time.monotonic() > deadline:
                return None
            if dirty and not self._restore(start, path):
                return None
            located = self._find(step, wait_s=1)
            if located is None:
                continue
            dirty = True
            self.tried.append(" > ".join(describe(s) for s in [*path, step]))
            self._clicked.add(key_of(step))
            try:
                self.do(located, step)
            except ControlGoneError:
                continue  # a layer answered over it redrew the page: on to the next, from a fresh start
            self.still_signed_in()
            via = any(s.get("via") == "service" for s in [*path, step])
            if self.arrived(via):
                return Arrival([_public(s) for s in [*path, step]], via)
            found = self._search([*path, step], start, deadline, here)
            if found is not None:
                return found
        return None

    def _tried_before(self, step: Step, previous: set[tuple[str, str]] | None, explores: bool, chose: bool) -> bool:
        """Shown on the page before too (a bar or menu on every page): tried from there, as a person
        scans a page's own new controls before going back to the bar (breadth first). A step that
        names the target is tried again only if it was not clicked yet, or applies a choice just
        made ("Filtrer")."""
        if previous is None or step.get("row") or (step["role"], step["name"]) not in previous:
            return False
        return explores or (key_of(step) in self._clicked and not chose)

    def gate(self, shown: list[Control]) -> bool:
        """A page a person passes to reach the portal: a few controls, nothing to fill (but a search
        among them), tick or choose from a list (ranking.safe)."""
        if not 0 < len(shown) <= _GATE_CONTROLS or any(c["role"] in ("combobox", "radio") for c in shown):
            return False
        fields = self.page.locator(
            "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=search]), textarea, select, "
            "[contenteditable=true]"
        )
        try:
            return not any(field.is_visible() for field in fields.all())
        except PlaywrightError:
            return False

    def _first_look(self, shown: list[Control], depth: int) -> bool:
        """Whether this view (address without its fragment, the controls shown and their state:
        opened, chosen, ticked) is worth exploring at `depth`: not explored before at this depth or
        less. Records it."""
        state = ("role", "name", "expanded", "selected", "checked")
        view = (self.page.url.split("#", 1)[0], frozenset(tuple(c.get(k) for k in state) for c in shown))
        if self.explored.get(view, depth + 1) <= depth:
            return False
        self.explored[view] = depth
        return True

    def _open_groups(self, path: list[Step]) -> list[Step]:
        """Open each collapsed group in view (aria-expanded=false, no pop-up, no address to go to):
        a person scans a side menu's sections, a hamburger's drawer included, before following
        any link. Opening shows more of this page and changes nothing."""
        opened: list[Step] = []
        done = {(s["role"], folded(s["name"])) for s in path}
        for dummy in range(MAX_EXPANDS):
            group = next((c for c in controls(self.page) if self._is_group(c, done)), None)
            if group is None or self.clicks >= MAX_CLICKS:
                break
            step = {"role": group["role"], "name": group["name"], "score": _EXPAND_SCORE}
            done.add((group["role"], folded(group["name"])))
            self.do(group, step)
            self.still_signed_in()
            opened.append(step)
        return opened

    def _is_group(self, control: Control, done: set[tuple[str, str]]) -> bool:
        href = control["href"].strip()
        return (
            control["expanded"] == "false"
            and not control["haspopup"]
            and control["role"] in ("button", "link", "treeitem")
            and (not href or href.startswith("#"))
            and (control["role"], folded(control["name"])) not in done
            and self.ranking.safe(control, gate=False)
        )

    def _restore(self, start: str, path: list[Step]) -> bool:
        """Back to where this level started: the first page, then the steps so far again."""
        try:
            self.page.goto(start, wait_until="domcontentloaded")
        except PlaywrightError:
            return False
        for step in path:
            control = self._find(step, wait_s=2)
            if control is None:
                return False
            self.do(control, step, counts=False)  # back along the way already counted (the deadline bounds it)
        return True

    def still_signed_in(self) -> None:
        """The portal ended the session mid-search: the caller signs in again and searches anew."""
        if self.signed_out is not None and self.signed_out():
            raise SessionExpiredError("the portal showed its sign-in page", step=self.STEP, url=self.page.url)

    def arrived(self, via_service: bool) -> bool:
        try:
            return self.at_key_page(via_service)
        except (PlaywrightError, PortalError):
            return False

    def do(self, control: Control, step: Step, *, counts: bool = True) -> bool:
        """Click (or choose an option of) a control; whether it was the service's own control. It
        `counts` among the search's clicks unless it goes back along a way already counted."""
        if counts:
            self.clicks += 1
        target = control_locator(self.page, control["index"])
        if control["role"] == "iframe":
            self._enter_frame(control, step)
        elif step.get("action") == "select" and control["tag"] != "select":
            self._choose_in_combobox(control, step)
        elif step.get("action") == "select":
            evaluate_loaded(self.page, script("mark_changes"))
            target.select_option(label=step["option"])
            self.settle(f"choosing {step['option']!r}", required=False)
        else:
            self.click_and_settle(target, describe(step), required=False)
        return step.get("via") == "service"

    def _enter_frame(self, control: Control, step: Step) -> None:
        """A frame is read as a page of its own: at the address it shows, on the portal's origins
        only (the ranking's rule, checked again here for a replayed or given step)."""
        if not self.ranking.safe(control, gate=False):
            self.fail(f"{describe(step)} shows {control['href']!r}, which is not one of the portal's pages")
        self.page.goto(control["href"], wait_until="domcontentloaded")
        self.settle(f"entering {describe(step)}", required=False)

    def _choose_in_combobox(self, control: Control, step: Step) -> None:
        """An ARIA combobox: opened, its option chosen by name, then shown (combobox.py). The tiers
        is the one option that is the tiers asked for (the step may name it as asked, its options
        being unknown until opened); any other option is the one of that very name."""
        named = self.page.get_by_role("combobox", name=control["name"], exact=True)
        box = named.first if named.count() == 1 else control_locator(self.page, control["index"])
        combobox = Combobox(self, box, f"combobox {control['name']!r}")
        offered = combobox.open()
        if self.tiers and self.rx("tiers_select").search(control["name"]):
            try:
                chosen = self.ranking.tiers_option(offered)
            except NotFoundError:
                combobox.close()
                raise
        else:
            same = [o for o in offered if folded(o) == folded(step["option"])]
            if len(same) != 1:
                combobox.close()
                raise NotFoundError(
                    f"{describe(step)}: {'several options are' if same else 'no option is'} {step['option']!r}; "
                    f"it offers: {', '.join(offered) or 'nothing'}",
                    step=self.STEP,
                    url=self.page.url,
                )
            chosen = same[0]
        combobox.choose(chosen)
        step["option"] = chosen  # remembered as the page names it

    # --- what a person would try, best first ----------------------------------------------------
