"""The README's example play and template, taken from README.md as written, run against the simulator."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.integration.conftest import Portal
from tests.support.ansible_cli import local_inventory, run_playbook
from tests.support.simulator import ADMIN

README = Path(__file__).resolve().parents[2] / "README.md"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)


def _example() -> tuple[str, str]:
    """The play that uses cegidlife_api_key and ansible.builtin.template, and the template after it."""
    plays = [
        b for b in _blocks("yaml") if "cegid.cegidlife.cegidlife_api_key:" in b and "ansible.builtin.template:" in b
    ]
    templates = _blocks("jinja")
    assert len(plays) == 1 and len(templates) == 1, "README.md: expected one example play and one template"
    return plays[0], templates[0]


def test_readme_example_runs_as_written(portal: Portal, tmp_path: Path) -> None:
    play, template = _example()
    tasks = yaml.safe_load(play)[0]["tasks"]
    dest = Path(tasks[1]["ansible.builtin.template"]["dest"])
    # Only the app's config folder moves: /etc/invoicing is not ours to write in a test.
    app_dir = tmp_path / "etc" / "invoicing"
    app_dir.mkdir(parents=True)
    (tmp_path / "play.yml").write_text(play.replace(str(dest.parent), str(app_dir)), encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "loop-api.env.j2").write_text(template, encoding="utf-8")
    local_inventory(tmp_path / "inventory.ini", "invoicing", {"localhost": ""})
    vault_password = tmp_path / "vault-password"
    vault_password.write_text("readme-example-vault-secret\n", encoding="utf-8")
    extra_vars = {"cegidlife_admin_user": ADMIN[0], "cegidlife_admin_password": ADMIN[1]}
    env = {"CEGIDLIFE_PORTAL_URL": portal.sim.portal_url}
    args = ["--vault-password-file", str(vault_password)]

    def run() -> dict[str, int]:
        result = run_playbook(
            tmp_path / "play.yml", inventory=tmp_path / "inventory.ini", extra_vars=extra_vars, env=env, extra_args=args
        )
        assert result.rc == 0, result.output
        return result.recap()

    first = run()
    config = (app_dir / dest.name).read_text(encoding="utf-8")
    values = dict(line.split("=", 1) for line in config.splitlines() if "=" in line)
    [key] = portal.active("invoicing-prod")
    assert values["LOOP_API_IDENTIFIER"] == key["identifier"], config
    assert portal.loop_api(values["LOOP_API_KEY"]) == 200
    assert first["changed"] == 2, first  # the key generated, the config written
    assert oct((app_dir / dest.name).stat().st_mode & 0o777) == "0o600"
    stored = tmp_path / "credentials" / "cegidlife.vault"
    assert stored.read_text(encoding="utf-8").startswith("$ANSIBLE_VAULT;"), "credentials_file is not vault-encrypted"

    second = run()
    assert second["changed"] == 0, second  # the same key, its credentials back from the file, the same config
    assert (app_dir / dest.name).read_text(encoding="utf-8") == config
    assert len(portal.active("invoicing-prod")) == 1
