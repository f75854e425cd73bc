# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Sanitized ARIA snapshots: what a page shows (roles, accessible names, text), with every personal
or secret value replaced by a placeholder of the same shape, so that a user can send us how their
portal looks without sending us their data; and the way back from such a snapshot to a minimal page
that the page model's locating logic can be tested on (tests/unit/plugins/module_utils/_page_model/fixtures/snapshots).

The snapshot is Playwright's `aria_snapshot()` (YAML: `- role "name" [attributes]:` with nested
children, `- text: ...`) where the installed Playwright has it (1.49 and later), else the same
format built from the page model's own reader.
"""

from __future__ import annotations

import html
import json
import re
import typing as t

if t.TYPE_CHECKING:
    from playwright.sync_api import Page

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document, Element

README = """These files are ARIA snapshots of the CegidLife portal's pages, taken by cegid.cegidlife's
cegidlife_portal_check (roles, accessible names and text, as assistive technology sees a page).
Nothing else of the pages is kept: no HTML, no screenshot, no cookie, no query string of an address
(a link keeps its path only).

Replaced by placeholders of the same shape (letters stay letters, digits stay digits):
- the user's name and e-mail, and the key creators' names;
- the tiers' code and label;
- the API keys' names;
- dates and times, which read dd/mm/yyyy HH:MM;
- anything shaped like a credential or a token (20 or more letters, digits, + / = _ -);
- every number of more than 3 digits.

Read them before you send them: they are plain text.
"""

_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKEN = re.compile(r"[A-Za-z0-9+/=_-]{20,}")
_LONG_NUMBER = re.compile(r"\d{4,}")
# A tiers as portals show them, a SIC code and a place in capitals ("86360 CHASSENEUIL DU POITOU").
_TIERS = re.compile(r"(\b\d{4,}\s+)([A-ZÀ-Ý][A-ZÀ-Ý'\u2019 -]*[A-ZÀ-Ý])")
_URL_QUERY = re.compile(r"^(\s*- /url: [^?#\s]*)[?#].*$", re.MULTILINE)


def take(page: Page, doc: Document) -> str:
    """The page's ARIA snapshot: Playwright's where it has one, else the same from `doc`."""
    body = page.locator("body")
    if hasattr(body, "aria_snapshot"):
        return str(body.aria_snapshot())
    return outline(doc)


def shape(value: str) -> str:
    """A placeholder of the same shape: upper-case letters A, lower-case a, digits 0, the rest kept."""
    return "".join("A" if c.isupper() else "a" if c.isalpha() else "0" if c.isdigit() else c for c in value)


def sanitize(text: str, personal: t.Iterable[str]) -> str:
    """Every personal value (names, tiers, key names, e-mails...) replaced by its shape, then dates,
    e-mails, credential-shaped strings and long numbers wherever they are."""
    values = sorted({v.strip() for v in personal if v and len(v.strip()) >= 2}, key=len, reverse=True)
    for value in values:
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", shape(value), text, flags=re.IGNORECASE)
    text = _URL_QUERY.sub(r"\1", text)  # an address keeps its path, never its query
    text = _TIERS.sub(lambda m: m.group(1) + shape(m.group(2)), text)  # any tiers the page offers
    text = _DATE.sub("dd/mm/yyyy HH:MM", text)
    text = _EMAIL.sub(lambda m: shape(m.group(0)), text)
    text = _TOKEN.sub(lambda m: shape(m.group(0)), text)
    return _LONG_NUMBER.sub(lambda m: "0" * len(m.group(0)), text)


def personal_values(username: str, tiers: str, names: t.Iterable[str], creators: t.Iterable[str]) -> list[str]:
    """What a snapshot must not show of the user's data: whole values and their words (a creator
    "Deltumeau Vincent" is also the account control's "Vincent Deltumeau" and its initials "VD")."""
    found = [username, username.split("@")[0], tiers, *tiers.split(), *names]
    for creator in creators:
        words = creator.split()
        found += [creator, " ".join(reversed(words)), *words]
        initials = "".join(w[0] for w in words if w)
        found += [initials, initials[::-1]]
    return [v for v in found if v]


# Words of an account control that are no one's name ("Mon compte", "Compte de ...").
_COMMON = frozenset(
    [
        "mon",
        "ma",
        "mes",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "compte",
        "profil",
        "profile",
        "account",
        "my",
        "menu",
        "utilisateur",
        "user",
    ]
)
_SKIP_LABELS = ("keys_entry", "filter_button", "online_services_option", "key_button", "actions_menu", "open_generate")


def names_on_the_way(steps: t.Iterable[t.Mapping[str, str]], labels: t.Any) -> list[str]:
    """The person's name an account control shows on the way ("Vincent Deltumeau", "VD",
    "Compte de Vincent Deltumeau"): the words of a step's name that name no target and no label."""
    found: list[str] = []
    for step in steps:
        name = step.get("name", "")
        if step.get("via") or step.get("action") == "select" or any(labels.rx(f).search(name) for f in _SKIP_LABELS):
            continue
        words = [w for w in re.split(r"[^\w'-]+", name) if len(w) >= 2 and w.casefold() not in _COMMON]
        found += words
    return found


