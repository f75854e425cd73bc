"""scripts/gates judges ansible-doc's stderr with scripts/lib/stderr_warnings.py: a warning about the
collection fails a gate, another package's deprecation warning (cryptography 51's, which ansible-core
2.19-2.21 set off at every start) is named and passes."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What ansible-core 2.21.5 with cryptography 51.0.1 prints on stderr, each time it starts.
CRYPTOGRAPHY_51 = (
    "/ci/cegid.cegidlife/.venv-gates/lib/python3.13/site-packages/ansible/_internal/_ssh/_ssh_agent.py:18: "
    "CryptographyDeprecationWarning: DSA is deprecated and support will be removed in a future release. "
    "Use a more modern signature algorithm.\n"
    "  from cryptography.hazmat.primitives.asymmetric.dsa import (\n"
) * 2
PROTOMATTER = (
    "[WARNING]: Collection at '/x/site-packages/ansible/_internal/ansible_collections/ansible/_protomatter' "
    "does not have a MANIFEST.json file, nor has it galaxy.yml: cannot detect version.\n"
)
OURS = [
    "[WARNING]: cegid.cegidlife.api_key: the option 'foo' is documented twice\n",
    "[DEPRECATION WARNING]: cegid.cegidlife.api_key has been deprecated.\n",
    # A deprecation raised in our own code, or naming us, is ours wherever it comes from.
    "/c/ansible_collections/cegid/cegidlife/plugins/module_utils/_x.py:3: DeprecationWarning: old\n  import y\n",
    "/v/site-packages/ansible/plugins/loader.py:9: DeprecationWarning: cegid.cegidlife.api_key uses a removed API\n",
    # Not a deprecation: unknown, so it fails as before.
    "/v/site-packages/foo/bar.py:1: UserWarning: something odd\n",
]


def _helper() -> ModuleType:
    path = ROOT / "scripts" / "lib" / "stderr_warnings.py"
    spec = importlib.util.spec_from_file_location("stderr_warnings", path)
    assert spec and spec.loader, f"{path} is missing"
    module = importlib.util.module_from_spec(spec)
    sys.modules["stderr_warnings"] = module  # dataclasses resolve annotations through it
    spec.loader.exec_module(module)
    return module


def test_foreign_deprecation_passes_and_is_named() -> None:
    verdict = _helper().classify(CRYPTOGRAPHY_51 + PROTOMATTER)
    assert verdict.ok, verdict.report()
    report = verdict.report().splitlines()
    assert len(report) == 2, report  # each warning once
    assert report[0].startswith("ignored foreign warning: CryptographyDeprecationWarning: DSA is deprecated")
    assert "_protomatter" in report[1]


@pytest.mark.parametrize("ours", OURS, ids=["warning", "deprecation", "our-file", "names-us", "user-warning"])
def test_warning_about_the_collection_fails(ours: str) -> None:
    verdict = _helper().classify(CRYPTOGRAPHY_51 + ours)
    assert not verdict.ok
    assert verdict.kept == ours.rstrip("\n").splitlines()


def test_our_collection_directory_is_ours() -> None:
    line = "/repo/plugins/modules/api_key.py:1: DeprecationWarning: x\n"
    helper = _helper()
    assert helper.classify(line).ok
    assert not helper.classify(line, ["/repo"]).ok


def _render_docs(tmp_path: Path, stderr: str) -> subprocess.CompletedProcess[str]:
    """scripts/gates' render_docs, on its own, against an ansible-doc that prints `stderr`."""
    text = (ROOT / "scripts" / "gates").read_text()
    function = re.search(r"^render_docs\(\) \{\n.*?^\}\n", text, re.M | re.S)
    assert function, "scripts/gates has no render_docs()"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    fake = bin_dir / "ansible-doc"
    dump = {"all": {"module": {"cegid.cegidlife.api_key": {}}, "keyword": {}}}
    fake.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        f"if '--metadata-dump' in sys.argv: print({json.dumps(json.dumps(dump))})\n"
        "else: sys.stderr.write(os.environ['FAKE_STDERR'])\n"
    )
    fake.chmod(0o755)
    collection = tmp_path / "ansible_collections" / "cegid" / "cegidlife"
    (collection / "plugins" / "modules").mkdir(parents=True)
    (collection / "plugins" / "modules" / "api_key.py").write_text("")
    script = f"root={ROOT}; FQCN=cegid.cegidlife\n{function.group(0)}\nrender_docs {tmp_path} {collection}\n"
    env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}", FAKE_STDERR=stderr)
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=False)


def test_docs_gate_passes_a_foreign_deprecation(tmp_path: Path) -> None:
    run = _render_docs(tmp_path, CRYPTOGRAPHY_51)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ignored foreign warning: CryptographyDeprecationWarning" in run.stdout
    assert "ansible-doc -t module cegid.cegidlife.api_key: ok" in run.stdout


def test_docs_gate_fails_a_warning_about_us(tmp_path: Path) -> None:
    run = _render_docs(tmp_path, CRYPTOGRAPHY_51 + OURS[0])
    assert run.returncode != 0, run.stdout + run.stderr
    assert "warned: " in run.stdout and "documented twice" in run.stdout
