# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Sanitized ARIA snapshots: what a page shows (roles, accessible names, text), kept only where it
is the module's own vocabulary, every other text replaced by a placeholder of the same shape, so
that a user can send us how their portal looks without sending us their data; and the way back from
such a snapshot to a minimal page that the page model's locating logic can be tested on
(tests/unit/plugins/module_utils/_page_model/fixtures/snapshots).

Sanitizing is an allow-list: recognising personal values fails exactly on the pages the page model
did not recognise, which are the pages a snapshot is taken for. What is kept: the roles (the
structure), and in names and texts the spans that a label of the page model matches (labels.py,
with the user's `labels` overrides) or that name what the run itself looked for (the service).
Every field's value is shaped whatever its words: Playwright's snapshot writes a textbox's value,
a password field's included.

The snapshot is Playwright's `aria_snapshot()` (YAML: `- role "name" [attributes]:` with nested
children, `- text: ...`) where the installed Playwright has it (1.49 and later), else the same
format built from the page model's own reader.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import typing as t
import urllib.parse

if t.TYPE_CHECKING:
    from playwright.sync_api import Page

    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document, Element

README = """These files are ARIA snapshots of the CegidLife portal's pages, taken by cegid.cegidlife's
cegidlife_portal_check (roles, accessible names and text, as assistive technology sees a page).
Nothing else of the pages is kept: no HTML, no screenshot, no cookie; a link keeps the path of its
address only, never its host, query or fragment, and each part of the path that is not the module's
words is shaped as below.

Kept as the page shows them: the roles (button, link, table...) and, in names and texts, only the
words the module looks for (its labels, with your `labels` overrides) and the service asked for.
Every other text is replaced by a placeholder of the same shape: upper-case letters become A,
lower-case letters a, digits 9, the rest is kept ("Jean Dupont" reads "Aaaa Aaaaaa", "12345"
reads "99999"). So are, always, the values of fields (a typed password, a secret shown in a field),
anything shaped like an e-mail address or a credential, and - where the check read them - the
user's name, the key names, creators and tiers, even the parts of them that are the module's words.
Dates read dd/mm/yyyy HH:MM.

Read them before you send them: they are plain text.
"""

DATE_PLACEHOLDER = "dd/mm/yyyy HH:MM"
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKEN = re.compile(r"[A-Za-z0-9+/=_-]{20,}")
# Roles whose value (inline, or as `- text:` children) is what was typed or chosen: never kept.
_FIELD_ROLES = frozenset({"textbox", "searchbox", "combobox", "spinbutton", "slider"})


def take(page: Page, doc: Document) -> str:
    """The page's ARIA snapshot: Playwright's where it has one, else the same from `doc`."""
    body = page.locator("body")
    if hasattr(body, "aria_snapshot"):
        return str(body.aria_snapshot())
    return outline(doc)


def shape(value: str) -> str:
    """A placeholder of the same shape: upper-case letters A, lower-case a, digits 9, the rest kept."""
    return "".join(_shape_char(c) for c in value)


def _shape_char(c: str) -> str:
    return "A" if c.isupper() else "a" if c.isalpha() else "9" if c.isdigit() else c


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


@dataclasses.dataclass(frozen=True)
class Vocabulary:
    """What a snapshot may keep: spans of text that a label of the page model matches, and the words
    the run itself looked for (kept with their digits; a label's span never keeps a digit, so a
    broad `labels` override cannot keep a code or an id)."""

    patterns: tuple[re.Pattern[str], ...]
    words: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def of(cls, labels: Labels, words: t.Iterable[str | None] = ()) -> Vocabulary:
        # A label that captures what follows it (the account an account switcher shows) would keep
        # that too: never vocabulary.
        patterns = tuple(labels.rx(f.name) for f in dataclasses.fields(labels) if f.name not in labels.CAPTURING)
        found = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
        return cls(patterns, tuple(re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in found))

    def kept(self, text: str) -> list[str | None]:
        """Per character: "label" or "word" when the vocabulary keeps it, None when it is shaped.
        A span counts only when it starts and ends on a word's edge ("ok" keeps no part of "Okafor")."""
        marks: list[str | None] = [None] * len(text)
        for kind, patterns in (("label", self.patterns), ("word", self.words)):
            for pattern in patterns:
                for match in pattern.finditer(text):
                    start, end = match.span()
                    if end <= start or (_is_word(text, start - 1) and _is_word(text, start)):
                        continue
                    if _is_word(text, end - 1) and _is_word(text, end):
                        continue
                    for i in range(start, end):
                        if marks[i] != "word":
                            marks[i] = kind
        return marks


