"""Where the password may be typed: the portal, a sign-in origin the portal's own redirects led to
(recorded at the first sign-in), or one named in sign_in_origins; never over plain http when the
portal is https, never a page reached by a link, a script or an address out of the session file."""

from __future__ import annotations

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.origins import Origins

PORTAL = "https://www.cegidlife.com"
SSO = "https://auth.cegidlife.com"


def test_first_sign_in_trusts_where_the_portals_redirects_led() -> None:
    origins = Origins(PORTAL)
    assert origins.password_problem(f"{PORTAL}/login") is None
    problem = origins.password_problem(f"{SSO}/adfs/ls/")  # reached by a link, a script: not trusted
    assert problem and f"the sign-in page on {SSO} was not reached through the portal's own redirects" in problem
    assert "sign_in_origins" in problem
    origins.redirect("https://evil.example/go", f"{SSO}/adfs/ls/")  # a redirect from elsewhere counts for nothing
    assert origins.password_problem(f"{SSO}/adfs/ls/")
    origins.redirect(f"{PORTAL}/", f"{SSO}/adfs/ls/?wa=wsignin1.0")
    assert origins.password_problem(f"{SSO}/adfs/ls/?wa=wsignin1.0") is None
    origins.redirect(f"{SSO}/adfs/ls/", "https://mfa.cegidlife.com/x")  # on from a trusted one
    assert origins.password_problem("https://mfa.cegidlife.com/x") is None


def test_an_origin_named_in_sign_in_origins_is_trusted() -> None:
    origins = Origins(PORTAL, named=[f"{SSO}/", "not a url"])
    assert origins.named == [SSO]
    assert origins.password_problem(f"{SSO}/adfs/ls/") is None
    assert origins.password_problem("https://other.example/login")


def test_plain_http_is_refused_when_the_portal_is_https() -> None:
    origins = Origins(PORTAL, named=["http://auth.cegidlife.com"])
    origins.redirect(f"{PORTAL}/", "http://auth.cegidlife.com/adfs/ls/")
    problem = origins.password_problem("http://auth.cegidlife.com/adfs/ls/")
    assert problem and "plain http, while portal_url is https" in problem
    assert Origins("http://127.0.0.1:8080").password_problem("http://127.0.0.1:8080/login") is None
    assert Origins(PORTAL).password_problem("about:blank")


def test_a_later_sign_in_on_a_new_origin_is_refused_naming_it() -> None:
    first = Origins(PORTAL)
    first.redirect(f"{PORTAL}/", f"{SSO}/adfs/ls/")
    first.signed_in([SSO], f"{PORTAL}/accueil")
    later = Origins(PORTAL, first.portal, first.sign_in)
    assert later.password_problem(f"{SSO}/adfs/ls/") is None
    later.redirect(f"{PORTAL}/", "https://evil.example/login")
    problem = later.password_problem("https://evil.example/login")
    assert problem and "https://evil.example" in problem and SSO in problem and "delete the session file" in problem


def test_addresses_are_followed_on_the_portal_and_where_a_sign_in_landed() -> None:
    origins = Origins(PORTAL)
    assert origins.may_load(f"{PORTAL}/cles") and not origins.may_load("https://app.cegidlife.com/cles")
    origins.signed_in([SSO], "https://app.cegidlife.com/accueil")
    assert origins.may_load("https://app.cegidlife.com/cles")
    assert not origins.may_load(f"{SSO}/x") and not origins.may_load("http://www.cegidlife.com/cles")
