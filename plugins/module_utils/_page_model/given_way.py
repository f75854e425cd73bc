# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The way to the key page as the user gives it (option ``route``): the names a person clicks.

Either as a person says them ("Espace client", "Mes abonnements", "Loop APIkey", "Gérer les clés")
or as an earlier run returned them in RV(route) ("link \"Gérer les clés d'API\" on the row 'Loop
APIkey'", "'Services en ligne' in combobox 'Type'"). What the run answered on the way ("answered
'Non'") is answered again whenever it shows, so it is not a step. A name matches a control's
accessible name as a reader compares them (case, accents and punctuation aside); several controls of
that name are told apart by the row of the service and tiers asked for, never by their place.
"""

from __future__ import annotations

import ast
import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import controls
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.ranking import Control, Step, describe
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import folded, is_service
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_mentioned
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import LOOK_AT_CONTROLS, page_wait, poll

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import RouteFinder

MAX_STEPS = 12
_QUOTED = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_ROLE = r"[a-z]+"
_ROW = rf" on the row (?P<row>{_QUOTED})(?: of the tiers (?P<tiers>{_QUOTED}))?"
_CLICK = re.compile(rf"^(?P<role>{_ROLE}) (?P<name>{_QUOTED})(?:{_ROW})?$")
_SELECT = re.compile(rf"^(?P<option>{_QUOTED}) in (?P<role>{_ROLE}) (?P<name>{_QUOTED})$")
_ANSWERED = re.compile(rf"^answered {_QUOTED}( after signing in| to sign in)?$")


class AmbiguousStep(Exception):
    """Several controls carry the step's name and nothing proves which one is meant."""


def parse_route(texts: t.Sequence[t.Any]) -> list[Step]:
    """The steps of a given route; ValueError naming the entry that cannot be one."""
    steps: list[Step] = []
    for number, text in enumerate(texts, 1):
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"route entry {number} must be the name of what to click, got {text!r}")
        text = text.strip()
        if _ANSWERED.match(text):
            continue  # a question answered on the way: answered again when it shows
        steps.append(_parse_step(text))
    if not steps:
        raise ValueError("route names no control to click (give the names clicked on the way to the key page)")
    if len(steps) > MAX_STEPS:
        raise ValueError(f"route has {len(steps)} steps; at most {MAX_STEPS} are followed")
    return steps


def _parse_step(text: str) -> Step:
    select = _SELECT.match(text)
    if select:
        return {
            "action": "select",
            "role": select["role"],
            "name": _unquote(select["name"]),
            "option": _unquote(select["option"]),
        }
    click = _CLICK.match(text)
    if click:
        step = {"role": click["role"], "name": _unquote(click["name"])}
        if click["row"]:
            step["row"] = _unquote(click["row"])
        if click["tiers"]:
            step["tiers"] = _unquote(click["tiers"])
        return step
    return {"name": text}  # a name as a person reads it, whatever the control's role


def _unquote(quoted: str) -> str:
    return str(ast.literal_eval(quoted))


def matching(shown: t.Sequence[Control], step: Step) -> list[Control]:
    """The controls shown that a step names: its role (when given), its name, its row (when given).
    A name given alone that no control carries whole may be the start or a part of one name."""

    def fits(control: Control) -> bool:
        if step.get("role") and control["role"] != step["role"]:
            return False
        if step.get("tiers") and not tiers_mentioned(control.get("row", ""), step["tiers"]):
            return False
        return not step.get("row") or folded(control["rowLabel"]) == folded(step["row"])

    wanted = folded(step["name"])
    fitting = [c for c in shown if fits(c)]
    whole = [c for c in fitting if folded(c["name"]) == wanted]
    if whole or step.get("role") or not wanted:
        return whole
    return [c for c in fitting if wanted in folded(c["name"])]


