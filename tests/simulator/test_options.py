"""Options declared once: the flags, the config checks and the defaults all come from the
``SimConfig`` fields (in-process for the parser, a real process for exit codes)."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.simulator import SIM_DIR, SimFactory, sim_defaults

sim_defaults()  # the simulator of this checkout, importable
from cegidlife_sim.__main__ import config_from_args, parse_args  # noqa: E402
from cegidlife_sim.config import FAULT_FIELDS, SimConfig  # noqa: E402
from cegidlife_sim.options import OPTION, flag_of, options_of  # noqa: E402


def test_every_option_is_a_flag_and_a_config_key() -> None:
    fields = options_of(SimConfig)
    assert len(fields) == len([f for f in dataclasses.fields(SimConfig) if OPTION in f.metadata]) >= 50
    help_text = subprocess.run(
        [sys.executable, "-m", "cegidlife_sim", "--help"],
        env=dict(os.environ, PYTHONPATH=str(SIM_DIR)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    for f, spec in fields:
        assert flag_of(f, spec) + " " in help_text or flag_of(f, spec) + "\n" in help_text, f.name
        assert f.name in SimConfig().as_dict()
    assert "--totp " in help_text  # a shorthand, declared with --mfa
    # Nothing given: no option in the namespace, so nothing is explicit.
    assert config_from_args(parse_args([])) == SimConfig()
    assert set(FAULT_FIELDS) == set(sim_defaults("fault"))


def test_flags_reach_the_config() -> None:
    cfg = config_from_args(
        parse_args(
            [
                "--rendering",
                "random:12",
                "--layout",
                "alt",
                "--page-size",
                "4",
                "--slow-pages",
                "keys:20,home:10",
                "--slow-pages",
                "catalogue:5",
                "--totp-secret",
                "JBSWY3DPEHPK3PXP",
                "--fail-post-after-commit",
                "--session-ttl",
                "60",
            ]
        )
    )
    assert cfg.rendering == "random:12" and cfg.explicit == {"layout", "page_size"}
    assert cfg.layout == "alt" and cfg.page_size == 4 and cfg.session_ttl == 60
    assert cfg.slow_pages == {"keys": 20, "home": 10, "catalogue": 5}
    assert cfg.mfa == "totp" and cfg.totp_secrets == {"*": "JBSWY3DPEHPK3PXP"}  # implied by --totp-secret
    assert cfg.fail_post_after_commit is True
    assert config_from_args(parse_args(["--totp-secret", "JBSWY3DPEHPK3PXP", "--mfa", "push"])).mfa == "push"
    assert config_from_args(parse_args(["--totp"])).mfa == "totp"
    # --sso-port is the sign-in origin axis when it says which.
    assert config_from_args(parse_args(["--sso-port", "0"])).signin_origin == "same"
    assert config_from_args(parse_args(["--sso-port", "9999"])).signin_origin == "sso"
    assert config_from_args(parse_args(["--signin-origin", "same"])).explicit == {"signin_origin"}
    with pytest.raises(ValueError, match="contradicts"):
        config_from_args(parse_args(["--sso-port", "0", "--signin-origin", "sso"]))


@pytest.mark.parametrize(
    "args",
    [
        ["--rendering", "fancy"],
        ["--rendering", "random:x"],
        ["--account-control", "profile-link"],  # the classic route goes through the menu
        ["--key-list", "client", "--rendering", "wizard"],  # cards: JavaScript builds rows only
        ["--catalogue-filter", "tabular"],
        ["--slow-pages", "nowhere:10"],
        ["--sso-port", "0", "--signin-origin", "sso"],
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cegidlife_sim", "--port", "0", "--data", str(tmp_path / "x.db"), *args],
        env=dict(os.environ, PYTHONPATH=str(SIM_DIR)),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert proc.returncode == 2, (args, proc.stderr)
    assert "READY" not in proc.stdout


def test_same_origin_rendering_serves_sign_in_under_adfs(sim_factory: SimFactory) -> None:
    seed = next(s for s in range(50) if SimConfig.build({"rendering": f"random:{s}"}).signin_origin == "same")
    sim = sim_factory(rendering=f"random:{seed}")
    assert sim.sso_url == sim.portal_url
    assert sim.rendering()["sign_in"]["url"] == sim.portal_url + "/adfs/ls/"
    # An explicit --sso-port keeps the separate origin whatever the seed says.
    other = sim_factory(rendering=f"random:{seed}", sso_port=0)
    assert other.sso_url == other.portal_url
    apart = sim_factory(rendering=f"random:{seed}", signin_origin="sso")
    assert apart.sso_url != apart.portal_url and apart.rendering()["sign_in"]["origin"] == "sso"


def test_faults_reset_keeps_the_rendering(sim_factory: SimFactory) -> None:
    sim = sim_factory(rendering="wizard", pager="more", slow_ms=5)
    before = sim.config()
    after = sim.reset_faults()
    assert after["slow_ms"] == 0
    assert {k: after[k] for k in sim_defaults("axis")} == {k: before[k] for k in sim_defaults("axis")}
    assert after["rendering"] == "wizard" and after["pager"] == "more"


def test_readme_documents_every_option() -> None:
    readme = (SIM_DIR / "README.md").read_text(encoding="utf-8")
    for f, spec in options_of(SimConfig):
        documented = f"`{f.name}`" in readme if spec.kind == "axis" else flag_of(f, spec) in readme
        assert documented, f.name
        if spec.choices and spec.kind == "axis":
            for value in spec.choices:
                assert f"`{value}`" in readme, (f.name, value)
