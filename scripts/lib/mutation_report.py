"""The `mutation` gate's verdict, from `mutmut results --all true` (scripts/gates mutation).

    python mutation_report.py FUNCTIONS ACCEPTED < results

FUNCTIONS: tests/mutation/functions.txt (fnmatch patterns of mutant names). ACCEPTED:
tests/mutation/accepted.md, whose lines "- `<mutant name>`: <reason>" list the equivalent mutants.
Prints the mutants per file and per function (generated, killed, other), then every mutant of
those functions that was not killed and is not accepted; exits 1 if there is one, if a pattern
matches no mutant, or if an accepted mutant no longer exists or is now killed (the lists must say
what is true).
"""

from __future__ import annotations

import collections
import fnmatch
import re
import sys


def patterns(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def accepted(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as f:
        return dict(re.findall(r"^- `([^`]+)`: (.+)$", f.read(), re.MULTILINE))


def main() -> int:
    wanted, ok = patterns(sys.argv[1]), accepted(sys.argv[2])
    results = {}
    for line in sys.stdin:
        name, sep, status = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name and any(fnmatch.fnmatchcase(name, p) for p in wanted):
            results[name] = status
    if not results:
        print("no mutant of tests/mutation/functions.txt was found: did mutmut run?")
        return 1
    per_function: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for name, status in results.items():
        per_function[name.partition("__mutmut_")[0]][status] += 1
    print(f"{'function':<90} {'mutants':>7} {'killed':>6} {'other':>5}")
    for function, counts in sorted(per_function.items()):
        total = sum(counts.values())
        print(f"{function:<90} {total:>7} {counts['killed']:>6} {total - counts['killed']:>5}")
    total = collections.Counter(results.values())
    print(f"all: {sum(total.values())} mutants, " + ", ".join(f"{n} {s}" for s, n in sorted(total.items())))
    failed = 0
    for name, status in sorted(results.items()):
        if status != "killed" and name not in ok:
            print(f"NOT KILLED ({status}): {name}  (mutmut show {name})")
            failed = 1
    for pattern in wanted:
        if not any(fnmatch.fnmatchcase(name, pattern) for name in results):
            print(
                f"tests/mutation/functions.txt names {pattern}, but no mutant of it was made (its file in "
                "pyproject.toml's only_mutate? its name?)"
            )
            failed = 1
    for name in sorted(ok):
        if results.get(name) == "killed" or name not in results:
            print(f"tests/mutation/accepted.md lists {name}, but it is {results.get(name, 'not generated')}")
            failed = 1
    return failed


if __name__ == "__main__":
    sys.exit(main())
