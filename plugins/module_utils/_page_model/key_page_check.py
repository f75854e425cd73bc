# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Whether the key page still shows every control a run needs, found as a run finds them, without
clicking any of them. It reads a Document, so it works on the live page (dom.rendered) and on a
page rebuilt from a user's sanitized snapshot (snapshot.to_html) alike."""

from __future__ import annotations

import dataclasses
import difflib
import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.key_list import KeyList, ListProblem
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.new_key_form import opens_only

if t.TYPE_CHECKING:
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
    from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.static_html import Document, Element

_CONTROL_ROLES = ("button", "link", "menuitem", "tab")


@dataclasses.dataclass
class Finding:
    """One thing a run needs: whether the page shows it, and what matched (a label's pattern and
    the control's name), or the closest controls when nothing did."""

    step: str
    found: bool
    matched: str = ""
    closest: list[str] = dataclasses.field(default_factory=list)
    applies: bool = True  # False: nothing to look for here (no Active key to revoke, one page)

    def drift(self) -> str | None:
        if self.found or not self.applies:
            return None
        near = f"; the closest controls are {', '.join(repr(c) for c in self.closest)}" if self.closest else ""
        return f"the key page shows no {self.step}{near}"


class KeyPageCheck:
    """The findings for one key page."""

    def __init__(self, doc: Document, labels: Labels, service: str | None = None) -> None:
        self.doc = doc
        self.labels = labels
        self.service = service
        # Every control's name, shown or in a form not shown yet: what a changed label may now say.
        self.names = [
            self.doc.accessible_name(e) for role in _CONTROL_ROLES for e in self.doc.by_role(role, hidden=True)
        ]

    def findings(self) -> list[Finding]:
        return [
            self._field_or_opener(),
            self._generate(),
            self._revoke_control(),
            self._boxes(),
            self._textbox("name filter 'Nom de la clé d'API'", "name_filter"),
            self._pagination(),
        ]

    def _named(
        self,
        roles: t.Sequence[str],
        field: str,
        scope: Element | None = None,
        *,
        hidden: bool = False,
        rx: re.Pattern[str] | None = None,
    ) -> str | None:
        rx = rx or self.labels.rx(field)
        for role in roles:
            for element in self.doc.by_role(role, rx, scope=scope, hidden=hidden):
                where = "" if element.visible else ", in the form its opener shows"
                return f"{role} {self.doc.accessible_name(element)!r} (label {field}{where})"
        return None

    def _behind_opener(self, roles: t.Sequence[str], field: str) -> str | None:
        """A control shown at once, or in the form a 'Générer une clé API' button reveals (in the
        page, not shown yet: it is looked at without clicking the opener)."""
        shown = self._named(roles, field)
        if shown or not (self._named(_CONTROL_ROLES, "open_generate") or self._plain_opener()):
            return shown
        return self._named(roles, field, hidden=True)

    def _plain_opener(self) -> bool:
        """A plain "Créer" that submits nothing, by the rule new_key_form.py takes it for the opener
        when the new key's field is not shown."""
        return any(
            opens_only(element.attrs, element.closest(lambda e: e.tag == "form") is not None)
            for element in self.doc.by_role("button", self.labels.rx("generate_button"))
        )

    def _closest(self, word: str) -> list[str]:
        return difflib.get_close_matches(word, list(dict.fromkeys(self.names)), n=3, cutoff=0.3)

    def _control(self, step: str, field: str) -> Finding:
        matched = self._behind_opener(_CONTROL_ROLES, field)
        if matched:
            return Finding(step, True, matched)
        return Finding(step, False, closest=self._closest(step.split("'")[1] if "'" in step else step))

    def _generate(self) -> Finding:
        """'Générer', or a submit named like the opener ("Créer la clé") in the new key field's own
        form or dialog (new_key_form.py clicks it the same way)."""
        step = "'Générer' button"
        found = self._control(step, "generate_button")
        if found.found:
            return found
        for field in self.doc.by_role("textbox", self.labels.rx("new_key_name"), hidden=True):
            form = field.closest(lambda e: e.tag == "form" or e.role in ("dialog", "alertdialog"))
            matched = self._named(("button",), "open_generate", scope=form, hidden=True) if form else None
            if matched:
                return Finding(step, True, matched)
        return found

    def _field_or_opener(self) -> Finding:
        step = "new key name field 'Entrer le nom d'une nouvelle clé'"
        matched = self._behind_opener(("textbox",), "new_key_name")
        return Finding(step, bool(matched), matched or "")

    def _textbox(self, step: str, field: str) -> Finding:
        # Optional: without a name filter, a run reads every row and keeps the name asked for.
        matched = self._named(("textbox",), field)
        return Finding(step, bool(matched), matched or "", applies=bool(matched))

    def _boxes(self) -> Finding:
        # Optional: a list with no status filters is read as it is shown, each row's status read on
        # it; only one of the two shown is a page that changed.
        step = "status filters 'Active' and 'Révoquée'"
        found = [self._named(("checkbox",), f) for f in ("status_active", "status_revoked")]
        return Finding(step, all(found), "; ".join(f for f in found if f), applies=any(found))

    def _revoke_control(self) -> Finding:
        step = "'Révoquer' control on an Active key's row"
        try:
            rows = KeyList(self.doc, self.labels, self.service or "").row_elements(service=self.service)
        except ListProblem:
            rows = []
        if not rows:
            return Finding(step, True, applies=False)
        row, element = rows[0]
        matched = (
            self._named(_CONTROL_ROLES, "revoke_button", scope=element)
            or self._named(_CONTROL_ROLES, "revoke_named", scope=element, rx=self.labels.revoke_named_rx(row.name))
            or self._named(("button",), "actions_menu", scope=element)
        )
        if matched:
            return Finding(step, True, matched)
        return Finding(step, False, closest=self._closest("Révoquer"))

    def _pagination(self) -> Finding:
        step = "next page control ('Suivant' or 'Afficher plus')"
        matched = self._named(("link", "button"), "next_page") or self._named(("link", "button"), "more_rows")
        said = KeyList(self.doc, self.labels).more_pages_said()
        if said and not matched:
            # The list says more keys follow: a run would stop at this page and decide on part of it.
            return Finding(f"{step}, though the list says {said!r}", False, closest=self._closest("Suivant"))
        return Finding(step, True, matched or "", applies=bool(matched or said))
