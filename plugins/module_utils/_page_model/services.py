# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Which service a name on the page is: the portal's own wording varies ("Loop APIkey", "Loop APIKey
Standard (P04448)"), so `service` is matched the way a person reads it - whatever the case, the
accents, the spacing and the punctuation - or by its product code."""

from __future__ import annotations

import re
import typing as t
import unicodedata

_PRODUCT_CODE = re.compile(r"\bP\d{5}\b", re.IGNORECASE)


def folded(text: str) -> str:
    """Lower case, no accents, no spacing or punctuation: what a reader compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def product_codes(text: str) -> set[str]:
    return {code.upper() for code in _PRODUCT_CODE.findall(text)}


def match_level(shown: str, wanted: str) -> int:
    """How well a name on the page names the service asked for: 3 the same name, 2 the same
    product code, 1 a name that contains the one asked for and a few words more ("Loop APIkey" in
    "Loop APIKey Standard (P04448)"), 0 another service or a sentence that only mentions it."""
    shown_f, wanted_f = folded(shown), folded(wanted)
    if not shown_f or not wanted_f:
        return 0
    if shown_f == wanted_f:
        return 3
    codes = product_codes(wanted)
    if codes and codes & product_codes(shown):
        return 2
    if not codes and wanted_f in shown_f and _few_more_words(shown, wanted):
        return 1
    return 0


# A name holds the service's name and a few words more ("Loop APIKey Standard (P04448)"); a news item,
# a help article or a notification that mentions it says more than that, and is no way to it.
_MORE_WORDS = 3


def _few_more_words(shown: str, wanted: str) -> bool:
    words = [w for w in re.split(r"\W+", shown) if w]
    return len(words) - len([w for w in re.split(r"\W+", wanted) if w]) <= _MORE_WORDS


class ServiceMatch(t.NamedTuple):
    chosen: str | None  # the one name that is the service, if exactly one is
    candidates: list[str]  # the best-matching names (several: ambiguous; none: unknown)


def choose_service(names: t.Iterable[str], wanted: str) -> ServiceMatch:
    """The name among `names` that is the service asked for: the best match, if it is alone."""
    scored = [(match_level(name, wanted), name) for name in dict.fromkeys(n.strip() for n in names if n.strip())]
    best = max((level for level, dummy in scored), default=0)
    if best == 0:
        return ServiceMatch(None, [])
    found = [name for level, name in scored if level == best]
    distinct = {folded(name) for name in found}
    return ServiceMatch(found[0] if len(distinct) == 1 else None, found)


def names_service(control: str, wanted: str) -> bool:
    """A control's name that is the service itself, not one about it: the service's name first, a
    word before it at the most ("Cegid Loop APIkey"), as a variant's name is ("Loop APIKey Standard");
    "Notes de version Loop APIkey", "Event details for Loop APIkey" are about the service."""
    level = match_level(control, wanted)
    if level != 1:
        return level > 0
    words = [folded(w) for w in re.split(r"\W+", control) if w]
    return any("".join(words[at:]).startswith(folded(wanted)) for at in (0, 1))


def is_service(shown: str, wanted: str) -> bool:
    return match_level(shown, wanted) > 0
