"""What the route search takes for the service's catalogue (issue 21 §3: "what an error lists must be
what it says"): help articles whose title mentions a key are no catalogue of services."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.given_way import parse_route
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.ranking import Ranking, describe
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.route import _matches


def _control(name: str, row: str) -> dict[str, t.Any]:
    return {"name": name, "rowLabel": row, "role": "link"}


def test_a_rows_own_title_link_is_no_key_control() -> None:
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    articles = [
        "KB0010187 - Loop APIkey : générer et renouveler une clé",
        "KB0010231 - Loop APIkey : erreur 401, api key not declared",
    ]
    ranking._service_rows([_control(a, a) for a in articles])
    assert ranking.services_seen == []
    catalogue = [_control("Clé d'API", "Loop APIkey"), _control("Clé d'API", "Cegid File Exchange")]
    ranking._service_rows(catalogue)
    assert ranking.services_seen == ["Cegid File Exchange", "Loop APIkey"]


def test_a_key_lists_own_rows_are_no_services() -> None:
    """Rows of keys (an actions menu, "Révoquer la clé", "Supprimer la clé") are never listed as the
    services seen: an unknown service's failure named earlier runs' keys among the services."""
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    keys = ["archivage", "facturation", "export"]
    ranking._service_rows([_control(n, k) for k in keys for n in ("Actions", "Révoquer la clé", "Supprimer la clé")])
    assert ranking.services_seen == []


def _shown(index: int, name: str, row_label: str = "", row: str = "", **over: t.Any) -> dict[str, t.Any]:
    """A control as dom.controls() gives it."""
    return {
        "index": index,
        "name": name,
        "role": "link",
        "rowLabel": row_label,
        "row": row,
        "href": f"/page/{index}",
        "target": "",
        "haspopup": False,
        "expanded": None,
        "top": 400,
        "right": 600,
        "viewport": 1280,
        "inBanner": False,
        "checked": False,
        "submits": False,
        "formMethod": "",
        "inMenu": False,
        "options": [],
        "selected": "",
        "disabled": False,
        **over,
    }


def _row_control(index: int, row_text: str) -> dict[str, t.Any]:
    return _shown(index, "Gérer les clés", "Loop APIkey", row_text)


def test_a_service_listed_once_per_tiers_is_taken_on_the_row_of_the_tiers_asked_for() -> None:
    """Not the first row of the service: the one that names the tiers (a code as a whole word)."""
    rows = [
        _row_control(0, "Loop APIkey 1959430 AUTRE Gérer les clés"),
        _row_control(1, "Loop APIkey 95943 FUTUROSCOPE CEDEX Gérer les clés"),
    ]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers="95943", page_url=lambda: "https://portal.test/")
    best = ranking.ranked(rows, set(), [])[0]
    assert best["tiers"] == "95943" and best["via"] == "service"
    assert [c["index"] for c in rows if _matches(c, best)] == [1]
    assert describe(best) == "link 'Gérer les clés' on the row 'Loop APIkey' of the tiers '95943'"
    assert parse_route([describe(best)]) == [{k: v for k, v in best.items() if k in ("role", "name", "row", "tiers")}]
    # Without a tiers asked for, nothing is added: the rows stay as they were.
    plain = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    assert "tiers" not in plain.ranked(rows, set(), [])[0]


DANGEROUS = [
    "Générer une clé d'API",  # names the target ("clé d'API"), and makes a key
    "Révoquer",
    "Supprimer la clé",
    "Se déconnecter",
    "Modifier mon mot de passe",
    "Créer une clé",
    "+ Add API key",
    "Generate new key",
    "Revoke",
]


def test_the_search_never_offers_a_control_that_changes_the_portal_or_the_session() -> None:
    """The guard, tested where it acts: whatever their place (the service's row, the top right, a
    fresh menu), controls that change a key or the session are never among the steps to try."""
    shown = [_shown(i, name) for i, name in enumerate(DANGEROUS)]
    shown += [_shown(100 + i, name, "Loop APIkey", "Loop APIkey") for i, name in enumerate(DANGEROUS)]
    shown += [_shown(200 + i, name, top=20, right=1200, haspopup=True) for i, name in enumerate(DANGEROUS)]
    shown.append(_shown(300, "Catalogue de services"))
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    assert [s["name"] for s in ranking.ranked(shown, {("link", "Accueil")}, [])] == ["Catalogue de services"]
    assert ranking.services_seen == []


def test_a_dated_news_item_or_a_sentence_that_mentions_the_keys_is_no_way_to_them() -> None:
    """A launchpad's news tile names "Loop APIkey" before its tile "Gérer les clés d'API": the tile
    is tried first (b1/fiori); the news item only mentions the keys."""
    news = [
        "Loop APIkey : pensez à déclarer vos clés dans LoopHub Publié le 02/12/2026",
        "Maintenance 2026-12-14 : clés d'API indisponibles",
        "Nouveau : vous pouvez désormais gérer les clés d'API de tous vos tiers depuis un seul écran",
    ]
    shown = [_shown(i, name) for i, name in enumerate(news)] + [_shown(9, "Gérer les clés d'API Services en ligne 🔑")]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, set(), [])
    assert ranked[0]["name"] == "Gérer les clés d'API Services en ligne 🔑"
    assert all(int(s["score"]) < 100 for s in ranked[1:]), ranked


def test_an_app_launcher_then_the_accounts_subscriptions_come_before_other_links() -> None:
    """b1/lightning: the way is "App Launcher" (an icon button), then "Subscriptions" in what it opens."""
    home = [_shown(0, "Cases"), _shown(1, "Reports"), _shown(2, "App Launcher", role="button"), _shown(3, "Help")]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    assert ranking.ranked(home, set(), [])[0]["name"] == "App Launcher"
    # the account control at the top right stays first (the vendor's way starts there)
    profile = _shown(5, "Mon profil", role="button", top=20, right=1200, haspopup=True)
    assert [s["name"] for s in ranking.ranked([*home, profile], set(), [])[:2]] == ["Mon profil", "App Launcher"]
    opened = [*home, _shown(4, "Service Console"), _shown(5, "Billing"), _shown(6, "Subscriptions")]
    before = {("link", c["name"]) for c in home}
    assert ranking.ranked(opened, before, [])[0]["name"] == "Subscriptions"
    assert ranking.ranked([_shown(7, "Mes abonnements"), _shown(8, "Mes factures")], set(), [])[0]["name"] == (
        "Mes abonnements"
    )


def test_the_accounts_settings_come_first_of_what_a_menu_revealed_and_after_the_account_control() -> None:
    """b3/garden: "Produits Cegid" opens a tray whose "⚙ Centre d'administration" leads to the keys;
    the tray's other links ("Assistance") came first and spent the search."""
    home = [_shown(0, "Accueil"), _shown(1, "Produits Cegid", role="button", top=20, right=1100, haspopup=True)]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    tray = [*home, _shown(2, "🎧 Assistance"), _shown(3, "🧾 Facturation"), _shown(4, "⚙ Centre d'administration")]
    before = {("link", "Accueil"), ("button", "Produits Cegid")}
    assert ranking.ranked(tray, before, [])[0]["name"] == "⚙ Centre d'administration"
    # Not just revealed: after the account control at the top right, before other links.
    profile = _shown(5, "Mon profil", role="button", top=20, right=1200, haspopup=True)
    page = [_shown(6, "Aide"), _shown(7, "Paramètres"), profile]
    assert [s["name"] for s in ranking.ranked(page, set(), [])[:2]] == ["Mon profil", "Paramètres"]