# --- a snapshot of our own, where Playwright has none ------------------------------------------
_LANDMARK_NAMED_BY_TEXT = frozenset({"cell", "columnheader", "rowheader", "paragraph", "listitem"})
_TAGS = {"header": "banner", "nav": "navigation", "main": "main", "footer": "contentinfo", "form": "form"}


_LANDMARK_TAGS = {"header": "banner", "nav": "navigation", "main": "main", "footer": "contentinfo", "form": "form"}


def outline(doc: Document) -> str:
    """The page as ARIA snapshot lines, from the page model's reader (roles and names it knows)."""
    lines: list[str] = []
    _walk(doc, doc.body, 0, lines)
    return "\n".join(lines)


def _walk(doc: Document, element: Element, depth: int, lines: list[str]) -> None:
    for child in element.children:
        if isinstance(child, str):
            text = " ".join(child.split())
            if text:
                lines.append(f"{'  ' * depth}- text: {json.dumps(text, ensure_ascii=False)}")
            continue
        if not child.shown:
            continue
        role = child.role or _LANDMARK_TAGS.get(child.tag, "")
        if role in ("", "list", "listitem", "row", "cell", "columnheader", "rowheader") and not child.children:
            continue
        if not role or role in ("presentation", "none"):
            _walk(doc, child, depth, lines)
            continue
        name = doc.accessible_name(child) if role not in ("list", "main", "banner", "contentinfo") else ""
        attrs = " [checked]" if role in ("checkbox", "radio") and child.checked else ""
        head = f"{'  ' * depth}- {role}{' ' + json.dumps(name, ensure_ascii=False) if name else ''}{attrs}"
        nested: list[str] = []
        if role not in ("button", "link", "textbox", "checkbox", "radio", "option", "menuitem", "tab"):
            _walk(doc, child, depth + 1, nested)
        lines.append(head + (":" if nested else ""))
        lines.extend(nested)


# --- back to a page: a snapshot made minimal HTML, for the page model's tests --------------------
_LINE = re.compile(
    r"^(?P<indent>\s*)- (?P<role>[\w/-]+)"
    r'(?: (?P<name>"(?:[^"\\]|\\.)*"))?'
    r"(?P<attrs>(?: \[[^\]]*\])*)(?P<rest>:.*)?$"
)
_NAMED_BY_TEXT = frozenset({"cell", "columnheader", "rowheader", "paragraph", "listitem"})
_TAGS = {
    "banner": "header",
    "navigation": "nav",
    "main": "main",
    "contentinfo": "footer",
    "table": "table",
    "rowgroup": "tbody",
    "row": "tr",
    "cell": "td",
    "columnheader": "th",
    "list": "ul",
    "listitem": "li",
    "article": "article",
    "paragraph": "p",
    "form": "form",
    "group": "fieldset",
}


def to_html(snapshot: str) -> str:
    """Minimal HTML with the same roles, names and text as the snapshot."""
    out: list[str] = ["<!doctype html><html><body>"]
    stack: list[tuple[int, str]] = []
    for raw in snapshot.splitlines():
        match = _LINE.match(raw)
        if not match:
            continue
        depth = len(match.group("indent"))
        while stack and stack[-1][0] >= depth:
            out.append(stack.pop()[1])
        role = match.group("role")
        name = json.loads(match.group("name")) if match.group("name") else ""
        rest = (match.group("rest") or ":")[1:].strip()
        text = _scalar(rest)
        if role.startswith("/"):
            continue  # /url, /placeholder: not shown
        opened, closing = _element(role, name, match.group("attrs") or "", text)
        out.append(opened)
        stack.append((depth, closing))
    out.extend(closing for dummy, closing in reversed(stack))
    out.append("</body></html>")
    return "".join(out)


def _scalar(rest: str) -> str:
    if not rest:
        return ""
    if rest.startswith('"'):
        try:
            return str(json.loads(rest))
        except ValueError:
            return rest.strip('"')
    return rest


def _element(role: str, name: str, attrs: str, text: str) -> tuple[str, str]:
    label, shown = html.escape(name, quote=True), html.escape(name or text)
    checked = " checked" if "[checked" in attrs else ""
    if role == "text":
        return f"<span>{html.escape(text)}</span>", ""
    if role == "heading":
        level = re.search(r"level=(\d)", attrs)
        tag = f"h{level.group(1) if level else 2}"
        return f"<{tag}>{shown}", f"</{tag}>"
    if role == "link":
        return f'<a href="#">{shown}', "</a>"
    if role == "button":
        return f"<button>{shown}", "</button>"
    if role in ("textbox", "searchbox"):
        return f'<input type="text" aria-label="{label}">', ""
    if role in ("checkbox", "radio"):
        return f'<input type="{role}" aria-label="{label}"{checked}>', ""
    if role == "combobox":
        return f'<select aria-label="{label}">', "</select>"
    if role == "option":
        return f"<option>{shown}", "</option>"
    container = _TAGS.get(role)
    if container:
        # A cell's name is its text (a row's is its cells', written by its children).
        inner = html.escape(text or (name if role in _NAMED_BY_TEXT else ""))
        return f"<{container}>{inner}", f"</{container}>"
    aria = f' aria-label="{label}"' if name else ""
    inner = html.escape(text) if text else (shown if role in ("menuitem", "tab", "gridcell") else "")
    return f'<div role="{role}"{aria}>{inner}', "</div>"
