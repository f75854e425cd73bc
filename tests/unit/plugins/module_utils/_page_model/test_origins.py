"""Origins rule by rule, and the exact refusals a user reads (the `mutation` gate holds each rule)."""

from __future__ import annotations

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.origins import Origins
from ansible_collections.cegid.cegidlife.plugins.module_utils._storage.session import origin

PORTAL = "https://www.cegidlife.com"
APP = "https://app.cegidlife.com"
SSO = "https://auth.cegidlife.com"
NAMED = "https://login.cegid.com"


def test_the_portal_list_holds_neither_the_home_origin_nor_blanks() -> None:
    assert Origins(PORTAL, portal=[PORTAL, "", APP]).portal == [APP]
    assert Origins(PORTAL, sign_in=["", SSO]).sign_in == [SSO]


def test_a_redirect_counts_from_every_trusted_origin_only() -> None:
    origins = Origins(PORTAL, portal=[APP], sign_in=[SSO], named=[NAMED])
    for source, target in ((APP, "https://a.example"), (SSO, "https://b.example"), (NAMED, "https://c.example")):
        origins.redirect(f"{source}/x", f"{target}/login")
    origins.redirect("https://evil.example/x", "https://d.example/login")
    origins.redirect("", "https://e.example/login")
    assert origins.redirected_to == ["https://a.example", "https://b.example", "https://c.example"]


def test_the_exact_refusals() -> None:
    origins = Origins(PORTAL)
    assert origins.password_problem("about:blank") == (
        "the sign-in page is on an address that is not http(s): the password was not typed"
    )
    assert origins.password_problem("http://www.cegidlife.com/login") == (
        "the sign-in page is on http://www.cegidlife.com, plain http, while portal_url is https: the password "
        "was not typed (it would cross the network unencrypted)"
    )
    assert origins.password_problem(f"{SSO}/login") == (
        f"the sign-in page on {SSO} was not reached through the portal's own redirects from portal_url "
        "(a link or a script led there): the password was not typed. If it is the portal's sign-in page, "
        "name its origin in sign_in_origins"
    )
    recorded = Origins(PORTAL, sign_in=[SSO, NAMED])
    assert recorded.password_problem("https://evil.example/login") == (
        "the sign-in page is on https://evil.example, not on the portal or the sign-in origin(s) recorded at the "
        f"first sign-in ({SSO}, {NAMED}): the password was not typed. If the portal really moved its sign-in "
        "there, delete the session file to trust it, or name it in sign_in_origins"
    )


def test_a_sign_in_records_each_origin_once_and_never_a_blank_or_the_home() -> None:
    origins = Origins(PORTAL)
    origins.signed_in([SSO, SSO, ""], f"{PORTAL}/accueil")
    assert origins.sign_in == [SSO]
    assert origins.portal == []
    origins.signed_in([], "about:blank")
    assert origins.portal == []
    origins.signed_in([], f"{APP}/accueil")
    origins.signed_in([], f"{APP}/cles")
    assert origins.portal == [APP]


def test_an_origin_is_http_or_https_with_a_host() -> None:
    assert origin("https://WWW.Cegidlife.com:8443/x?y") == "https://www.cegidlife.com:8443"
    assert origin("ftp://www.cegidlife.com/x") == ""
    assert origin("https:///nohost") == ""
    assert origin("javascript:alert(1)") == ""


def test_a_named_origin_is_its_scheme_host_and_port() -> None:
    named = [" https://SSO.CEGID.BOX/ ", "https://login.cegid.com:8443/adfs/", "//no-scheme.example"]
    assert Origins(PORTAL, named=named).named == ["https://sso.cegid.box", "https://login.cegid.com:8443"]
