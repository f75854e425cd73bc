"""Generated renderings in headless Chromium, driven only by their /__sim__/rendering description.

For every preset and 30 random seeds (CI: the presets and ten): sign in with the described words, replay the literal
route to Loop APIkey's key page, generate a key and read its one-time values the way the
rendering shows them, prove the secret is never shown again, walk the paginated list, revoke
with the rendering's control and confirmation, and check no dangerous control was used.
"""

from __future__ import annotations

import typing as t

import playwright.sync_api as pw
import pytest

from tests.simulator import replay
from tests.support.simulator import Sim, SimFactory

expect = pw.expect
PRESETS = ("classic", "alt", "seed", "cle-api", "wizard")
# scripts/test (CI) walks the presets and ten seeds; the other twenty are scripts/test-extended's.
RENDERINGS = (
    *PRESETS,
    *(f"random:{seed}" for seed in range(10)),
    *(pytest.param(f"random:{seed}", marks=pytest.mark.extended) for seed in range(10, 30)),
)


def loop_status(sim: Sim, identifier: str, secret: str) -> int:
    return sim.loop_api(f"{identifier}:{secret}")


def expected_names(sim: Sim, desc: t.Mapping[str, t.Any]) -> set[str]:
    """The active keys the key page lists for tiers 95943 (every service on the "Clé API" page)."""
    return {
        k["name"]
        for k in sim.keys()
        if k["tiers_code"] == "95943"
        and k["status"] == "active"
        and (desc["key_page"]["all_services"] or k["service"] == desc["service"]["name"])
    }


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_rendering_end_to_end(sim_factory: SimFactory, page: t.Any, rendering: str) -> None:
    sim = sim_factory(rendering=rendering)
    desc = sim.rendering()
    assert desc["rendering"] == rendering and desc["route"]
    assert (sim.sso_url == sim.portal_url) == (desc["sign_in"]["origin"] == "same")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=sim.portal_url)
    paging = desc["pagination"]
    if paging:  # enough keys for three pages
        sim.bulk_keys(count=paging["page_size"] * 2 + 1, prefix="bulk-")

    replay.sign_in(page, sim, desc)
    replay.to_key_page(page, desc)
    first_page = page.url

    name = f"ansible {rendering}"
    panel = replay.generate(page, desc, name)
    identifier, secret = replay.read_credentials(page, desc, panel)
    replay.check_stored(sim, name, identifier, secret)
    assert loop_status(sim, identifier, secret) == 200
    expect(replay.key_item(page, desc, name)).to_have_count(1)

    # One-time: a reload shows neither the panel nor the values.
    page.reload()
    expect(page.get_by_role("status").filter(has_text=replay.PANEL_TEXT)).to_have_count(0)
    html = page.content()
    assert secret not in html and identifier not in html

    # The whole list, through its pagination; nothing twice, nothing missing.
    names = replay.all_listed(page, desc)
    assert sorted(names) == sorted(expected_names(sim, desc))

    page.goto(first_page)
    replay.revoke(page, desc, name)
    assert next(k for k in sim.keys() if k["name"] == name)["status"] == "revoked"
    assert loop_status(sim, identifier, secret) == 401
    expect(replay.key_item(page, desc, name)).to_have_count(0)

    events = sim.stats()["events"]
    assert not set(events) & set(desc["dangerous_events"]), events
    assert events.get("keys_generated") == 1 and events.get("keys_revoked") == 1


def test_dangerous_controls_are_counted(sim_factory: SimFactory, page: t.Any) -> None:
    """Every dangerous control a generated portal offers counts its use in the stats."""
    sim = sim_factory(
        rendering="classic",
        route="profile",
        account_control="initials",
        account_name="mon-compte",
        account_opens="menu",
        menu_extras="some",
        nav="header",
        logout="link",
    )
    desc = sim.rendering()
    replay.sign_in(page, sim, desc)
    expect(page).to_have_title("Accueil - CegidLife")
    account = page.get_by_role("button", name="Mon compte", exact=True)
    expect(account).to_have_attribute("aria-haspopup", "menu")
    expect(account).to_have_attribute("aria-expanded", "false")
    account.click()
    expect(account).to_have_attribute("aria-expanded", "true")
    menu = page.get_by_role("menu")
    expect(menu.get_by_role("menuitem")).to_have_text(
        ["Mon profil", "Mes demandes", "Aide", "Modifier mon mot de passe", "Déconnexion"]
    )
    page.keyboard.press("Escape")
    expect(account).to_have_attribute("aria-expanded", "false")
    # The harmless links count nothing.
    for link in ("Mes applications", "Base de connaissances", "Actualités"):
        page.get_by_role("link", name=link, exact=True).click()
        expect(page.get_by_role("heading", name=link, exact=True)).to_be_visible()
    assert not sim.stats()["events"].keys() & set(desc["dangerous_events"])

    account.click()
    page.get_by_role("menuitem", name="Modifier mon mot de passe", exact=True).click()
    expect(page.get_by_role("heading", name="Modifier mon mot de passe")).to_be_visible()
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("n'a pas été modifié")
    account.click()
    page.get_by_role("menuitem", name="Mon profil", exact=True).click()
    expect(page.get_by_role("heading", name="Mon profil", exact=True)).to_be_visible()
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Vos informations ont été enregistrées.")
    page.get_by_role("button", name="Supprimer mon compte", exact=True).click()
    expect(page.get_by_role("heading", name="Suppression du compte")).to_be_visible()
    account.click()
    page.get_by_role("menuitem", name="Déconnexion", exact=True).click()
    expect(page).to_have_title("Connexion - CegidLife")
    assert {k: sim.stats()["events"].get(k) for k in desc["dangerous_events"]} == {
        "logout": 1,
        "password_page": 1,
        "password_changed": 1,
        "profile_saved": 1,
        "account_delete": 1,
    }


