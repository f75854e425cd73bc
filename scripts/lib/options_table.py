"""The README's options tables, written from the modules' documentation and argument specs.

    python scripts/lib/options_table.py            # rewrite README.md between the markers
    python scripts/lib/options_table.py --check    # exit 1 when README.md differs, or docs and specs disagree

(scripts/options-table runs it with the test virtualenv's Python; the `docs` gate runs --check.)

One table per module (its own options) and one per doc fragment with options (the portal options
every module shares), between BEGIN and END below in README.md. Each row is read from the module's
DOCUMENTATION (merged with its cegid.cegidlife doc fragments, as ansible-doc does) and its argument
spec (the `argument_spec` the module imports): name and aliases, type, default, and the meaning -
the description's first paragraph, plus the paragraphs that say what each choice does (they start
with V(<choice>)) and what happens when the option is not set (they start with "If not set"). So the
first paragraph of an option's description is its summary: keep it short, the rest is for ansible-doc.
A `no_log` option says so. The check also fails when the documentation and the argument spec name
different options, aliases, choices or defaults, or when an environment variable the spec falls back
to is not named in the option's description.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import difflib
import importlib
import re
import sys
import typing as t
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NAMESPACE, NAME = "cegid", "cegidlife"
COLLECTION = f"{NAMESPACE}.{NAME}"
README = ROOT / "README.md"
BEGIN = "<!-- BEGIN options-table: written by scripts/options-table from the modules' DOCUMENTATION; edit that -->"
END = "<!-- END options-table -->"


@dataclasses.dataclass(frozen=True)
class Module:
    name: str
    options: dict[str, dict[str, t.Any]]  # its own, in DOCUMENTATION's order
    fragments: list[str]  # the doc fragments with options it extends, as "portal"
    spec: dict[str, dict[str, t.Any]]  # the argument spec (every option, the fragments' too)


@dataclasses.dataclass(frozen=True)
class Fragment:
    name: str
    options: dict[str, dict[str, t.Any]]


def _collection_importable() -> None:
    """`ansible_collections.cegid.cegidlife` importable from this tree: it is one (the gates' copy,
    an installed collection), or conftest.py's .build/collections link to it."""
    if ROOT.parent.parent.name == "ansible_collections":
        base = ROOT.parents[2]
    else:
        base = ROOT / ".build" / "collections"
        link = base / "ansible_collections" / NAMESPACE / NAME
        if not link.exists():
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(ROOT, target_is_directory=True)
    if str(base) not in sys.path:
        sys.path.insert(0, str(base))


