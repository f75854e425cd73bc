"""CredentialsPanel._not_a_value: what is read next to the identifier's or the secret's label is
proven to be no page furniture before it is returned (no browser: the check reads no page)."""

from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CredentialsPanel
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels

IDENTIFIER = "ABCDEFGHJKLMNPQRSTUVWXYZ2"
FURNITURE = "the identifier read is the text of a control or a label on the page"


def _problem(value: str, furniture: list[str] | None = None) -> str | None:
    panel = CredentialsPanel(None, Labels(), 1.0)  # type: ignore[arg-type]
    return panel._not_a_value(value, "identifier", furniture or [])


def test_a_credential_is_a_value() -> None:
    assert _problem(IDENTIFIER) is None


@pytest.mark.parametrize(
    "value",
    [
        "Copié !",  # furniture
        "Copier",  # the copy button
        "Identifiant de la clé d'API",  # a label
        "Secret de la clé d'API",
        "La clé API 'loop' a été générée avec succès",  # the message
    ],
)
def test_the_text_of_a_control_or_a_label_is_no_value(value: str) -> None:
    assert _problem(value) == FURNITURE


def test_what_the_page_shows_elsewhere_is_no_value() -> None:
    assert _problem(IDENTIFIER, furniture=["Mon espace", IDENTIFIER.lower()]) == FURNITURE


def test_an_empty_or_short_value_is_no_value() -> None:
    assert _problem("") == "the identifier is empty"
    assert _problem("ABC123") == "the identifier read is 6 characters long (a credential has at least 16)"
