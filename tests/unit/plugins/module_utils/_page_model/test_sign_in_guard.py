"""The password is typed only once the field's own document passes the guard: not the page's
address alone (a field in a frame, or a page that moved on between the check and the typing)."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import SignInError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.sign_in import SignInPage

PORTAL = "https://www.cegidlife.com"


class _Field:
    """A password field whose document is at `document_url` while the page is at PORTAL."""

    def __init__(self, document_url: str) -> None:
        self.document_url = document_url
        self.typed: list[str] = []

    @property
    def first(self) -> _Field:
        return self

    def wait_for(self, **kw: t.Any) -> None:
        pass

    def is_visible(self) -> bool:
        return True

    def element_handle(self) -> _Field:
        return self

    def evaluate(self, script: str) -> str:
        assert "ownerDocument" in script
        return self.document_url

    def fill(self, value: str) -> None:
        self.typed.append(value)


class _Page:
    url = f"{PORTAL}/login"


def _guarded(page: SignInPage) -> list[str]:
    checked: list[str] = []

    def guard(url: str) -> None:
        checked.append(url)
        if not url.startswith(f"{PORTAL}/"):
            raise SignInError(f"the sign-in page on {url} is not the portal's", step="sign-in", url=url)

    page._guard = guard
    return checked


def test_a_field_whose_document_is_elsewhere_gets_nothing() -> None:
    page = SignInPage(t.cast("t.Any", _Page()), Labels(), 2)
    checked = _guarded(page)
    field = _Field("https://evil.example/frame")
    with pytest.raises(SignInError, match=r"the sign-in page on https://evil\.example/frame is not"):
        page._fill(t.cast("t.Any", field), "the-password", "the password field")
    assert field.typed == [] and "https://evil.example/frame" in checked


def test_a_field_on_the_portal_is_filled() -> None:
    page = SignInPage(t.cast("t.Any", _Page()), Labels(), 2)
    checked = _guarded(page)
    field = _Field(f"{PORTAL}/login")
    page._fill(t.cast("t.Any", field), "the-password", "the password field")
    assert field.typed == ["the-password"] and checked == [f"{PORTAL}/login", f"{PORTAL}/login"]
