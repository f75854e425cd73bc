from __future__ import annotations

import dataclasses

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    MAX_NAME_LENGTH,
    name_problem,
    portal_argument_spec,
    portal_input_problems,
    portal_warnings,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._options import PortalOptions


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (None, "empty"),
        ("", "empty"),
        ("   ", "empty"),
        (" app", "white space"),
        ("app\n", "white space"),
        ("a\tb", "control"),
        ("a\u200bb", "control"),  # zero-width space (Cf): invisible in the portal
        ("a" * (MAX_NAME_LENGTH + 1), "at most"),
        ('l\'appli "prod" <script>é🚀', None),
        ("a" * MAX_NAME_LENGTH, None),
    ],
)
def test_name_problem(name: str | None, problem: str | None) -> None:
    found = name_problem(name)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def _params(**over: object) -> PortalOptions:
    base: dict[str, object] = {"username": "admin@example.com", "password": "pw", **over}
    options = PortalOptions.from_params(base, portal_argument_spec())
    # from_params gives the spec's default for None; these tests need the None itself.
    return dataclasses.replace(options, **{k: v for k, v in over.items() if v is None})


def test_good_connection_options_pass() -> None:
    assert portal_input_problems(_params()) == []


@pytest.mark.parametrize(
    ("over", "needle"),
    [
        ({"portal_url": "ftp://x"}, "portal_url"),
        ({"portal_url": "https://"}, "portal_url"),
        ({"username": None}, "CEGIDLIFE_USERNAME"),
        ({"password": ""}, "CEGIDLIFE_PASSWORD"),
        ({"service": "  "}, "service"),
        ({"timeout": 0.1}, "timeout"),
    ],
)
def test_bad_connection_options_are_named(over: dict[str, object], needle: str) -> None:
    problems = portal_input_problems(_params(**over))
    assert len(problems) == 1 and needle in problems[0]


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://portal.example.com", "plain http://"),
        ("http://10.1.2.3:8080", "plain http://"),
        ("https://user:pw@portal.example.com", "user:pass@"),
        ("https://www.cegidlife.com", None),
        ("http://127.0.0.1:8080", None),
        ("http://localhost:8080", None),
        ("http://[::1]:8080", None),
    ],
)
def test_risky_portal_urls_are_warned_about(url: str, needle: str | None) -> None:
    found = portal_warnings(_params(portal_url=url))
    if needle is None:
        assert found == []
    else:
        assert len(found) == 1 and needle in found[0] and "pw@" not in found[0]


def test_defaults_come_from_the_argument_spec() -> None:
    options = _params()
    spec = portal_argument_spec()
    assert (options.portal_url, options.service, options.timeout) == (
        spec["portal_url"]["default"],
        spec["service"]["default"],
        spec["timeout"]["default"],
    )
