# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!
"""Every visible word the page model looks for, in one place.

Only the portal's visible labels are stable (the vendor's procedure and public help pages quote
them), so this is the only place that knows them. Each value is a regular expression matched
case-insensitively against accessible names or visible text; users of a portal rendered in another
language can override any of them with the module's ``labels`` option.
"""

from __future__ import annotations

import dataclasses
import re
import typing as t


@dataclasses.dataclass(frozen=True)
class Labels:
    # Sign-in page(s): the portal may redirect to an SSO host, in one or two steps.
    username_field: str = r"adresse e-?mail|e-?mail|courriel|identifiant|nom d.utilisateur|utilisateur|user ?name|login"
    password_field: str = r"mot de passe|password"
    next_button: str = r"^\s*(suivant|continuer|next|continue)\s*$"
    sign_in_button: str = r"^\s*(se connecter|connexion|s.identifier|sign in|log ?in|valider|ok)\s*$"
    # A public landing page may show a way to the sign-in instead of the form.
    sign_in_link: str = r"^\s*(se connecter|connexion|s.identifier|sign in|log ?in)\s*$"
    sign_in_error: str = r"incorrect|invalide|erron|échec|verrouill|bloqu|invalid|failed|wrong|locked"
    # A second factor: a one-time code (TOTP), or an approval in an app (push).
    totp_field: str = (
        r"code de v[ée]rification|code de s[ée]curit[ée]|code à usage unique|verification code|one-time code|otp"
    )
    totp_submit: str = r"^\s*(v[ée]rifier|valider|continuer|verify|continue|submit)\s*$"
    push_approval: str = r"approuvez|approbation requise|approve (the|this) sign|approval required"
    # The way to the key page (found, not scripted: see route.py). Controls that name the target
    # come first; then the account control (whatever it shows), and what it opens.
    keys_entry: str = (
        r"catalogue d[eu]s? services?|cl[ée]s? d.?api|cl[ée]s? api|api ?keys?|voir la liste|g[ée]rer les cl[ée]s|"
        r"acc[èe]s api|api access"
    )
    account_control: str = r"profil|profile|compte|account|mon espace|utilisateur"
    # Never clicked while looking for the way: they change the portal or end the session.
    danger: str = (
        r"g[ée]n[ée]rer|r[ée]voquer|supprimer|effacer|d[ée]connex|d[ée]connecter|logout|log out|sign out|"
        r"mot de passe|password|enregistrer|sauvegarder|valider|confirmer|d[ée]sactiver|r[ée]silier|"
        r"d[ée]sinscri|delete|remove|save|submit|revoke|generate|cr[ée]er|create|ajouter|\badd\b|"
        r"nouvelle cl[ée]|new (api )?key"
    )
    # The controls that change the keys are dangerous too, however they are worded: `rx("danger")`
    # adds these labels (a renamed "Générer" or "Révoquer" is one change, here or in `labels`).
    _DANGER_TOO: t.ClassVar[tuple[str, ...]] = ("generate_button", "open_generate", "revoke_button")
    # The answer that commits to nothing more, in what is drawn over the page and takes the clicks
    # (a cookie consent, an announcement, a product tour, "Stay signed in?").
    decline_answer: str = (
        r"^\W*(tout refuser|refuser( tout| et fermer)?|continuer sans accepter|non,? merci|non|fermer|"
        r"j.ai compris|compris|ignorer|passer( la visite)?|plus tard|pas maintenant|reject( all)?|decline( all)?|"
        r"deny|no,? thanks|no|close|dismiss|annuler|cancel|got it|skip( (the )?tour)?|not now|later|\u00d7|\u2715)\W*$"
    )
    # A box to tick that commits the account (terms, a charter): never ticked on its behalf. A first
    # page that asks it is named when no way to the keys is found past it.
    commitment: str = (
        r"j.accepte|j.ai lu|accepter? (les|la)|conditions g[ée]n[ée]rales|charte|\bi (accept|agree)\b|"
        r"terms (of use|and conditions|of service)"
    )
    # Closes what was opened (a drawer, a dialog): never a way forward.
    close_control: str = r"^\s*(fermer|close|annuler|cancel|retour|back|\u00d7|\u2715|x)\s*$"
    # Service catalogue.
    tiers_select: str = r"tiers"
    online_services_option: str = r"^\s*services? en lignes?\s*$"
    filter_button: str = r"^\s*filtrer\s*$"
    service_column: str = r"^\s*services?\b\s*:?"
    key_button: str = r"\bcl[ée]s?\b|\bkeys?\b"
    actions_menu: str = r"^\s*actions?\s*$|plus d.actions|more actions|^\s*(⋮|⋯|…|\.\.\.)\s*$"
    # Key page (the seed's labels).
    key_page_marker: str = r"liste des clés d.api pour le service"
    tiers_label: str = r"tiers\s+(rattaché|associé)\s*:"
    service_label: str = r"^\s*service\s*:"
    status_active: str = r"^\s*active\s*$"
    status_revoked: str = r"^\s*révoquée\s*$"
    # A list's status column, and the one status in it that counts as Active (any other - "Expirée",
    # "Suspendue" - does not: such a key is not present).
    status_column: str = r"^\s*(statut|status|[ée]tat|state)\b"
    shown_active: str = r"^\W*(active?|actif|activ[ée]e?|enabled)\W*$"
    # A card's status as a badge of its own (no "Statut" label): any of these words alone on a line.
    status_word: str = (
        r"^\W*(active?|actif|activ[ée]e?|enabled|inactive?|expir[ée]e?|expired|suspendue?|suspended|"
        r"d[ée]sactiv[ée]e?|disabled|r[ée]voqu[ée]e?|revoked|bloqu[ée]e?|blocked)\W*$"
    )
    name_filter: str = r"^\s*nom de la clé d.api\s*:?\s*$"
    new_key_name: str = r"entrer le nom d.une nouvelle clé"
    # A button that opens the generation form ("Générer une clé API", "GÉNÉRER UNE CLÉ D'API").
    open_generate: str = r"g[ée]n[ée]rer une (nouvelle )?cl[ée]"
    generate_button: str = r"^\s*générer\s*$"
    # The service drop-down of a generation form that serves several services.
    service_select: str = r"^\s*services?\s*:?\s*$"
    name_column: str = r"^\s*nom de la clé d.api\b\s*:?"
    created_column: str = r"^\s*date de création\b\s*:?"
    creator_column: str = r"^\s*créateur\b\s*:?"
    # What an empty list says instead of rows (a list of cards has no header row to show).
    no_keys: str = r"aucune cl[ée]|pas de cl[ée]|no (api )?keys?"
    revoke_button: str = r"révoquer"
    confirm_button: str = r"^\s*(confirmer|oui|ok|valider|révoquer)\s*$"
    # A confirmation that asks to type the key's name (its field, or the words around it).
    type_to_confirm: str = r"saisi(r|ssez)|tape[rz]|entre[rz]|recopie[rz]|[ée]cri(re|vez)|\btype\b|\benter\b|confirm"
    next_page: str = r"^\s*(suivant|page suivante|next|›|»|>)\s*$"
    # Where a list says which part of it is shown: "Page 1 sur 3", "1-5 sur 12", "Showing 1 to 5 of 12".
    # Group 1 is what is shown up to, group 2 the whole: smaller means more pages to read.
    shown_count: str = (
        r"\bpage\s+(\d+)\s*(?:sur|of|/)\s*(\d+)\b|"
        r"\b\d+\s*(?:-|\u2013|\u2014|à|to)\s*(\d+)\s+(?:sur|of|de)\s+(\d+)\b"
    )
    more_rows: str = r"^\s*(afficher plus|voir plus|charger plus|plus de (clés|résultats)|show more|load more)\s*$"
    # One-time credentials panel.
    generated_message: str = r"a été générée avec succès"
    identifier_label: str = r"identifiant de la clé d.api"
    secret_label: str = r"secret de la clé d.api"
    copy_button: str = r"^\s*copier\s*$"
    # Page furniture around the values, never a credential.
    furniture: str = r"^\s*(copier|copié|copiée|copy|copied|afficher|masquer|voir|show|hide)\s*!?\s*$"

    def rx(self, field: str) -> re.Pattern[str]:
        """The compiled, case-insensitive pattern of one label."""
        if field == "danger":
            return _compile("|".join(f"(?:{getattr(self, f)})" for f in ("danger", *self._DANGER_TOO)))
        return _compile(getattr(self, field))

    @classmethod
    def with_overrides(cls, overrides: t.Mapping[str, t.Any] | None) -> Labels:
        """Defaults with the user's overrides; unknown names and bad patterns are refused."""
        if not overrides:
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ValueError(f"unknown label(s) {', '.join(unknown)}; known labels: {', '.join(sorted(known))}")
        for name, pattern in overrides.items():
            if not isinstance(pattern, str):
                raise ValueError(
                    f"label {name}: expected a regular expression as text, got {type(pattern).__name__} {pattern!r}"
                )
            try:
                _compile(pattern)
            except re.error as exc:
                raise ValueError(f"label {name}: {pattern!r} is not a valid regular expression ({exc})") from None
        return cls(**dict(overrides))


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