class _Cleaner:
    """One snapshot's sanitizing: the vocabulary, and the values known to be personal (shaped even
    where a label's word is in them)."""

    def __init__(self, vocabulary: Vocabulary, personal: t.Iterable[str]) -> None:
        self.vocabulary = vocabulary
        values = sorted({v.strip() for v in personal if v and len(v.strip()) >= 2}, key=len, reverse=True)
        self.personal = (
            re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in values), re.IGNORECASE) if values else None
        )

    def text(self, text: str) -> str:
        """A name or a text: vocabulary kept, dates a placeholder, everything else shaped."""
        marks = self.vocabulary.kept(text)
        forced = [_EMAIL, _TOKEN, *([self.personal] if self.personal else [])]
        for pattern in forced:
            for match in pattern.finditer(text):
                for i in range(*match.span()):
                    marks[i] = None
        out: list[str] = []
        dates = {m.start(): m.end() for m in _DATE.finditer(text)}
        dates.update((m.start(), m.end()) for m in re.finditer(re.escape(DATE_PLACEHOLDER), text))  # ours already
        i = 0
        while i < len(text):
            if i in dates:
                out.append(DATE_PLACEHOLDER)
                i = dates[i]
                continue
            c, mark = text[i], marks[i]
            out.append(c if mark == "word" or (mark == "label" and not c.isdigit()) else _shape_char(c))
            i += 1
        return "".join(out)

    def url(self, address: str) -> str:
        """The path only (no host, query or fragment); a segment is kept only when it is all
        vocabulary (ids in paths may be a user's or a key's)."""
        path = urllib.parse.urlsplit(address).path
        segments = []
        for segment in path.split("/"):
            words = re.sub(r"[-_.+]+", " ", urllib.parse.unquote(segment))
            segments.append(segment if self.text(words) == words else shape(segment))
        return "/".join(segments)


def sanitize(text: str, vocabulary: Vocabulary, personal: t.Iterable[str] = ()) -> str:
    """The snapshot with only its structure and vocabulary kept (see the module's docstring).
    A line it cannot read is shaped whole: what is not understood is not kept."""
    cleaner = _Cleaner(vocabulary, personal)
    fields: list[tuple[int, bool]] = []  # (indent, is a field) of the open items
    out = []
    for line in text.splitlines():
        match = _ITEM.match(line)
        if not match:
            out.append(shape(line))
            continue
        indent = len(match.group("indent"))
        while fields and fields[-1][0] >= indent:
            fields.pop()
        in_field = any(is_field for dummy, is_field in fields)
        body, role = _sanitize_item(match.group("body"), cleaner, in_field)
        if role is not None:
            fields.append((indent, role in _FIELD_ROLES))
        out.append(f"{match.group('indent')}- {body}")
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


_ITEM = re.compile(r"^(?P<indent>\s*)- (?P<body>.*)$")
_PROPERTY = re.compile(r"^/(?P<prop>[\w-]+):(?P<value>.*)$")
_TEXT = re.compile(r"^text:(?P<value>.*)$")
_QUOTED_KEY = re.compile(r"^'(?P<key>(?:[^']|'')*)'(?P<rest>:.*)?$")
_KEY = re.compile(r'^(?P<role>[a-z][a-z-]*)(?: (?P<name>"(?:[^"\\]|\\.)*"))?(?P<attrs>(?: \[[^\]]*\])*)(?P<rest>:.*)?$')
_ATTR = re.compile(r"\[[a-z-]+(?:=[\w.-]+)?\]")


