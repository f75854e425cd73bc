"""Ranking.safe, the danger guard of the route search, rule by rule: each test names one control it
must refuse (or must keep), so that weakening any rule fails a test (the `mutation` gate)."""

from __future__ import annotations

import typing as t

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.ranking import Ranking

PAGE = "https://www.cegidlife.com/accueil"


def _control(name: str = "Clés d'API", role: str = "link", **extra: t.Any) -> dict[str, t.Any]:
    return {"name": name, "role": role, "href": "", "target": "", "submits": False, "formMethod": "", **extra}


def _safe(control: dict[str, t.Any], page: str = PAGE, gate: bool = False, tiers: str | None = None) -> bool:
    return Ranking(Labels(), service="Loop APIkey", tiers=tiers, page_url=lambda: page).safe(control, gate)


def test_a_plain_control_of_the_portal_is_safe() -> None:
    assert _safe(_control()) is True
    assert _safe(_control(role="button", submits=True, formMethod="get")) is True  # a GET form changes nothing


@pytest.mark.parametrize("name", ["", "Générer une clé API", "Révoquer", "Se déconnecter", "Enregistrer"])
def test_a_nameless_or_dangerous_control_is_refused(name: str) -> None:
    assert _safe(_control(name)) is False


@pytest.mark.parametrize("role", ["switch", "menuitemcheckbox"])
def test_a_toggle_is_refused_whatever_its_name(role: str) -> None:
    assert _safe(_control("Notifications", role=role)) is False


def test_a_disabled_control_is_refused() -> None:
    assert _safe(_control(disabled=True)) is False


@pytest.mark.parametrize("name", ["Fermer", "\u00d7", "Retour"])
def test_a_close_control_is_refused(name: str) -> None:
    assert _safe(_control(name, role="button")) is False


def test_a_new_window_is_refused() -> None:
    assert _safe(_control(target="_blank")) is False
    assert _safe(_control(target="_self")) is True


@pytest.mark.parametrize("href", ["mailto:support@cegid.com", "tel:+33100000000", "javascript:void(0)", " MAILTO:x@y"])
def test_mail_phone_and_void_links_are_refused(href: str) -> None:
    assert _safe(_control(href=href)) is False


def test_a_script_link_that_does_something_is_kept() -> None:
    """javascript:openMenu() opens the portal's own menu: it stays on the page."""
    assert _safe(_control(href="javascript:openMenu()")) is True


@pytest.mark.parametrize("href", ["#cles", "?tiers=95943"])
def test_a_fragment_or_query_stays_on_the_page_whatever_the_page_is(href: str) -> None:
    """Even on a page whose own address is no web address (a saved page, about:blank)."""
    assert _safe(_control(href=href), page="file:///tmp/page.html") is True


def test_a_relative_link_on_a_page_that_is_no_web_address_is_refused() -> None:
    assert _safe(_control(href="cles"), page="file:///tmp/page.html") is False


def test_a_portal_served_over_plain_http_is_followed() -> None:
    assert _safe(_control(href="http://portal.example/cles"), page="http://portal.example/accueil") is True


@pytest.mark.parametrize(
    "href",
    ["/logout", "/account/logoff", "/Deconnexion", "/auth/signout", "/SIGN-OUT?next=/", "/LogOut"],
)
def test_a_link_that_ends_the_session_is_refused_however_it_is_labelled(href: str) -> None:
    assert _safe(_control("Mon espace", href=href)) is False


def test_a_form_posted_is_refused_a_form_sent_by_get_is_not() -> None:
    assert _safe(_control(role="button", submits=True, formMethod="post")) is False
    assert _safe(_control(role="button", submits=False, formMethod="post")) is True


def _posting(name: str, row: str = "") -> dict[str, t.Any]:
    return _control(name, role="button", submits=True, formMethod="post", row=row)


def test_a_gates_way_on_that_posts_is_clicked_there_only() -> None:
    """b6/blueprint: release notes to get past after sign-in, "Continuer vers la console" posting a form."""
    assert _safe(_posting("Continuer vers la console"), gate=True) is True
    assert _safe(_posting("Continue to the dashboard"), gate=True) is True
    assert _safe(_posting("Continuer vers la console")) is False  # not a gate
    for other in ("Continuer", "Envoyer", "Accepter et continuer", "Continuer vers le paiement"):
        assert _safe(_posting(other), gate=True) is False, other


def test_the_account_asked_for_that_posts_is_chosen_on_a_gate_only() -> None:
    """b6/pennylane: "Sur quelle entreprise souhaitez-vous travailler ?", a button per company, posting."""
    chosen = _posting("FUTUROSCOPE CEDEX SIC 95943")
    assert _safe(chosen, gate=True, tiers="95943") is True
    assert _safe(_posting("Choisir", row="FUTUROSCOPE CEDEX SIC 95943"), gate=True, tiers="95943") is True
    assert _safe(chosen, tiers="95943") is False  # not a gate
    assert _safe(chosen, gate=True) is False  # no tiers asked for
    assert _safe(_posting("CHASSENEUIL DU POITOU SIC 86360"), gate=True, tiers="95943") is False
    assert _safe(_posting("Supprimer 95943"), gate=True, tiers="95943") is False  # dangerous whatever the gate
    assert _safe(_control("Clés d'API"), gate=True) is True
    assert _safe(_control(role="button", submits=True, formMethod="get")) is True


@pytest.mark.parametrize(
    ("label", "pattern", "shown"),
    [
        ("generate_button", r"^\W*émettre\W*$", "Émettre"),
        ("open_generate", r"émettre une clé", "Émettre une clé"),
        ("revoke_button", r"retirer l.accès", "Retirer l'accès"),
    ],
)
def test_a_renamed_generate_or_revoke_control_is_refused_by_the_search(label: str, pattern: str, shown: str) -> None:
    """Issue 22 §3: a portal that renamed "Générer" or "Révoquer" needs one override, of the label
    that finds the control; the search then never clicks it. No danger setting is touched: the
    danger pattern is built from the generate and revoke labels, with the user's overrides."""
    assert _safe(_control(shown, role="button")) is True  # no default word: only the override makes it dangerous
    renamed = Labels.with_overrides({label: pattern})
    assert renamed.danger == Labels().danger
    search = Ranking(renamed, service="Loop APIkey", tiers=None, page_url=lambda: PAGE)
    assert search.safe(_control(shown, role="button"), gate=False) is False
    assert search.safe(_control(shown, role="link"), gate=False) is False
    assert search.safe(_control(), gate=False) is True  # the way to the keys is still open


def test_a_frame_is_followed_only_on_the_portal() -> None:
    assert _safe(_control("Clés d'API du service", "iframe", href=f"{PAGE}/widget"))
    assert not _safe(_control("Clés d'API du service", "iframe", href="https://elsewhere.example/widget"))
