# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The way from the first signed-in page to the key page: found as a person finds it, not scripted.

A bounded, read-only search over what the page shows. It tries first the controls that name the
target ("Catalogue de services", "Clé API", "Clés d'API", the service itself, a service's key
control, the "Services en lignes" filter), then what a person opens to find them: the account
control at the top right, whatever it shows (a name, initials, an icon), controls that open a menu
or a drawer, and what those reveal. It never clicks what changes the portal or the session
("Générer", "Révoquer", "Se déconnecter", a form that posts...), goes at most MAX_DEPTH levels deep
and MAX_CLICKS clicks, within the run's timeout.

The way found is a list of steps named by what a person sees (role, accessible name, the row it
is on), never selectors: the session file keeps it, the result returns it, and the next run replays
it, searching again where the replay breaks.
"""

from __future__ import annotations

import dataclasses
import time
import typing as t
from urllib.parse import urlsplit

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError, PortalError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import _MARK_JS, BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import control_locator, controls
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import choose_service, folded
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

MAX_DEPTH = 3
MAX_CLICKS = 15
Step = dict[str, str]
Control = dict[str, t.Any]


@dataclasses.dataclass
class Arrival:
    """How the key page was reached: `via_service` when through the service's own control (its
    row's key control, or its name), so the page is that service's whatever its title says."""

    steps: list[Step]
    via_service: bool


def _key(step: Step) -> tuple[str, ...]:
    return (
        step.get("action", "click"),
        step["role"],
        folded(step["name"]),
        step.get("option", ""),
        step.get("row", ""),
    )


def _matches(control: Control, step: Step) -> bool:
    """The control a remembered step names: same role, same name, on the same row if it had one."""
    if control["role"] != step["role"] or folded(control["name"]) != folded(step["name"]):
        return False
    return not step.get("row") or folded(control["rowLabel"]) == folded(step["row"])


def _public(step: Step) -> Step:
    """A step as it is remembered and returned: what a person sees, without the search's notes."""
    return {k: v for k, v in step.items() if k != "score"}