def test_the_account_asked_among_the_accounts_listed_is_followed_by_its_link_only() -> None:
    """b5/gitlab: "Customer account 95943" rows, each with a link named after the account: the one
    of the tiers asked is the way (and the way's step says so); a button on that row never is."""
    shown = [
        _shown(0, "CHASSENEUIL DU POITOU", row="Customer account 86360 CHASSENEUIL DU POITOU"),
        _shown(1, "FUTUROSCOPE CEDEX", row="Customer account 95943 FUTUROSCOPE CEDEX"),
        _shown(2, "Leave", row="Customer account 95943 FUTUROSCOPE CEDEX", role="button"),
        _shown(3, "Documentation"),
    ]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers="95943", page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, set(), [])
    assert (ranked[0]["name"], ranked[0]["tiers"], ranked[0]["score"]) == ("FUTUROSCOPE CEDEX", "95943", "165")
    assert [c["index"] for c in shown if _matches(c, ranked[0])] == [1]
    assert [s["score"] for s in ranked if s["name"] == "Leave"] == ["10"]


def test_a_menu_revealed_by_the_last_click_is_opened_before_its_plain_links() -> None:
    """b3/odoo: the settings page's "Technique" menu holds "Clés API"; its "Menu d'accueil" leads
    back to the apps."""
    shown = [_shown(0, "Menu d'accueil"), _shown(1, "Technique", role="button", haspopup=True)]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, {("link", "Paramètres")}, [])
    assert [(s["name"], s["score"]) for s in ranked] == [("Technique", "122"), ("Menu d'accueil", "120")]


def test_a_notification_that_names_the_service_does_not_name_its_keys() -> None:
    """b5/flowbite: "Nouvelle version de Loop APIkey disponible" matched "API key" within the
    service's own name, and was followed as the way to the keys (to another tiers' key page)."""
    shown = [_shown(0, "Nouvelle version de Loop APIkey disponible"), _shown(1, "Clés API")]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, set(), [])
    assert [(s["name"], s["score"]) for s in ranked] == [
        ("Clés API", "180"),
        ("Nouvelle version de Loop APIkey disponible", "10"),
    ]


