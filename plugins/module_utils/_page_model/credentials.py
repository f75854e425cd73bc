# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The one-time panel after "Générer": the identifier and the secret, shown once."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import (
    SecretNotDeliveredError,
    SessionExpiredError,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    Credentials,
    furniture_problem,
    masked,
    pair_problem,
    shape_notice,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import controls
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.scripts import script
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator, Page


# Marks the element of a label read as a line of its own (mark_label_line.js).
_LABEL_MARK = "data-cl-label-line"
# The labels an identifier may have: its own, else (in a panel, beside the secret's) "API Key".
_IDENTIFIER_FIELDS = ("identifier_label", "identifier_beside_secret")
# What is not inside a control: the words of a button (its name) are never a label of the panel.
_OUTSIDE_CONTROLS = ":not(button *, [role=button] *, summary *)"


class CredentialsPanel(BasePage):
    STEP = "one-time credentials"
    EXPECTED = "the message that the API key was generated ('... a été générée avec succès')"

    def message(self) -> Locator:
        return self.page.get_by_text(self.rx("generated_message"))

    def is_here(self) -> bool:
        return self.visible(self.message()) or self.visible(self._labelled_dialog())

    def _labelled_dialog(self) -> Locator:
        """A dialog worded as no message label knows ("Votre clé est prête") that shows both values'
        labels: a form to make a key asks for a name, never shows an identifier and a secret."""
        both = self.dialogs()
        for field in ("identifier_label", "secret_label"):
            both = both.filter(has=self.page.get_by_text(self.rx(field)))
        return both

    def read(self, name: str) -> Credentials:
        """Both values, each proven not to be page furniture, from the page or through its "Copier"
        control; a key without them is reported lost. `notices` says what was unusual."""
        self.notices: list[str] = []
        furniture = self._furniture()
        panel = self._panel()  # looked for once: both values are read in it
        copies = self._named_copies() if panel is self.page else None
        if copies is not None:
            identifier, secret = self._read_copies(name, copies, furniture)
        else:
            id_field = self._identifier_field(panel)
            identifier = self._read_value(name, panel, id_field, "secret_label", "identifier", furniture)
            secret = self._read_value(name, panel, "secret_label", id_field, "secret", furniture)
        problem = pair_problem(identifier, secret)
        if problem:
            self._lost(name, problem)
        for value, what in ((identifier, "identifier"), (secret, "secret")):
            notice = shape_notice(value, what)
            if notice:
                self.notices.append(notice)
        return Credentials(identifier=identifier, secret=secret)

    def _named_copies(self) -> tuple[Locator, Locator, Locator] | None:
        """Where no element around the message holds both value labels: the nearest one around it
        that holds a control copying the identifier and one copying the secret, each named so
        ("Copier l'identifiant", "Copier le secret") and alone of its kind, and neither label (values
        shown only in a sample, "x-apikey: ID:SECRET"); as (that element, the two controls)."""
        said = self.shown(self.message())
        if len(said) != 1:
            return None
        for around in reversed(said[0].locator("xpath=ancestor::*").all()):
            found = [
                self.shown(self.control(f, scope=around)) for f in ("copy_identifier_button", "copy_secret_button")
            ]
            if not any(found):
                continue
            labelled = any(self.visible(around.get_by_text(self.rx(f))) for f in ("identifier_label", "secret_label"))
            if labelled or [len(f) for f in found] != [1, 1]:
                return None
            return around, found[0][0], found[1][0]
        return None

    def _read_copies(
        self, name: str, copies: tuple[Locator, Locator, Locator], furniture: list[str]
    ) -> tuple[str, str]:
        """Both values through the controls named for them; where the panel draws the Loop API's
        header with them, what they handed over must be what it shows."""
        around, identifier_button, secret_button = copies
        identifier, secret = (
            self._copied_value(name, button, what, furniture)
            for button, what in ((identifier_button, "identifier"), (secret_button, "secret"))
        )
        shown = " ".join(around.inner_text().split())
        if self.rx("apikey_header").search(shown) and Credentials(identifier, secret).x_apikey not in shown:
            self._lost(name, "what its copy controls handed over is not the pair its x-apikey sample shows")
        return identifier, secret

    def _copied_value(self, name: str, button: Locator, what: str, furniture: list[str]) -> str:
        value = self._copy(name, what, button)
        problem = self._not_a_value(value, what, furniture)
        if problem:
            self._lost(name, f"{problem} (read through its control {self.name_of(button)!r})")
        return value

    def _furniture(self) -> list[str]:
        """What a value next to a label must not be: the name of any control shown, or a label."""
        try:
            names = [c["name"] for c in controls(self.page) if c["name"]]
        except PlaywrightError:
            names = []
        return names

    def _read_value(
        self, name: str, panel: Page | Locator, label_field: str, stop_field: str, what: str, furniture: list[str]
    ) -> str:
        held = self._line_in_a_field(name, panel, label_field, what)
        if held is not None and self._not_a_value(held, what, furniture) is None:
            return held
        # Beside "API Key" read as the identifier's label, that text is no label of the secret.
        besides = stop_field if stop_field == "identifier_beside_secret" else ""
        label = self._label(panel, label_field, besides)
        if label is None:
            seen = self.shown(self._label_texts(panel, label_field, besides))
            if len(seen) > 1:
                self._lost(name, f"the label of the {what} shows {len(seen)} times: the new key's cannot be told")
            self._lost(name, f"the label of the {what} is not on the page")
        shown, has_button = self._after(name, label, label_field, stop_field, what)
        problem = self._not_a_value(shown, what, furniture)
        if problem is not None and has_button and self._reveals():
            if not masked(shown):
                self._lost(name, f"{problem}, and what follows it shows values, it does not copy them")
            # Drawn masked until its "Afficher" is clicked (it only changes what is shown): once.
            self.click_and_settle(self.marked_button().first, f"the control that shows the {what}", required=False)
            shown, has_button = self._after(name, label, label_field, stop_field, what)
            problem = self._not_a_value(shown, what, furniture)
            if problem is not None and (not has_button or self._reveals()):
                self._lost(name, f"{problem}, still once the control that shows it was clicked")
        if problem is None:
            return shown
        if not has_button:
            self._lost(name, f"{problem} and no 'Copier' control follows its label")
        copied = self._copy(name, what)
        problem = self._not_a_value(copied, what, furniture)
        if problem:
            self._lost(name, f"{problem} (read through its 'Copier' control)")
        return copied

    def _line_in_a_field(self, name: str, panel: Page | Locator, label_field: str, what: str) -> str | None:
        """The value on the label's line inside a read-only field of the panel ("Identifiant : ID" and
        "Secret : SECRET" as lines of one text area, to select and copy at once), or None."""
        rx = self.rx(label_field)
        found = []
        try:
            for field in panel.locator("textarea, input[readonly]").all():
                if field.is_visible():
                    for line in (line.strip() for line in field.input_value().splitlines()):
                        said = rx.match(line)
                        if said and line[said.end() :].strip():
                            found.append(line[said.end() :].strip())
        except PlaywrightError:
            return None
        if len(found) > 1:
            self._lost(name, f"the label of the {what} shows {len(found)} times in the panel's fields")
        return found[0] if found else None

    def _after(self, name: str, label: Locator, label_field: str, stop_field: str, what: str) -> tuple[str, bool]:
        try:
            return self.value_after_label(label.first, label_field, stop_field)
        except PlaywrightError:
            self._lost(name, f"the {what} could not be read from the page")

    def _reveals(self) -> bool:
        """Whether the control after the value is one that shows it ("Afficher le secret", an eye)."""
        try:
            said = self.marked_button().first.evaluate(
                "(el) => el.getAttribute('aria-label') || el.getAttribute('title') || el.innerText || el.value || ''"
            )
        except PlaywrightError:
            return False
        return bool(self.rx("reveal_button").search(" ".join(str(said).split())))

    def _label_texts(self, panel: Page | Locator, field: str, besides: str = "") -> Locator:
        """The texts that say the label, outside controls: a button's words ("Copy<hidden> key ID</hidden>")
        are its name, not a label of the panel. `besides`: a label whose texts are another value's."""
        texts = panel.get_by_text(self.rx(field)).and_(panel.locator(_OUTSIDE_CONTROLS))
        return texts.filter(has_not_text=self.rx(besides)) if besides else texts

    def _label(self, panel: Page | Locator, field: str, besides: str = "") -> Locator | None:
        """The label's element: one whose text is the label, else (a label on a line of its own
        inside a larger element: "Identifiant", a line break, the value) the one element holding
        such a line. Two such labels, or two such lines, are no label to read from."""
        label = self._label_texts(panel, field, besides)
        if self.visible(label):
            shown = self.shown(label)
            if len(shown) > 1:
                # A heading that says the key was made ("Your new API key") heads the secret only
                # where no other label does (GitLab's token); beside a "Secret" it is the panel's title.
                said = self.rx("generated_message")
                shown = [e for e in shown if not said.search(e.inner_text())] or shown
            # A list's column of the same name ("ID", "Identifiant") beside a panel drawn in the page:
            # the value after the first may be another key's. Which one is the panel's is no guess.
            return shown[0] if len(shown) == 1 else None
        root = None if panel is self.page else t.cast("Locator", panel).element_handle()
        mark = f"{_LABEL_MARK}-{field.replace('_', '-')}"
        found = self.page.evaluate(script("mark_label_line", "shadow_dom"), [root, getattr(self.labels, field), mark])
        return self.page.locator(f"[{mark}]") if found == 1 else None

    def _panel(self) -> Page | Locator:
        """Where the values are: the dialog that says the key was made; else, drawn in the page, the
        smallest element around that message that holds both labels (a list beside it may head a
        column with one of them, "ID"); else the page."""
        panel = self.dialogs().filter(has=self.message())
        if self.visible(panel):
            return panel.first
        labelled = self._labelled_dialog()
        if self.visible(labelled):
            return labelled.first
        said = self.shown(self.message())  # "… created", "Copy this key now"
        if said:
            for around in reversed(said[0].locator("xpath=ancestor::*").all()):
                if self.visible(around.get_by_text(self.rx("secret_label"))) and any(
                    self.visible(self._label_texts(around, f)) for f in _IDENTIFIER_FIELDS
                ):
                    return around
        return self.page

    def _identifier_field(self, panel: Page | Locator) -> str:
        """The label of the identifier in this panel: its own ("Identifiant", "Key ID"), else, in a panel
        drawn in the page beside its secret's label, "API Key" (Mailjet's public key beside its "Secret
        Key"; on its own, "API key" may name the secret, so never on the whole page)."""
        if panel is self.page or self.visible(self._label_texts(panel, "identifier_label")):
            return "identifier_label"
        beside = "identifier_beside_secret"
        return beside if self.visible(self._label_texts(panel, beside)) else "identifier_label"

    def _not_a_value(self, value: str, what: str, furniture: list[str]) -> str | None:
        """Why a value read is page furniture (a control's text, a label, too short), or None."""
        labels = ("furniture", "copy_button", "reveal_button", *_IDENTIFIER_FIELDS, "secret_label", "generated_message")
        if value and any(self.rx(field).search(value) for field in labels):
            return f"the {what} read is the text of a control or a label on the page"
        return furniture_problem(value, what, furniture)

    def _copy(self, name: str, what: str, button: Locator | None = None) -> str:
        before = int(self.page.evaluate(script("copied_count")))
        try:
            (button or self.marked_button()).click()
            self.page.wait_for_function(script("copied_since"), arg=before, timeout=min(self.timeout_ms, 10_000))
        except PlaywrightError:
            self._lost(name, f"its 'Copier' control did not hand over the {what}")
        return str(self.page.evaluate(script("last_copied"))).strip()

    def _lost(self, name: str, why: str) -> t.NoReturn:
        raise SecretNotDeliveredError(
            f"the API key {name!r} was generated but its credentials could not be read: {why}",
            step=self.STEP,
            url=self.page.url,
            key_name=name,
        )

    def wait_shown(self, name: str) -> None:
        """Wait for the success message; a portal error (e.g. a name it refuses) fails clearly."""

        def shown() -> bool:
            if self.is_here():
                return True
            if self.signed_out is not None and self.signed_out():
                # The session had ended: the portal refused the form, so no key was made (the list
                # will tell, read after signing in again).
                raise SessionExpiredError(
                    f"after 'Générer' for the API key {name!r}, the portal showed its sign-in page",
                    step=self.STEP,
                    url=self.page.url,
                )
            if self.health is not None and self.health.bad():
                self.health.raise_if_bad(self.STEP)
            alert = self.page.get_by_role("alert")
            if self.visible(alert):
                # A refusal, or a panel worded as this model does not know: only the list can tell.
                text = alert.first.inner_text().strip()
                raise SecretNotDeliveredError(
                    f"after 'Générer' for the API key {name!r}, the portal said {text[:300]!r} and showed no "
                    "one-time panel that could be read",
                    step=self.STEP,
                    url=self.page.url,
                    key_name=name,
                    uncertain=True,
                )
            return False

        if not poll(shown, self.timeout_s, page_wait(self.page)):
            raise SecretNotDeliveredError(
                f"after 'Générer' for the API key {name!r}, the one-time panel did not appear "
                f"within {self.timeout_s:g}s",
                step=self.STEP,
                url=self.page.url,
                key_name=name,
                uncertain=True,
            )
