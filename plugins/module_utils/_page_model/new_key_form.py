# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The key page's form for a new key: its name, its service where the form asks, "Générer" - each
refused at once, with what the page says, when the portal disabled it (a quota)."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import GenerationRefusedError, NotFoundError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.combobox import (
    pick,
    radio_chosen,
    radio_name,
)
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.credentials import CredentialsPanel
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.disabled import disabled_because
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.services import ServiceMatch, choose_service

# The choices of a new key's form looked into for the service asked for, at the most.
_MAX_CHOICES = 4

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator, Page


# A button that belongs to no form and is of type button, or says it opens something: it submits nothing.
# What says a control opens something rather than submits (a plain "Créer" may open the new key form).
_OPENER_ATTRIBUTES = ("aria-haspopup", "aria-controls", "aria-expanded")
_ATTRIBUTES = (
    "(el) => ({inForm: !!el.closest('form'),"
    " attrs: Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]))})"
)


def opens_only(attrs: t.Mapping[str, str], in_form: bool) -> bool:
    """A button that can submit nothing itself: in no form (nor tied to one), and of type button or
    saying it opens something. One rule for the browser (NewKeyForm) and the portal check."""
    if in_form or "form" in attrs:
        return False
    return attrs.get("type", "").lower() == "button" or any(name in attrs for name in _OPENER_ATTRIBUTES)


class NewKeyForm(BasePage):
    STEP = "key page"
    EXPECTED = "the new key form ('Entrer le nom d'une nouvelle clé :', 'Générer')"
    service: str = ""

    def field(self) -> Locator:
        # The shown ones only ("*:visible": Locator.filter(visible=) needs a newer Playwright than 1.45).
        return self.page.get_by_role("textbox", name=self.rx("new_key_name")).and_(self.page.locator("*:visible"))

    def service_select(self) -> Locator:
        return self.page.get_by_role("combobox", name=self.rx("service_select"))

    def generate(self, name: str) -> CredentialsPanel:
        """Type the name (choosing the service where the form asks) and click "Générer" (once: the
        caller never repeats it blindly)."""
        if not self.visible(self.field()):
            opener = self._opener()
            if opener is not None:
                self._usable(opener, "the button that opens the new key form")
                self.click_and_settle(opener, "the button that opens the new key form")
        field = self.expect(self.field(), "the field 'Entrer le nom d'une nouvelle clé :'")
        shown = self.field().count()
        if shown > 1:
            # A name as plain as "Nom" or "Name" may label a filter beside the form's own field: the
            # name typed into the wrong one, then "Générer", is no guess to make.
            self.fail(
                f"{shown} fields shown could take the new key's name (label new_key_name); the one meant "
                "cannot be told: set labels.new_key_name to its label alone"
            )
        self._usable(field, "the new key's name field")
        field.fill(name)
        # The field's own form (or dialog) first: a word as plain as "Save" or "Create" also names
        # other controls of the page, among them the one that opened this form.
        # Its service and its button are looked for there too: a filter bar's "Service" behind a dialog
        # is no choice of the new key's, and the page's "Créer" may be what opened the form.
        form = field.locator("xpath=ancestor::*[self::form or @role='dialog' or @role='alertdialog'][1]")
        in_form = form.count() > 0
        scope: Page | Locator = form if in_form else self.page
        select = scope.get_by_role("combobox", name=self.rx("service_select"))
        radios = scope.get_by_role("radiogroup", name=self.rx("service_select"))
        if self.visible(select):
            self._choose_service(select.first)
        elif self.visible(radios):
            self._choose_service_radio(radios.first)
        elif in_form:
            self._choose_service_offered(form)
        own = self.control("generate_button", scope=scope)
        if not self.visible(own):  # within that form, a submit named like the opener ("Créer la clé") is its own
            own = self.control("open_generate", scope=form) if in_form else own
        button = self.expect(own, "the 'Générer' button" + (" in the new key's form" if in_form else ""))
        self._usable(button, "the 'Générer' button")
        self.click_and_settle(button, "'Générer'")
        panel = CredentialsPanel(self.page, self.labels, self.timeout_s)
        panel.health, panel.signed_out = self.health, self.signed_out
        panel.wait_shown(name)
        return panel

    def _choose_service(self, select: Locator) -> None:
        """The service asked for, in the new key form's service list (a native drop-down or an ARIA
        combobox): only the one option that is that service, else fail naming the options."""
        chosen, options = pick(self, select, "the new key form's service list", self._the_service)
        if chosen is None:
            match = choose_service(options, self.service)
            self._no_such_service(f"service list offers {', '.join(options) or 'nothing'}", match)

    def _the_service(self, options: list[str]) -> str | None:
        return choose_service(options, self.service).chosen

    def _choose_service_offered(self, form: Locator) -> None:
        """A choice of the form not named as the service's ("Intégration", "Application") whose
        options offer the service asked for, and only it: chosen, as a person picks the service they
        came for. Any other choice is left as it is."""
        for box in form.get_by_role("combobox").all()[:_MAX_CHOICES]:
            if self.visible(box) and pick(self, box, "a choice of the new key's form", self._the_service)[0]:
                return

    def _opener(self) -> Locator | None:
        """What opens the new key form: "Nouvelle clé", "Create API key"; else a plain "Créer" or
        "Générer" that can submit nothing itself (a button outside any form that says it opens
        something, or of type button), as b1/fiori's "Créer" opens its dialog."""
        opener = self.control("open_generate")
        if self.visible(opener):
            return opener.first
        for button in self.page.get_by_role("button", name=self.rx("generate_button")).all():
            if self.visible(button):
                seen = button.evaluate(_ATTRIBUTES)
                if opens_only(seen["attrs"], bool(seen["inForm"])):
                    return button
        return None

    def _choose_service_radio(self, group: Locator) -> None:
        """The service asked for among the new key form's service radio buttons: only the one that
        is that service, else fail naming them; the choice must then show as checked."""
        radios = group.get_by_role("radio").all()
        names = [radio_name(radio) for radio in radios]
        match = choose_service(names, self.service)
        if match.chosen is None:
            self._no_such_service(f"service choices are {', '.join(names) or 'none'}", match)
        radio = radios[names.index(match.chosen)]
        self.click_and_settle(radio, f"the service {match.chosen!r} in the new key form", required=False)
        if not radio_chosen(radio):
            self.fail(f"the service {match.chosen!r} in the new key form did not show as chosen once clicked")

    def _no_such_service(self, offered: str, match: ServiceMatch) -> t.NoReturn:
        """The service asked for is not one (or is several) of what the form offers: nothing chosen."""
        self.fail(
            f"the new key form's {offered}; {'several match' if match.candidates else 'none is'} {self.service!r}"
            + (f" ({', '.join(match.candidates)})" if match.candidates else ""),
            error=NotFoundError,
        )

    def _usable(self, control: Locator, what: str) -> None:
        """A control the portal disabled fails at once, with what the page says: nothing was clicked."""
        said = disabled_because(self.page, control)
        if said is not None:
            self.fail(
                f"{what} is disabled by the portal, so no key can be generated: nothing was generated; "
                + (f"the page says: {said}" if said else "the page says nothing about why"),
                error=GenerationRefusedError,
            )
