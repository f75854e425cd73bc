"""Every module reads its options one way, as typed values (`_options.py`): each dataclass holds
exactly its module's argument spec, and a missing option takes the spec's default."""

from __future__ import annotations

import dataclasses
import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._options import (
    CheckOptions,
    InfoOptions,
    KeyOptions,
    PortalOptions,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks import api_key as _api_key
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks import api_key_info as _api_key_info
from ansible_collections.cegid.cegidlife.plugins.module_utils._tasks import portal_check as _portal_check


@pytest.mark.parametrize(
    ("options", "spec"),
    [
        (KeyOptions, _api_key.argument_spec),
        (InfoOptions, _api_key_info.argument_spec),
        (CheckOptions, _portal_check.argument_spec),
    ],
)
def test_each_modules_options_are_its_argument_spec(
    options: type[PortalOptions], spec: t.Callable[[], dict[str, t.Any]]
) -> None:
    assert {f.name for f in dataclasses.fields(options)} == set(spec())


def test_the_portal_check_reads_its_options_with_their_defaults() -> None:
    given = {"username": "admin@example.com", "password": "pw"}
    check = _portal_check.PortalCheck(given, warn=lambda message: None)
    assert check.options.fail_on_drift is True and check.options.snapshot_dir is None
    check = _portal_check.PortalCheck({**given, "fail_on_drift": False, "snapshot_dir": "/tmp/s"}, warn=print)
    assert check.options.fail_on_drift is False and check.options.snapshot_dir == "/tmp/s"
