"""Judges what an ansible command (ansible-doc, ansible-galaxy) printed on stderr, for scripts/gates.

A gate fails on a warning about the cegid.cegidlife collection, and on anything else it does not
know; it never fails on another package's deprecation warning (a new cryptography deprecating what
ansible-core imports, say), which it names and lets pass.

    python scripts/lib/stderr_warnings.py [--ours COLLECTION_DIR]... <stderr.txt

Prints "ignored foreign warning: ..." once per foreign warning, then every other line as it came;
exits 1 when such other lines are left, 0 otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, field

# Where and how the collection is named: a file of ours, or a message that speaks of us.
OUR_PATH = "ansible_collections/cegid/cegidlife/"
OUR_NAMES = re.compile(r"\bcegid\.cegidlife\b|\bansible_collections\.cegid\.cegidlife\b")

# A Python warning as the warnings module prints it: "<file>:<line>: <Category>: <message>",
# followed by the source line, indented.
PY_WARNING = re.compile(r"^(?P<path>\S.*?):(?P<line>\d+): (?P<category>[A-Za-z_][\w.]*Warning): (?P<message>.*)$")

# ansible-core's own warnings that are not about the collection being documented.
KNOWN_FOREIGN = [
    # ansible-core 2.20+ about its internal collection ansible._protomatter (no MANIFEST.json) when
    # listing collections for role docs: ansible/ansible#85689.
    re.compile(
        r"^\[WARNING\]: Collection at '[^']*/ansible/_internal/ansible_collections/ansible/_protomatter' "
        r"does not have a MANIFEST\.json file"
    ),
]


@dataclass
class Verdict:
    ignored: list[str] = field(default_factory=list)  # foreign warnings, one line each, no repeats
    kept: list[str] = field(default_factory=list)  # lines that fail the gate

    @property
    def ok(self) -> bool:
        return not self.kept

    def report(self) -> str:
        return "\n".join([f"ignored foreign warning: {w}" for w in self.ignored] + self.kept)


def _ours(path: str, our_dirs: list[str]) -> bool:
    if OUR_PATH in path.replace(os.sep, "/"):
        return True
    real = os.path.realpath(path)
    return any(real == d or real.startswith(d.rstrip("/") + "/") for d in our_dirs)


def _foreign(header: re.Match[str], our_dirs: list[str]) -> bool:
    """Another package's deprecation: raised from a file not of ours, and its message does not name us."""
    return (
        header["category"].endswith("DeprecationWarning")
        and not _ours(header["path"], our_dirs)
        and not OUR_NAMES.search(header["message"])
    )


def classify(text: str, our_dirs: list[str] | None = None) -> Verdict:
    dirs = [os.path.realpath(d) for d in our_dirs or []]
    verdict = Verdict()
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        header = PY_WARNING.match(line)
        if header:
            # The indented lines after the header (the source line) belong to it.
            block = [line]
            while i < len(lines) and lines[i][:1].isspace() and lines[i].strip():
                block.append(lines[i])
                i += 1
            if _foreign(header, dirs):
                name = f"{header['category']}: {header['message']} ({header['path']}:{header['line']})"
                if name not in verdict.ignored:
                    verdict.ignored.append(name)
            else:
                verdict.kept.extend(block)
        elif any(p.search(line) for p in KNOWN_FOREIGN):
            if line not in verdict.ignored:
                verdict.ignored.append(line)
        else:
            verdict.kept.append(line)
    return verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", action="append", default=[], metavar="COLLECTION_DIR")
    args = parser.parse_args(argv)
    verdict = classify(sys.stdin.read(), args.ours)
    report = verdict.report()
    if report:
        print(report)
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
