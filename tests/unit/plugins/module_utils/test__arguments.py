from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._arguments import (
    MAX_NAME_LENGTH,
    name_problem,
    portal_input_problems,
)


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


def _params(**over: object) -> dict[str, object]:
    base = {
        "portal_url": "https://www.cegidlife.com",
        "username": "admin@example.com",
        "password": "pw",
        "service": "Loop APIkey",
        "timeout": 30.0,
    }
    base.update(over)
    return base


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
