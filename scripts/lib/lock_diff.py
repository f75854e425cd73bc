"""What the newest releases change against the lock, for scripts/newest.

    VENV/bin/python scripts/lib/lock_diff.py constraints/NAME.txt

Run with a virtualenv's own Python: compares what is installed there with the pins of the lock
file that apply to that Python, and prints one line per package that differs ("name: old -> new").
Packages installed from a local directory (the simulator) are not in the lock and are left out.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import sys
from pathlib import Path

PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;#]+)\s*(?:;(?P<marker>[^#]*))?")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _applies(marker: str | None) -> bool:
    if not marker or not marker.strip():
        return True
    try:
        from packaging.markers import Marker
    except ImportError:  # no packaging here: count every pin
        return True
    return Marker(marker.strip()).evaluate()


def read_pins(text: str, applies: bool = True) -> dict[str, str]:
    """The name==version lines of a constraints file (those whose marker holds here, if applies)."""
    pins: dict[str, str] = {}
    for line in text.splitlines():
        m = PIN.match(line.strip())
        if m and (not applies or _applies(m["marker"])):
            pins[normalize(m["name"])] = m["version"]
    return pins


def installed() -> dict[str, str]:
    """What this Python has installed from a package index (not from a local directory)."""
    out: dict[str, str] = {}
    for dist in importlib.metadata.distributions():
        direct = dist.read_text("direct_url.json")
        if direct and json.loads(direct).get("url", "").startswith("file:"):
            continue
        out[normalize(dist.metadata["Name"])] = dist.version
    return out


def diff(locked: dict[str, str], newest: dict[str, str]) -> list[str]:
    lines = []
    for name in sorted(set(locked) | set(newest)):
        old, new = locked.get(name), newest.get(name)
        if old != new:
            lines.append(f"{name}: {old or '(not in the lock)'} -> {new or '(not installed)'}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.exit(__doc__)
    lock = Path(argv[0])
    changes = diff(read_pins(lock.read_text()), installed())
    print(f"{lock} against {sys.prefix}: {len(changes) or 'no'} package(s) differ")
    for line in changes:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
