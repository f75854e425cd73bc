# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""The sign-in page: one or two steps, on the portal's origin or on an SSO host."""

from __future__ import annotations

import dataclasses
import re
import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._errors import SignInError
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.base import BasePage
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.combobox import radio_chosen, radio_name
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.dom import controls
from ansible_collections.cegid.cegidlife.plugins.module_utils._playwright import PlaywrightError
from ansible_collections.cegid.cegidlife.plugins.module_utils._poll import fixed_sleep, page_wait, poll

if t.TYPE_CHECKING:
    from playwright.sync_api import Locator


class SignInPage(BasePage):
    STEP = "sign-in"
    EXPECTED = "a sign-in form (a user name or password field)"
    # The identity provider to follow where the sign-in first asks which one (option identity_provider).
    provider = ""
    # Set by each sign_in call: raises where nothing may be typed (see Portal's Origins).
    _guard: t.Callable[[str], None]

    def username_field(self) -> Locator:
        rx = self.rx("username_field")
        return (
            self.page.get_by_role("textbox", name=rx)
            .or_(self.page.get_by_label(rx))
            .or_(self.page.get_by_placeholder(rx))
        )

    def password_field(self) -> Locator:
        # type=password is what makes a field a password field for a person too (masked dots). One
        # that cannot be typed in is a value shown masked (a one-time secret), never a sign-in form.
        typed = self.page.locator("input:not([readonly]):not([disabled])")
        return (
            self.page.get_by_label(self.rx("password_field")).or_(self.page.locator("input[type=password]")).and_(typed)
        )

    def error_message(self) -> str | None:
        """The portal's own words when it refused the credentials, if it shows any: in an alert, or
        beside the sign-in form shown again, or a short message of its own ("Compte verrouillé."). A
        longer sentence elsewhere that merely uses such a word ("... if your account is locked", on a
        page that asks to register a phone) refuses nothing."""
        alerts = self.page.get_by_role("alert").filter(has_text=self.rx("sign_in_error"))
        if self.visible(alerts):
            return alerts.first.inner_text().strip()
        form: bool | None = None  # looked at only for a longer one: is_gone polls this right after is_here
        for text in self.shown(self.page.get_by_text(self.rx("sign_in_error"))):
            said = " ".join(text.inner_text().split())
            if len(said.split()) > _REFUSAL_WORDS:
                form = self.is_here() if form is None else form
                if not form:
                    continue
            return said or None
        return None

    def is_here(self) -> bool:
        """A sign-in form: a password field, or a user name field with its 'Suivant' / 'Se connecter'."""
        if self.visible(self.password_field()):
            return True
        return self.visible(self.username_field()) and self.visible(
            self.control("next_button").or_(self.control("sign_in_button"))
        )

    def _provider_choices(self) -> list[str]:
        """The identity providers the page offers to sign in with, as it names them."""
        return list(
            dict.fromkeys(" ".join(self.name_of(c).split()) for c in self._choices(self.rx("sign_in_provider")))
        )

    def _choices(self, name: re.Pattern[str]) -> list[Locator]:
        """The links and buttons shown so named that choose something: not a question ("Qu'est-ce que
        ProConnect ?", a help link), never one that changes anything."""
        found = self.page.get_by_role("link", name=name).or_(self.page.get_by_role("button", name=name))
        said = [(c, self.name_of(c).strip()) for c in self.shown(found)]
        return [c for c, text in said if not text.endswith("?") and not self.rx("danger").search(text)]

    def _provider_controls(self) -> list[Locator]:
        """The choices shown whose names hold identity_provider."""
        return self._choices(re.compile(re.escape(self.provider.strip()), re.IGNORECASE))

    def _follow_provider(self) -> bool:
        """Follow the one control named for the identity provider asked (identity_provider), on a page
        that offers a choice of them; whether it was followed."""
        shown = self._provider_controls()
        if len(shown) != 1 or not self._provider_choices():
            return False
        said = " ".join(self.name_of(shown[0]).split())
        self.click_and_settle(shown[0], repr(said), required=False)
        self.answered.append(f"answered {said!r} to sign in")
        return True

    def is_gone(self) -> bool:
        """No sign-in form left, no refusal, no second factor asked: what signed in means."""
        return not (
            self.is_here()
            or self.error_message()
            or self.visible(self.totp_field())
            or self.visible(self.page.get_by_text(self.rx("push_approval")))
        )

    def wait_for_form_or_signed_in(self, is_signed_in: t.Callable[[], bool]) -> bool:
        """After loading the portal: True when a sign-in form is shown (a public landing page's
        'Se connecter' is followed to it), False when the page is already signed in."""
        followed: list[bool] = []

        def shown() -> str | None:
            if self.is_here():
                return "form"
            if self.provider and len(followed) < 2 and self._follow_provider():
                followed.append(True)
                return shown()
            link = self.control("sign_in_link")
            if not followed and self.visible(link):
                followed.append(True)
                self.click_and_settle(link.first, "'Se connecter'")
                return shown()  # the page it led to, looked at at once
            return "signed in" if _holds(self.page, is_signed_in) else None

        found = poll(shown, self.timeout_s, page_wait(self.page))
        if found is None:
            choices = self._provider_choices()
            if choices:
                named = len(self._provider_controls()) if self.provider else 0
                unmatched = f" ({self.provider!r} names {named or 'none'} of them)" if self.provider else ""
                self.fail(
                    f"the sign-in page asks how to sign in ({', '.join(repr(c) for c in choices)}){unmatched}, and "
                    "the run never picks one: set identity_provider to the one your organisation uses, as the page "
                    "names it",
                    error=SignInError,
                )
            self.fail("expected a sign-in form or a signed-in page, the page shows neither")
        return found == "form"

    def sign_in(
        self,
        username: str,
        password: str,
        is_signed_in: t.Callable[[], bool],
        totp: t.Callable[[], str] | None = None,
        *,
        guard: t.Callable[[str], None],
    ) -> None:
        """Fill the form(s) and submit; return once `is_signed_in` holds, else fail clearly.

        `totp` gives the current one-time code when the portal asks for a second factor.
        `guard(url)` runs before anything is typed, on the page's and the field's addresses, and
        raises where nothing may be typed.
        """
        self._guard = guard
        password_field = self.password_field()
        if not self.visible(password_field):
            self._fill(self.username_field(), username, "the user name field")
            self._submit(self.control("next_button").or_(self.control("sign_in_button")), "Suivant")
            self._wait_for_password_or_error(password_field)
        else:
            user = self.username_field()
            if self.visible(user) and user.first.is_editable():
                self._fill(user, username, "the user name field")
        self._fill(password_field, password, "the password field")
        self._submit(self.control("sign_in_button"), "Se connecter", fallback=password_field)
        self._wait_for_result(is_signed_in, totp)

    def _fill(self, field: Locator, value: str, what: str) -> None:
        """Type into the field found, once its own document's address passes the guard (a field in
        a frame, or a page that moved on since: the address that counts is the field's). Typed
        into that very element: one that navigated away is detached, and the fill fails."""
        target = self.expect(field, what).element_handle()
        self._guard(self.page.url)
        self._guard(str(target.evaluate("(el) => el.ownerDocument.location.href")))
        target.fill(value)

    def _submit(self, button: Locator, what: str, fallback: Locator | None = None) -> None:
        if self.visible(button):
            button.first.click()
        elif fallback is not None:
            fallback.first.press("Enter")
        else:
            self.fail(f"expected a {what!r} button to continue signing in, found none")

    def _wait_for_password_or_error(self, password_field: Locator) -> None:
        def shown() -> bool:
            if self.visible(password_field):
                return True
            refused = self.error_message()
            if refused:
                self.fail(f"the portal refused the user name: {refused!r}", error=SignInError)
            return False

        if not poll(shown, self.timeout_s, page_wait(self.page)):
            self.fail(f"after the user name, expected the password field within {self.timeout_s:g}s")

    def _answer_question(self) -> bool:
        """A page between the sign-in and the portal that asks a question ("Stay signed in?", a
        notice to acknowledge): answered with the choice that commits to nothing more, as a person
        does. Not while a form, a refusal or a second factor is shown."""
        if self.is_here() or self.error_message() or self.visible(self.totp_field()):
            return False
        answer = self.control("decline_answer")
        if not self.visible(answer):
            return self._answer_choice()
        said = self.name_of(answer.first)
        self.click_and_settle(answer.first, f"'{said}'", required=False)
        self.answered.append(f"answered {said!r} after signing in")
        return True

    def _only_a_question(self) -> bool:
        """A page that shows a few controls at most, one of them an answer that commits to nothing."""
        try:
            shown = controls(self.page)
        except PlaywrightError:
            return False
        return 0 < len(shown) <= _QUESTION_CONTROLS and self.visible(self.control("decline_answer"))

    def _answer_choice(self) -> bool:
        """The same question asked as a choice ("Rester connecté ?" (o) Oui (o) Non, "Continuer"):
        the one choice that commits to nothing, then the page's one way on. Anything else is left."""
        choices = self.shown(self.page.get_by_role("radio", name=self.rx("decline_answer")))
        go = self.shown(self.page.get_by_role("button", name=self.rx("next_button")))
        if len(choices) != 1 or len(go) != 1:
            return False
        said = radio_name(choices[0])
        self.click_and_settle(choices[0], f"'{said}'", required=False)
        if not radio_chosen(choices[0]):
            return False  # not chosen: nothing is sent
        self.click_and_settle(go[0], f"'{self.name_of(go[0])}'", required=False)
        self.answered.append(f"answered {said!r} after signing in")
        return True

    def totp_field(self) -> Locator:
        return self.page.get_by_role("textbox", name=self.rx("totp_field"))

    def _wait_for_result(self, is_signed_in: t.Callable[[], bool], totp: t.Callable[[], str] | None) -> None:
        """Signed in, or refused: a refusal fails at once (retrying could lock the account). Each
        step forward (a question answered, the code sent) gives the portal the whole timeout again."""
        steps = _Steps()
        # At most _MAX_QUESTIONS answers and one code: the last wait can only end signed in, or fail.
        for dummy in range(_MAX_QUESTIONS + 2):
            found = poll(lambda: self._result(is_signed_in, totp, steps), self.timeout_s, page_wait(self.page))
            if found == "signed in":
                return
            if found is None:
                break
        self.fail(
            f"after submitting the credentials, the browser did not come back to the portal "
            f"without a sign-in form, and no error was shown, within {self.timeout_s:g}s",
            error=SignInError,
        )

    def _result(
        self, is_signed_in: t.Callable[[], bool], totp: t.Callable[[], str] | None, steps: _Steps
    ) -> str | None:
        """One look after submitting: "signed in", "moved on" (a step forward), or None (not yet)."""
        if _holds(self.page, is_signed_in):
            # A question the portal itself asks first (its own page, reached at once by a redirect):
            # a page that offers nothing but a few answers is no portal page yet.
            if steps.questions < _MAX_QUESTIONS and self._only_a_question() and self._answer_question():
                steps.questions += 1
                return "moved on"
            return "signed in"
        if steps.questions < _MAX_QUESTIONS and self._answer_question():
            steps.questions += 1
            return "moved on"
        refused = self.error_message()
        if refused:
            what = "verification code" if steps.code_sent else "user name or password"
            self.fail(
                f"the portal refused the {what}: {refused!r} "
                "(not retried, so the account is not locked by repeated attempts)",
                error=SignInError,
            )
        moved = None
        if not steps.code_sent and self.visible(self.totp_field()):
            if totp is None:
                self.fail(
                    "the portal asks for a second factor (a verification code) and no totp_secret is set",
                    error=SignInError,
                )
            self._fill(self.totp_field(), totp(), "the verification code field")
            self._submit(self.control("totp_submit"), "Vérifier", fallback=self.totp_field())
            steps.code_sent = True
            moved = "moved on"
        if self.visible(self.page.get_by_text(self.rx("push_approval"))):
            self.fail(
                "the portal waits for a person to approve this sign-in in an authenticator app, which "
                "an unattended run cannot do: use an account with a TOTP second factor (totp_secret), or "
                "sign in once by hand and reuse its session (session_file)",
                error=SignInError,
            )
        return moved


