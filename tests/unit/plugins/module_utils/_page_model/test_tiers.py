"""How a tiers is recognised where a page names it."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.tiers import tiers_matches


@pytest.mark.parametrize(
    ("shown", "wanted", "matches"),
    [
        ("95943 FUTUROSCOPE CEDEX", "95943", True),
        ("95943 FUTUROSCOPE CEDEX", "FUTUROSCOPE CEDEX", True),
        ("FUTUROSCOPE CEDEX (95943)", "95943", True),  # the code after the name
        ("Compte 95943 \u2013 FUTUROSCOPE CEDEX", "95943", True),
        ("CHASSENEUIL DU POITOU (86360)", "95943", False),
        ("959431 AUTRE", "95943", False),  # a longer code is another tiers
    ],
)
def test_a_tiers_is_named_by_its_code_or_its_label(shown: str, wanted: str, matches: bool) -> None:
    assert tiers_matches(shown, wanted) is matches