def _literal(tree: ast.Module | ast.ClassDef, name: str) -> str | None:
    """The value of the string assignment `name = "..."` in a module or class body."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(n, ast.Name) and n.id == name for n in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    return None


def read_fragment(name: str) -> Fragment:
    """`cegid.cegidlife.portal` or `cegid.cegidlife.attributes.INFO_MODULE`, read from its file."""
    if not name.startswith(COLLECTION + "."):
        raise ValueError(f"doc fragment {name}: only this collection's fragments are read")
    file_name, _dot, variable = name[len(COLLECTION) + 1 :].partition(".")
    tree = ast.parse((ROOT / "plugins" / "doc_fragments" / f"{file_name}.py").read_text(encoding="utf-8"))
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "ModuleDocFragment"]
    text = _literal(classes[0], variable or "DOCUMENTATION") if classes else None
    if text is None:
        raise ValueError(f"doc fragment {name}: no {variable or 'DOCUMENTATION'} string in ModuleDocFragment")
    return Fragment(file_name, dict((yaml.safe_load(text) or {}).get("options") or {}))


def _spec_function(tree: ast.Module, path: Path) -> t.Callable[[], dict[str, dict[str, t.Any]]]:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(alias.name == "argument_spec" for alias in node.names):
            spec = importlib.import_module(node.module or "").argument_spec
            return t.cast("t.Callable[[], dict[str, dict[str, t.Any]]]", spec)
    raise ValueError(f"{path.name}: imports no argument_spec")


def read_modules() -> list[Module]:
    _collection_importable()
    modules = []
    for path in sorted((ROOT / "plugins" / "modules").glob("*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        doc = yaml.safe_load(_literal(tree, "DOCUMENTATION") or "")
        fragments = [f for f in doc.get("extends_documentation_fragment") or [] if read_fragment(f).options]
        modules.append(
            Module(
                doc["module"],
                dict(doc.get("options") or {}),
                [read_fragment(f).name for f in fragments],
                _spec_function(tree, path)(),
            )
        )
    return modules


# --- Ansible markup to Markdown ------------------------------------------------------------------

_MARKUP = re.compile(r"\b(RV|O|V|E|P|C|B|I|M|U|L)\(")
_ESCAPED = {"O", "V", "RV", "E", "P"}  # semantic markup: `\)` and `\\` inside


def _closing(text: str, start: int, escaped: bool) -> tuple[str, int]:
    """The argument from `start` up to its `)`, and the index after it."""
    out, i = [], start
    while i < len(text):
        ch = text[i]
        if escaped and ch == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if ch == ")":
            return "".join(out), i + 1
        out.append(ch)
        i += 1
    raise ValueError(f"unclosed markup in {text!r}")


def _option_name(value: str) -> str:
    """O(name), O(name=value), O(fqcn#module:name) as a reader of the README says them."""
    if "#" in value:
        plugin, _hash, rest = value.partition("#")
        option = rest.partition(":")[2]
        return f"`{option}` of `{plugin.rsplit('.', 1)[-1]}`"
    return f"`{value}`"


def markdown(text: str) -> str:
    """Ansible's documentation markup in Markdown, on one line, ready for a table cell."""
    out, i = [], 0
    for match in _MARKUP.finditer(text):
        if match.start() < i:
            continue
        out.append(text[i : match.start()])
        kind = match.group(1)
        value, i = _closing(text, match.end(), kind in _ESCAPED)
        if kind in ("O", "RV"):
            out.append(_option_name(value))
        elif kind in ("V", "E", "C", "P", "M"):
            out.append(f"`{value}`")
        elif kind == "B":
            out.append(f"**{value}**")
        elif kind == "I":
            out.append(f"*{value}*")
        elif kind == "U":
            out.append(f"<{value}>")
        else:  # L(text, url)
            label, _comma, url = value.rpartition(",")
            out.append(f"[{label.strip()}]({url.strip()})")
    out.append(text[i:])
    return " ".join("".join(out).split()).replace("|", "\\|")


# --- the tables ----------------------------------------------------------------------------------


def _paragraphs(option: t.Mapping[str, t.Any]) -> list[str]:
    description = option.get("description") or []
    return [description] if isinstance(description, str) else list(description)


def meaning(option: t.Mapping[str, t.Any], spec: t.Mapping[str, t.Any]) -> str:
    """The summary, what each choice does, what happens when it is not set; `no_log` said."""
    paragraphs = _paragraphs(option)
    choices = [str(c) for c in option.get("choices") or []]
    kept = paragraphs[:1] + [
        p for p in paragraphs[1:] if p.startswith("If not set") or any(p.startswith(f"V({c})") for c in choices)
    ]
    text = " ".join(markdown(p) for p in kept)
    if choices and not all(f"`{c}`" in text for c in choices):
        text += " One of " + ", ".join(f"`{c}`" for c in choices) + "."
    if spec.get("no_log"):
        text += " Never logged (`no_log`)."
    return text


def _value(value: t.Any) -> str:
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"`{value}`"


def _type(option: t.Mapping[str, t.Any]) -> str:
    kind = option.get("type", "str")
    return f"{kind} of {option['elements']}" if kind == "list" and option.get("elements") else kind


def _rows(
    options: t.Mapping[str, t.Mapping[str, t.Any]], spec: t.Mapping[str, t.Mapping[str, t.Any]], prefix: str = ""
) -> list[str]:
    rows = []
    for name, option in options.items():
        aliases = "".join(f" (alias `{a}`)" for a in option.get("aliases") or [])
        if option.get("required"):
            default = "required"
        else:
            default = _value(option["default"]) if option.get("default") is not None else ""
        own = spec.get(name, {})
        rows.append(f"| `{prefix}{name}`{aliases} | {_type(option)} | {default} | {meaning(option, own)} |")
        rows += _rows(option.get("suboptions") or {}, own.get("options") or {}, f"{prefix}{name}.")
    return rows


def _table(options: t.Mapping[str, t.Mapping[str, t.Any]], spec: t.Mapping[str, t.Mapping[str, t.Any]]) -> str:
    return "\n".join(["| option | type | default | meaning |", "|---|---|---|---|", *_rows(options, spec)])


def render(modules: list[Module]) -> str:
    """What goes between the markers."""
    parts = [BEGIN]
    fragments: dict[str, list[Module]] = {}
    for module in modules:
        for fragment in module.fragments:
            fragments.setdefault(fragment, []).append(module)
    for module in modules:
        shared = " and ".join(f"the [{f} options](#{_anchor(f)})" for f in module.fragments)
        parts += [
            f"### `{COLLECTION}.{module.name}`",
            f"Its own options{f', then {shared}' if shared else ''}:",
            _table(module.options, module.spec),
        ]
    for fragment, users in fragments.items():
        names = ", ".join(f"`{m.name}`" for m in users)
        parts += [
            f"### The {fragment} options",
            f"Every module that talks to the portal takes them ({names}):",
            _table(read_fragment(f"{COLLECTION}.{fragment}").options, users[0].spec),
        ]
    parts.append(END)
    return "\n\n".join(parts)


def _anchor(fragment: str) -> str:
    return f"the-{fragment}-options"


def rewrite(text: str, block: str) -> str:
    """The README with `block` in place of what is between the markers (markers included)."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"README.md lacks the markers {BEGIN!r} ... {END!r}")
    return text[:start] + block + text[end + len(END) :]


# --- docs and spec agree -------------------------------------------------------------------------


def disagreements(module: Module) -> list[str]:
    """Where the documentation and the argument spec say different things (ansible-test's
    validate-modules checks most of it too; this also checks the environment fallbacks)."""
    documented = dict(module.options)
    for fragment in module.fragments:
        for name, option in read_fragment(f"{COLLECTION}.{fragment}").options.items():
            documented.setdefault(name, option)
    return _compare(module.name, documented, module.spec)


def _compare(where: str, documented: t.Mapping[str, t.Any], spec: t.Mapping[str, t.Any]) -> list[str]:
    problems = [
        f"{where}: option {n} is in the argument spec, not in the documentation" for n in spec if n not in documented
    ]
    problems += [f"{where}: option {n} is documented, not in the argument spec" for n in documented if n not in spec]
    for name in [n for n in documented if n in spec]:
        doc, arg = documented[name], spec[name]
        said = f"{where}: option {name}:"
        if sorted(doc.get("aliases") or []) != sorted(arg.get("aliases") or []):
            problems.append(f"{said} aliases {doc.get('aliases')} documented, {arg.get('aliases')} in the spec")
        if sorted(str(c) for c in doc.get("choices") or []) != sorted(str(c) for c in arg.get("choices") or []):
            problems.append(f"{said} choices {doc.get('choices')} documented, {arg.get('choices')} in the spec")
        if doc.get("type", "str") != arg.get("type", "str") or doc.get("elements") != arg.get("elements"):
            problems.append(f"{said} type {_type(doc)} documented, {_type(arg)} in the spec")
        if doc.get("default") != arg.get("default"):
            problems.append(f"{said} default {doc.get('default')!r} documented, {arg.get('default')!r} in the spec")
        fallback = arg.get("fallback")
        for variable in fallback[1] if fallback else []:
            if f"E({variable})" not in " ".join(_paragraphs(doc)):
                problems.append(
                    f"{said} falls back to the environment variable {variable}; "
                    f"its description does not say E({variable})"
                )
        problems += _compare(f"{where}: option {name}", doc.get("suboptions") or {}, arg.get("options") or {})
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when README.md is not up to date")
    args = parser.parse_args(argv)
    modules = read_modules()
    problems = [p for m in modules for p in disagreements(m)]
    for problem in problems:
        print(problem, file=sys.stderr)
    text = README.read_text(encoding="utf-8")
    wanted = rewrite(text, render(modules))
    if not args.check:
        if wanted != text:
            README.write_text(wanted, encoding="utf-8")
            print("README.md: options tables rewritten")
        return 1 if problems else 0
    if wanted != text:
        diff = difflib.unified_diff(text.splitlines(True), wanted.splitlines(True), "README.md", "from the docs")
        sys.stdout.writelines(diff)
        print(
            "README.md's options tables are not what the modules' documentation says: run scripts/options-table",
            file=sys.stderr,
        )
        return 1
    print(f"README.md's options tables match the documentation of {', '.join(m.name for m in modules)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