@dataclasses.dataclass
class _Steps:
    """The steps forward taken after submitting the credentials."""

    questions: int = 0  # questions answered ("Stay signed in?")
    code_sent: bool = False  # the one-time code typed


# The most words of a refusal shown with no sign-in form ("Ce compte est verrouillé. Contactez
# l'administrateur de votre organisation."): a longer sentence only mentions a failure.
_REFUSAL_WORDS = 12
# Questions between the sign-in and the portal ("Stay signed in?", a notice) answered at the most.
_MAX_QUESTIONS = 3
# At most this many controls on a page that only asks a question ("Remind me later", "Set up now").
_QUESTION_CONTROLS = 4
# How long a signed-in page must stay so before the sign-in counts as ended.
_STILL_HOLDS_S = 0.3


def _holds(page: t.Any, condition: t.Callable[[], bool]) -> bool:
    """The condition holds on a loaded page, and still does a moment later (a hand-back page that
    posts itself on to the portal, or a redirect by script, is not where the sign-in ends)."""
    try:
        if page.evaluate("() => document.readyState") != "complete" or not condition():
            return False
        # fixed sleep: what would move the page on (a form posting itself, a redirect by script) starts
        # within this moment; where nothing does, there is no event to wait for.
        fixed_sleep(page, _STILL_HOLDS_S)
        return bool(page.evaluate("() => document.readyState") == "complete" and condition())
    except PlaywrightError:
        return False  # the page navigated while we looked
