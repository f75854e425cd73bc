# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Which tiers ("Tiers rattaché") a text names: by its code ("95943"), its label, or both."""

from __future__ import annotations

import re


def tiers_matches(option: str, wanted: str) -> bool:
    """A tiers is named by its code ("95943"), its label, or both as the portal shows them."""
    option_n = " ".join(option.split()).casefold()
    wanted_n = " ".join(wanted.split()).casefold()
    if not wanted_n:
        return False
    code, dummy, label = option_n.partition(" ")
    # A code shown after the name ("FUTUROSCOPE CEDEX (95943)", "Compte 95943") names it too.
    return wanted_n in (option_n, code, label) or (wanted_n.isdigit() and tiers_mentioned(option, wanted))


def tiers_mentioned(text: str, wanted: str) -> bool:
    """A text (a row of a list of services, one per tiers) names the tiers, as a whole word or words."""
    wanted_n = " ".join(wanted.split()).casefold()
    return (
        bool(wanted_n)
        and re.search(rf"(?<!\w){re.escape(wanted_n)}(?!\w)", " ".join(text.split()).casefold()) is not None
    )
