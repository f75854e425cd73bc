# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The JavaScript the page model runs in the browser: one file a script, in js/ beside this file,
so that it is linted (scripts/gates eslint) and tested (tests/unit/.../test_scripts_in_chromium.py)
as the code it is.

The files are read from disk, next to this module. That works wherever these module utils run: the
collection's modules run through their action plugins (plugins/action/, a test checks each module
has one), which import them on the controller from the collection as installed (ansible-galaxy
collection install, a collections path, an execution environment). AnsiballZ, which zips only the
.py files of module_utils for a managed host, is never used for them. (ansible-core 2.21's
EmbedManager could ship the files too, but the collection supports 2.19.)
"""

from __future__ import annotations

import functools
import os

_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "js")


def _read(name: str) -> str:
    """js/<name>.js without its leading comments (what it does, ESLint's directives): the browser
    gets the code only."""
    path = os.path.join(_DIR, f"{name}.js")
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().strip().splitlines()
    except OSError as exc:
        raise RuntimeError(f"the browser script {path} could not be read: is the collection whole? ({exc})") from exc
    while lines and (lines[0].startswith("//") or (lines[0].startswith("/*") and lines[0].endswith("*/"))):
        lines.pop(0)
    return "\n".join(lines)


@functools.cache
def script(name: str, *helpers: str) -> str:
    """The script of js/<name>.js for page.evaluate and the like, read once. `helpers` name files of
    declarations the script uses (shadow_dom: deep, drawn): the result is then an expression that
    gives the script's function with those declarations in its scope."""
    main = _read(name)
    if not helpers:
        return main
    declarations = "\n".join(_read(helper) for helper in helpers)
    return f"(() => {{\n{declarations}\nreturn (\n{main.removesuffix(';')}\n);\n}})()"