def test_drawer_and_actions_menus(sim_factory: SimFactory, page: t.Any) -> None:
    """The drawer is a dialog named "Menu"; a row's "Actions" menu is an ARIA menu."""
    sim = sim_factory(rendering="cle-api", key_control="actions-menu", row_extras="some")
    desc = sim.rendering()
    replay.sign_in(page, sim, desc)
    toggle = page.get_by_role("button", name="Mon compte", exact=True)
    expect(toggle).to_have_attribute("aria-haspopup", "dialog")
    toggle.click()
    drawer = page.get_by_role("dialog", name="Menu", exact=True)
    expect(drawer).to_be_visible()
    drawer.get_by_role("button", name="Fermer", exact=True).click()
    expect(drawer).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    # This rendering's catalogue (reached by its address) has an "Actions" menu per row.
    page.goto(sim.portal_url + "/catalogue?type=en-ligne")
    row = page.get_by_role("row").filter(has_text="Loop APIKey Standard (P04448)")
    actions = row.get_by_role("button", name="Actions", exact=True)
    expect(actions).to_have_attribute("aria-haspopup", "menu")
    expect(page.get_by_role("menuitem")).to_have_count(0)
    actions.click()
    expect(row.get_by_role("menuitem")).to_have_text(["Gérer les clés d'API", "Détails", "Documentation"])
    expect(page.get_by_role("menuitem")).to_have_count(3)  # the other rows' menus stay closed
    row.get_by_role("menuitem", name="Gérer les clés d'API", exact=True).click()
    expect(
        page.get_by_role("heading", name="Liste des clés d'API pour le service Loop APIKey Standard (P04448)")
    ).to_be_visible()


@pytest.mark.parametrize("control", ["select", "radios", "combobox"])
def test_tiers_control_reloads_the_key_page(sim_factory: SimFactory, page: t.Any, control: str) -> None:
    sim = sim_factory(rendering="random:11", tiers_control=control)
    desc = sim.rendering()
    sim.plant_key(name="in-86360", service="Loop APIkey", tiers_code="86360")
    replay.sign_in(page, sim, desc)
    replay.to_key_page(page, desc)
    expect(replay.key_item(page, desc, "in-86360")).to_have_count(0)
    if control == "select":
        tiers = page.get_by_role("combobox", name="Tiers rattaché", exact=True)
        expect(tiers).to_have_value("95943")
        tiers.select_option(label="86360 CHASSENEUIL DU POITOU")
    elif control == "combobox":
        tiers = page.get_by_role("combobox", name="Tiers rattaché", exact=True)
        expect(tiers).to_have_text("95943 FUTUROSCOPE CEDEX")
        expect(tiers).to_have_attribute("aria-expanded", "false")
        expect(page.get_by_role("option")).to_have_count(0)  # the listbox shows once opened
        tiers.click()
        expect(tiers).to_have_attribute("aria-expanded", "true")
        listbox = page.get_by_role("listbox", name="Tiers rattaché", exact=True)
        expect(listbox.get_by_role("option", name="95943 FUTUROSCOPE CEDEX")).to_have_attribute("aria-selected", "true")
        listbox.get_by_role("option", name="86360 CHASSENEUIL DU POITOU", exact=True).click()
    else:
        group = page.get_by_role("radiogroup", name="Tiers rattaché", exact=True)
        expect(group.get_by_role("radio", name="95943 FUTUROSCOPE CEDEX", exact=True)).to_be_checked()
        group.get_by_role("radio", name="86360 CHASSENEUIL DU POITOU", exact=True).check()
    page.wait_for_url("**tiers=86360**")
    expect(replay.key_item(page, desc, "in-86360")).to_have_count(1)


@pytest.mark.parametrize(
    ("layout", "key_table", "button_case"), [("classic", "grid", "upper"), ("alt", "table", "normal")]
)
def test_client_rows_match_server_rows_whatever_the_shape(
    sim_factory: SimFactory, page: t.Any, layout: str, key_table: str, button_case: str
) -> None:
    from tests.simulator.test_browser import KEY_ROWS_DOM

    sim = sim_factory(layout=layout, key_table=key_table, button_case=button_case)
    sim.plant_key(name="mixed <row>", service="Cegid File Exchange", tiers_code="86360")
    sim.plant_key(name="mixed-old", service="Cegid File Exchange", tiers_code="86360", status="revoked")
    desc = sim.rendering()
    path = "/catalogue/services/2/cles?tiers=86360&criteres=1&statut=active&statut=revoquee"
    replay.sign_in(page, sim, desc, start=path)
    expect(replay.key_item(page, desc, "mixed-old")).to_have_count(1)
    server = page.evaluate(KEY_ROWS_DOM)
    sim.config(key_list="client")
    page.reload()
    expect(page.locator("script[data-key-rows]")).to_have_count(1)
    expect(replay.key_item(page, desc, "mixed-old")).to_have_count(1)
    assert page.evaluate(KEY_ROWS_DOM) == server
    replay.revoke(page, sim.rendering(), "mixed <row>")
