# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""A control the portal disabled, and what the page says about why (a quota of Active keys, a
right the account lacks): said at once, instead of waiting out a timeout on a click that cannot
happen."""

from __future__ import annotations

import json
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

# What explains a disabled control: its description, then what the page announces, then the words
# around it (its form or section).
_AROUND = "xpath=ancestor::*[self::form or self::section or self::fieldset or @role='dialog' or @role='region'][1]"
_MAX_SAID = 300


def disabled_because(page: Page, control: Locator) -> str | None:
    """None when the control can be used; else what the page says about it ("" when nothing)."""
    try:
        if control.is_enabled():
            return None
        said = [control.get_attribute("title") or ""]
        for ident in (control.get_attribute("aria-describedby") or "").split():
            said.extend(page.locator(f"[id={json.dumps(ident)}]").all_inner_texts())
        for role in ("alert", "status"):
            said.extend(page.get_by_role(role).all_inner_texts())
        if not any(s.strip() for s in said):
            around = control.locator(_AROUND)
            if around.count():
                said.append(around.first.inner_text())
    except PlaywrightError:
        return ""
    lines = dict.fromkeys(" ".join(s.split()) for s in said)
    return " ".join(line for line in lines if line)[:_MAX_SAID]
