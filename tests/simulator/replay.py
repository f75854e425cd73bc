"""Drive a rendering in Chromium from its /__sim__/rendering description only.

Every step is found as a person would find it: ``get_by_role(role, name=name, exact=True)``
(scoped to the service's catalogue row when the step has a ``row``), so a description that
is wrong in one word fails here. Used by test_renderings.py.
"""

from __future__ import annotations

import hashlib
import re
import typing as t

import playwright.sync_api as pw

from tests.support.simulator import ADMIN, Sim

expect = pw.expect
PANEL_TEXT = "a été générée avec succès"
IDENTIFIER_RX = re.compile(r"[A-Z0-9]{25}")
SECRET_RX = re.compile(r"[A-Za-z0-9+/]{43}=")


def locate(page: t.Any, step: t.Mapping[str, str], scope: t.Any = None) -> t.Any:
    scope = scope if scope is not None else page
    if "row" in step:
        scope = page.get_by_role("row").filter(has_text=step["row"])
    return scope.get_by_role(step["role"], name=step["name"], exact=True)


def replay(page: t.Any, steps: t.Iterable[t.Mapping[str, str]], scope: t.Any = None, **values: str) -> None:
    """Do the steps literally; ``values`` fill the ``{name}`` placeholders."""
    for raw in steps:
        step = {k: v.format(**values) if isinstance(v, str) else v for k, v in raw.items()}
        target = locate(page, step, scope)
        if step["action"] == "click":
            target.click()
        elif step["action"] == "select":
            target.select_option(label=step["option"])
        elif step["action"] == "check":
            target.check()
        elif step["action"] == "fill":
            target.fill(step["value"])
        else:
            raise AssertionError(f"unknown action in {step}")


def sign_in(page: t.Any, sim: Sim, desc: t.Mapping[str, t.Any], start: str = "/") -> None:
    shape = desc["sign_in"]
    page.goto(sim.portal_url + start)
    assert page.url.startswith(shape["url"]), (page.url, shape["url"])
    page.get_by_label(shape["email_label"], exact=True).fill(ADMIN[0])
    if shape["steps"] == 2:
        page.get_by_role("button", name=shape["next_button"], exact=True).click()
    page.get_by_label(shape["password_label"], exact=True).fill(ADMIN[1])
    page.get_by_role("button", name=shape["submit_button"], exact=True).click()


def to_key_page(page: t.Any, desc: t.Mapping[str, t.Any]) -> None:
    """From the first signed-in page, the route, then check where it landed."""
    expect(page).to_have_title(desc["start"]["title"])
    replay(page, desc["route"])
    expect(page).to_have_title("Clés d'API - CegidLife")
    expect(page.get_by_role("heading", name=desc["key_page"]["heading"], exact=True)).to_be_visible()
    if desc["key_page"]["service_line"]:
        expect(page.get_by_text(desc["key_page"]["service_line"], exact=True)).to_be_visible()


def key_item(page: t.Any, desc: t.Mapping[str, t.Any], name: str) -> t.Any:
    """The row, list item or article of the key named ``name``."""
    shape = desc["key_list"]
    return page.get_by_role(shape["item_role"]).filter(has=page.get_by_role(shape["name_role"], name=name, exact=True))


def listed_names(page: t.Any, desc: t.Mapping[str, t.Any]) -> list[str]:
    shape = desc["key_list"]
    items = page.get_by_role(shape["item_role"]).filter(has=page.get_by_role(shape["name_role"]))
    return [item.get_by_role(shape["name_role"]).first.inner_text().strip() for item in items.all()]


def generate(page: t.Any, desc: t.Mapping[str, t.Any], name: str) -> t.Any:
    replay(page, desc["generate"], name=name)
    panel = page.get_by_role("status").filter(has_text=PANEL_TEXT)
    expect(panel).to_contain_text(desc["credentials"]["message"].format(name=name))
    return panel


def read_credentials(page: t.Any, desc: t.Mapping[str, t.Any], panel: t.Any) -> tuple[str, str]:
    """The one-time values, read the way this rendering shows them."""
    cred = desc["credentials"]
    copy = panel.get_by_role(cred["copy"]["role"], name=cred["copy"]["name"], exact=True)
    expect(copy).to_have_count(2)
    mode = cred["shown_as"]
    if mode == "text":
        text = panel.inner_text()
        ident = re.search(re.escape(cred["identifier_label"]) + r"\s*([A-Z0-9]{25})\b", text)
        secret = re.search(re.escape(cred["secret_label"]) + r"\s*([A-Za-z0-9+/]{43}=)", text)
        assert ident and secret, text
        values = ident.group(1), secret.group(1)
    elif mode == "copy-only":
        values = clipboard_of(page, copy.nth(0)), clipboard_of(page, copy.nth(1))
        expect(panel.get_by_text(cred["copied"], exact=True)).to_have_count(2)
    else:
        identifier = panel.get_by_label(cred["identifier_label"], exact=True)
        secret = panel.get_by_label(cred["secret_label"], exact=True)
        expect(identifier).not_to_be_editable()
        if mode.startswith("masked"):
            expect(secret).to_have_attribute("type", "password")
        if cred["show"]:
            show = panel.get_by_role(cred["show"]["role"], name=cred["show"]["name"], exact=True)
            show.click()
            expect(secret).to_have_attribute("type", "text")
            expect(show).to_have_attribute("aria-pressed", "true")
        values = identifier.input_value(), secret.input_value()
        # The Copier buttons copy the same values.
        assert clipboard_of(page, copy.nth(0)) == values[0]
    assert IDENTIFIER_RX.fullmatch(values[0]) and SECRET_RX.fullmatch(values[1]), values
    return values


def clipboard_of(page: t.Any, control: t.Any) -> str:
    page.evaluate("navigator.clipboard.writeText('')")
    control.click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    return str(page.evaluate("navigator.clipboard.readText()"))


def check_stored(sim: Sim, name: str, identifier: str, secret: str) -> dict[str, t.Any]:
    found = [k for k in sim.keys() if k["name"] == name]
    assert len(found) == 1, found
    assert found[0]["identifier"] == identifier
    assert found[0]["secret_sha256"] == hashlib.sha256(secret.encode()).hexdigest()
    return found[0]


def all_listed(page: t.Any, desc: t.Mapping[str, t.Any]) -> list[str]:
    """Every key name of the list, following its pagination to the end."""
    paging = desc["pagination"]
    if not paging:
        return listed_names(page, desc)
    nxt = page.get_by_role(paging["next"]["role"], name=paging["next"]["name"], exact=True)
    seen: list[str] = []
    for dummy in range(200):
        if paging["kind"] != "more":
            seen += listed_names(page, desc)
        if not nxt.count():
            break
        nxt.click()
        page.wait_for_load_state()
    if paging["kind"] == "more":
        seen = listed_names(page, desc)
    return seen


def revoke(page: t.Any, desc: t.Mapping[str, t.Any], name: str) -> None:
    rev = desc["revoke"]
    item = key_item(page, desc, name)
    expect(item).to_have_count(1)
    confirm = rev["confirm"]
    if confirm["kind"] == "native":
        page.once("dialog", lambda d: d.accept())
    replay(page, rev["steps"], scope=item, name=name)
    if confirm["kind"] == "modal":
        dialog = page.get_by_role("dialog", name=confirm["dialog"], exact=True)
        dialog.get_by_role("button", name=confirm["confirm"], exact=True).click()
    expect(page.get_by_role("status")).to_have_text(rev["message"].format(name=name))
