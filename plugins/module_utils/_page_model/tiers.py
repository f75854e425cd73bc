# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Which tiers ("Tiers rattaché") a text names: by its code ("95943"), its label, or both."""

from __future__ import annotations


def tiers_matches(option: str, wanted: str) -> bool:
    """A tiers is named by its code ("95943"), its label, or both as the portal shows them."""
    option_n = " ".join(option.split()).casefold()
    wanted_n = " ".join(wanted.split()).casefold()
    if not wanted_n:
        return False
    code, dummy, label = option_n.partition(" ")
    return wanted_n in (option_n, code, label)
