from __future__ import annotations

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import PortalError, redact, safe_url


def test_message_names_step_and_page_without_query_or_userinfo() -> None:
    err = PortalError("expected X", step="key page", url="https://bob:pw@portal.example:8443/cles?session=abc#frag")
    assert str(err) == "key page: expected X (page: https://portal.example:8443/cles)"


def test_safe_url_survives_garbage() -> None:
    assert safe_url("http://[::1") == "<unparsable URL>"


def test_redact_longest_first_and_skips_empty() -> None:
    assert redact("token abcdef and abc", ["abc", "abcdef", "", None]) == "token ******** and ********"