def test_the_services_own_row_link_opens_it_without_claiming_its_key_page() -> None:
    """b4/spectrum: project cards, one per service and tiers, each with "Open project"."""
    shown = [
        _shown(0, "Open project", "Cegid File Exchange", "Cegid File Exchange 95943 Open project"),
        _shown(1, "Open project", "Loop APIkey", "Loop APIkey 86360 Open project"),
        _shown(2, "Open project", "Loop APIkey", "Loop APIkey 95943 Open project"),
    ]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers="95943", page_url=lambda: "https://portal.test/")
    best = ranking.ranked(shown, set(), [])[0]
    assert (best["row"], best.get("tiers"), best["score"], best.get("via")) == ("Loop APIkey", "95943", "235", None)
    assert [c["index"] for c in shown if _matches(c, best)] == [2]


def test_a_link_about_the_service_is_no_way_to_it_and_connectivity_is_a_settings_entry() -> None:
    """b6/blueprint: "Notes de version Loop APIkey" was followed as the service; b6/pennylane keeps its
    keys under Paramètres > "Connectivité"."""
    shown = [_shown(0, "Notes de version Loop APIkey"), _shown(1, "Connectivité"), _shown(2, "Loop APIkey")]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, set(), [])
    assert [(s["name"], s["score"]) for s in ranked] == [
        ("Loop APIkey", "200"),
        ("Connectivité", "108"),
        ("Notes de version Loop APIkey", "10"),
    ]


def test_on_a_gate_the_account_asked_for_then_the_way_on_are_taken_even_where_they_post() -> None:
    """b6/pennylane's company picker; b6/blueprint's release notes ("Continuer vers la console")."""
    post = {"role": "button", "submits": True, "formMethod": "post"}
    shown = [
        _shown(0, "CHASSENEUIL DU POITOU SIC 86360", **post),
        _shown(1, "FUTUROSCOPE CEDEX SIC 95943", **post),
        _shown(2, "Continuer vers la console", **post),
    ]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers="95943", page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, set(), [], gate=True)
    assert [(s["name"], s["score"]) for s in ranked] == [
        ("FUTUROSCOPE CEDEX SIC 95943", "165"),
        ("Continuer vers la console", "130"),
    ]
    assert ranking.ranked(shown, set(), []) == []


def test_a_card_titled_for_the_keys_is_a_way_to_them_though_its_description_is_a_sentence() -> None:
    """b8/grommet: a card link named by its heading and its description (eleven words in all); a news item
    that only mentions the keys stays one, dated or not titled by them."""
    card = "API Keys Issue and manage the API keys of your online services here."
    news = "Nouveau : vous pouvez désormais gérer les clés d'API de tous vos tiers depuis un seul écran"
    shown = [_shown(0, news), _shown(1, "Audit Logs Every change made in this workspace."), _shown(2, card)]
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    ranked = ranking.ranked(shown, set(), [])
    assert ranked[0]["name"] == card and int(ranked[0]["score"]) == 180
    assert all(int(s["score"]) < 100 for s in ranked[1:]), ranked
    dated = _shown(3, "API Keys: the 14/12/2026 maintenance will make them unavailable for an hour, sorry")
    assert int(ranking.ranked([dated], set(), [])[0]["score"]) < 100


def test_where_a_console_keeps_keys_is_ranked_before_other_links() -> None:
    """b9/mailjet, b9/scaleway, b8/aws, b9/azure: "Account settings", "IAM", "Security credentials", "Certificates &
    secrets" before the links beside them; "Secret Manager" and "Key Manager" (other products) are no such place."""
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    for place, beside in (
        ("Account settings", "My profile"),
        ("Paramètres du compte", "Mon profil"),
        ("IAM", "Key Manager"),
        ("Identity & Access", "Billing"),
        ("Security credentials", "Permissions"),
        ("Certificates & secrets", "Branding & properties"),
        ("Identifiants", "Secret Manager"),
    ):
        ranked = ranking.ranked([_shown(0, beside), _shown(1, place)], set(), [])
        assert ranked[0]["name"] == place and int(ranked[1]["score"]) < int(ranked[0]["score"]), (place, ranked)


def test_a_drop_down_no_label_names_is_the_tiers_choice_when_one_option_offers_it() -> None:
    """b11/alma's "Compte marchand" (its options say what it chooses); never where none, or several,
    of its options name the tiers asked for."""
    merchants = ["CHASSENEUIL DU POITOU", "FUTUROSCOPE CEDEX"]
    box = _shown(0, "Compte marchand", role="combobox", tag="select", options=merchants, selected=merchants[0], href="")

    def first(tiers: str, options: list[str]) -> list[dict[str, str]]:
        ranking = Ranking(Labels(), service="Loop APIkey", tiers=tiers, page_url=lambda: "https://portal.test/")
        return ranking.ranked([{**box, "options": options}], set(), [])

    [step] = first("FUTUROSCOPE CEDEX", merchants)
    assert (step["action"], step["option"], step["score"]) == ("select", "FUTUROSCOPE CEDEX", "400")
    assert first("95943", merchants) == []
    assert first("FUTUROSCOPE CEDEX", [*merchants, "FUTUROSCOPE CEDEX"]) == []