def describe(step: Step) -> str:
    """A step as a person would say it: "button 'Vincent Deltumeau'", "'Services en lignes' in 'Type'"."""
    if step.get("action") == "select":
        return f"{step['option']!r} in {step['role']} {step['name']!r}"
    where = f" on the row {step['row']!r}" if step.get("row") else ""
    return f"{step['role']} {step['name']!r}{where}"


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
    ) -> None:
        super().__init__(page, labels, timeout_s)
        self.service = service
        self.tiers = tiers
        self.at_key_page = at_key_page
        self.clicks = 0
        self.tried: list[str] = []  # the paths tried, as a person would say them
        self.seen: list[str] = []  # names of controls seen on the way, for the failure message

    # --- replaying --------------------------------------------------------------------------
    def replay(self, steps: list[Step]) -> Arrival | None:
        """Follow a remembered way; None where it breaks (the caller searches again)."""
        via_service = False
        for step in steps:
            control = self._find(step, wait_s=min(self.timeout_s, 5))
            if control is None:
                return None
            via_service = self._do(control, step) or via_service
        if not self._arrived(via_service):
            return None
        return Arrival(list(steps), via_service)

    def _find(self, step: Step, wait_s: float) -> Control | None:
        deadline = time.monotonic() + wait_s
        while True:
            for control in controls(self.page):
                if _matches(control, step):
                    return control
            if time.monotonic() > deadline:
                return None
            self.page.wait_for_timeout(150)

    # --- searching ----------------------------------------------------------------------------
    def find(self) -> Arrival:
        """Search from the page shown; fails clearly (what was looked for, the paths tried, the
        controls seen) when no way is found within the bounds."""
        start = self.page.url
        deadline = time.monotonic() + self.timeout_s * 2
        found = self._search([], start, deadline)
        if found is not None:
            return found
        tried = "; ".join(self.tried[-8:]) or "nothing could be clicked"
        seen = ", ".join(dict.fromkeys(self.seen))[:1500] or "none"
        raise NotFoundError(
            f"no way to the key page of {self.service!r} was found within {MAX_DEPTH} levels and {MAX_CLICKS} "
            f"clicks (looked for controls named like the target - 'Catalogue de services', 'Clé API', "
            f"'Clés d'API', {self.service!r} - and what the account control and menus open). Paths tried: {tried}. "
            f"Controls seen: {seen}",
            step=self.STEP,
            url=self.page.url,
        )

    def _search(
        self, path: list[Step], start: str, deadline: float, previous: set[tuple[str, str]] | None = None
    ) -> Arrival | None:
        """Depth-first, best first. Depth counts only the exploring clicks (an account control, a
        menu, a page that does not name the target); controls that name the target do not."""
        shown = controls(self.page)
        here = {(c["role"], c["name"]) for c in shown}
        dirty = False
        for step in self._ranked(shown, previous or set(), path):
            explores = int(step.get("score", "0")) < 140
            if explores and sum(1 for s in path if int(s.get("score", "0")) < 140) >= MAX_DEPTH:
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
            self._do(located, step)
            via = any(s.get("via") == "service" for s in [*path, step])
            if self._arrived(via):
                return Arrival([_public(s) for s in [*path, step]], via)
            found = self._search([*path, step], start, deadline, here)
            if found is not None:
                return found
        return None

    def _restore(self, start: str, path: list[Step]) -> bool:
        """Back to where this level started: the first page, then the steps so far again."""
        try:
            self.page.goto(start, wait_until="domcontentloaded")
        except PlaywrightError:
            return False
        for step in path:
            control = self._find(step, wait_s=2)
            if control is None or self.clicks >= MAX_CLICKS:
                return False
            self._do(control, step)
        return True

    def _arrived(self, via_service: bool) -> bool:
        try:
            return self.at_key_page(via_service)
        except (PlaywrightError, PortalError):
            return False

    def _do(self, control: Control, step: Step) -> bool:
        """Click (or choose an option of) a control; whether it was the service's own control."""
        self.clicks += 1
        target = control_locator(self.page, control["index"])
        if step.get("action") == "select":
            self.page.evaluate(_MARK_JS)
            target.select_option(label=step["option"])
            self.settle(f"choosing {step['option']!r}", required=False)
        else:
            self.click_and_settle(target, describe(step), required=False)
        return step.get("via") == "service"

    # --- what a person would try, best first ----------------------------------------------------
    def _ranked(self, shown: list[Control], before: set[tuple[str, str]], path: list[Step]) -> list[Step]:
        """The steps worth trying here, best first (each carries its score)."""
        scored: list[tuple[int, int, Step]] = []
        service_rows = self._service_rows(shown)
        done = {_key(s) for s in path}
        for control in shown:
            if control["name"]:
                self.seen.append(control["name"])
            if not self._safe(control):
                continue
            for score, step in self._ways(control, service_rows, before):
                if _key(step) not in done:
                    scored.append((score, control["index"], {**step, "score": str(score)}))
        scored.sort(key=lambda item: (-item[0], item[1]))
        out, taken = [], set()
        for *dummy, step in scored:
            if _key(step) not in taken:
                taken.add(_key(step))
                out.append(step)
        return out

    def _ways(
        self, control: Control, service_rows: set[str], before: set[tuple[str, str]]
    ) -> t.Iterator[tuple[int, Step]]:
        rx, name, role = self.rx, control["name"], control["role"]
        step: Step = {"role": role, "name": name}
        if role == "combobox":
            yield from self._filters(control)
            return
        if role in ("radio", "tab") and rx("online_services_option").search(name):
            if not control["checked"]:
                yield 150, step
            return
        if role == "button" and rx("filter_button").search(name):
            yield 140, step  # after a filter was chosen (a GET form: it changes nothing)
            return
        row = control["rowLabel"]
        if row and folded(row) in service_rows:
            # The service's row: its key control (or an "Actions" menu that holds it).
            if rx("key_button").search(name) or rx("keys_entry").search(name):
                yield 300, {**step, "row": row, "via": "service"}
            elif rx("actions_menu").search(name) or control["haspopup"]:
                yield 250, {**step, "row": row}
            elif choose_service([name], self.service).chosen:
                yield 240, {**step, "row": row, "via": "service"}
            return
        if choose_service([name], self.service).chosen:
            yield 200, {**step, "via": "service"}
            return
        if rx("keys_entry").search(name):
            yield 180, step
            return
        fresh = bool(before) and (role, name) not in before
        if fresh and role in ("menuitem", "link", "button", "tab"):
            yield 120, step  # revealed by the last click: a menu's items, a drawer's links
            return
        top_right = control["top"] < 160 and control["right"] > 0.6 * control["viewport"]
        opens = control["haspopup"] or control["expanded"] == "false"
        if top_right and (opens or rx("account_control").search(name)):
            yield 110, step
        elif rx("account_control").search(name):
            yield 100, step
        elif opens:
            yield 60, step
        elif top_right or control["inBanner"]:
            yield 40, step
        elif role in ("link", "button"):
            yield 10, step

    def _filters(self, control: Control) -> t.Iterator[tuple[int, Step]]:
        """A drop-down that offers 'Services en lignes', or the tiers asked for."""
        rx, step = self.rx, {"action": "select", "role": "combobox", "name": control["name"]}
        online = [o for o in control["options"] if rx("online_services_option").search(o)]
        if online and control["selected"] != online[0]:
            yield 150, {**step, "option": online[0]}
        if self.tiers and rx("tiers_select").search(control["name"]):
            wanted = [o for o in control["options"] if tiers_matches(o, self.tiers)]
            if len(wanted) == 1 and control["selected"] != wanted[0]:
                yield 160, {**step, "option": wanted[0]}

    def _service_rows(self, shown: list[Control]) -> set[str]:
        """The row labels (folded) that name the service asked for."""
        labels = {c["rowLabel"] for c in shown if c["rowLabel"]}
        chosen = choose_service(labels, self.service).chosen
        return {folded(chosen)} if chosen else set()

    def _safe(self, control: Control) -> bool:
        """Never what changes the portal or the session, nor a way off the portal."""
        name, role = control["name"], control["role"]
        if not name or self.rx("danger").search(name) or role in ("switch", "menuitemcheckbox"):
            return False
        href = control["href"].strip().lower()
        if control["target"] == "_blank" or href.startswith(("mailto:", "tel:", "javascript:void")):
            return False
        if href and not href.startswith(("#", "/", "?")) and "://" in href:
            here, there = urlsplit(self.page.url), urlsplit(href)
            if (here.scheme, here.netloc) != (there.scheme, there.netloc):
                return False
        if any(word in href for word in ("logout", "logoff", "deconnexion", "signout", "sign-out")):
            return False
        return not (control["submits"] and control["formMethod"] == "post")