def _sanitize_item(body: str, cleaner: _Cleaner, in_field: bool) -> tuple[str, str | None]:
    """One item's line (after "- "), and its role when it is an element."""
    prop = _PROPERTY.match(body)
    if prop:
        name, value = prop.group("prop"), prop.group("value")
        if name == "url":
            return f"/url:{_clean_scalar(value, cleaner.url)}", None
        # A placeholder is the page's own wording; any other property (/value...) is a value.
        return f"/{name}:{_clean_scalar(value, cleaner.text if name == 'placeholder' else shape)}", None
    text = _TEXT.match(body)
    if text:
        return f"text:{_clean_scalar(text.group('value'), shape if in_field else cleaner.text)}", None
    quoted = _QUOTED_KEY.match(body)
    key, rest = (quoted.group("key").replace("''", "'"), quoted.group("rest")) if quoted else (body, None)
    element = _KEY.match(key)
    if not element:
        return shape(body), None
    if not quoted:
        rest = element.group("rest")
    role = element.group("role")
    head = role
    if element.group("name"):
        try:
            name = json.loads(element.group("name"))
        except ValueError:
            head += " " + shape(element.group("name"))
        else:
            head += " " + json.dumps(cleaner.text(name), ensure_ascii=False)
    head += "".join(
        f" {a}" if _ATTR.fullmatch(a) else f" {shape(a)}" for a in re.findall(r"\[[^\]]*\]", element.group("attrs"))
    )
    if quoted:
        head = "'" + head.replace("'", "''") + "'"
    if rest:
        value = rest[1:]
        head += ":" + _clean_scalar(value, shape if role in _FIELD_ROLES or in_field else cleaner.text)
    return head, role


def _clean_scalar(raw: str, clean: t.Callable[[str], str]) -> str:
    """A YAML scalar cleaned as text and written back in the same quoting; one that does not decode is shaped whole."""
    value = raw.strip()
    lead = raw[: len(raw) - len(raw.lstrip())]
    if not value:
        return raw
    if value.startswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            return lead + shape(value)
        return lead + json.dumps(clean(str(decoded)), ensure_ascii=False)
    if value.startswith("'") and value.endswith("'") and len(value) >= 2:
        return lead + "'" + clean(value[1:-1].replace("''", "'")).replace("'", "''") + "'"
    if value[0] in "|>&*!%@`{[":
        return lead + shape(value)  # a block, an anchor, a flow collection: not Playwright's, not kept
    return lead + clean(value)


def personal_values(username: str, tiers: str, names: t.Iterable[str], creators: t.Iterable[str]) -> list[str]:
    """What is known to be the user's data (shaped even where a label's word is in it): whole values
    and their words (a creator "Deltumeau Vincent" is also the account control's "Vincent
    Deltumeau" and its initials "VD")."""
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
        if not role and child.tag == "input" and child.attrs.get("type", "").lower() in ("password", "number"):
            role = "textbox" if child.attrs["type"].lower() == "password" else "spinbutton"  # as Playwright says
        if role in ("", "list", "listitem", "row", "cell", "columnheader", "rowheader") and not child.children:
            continue
        if not role or role in ("presentation", "none"):
            _walk(doc, child, depth, lines)
            continue
        name = doc.accessible_name(child) if role not in ("list", "main", "banner", "contentinfo") else ""
        attrs = " [checked]" if role in ("checkbox", "radio") and child.checked else ""
        head = f"{'  ' * depth}- {role}{' ' + json.dumps(name, ensure_ascii=False) if name else ''}{attrs}"
        if role in ("textbox", "searchbox", "spinbutton") and child.value:
            # Its value, as Playwright's snapshot writes it (sanitize shapes it, whatever it is).
            lines.append(f"{head}: {json.dumps(child.value, ensure_ascii=False)}")
            continue
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
