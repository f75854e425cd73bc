"""Where the password may be typed: the portal, or a sign-in origin this run's own navigation led to
(recorded at the first sign-in); never a page reached from an address out of the session file."""

from __future__ import annotations

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.origins import Origins

PORTAL = "https://www.cegidlife.com"
SSO = "https://auth.cegidlife.com"


def test_first_sign_in_trusts_where_portal_url_led() -> None:
    origins = Origins(PORTAL)
    assert origins.password_problem(f"{PORTAL}/login", our_navigation=False) is None
    assert origins.password_problem(f"{SSO}/adfs/ls/?wa=wsignin1.0", our_navigation=True) is None
    problem = origins.password_problem(f"{SSO}/adfs/ls/", our_navigation=False)
    assert problem and "not reached from portal_url" in problem


def test_a_later_sign_in_on_a_new_origin_is_refused_naming_it() -> None:
    first = Origins(PORTAL)
    first.signed_in([SSO], f"{PORTAL}/accueil")
    later = Origins(PORTAL, first.portal, first.sign_in)
    assert later.password_problem(f"{SSO}/adfs/ls/", our_navigation=True) is None
    problem = later.password_problem("https://evil.example/login", our_navigation=True)
    assert problem and "https://evil.example" in problem and SSO in problem and "delete the session file" in problem


def test_addresses_are_followed_on_the_portal_and_where_a_sign_in_landed() -> None:
    origins = Origins(PORTAL)
    assert origins.may_load(f"{PORTAL}/cles") and not origins.may_load("https://app.cegidlife.com/cles")
    origins.signed_in([SSO], "https://app.cegidlife.com/accueil")
    assert origins.may_load("https://app.cegidlife.com/cles")
    assert not origins.may_load(f"{SSO}/x") and not origins.may_load("http://www.cegidlife.com/cles")