def choose(found: t.Sequence[Control], service: str, tiers: str | None) -> Control | None:
    """The one control meant: the same control shown twice (a header and a menu) is one; among
    rows, the row of the service and tiers asked for. AmbiguousStep when nothing proves which."""
    if not found:
        return None
    kinds = {(c["role"], folded(c["name"]), folded(c.get("row") or c["rowLabel"])) for c in found}
    if len(kinds) == 1:
        return found[0]
    on_row = [c for c in found if _mentions(c.get("row") or c["rowLabel"], service)]
    if tiers:
        on_row = [c for c in on_row if tiers_mentioned(c.get("row") or c["rowLabel"], tiers)] or on_row
    if len({(c["role"], folded(c["name"]), folded(c.get("row") or c["rowLabel"])) for c in on_row}) == 1:
        return on_row[0]
    raise AmbiguousStep("; ".join(dict.fromkeys(describe_control(c) for c in found)))


def _mentions(row: str, wanted: str) -> bool:
    return bool(row) and folded(wanted) in folded(row)


def describe_control(control: Control) -> str:
    where = f" on the row {control['rowLabel']!r}" if control["rowLabel"] else ""
    return f"{control['role']} {control['name']!r}{where}"


def taken(control: Control, step: Step, service: str, tiers: str | None = None) -> Step:
    """The step as it was taken, named by the control clicked: remembered and returned as RV(route)."""
    done: Step = {"role": control["role"], "name": control["name"]}
    if control["rowLabel"] and folded(control["rowLabel"]) != folded(control["name"]):
        done["row"] = control["rowLabel"]  # a menu item is its own row: no row to tell
        if tiers and tiers_mentioned(control.get("row", ""), tiers):
            done["tiers"] = tiers  # the service listed once per tiers: this tiers' row
    if step.get("action") == "select":
        done.update(action="select", option=step["option"])
    if is_service(control["name"], service) or _mentions(control["rowLabel"], service):
        done["via"] = "service"
    return done


def follow(finder: RouteFinder, given: list[Step]) -> tuple[list[Step], bool]:
    """Follow the way the user wrote, step by step: the steps taken, and whether through the
    service's own control. It is never searched instead: a step that cannot be taken fails, naming
    it and what the page shows."""
    via_service = False
    steps: list[Step] = []
    for number, wanted in enumerate(given, 1):
        control = _control_of(finder, number, wanted)
        step = taken(control, wanted, finder.service, finder.tiers)
        via_service = finder.do(control, step) or via_service
        finder.still_signed_in()
        steps.append(step)
        if finder.after_step is not None:
            finder.after_step(f"after {describe(step)}")
    if not finder.arrived(via_service):
        raise NotFoundError(
            f"the route given ({len(given)} steps) did not end on the key page of {finder.service!r} "
            f"(the page does not show its key list). Controls seen: {_seen(finder)}",
            step=finder.STEP,
            url=finder.page.url,
        )
    return steps, via_service


def _control_of(finder: RouteFinder, number: int, wanted: Step) -> Control:
    said = f"route step {number} ({describe(wanted) if wanted.get('role') else repr(wanted['name'])})"
    try:
        control = poll(
            lambda: choose(matching(controls(finder.page), wanted), finder.service, finder.tiers),
            min(finder.timeout_s, 10),
            page_wait(finder.page),
            LOOK_AT_CONTROLS,
        )
    except AmbiguousStep as exc:
        raise NotFoundError(
            f"{said} names several controls and nothing on them tells which is meant: {exc}. "
            "Give the one meant as the run returns it in route (with its role and its row)",
            step=finder.STEP,
            url=finder.page.url,
        ) from None
    if control is None:
        raise NotFoundError(
            f"{said}: no control of that name is shown. Controls seen: {_seen(finder)}",
            step=finder.STEP,
            url=finder.page.url,
        )
    if not finder.ranking.safe(control, finder.gate(controls(finder.page))):
        raise NotFoundError(
            f"{said} names {describe_control(control)}, which a route never clicks: it changes "
            "the portal or the session, closes what is open, or leads off the portal",
            step=finder.STEP,
            url=finder.page.url,
        )
    return control


def _seen(finder: RouteFinder) -> str:
    return ", ".join(dict.fromkeys(describe_control(c) for c in controls(finder.page)))[:1500] or "none"
