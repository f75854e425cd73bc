"""Make `ansible_collections.cegid.cegidlife` importable for every test; keep the real home untouched.

With pytest-ansible, `--ansible-unit-inject-only` injects ANSIBLE_COLLECTIONS_PATH (scripts/test
sets it to .build/collections). Plain pytest gets the same tree here, so the tests do not depend
on a plugin whose upstream has announced its end of life.

tests/support/home_guard.py gives the session and every test a temporary HOME and fails the run
when anything under the real ~/.ansible/cegidlife/ changed; tests/support/time_report.py prints where
the suite's time went.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# Not inside an ansible_collections tree (ansible-test units in scripts/gates): ansible-test runs
# the unit tests in a sandbox of its own, and tests/support is not part of the built collection.
_OWN_PLUGINS = ["tests.support.home_guard", "tests.support.time_report"]
pytest_plugins = [] if ROOT.parent.parent.name == "ansible_collections" else _OWN_PLUGINS
COLLECTIONS = ROOT / ".build" / "collections"


def _ensure_collection_tree() -> None:
    if ROOT.parent.parent.name == "ansible_collections":
        return  # already in a collection tree (ansible-test, an installed copy): nothing to inject
    link = COLLECTIONS / "ansible_collections" / "cegid" / "cegidlife"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(ROOT, target_is_directory=True)
    paths = os.environ.get("ANSIBLE_COLLECTIONS_PATH", "")
    if str(COLLECTIONS) not in paths.split(os.pathsep):
        os.environ["ANSIBLE_COLLECTIONS_PATH"] = os.pathsep.join(p for p in (str(COLLECTIONS), paths) if p)
    if str(COLLECTIONS) not in sys.path:
        sys.path.insert(0, str(COLLECTIONS))


_ensure_collection_tree()
