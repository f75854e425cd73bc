"""The simulator's options: rendering axes, behaviour variants and fault switches.

Each option is one ``SimConfig`` field (options.py builds the flags and the checks from it).
The real portal's look is unknown (see PORTAL.md), so each plausible shape is a value of an
axis, and ``rendering`` (renderings.py) picks one value per axis: a preset or random:SEED.
Fault switches (slow pages, 5xx, dropped connections, session expiry, TOTP, lockout...) are
more fields of ``SimConfig``, acted on by ``faults.before_request`` and a few hooks in the
apps. Count-down switches (``fail_next``, ``drop_next``, ``panel_fails``, ...) are decremented
in the live config as they fire, so ``GET /__sim__/config`` shows what is left.
"""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
import ipaddress
import threading
import typing as t
from urllib.parse import urlsplit

from . import renderings
from .options import Option, Shorthand, default_of, flag_of, option, options_of, shorthands
from .options import count as check_count

if t.TYPE_CHECKING:
    from flask import Request

# Names faults use for what a request is for (see faults.page_of). "any" matches every one
# of them except "static".
PAGES: tuple[str, ...] = (
    "signin",
    "mfa",
    "home",
    "catalogue",
    "keys",
    "generate",
    "revoke",
    "callback",
    "logout",
    "loop-api",
    "profile",
    "info",
)
GET_PAGES: tuple[str, ...] = ("signin", "mfa", "home", "catalogue", "keys", "loop-api", "profile", "info")
FAIL_STATUSES: tuple[int, ...] = (500, 502, 503)
MAX_DELAY_MS = 120_000
DEFAULT_TOTP_SECRET = "JBSWY3DPEHPK3PXP"  # documented: every user without a secret of their own uses it


def _int_text(name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(f"{name}: {text!r} is not an integer") from None


def _slow_pages(value: t.Any) -> dict[str, int]:
    """{"catalogue": 3000} or ["catalogue:3000", ...] or "catalogue:3000,keys:2000"."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (list, tuple)):
        value = [p for item in value for p in str(item).split(",") if p.strip()]
        pairs: dict[str, t.Any] = {}
        for item in value:
            page, sep, ms = str(item).partition(":")
            if not sep:
                raise ValueError(f"slow_pages: {item!r} is not PAGE:MS")
            pairs[page.strip()] = _int_text("slow_pages", ms)
        value = pairs
    if not isinstance(value, dict):
        raise ValueError("slow_pages: expected a mapping of page to milliseconds")
    out: dict[str, int] = {}
    for page, ms in value.items():
        if page not in PAGES:
            raise ValueError(f"slow_pages: unknown page {page!r}; known: {', '.join(PAGES)}")
        out[page] = check_count(f"slow_pages[{page}]", ms, maximum=MAX_DELAY_MS)
    return {k: v for k, v in out.items() if v}


def _fail_next(value: t.Any) -> dict[str, t.Any] | None:
    """{"page": "keys", "status": 503, "count": 2} or "keys:503:2"; None or count 0 = off."""
    if value is None:
        return None
    if isinstance(value, str):
        parts = value.split(":")
        if not 1 <= len(parts) <= 3:
            raise ValueError(f"fail_next: {value!r} is not PAGE[:STATUS[:COUNT]]")
        value = {
            "page": parts[0],
            **({"status": _int_text("fail_next", parts[1])} if len(parts) > 1 else {}),
            **({"count": _int_text("fail_next", parts[2])} if len(parts) > 2 else {}),
        }
    if not isinstance(value, dict) or set(value) - {"page", "status", "count"}:
        raise ValueError('fail_next: expected {"page": ..., "status": 500|502|503, "count": N} or null')
    page = value.get("page", "any")
    if page != "any" and page not in GET_PAGES:
        raise ValueError(f"fail_next: page {page!r} is not one of any, {', '.join(GET_PAGES)} (only GETs fail)")
    status = value.get("status", 503)
    if status not in FAIL_STATUSES or isinstance(status, bool):
        raise ValueError(f"fail_next: status {status!r} is not one of {', '.join(map(str, FAIL_STATUSES))}")
    count = check_count("fail_next.count", value.get("count", 1))
    return {"page": page, "status": status, "count": count} if count else None


def _drop_next(value: t.Any) -> dict[str, t.Any] | None:
    """{"page": "keys", "count": 1} or "keys:1"; None or count 0 = off."""
    if value is None:
        return None
    if isinstance(value, str):
        name, sep, number = value.partition(":")
        value = {"page": name, **({"count": _int_text("drop_next", number)} if sep else {})}
    if not isinstance(value, dict) or set(value) - {"page", "count"}:
        raise ValueError('drop_next: expected {"page": ..., "count": N} or null')
    page = value.get("page", "any")
    if page != "any" and page not in PAGES:
        raise ValueError(f"drop_next: page {page!r} is not one of any, {', '.join(PAGES)}")
    count = check_count("drop_next.count", value.get("count", 1))
    return {"page": page, "count": count} if count else None


def valid_base32(secret: str) -> bool:
    text = secret.strip().replace(" ", "").upper()
    if not text:
        return False
    try:
        return bool(base64.b32decode(text + "=" * (-len(text) % 8)))
    except (binascii.Error, ValueError):
        return False


def _identifiers(value: t.Any) -> list[str]:
    """["ID1", "ID2"] or "ID1,ID2" -> ["ID1", "ID2"]; None or empty -> []."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError("loophub_declared: expected key identifiers (a list, or a comma-separated string)")
    return [p.strip() for v in value for p in v.split(",") if p.strip()]


def _totp_secrets(value: t.Any) -> dict[str, str]:
    """{"user@x": "BASE32", "*": "BASE32"} or ["user@x:BASE32", "BASE32"] ("*" / no e-mail: every user)."""
    if value is None:
        return {}
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (list, tuple)):
        pairs: dict[str, t.Any] = {}
        for item in value:
            email, sep, secret = str(item).rpartition(":")
            pairs[email.strip() if sep and email.strip() else "*"] = secret
        value = pairs
    if not isinstance(value, dict):
        raise ValueError("totp_secrets: expected a mapping of e-mail (or '*') to a base32 secret")
    out: dict[str, str] = {}
    for email, secret in value.items():
        if not isinstance(secret, str) or not valid_base32(secret):
            raise ValueError(f"totp_secrets: the secret for {email!r} is not base32")  # never echo it
        out[str(email).strip().lower()] = secret.strip().replace(" ", "").upper()
    return out


def _redirect_url(value: t.Any) -> str:
    """An absolute http(s) URL with a host, or "" (None) for off."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or any(c.isspace() or not c.isprintable() for c in value):
        raise ValueError("loop_redirect: expected an http(s) URL without white space, or an empty string")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        raise ValueError(f"loop_redirect: {value!r} is not a URL") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"loop_redirect: {value!r} is not an absolute http(s) URL")
    return value


def _rendering_name(value: t.Any) -> str:
    renderings.parse_name(value)
    return str(value).strip()


def _axis(default: t.Any, help: str, choices: tuple[t.Any, ...] = (), **spec: t.Any) -> t.Any:
    return option(default, help, kind="axis", choices=choices, **spec)


def _fault(default: t.Any, help: str, **spec: t.Any) -> t.Any:
    return option(default, help, kind="fault", **spec)


@dataclasses.dataclass(frozen=True)
class SimConfig:
    """Every option, declared once (see options.py); ``explicit`` names the axes given
    explicitly (a flag or POST /__sim__/config), which the rendering's choice never overrides."""

    rendering: str = option(
        "classic",
        f"the portal's look: a preset ({', '.join(renderings.PRESETS)}) or random:SEED; fixed at start",
        kind="rendering",
        metavar="NAME",
        parse=_rendering_name,
        runtime=False,
    )
    # -- rendering axes, in the order random:SEED draws them: add new ones after the last, so that
    # a seed keeps the portal it gave. Values are slugs; words.py turns them into labels. --
    login: str = _axis(
        "one-step", "sign-in form: e-mail and password together, or e-mail, next, password", ("one-step", "two-step")
    )
    signin_origin: str = _axis(
        "sso",
        "sign-in pages on their own origin (--sso-port) or the portal's, under /adfs/",
        ("sso", "same"),
        runtime=False,
    )
    signin_email_label: str = _axis(
        "adresse-e-mail", "label of the e-mail field", ("adresse-e-mail", "e-mail", "identifiant")
    )
    signin_next: str = _axis("suivant", "two-step sign-in: the first page's button", ("suivant", "continuer"))
    signin_submit: str = _axis(
        "se-connecter", "sign-in button", ("se-connecter", "connexion", "valider", "s-identifier")
    )
    layout: str = _axis(
        "classic",
        "markup: native elements and stable ids, or alt: ARIA roles on spans and "
        "divs, other order, no ids but random ones tying labels to fields",
        ("classic", "alt"),
    )
    route: str = _axis(
        "menu",
        "where the way to the keys is: account menu, profile page, header link, both "
        "menu and header, the 'Clé API' page of every service, or the connection wizard",
        ("menu", "profile", "header", "menu-header", "cle-api", "wizard"),
    )
    account_control: str = _axis(
        "labelled",
        "account control (top right): avatar and name with an aria-label, "
        "the user's name, initials, an icon with an aria-label or only a title, or "
        "a plain 'Mon profil' link",
        ("labelled", "name", "initials", "icon-label", "icon-title", "profile-link"),
    )
    account_name: str = _axis(
        "mon-profil",
        "accessible name of the account control (not 'name'/'profile-link')",
        ("mon-profil", "mon-compte", "compte-de"),
    )
    account_opens: str = _axis(
        "panel",
        "what the account control opens: a panel of links, an ARIA menu, or a drawer (dialog 'Menu')",
        ("panel", "menu", "drawer"),
    )
    entry_element: str = _axis(
        "link",
        "the entries of a panel or drawer and of the profile page: links, or links with role=button",
        ("link", "button"),
    )
    nav: str = _axis(
        "none",
        "harmless links (Mes applications, Mes demandes...) on every signed-in page: none (classic), in the "
        "header, or in the footer; random:SEED always draws some",
        ("none", "header", "footer"),
        random=("header", "footer"),
    )
    menu_extras: str = _axis(
        "none", "more account menu entries (Mes demandes, Aide, Modifier mon mot de passe)", ("none", "some")
    )
    logout: str = _axis(
        "button", "sign out: a 'Se déconnecter' button (POST) or a 'Déconnexion' link (GET)", ("button", "link")
    )
    catalogue_filter: str = _axis(
        "select",
        "catalogue filter 'Type de service': select + Filtrer, radio buttons + Filtrer, tabs, or none",
        ("select", "radios", "tabs", "none"),
    )
    catalogue_start: str = _axis(
        "all", "what the catalogue shows first: every service, or software only", ("all", "software")
    )
    service_names: str = _axis(
        "seed", "display name of Loop APIkey: 'Loop APIkey' or 'Loop APIKey Standard (P04448)'", ("seed", "product")
    )
    advanced_service: str = _axis(
        "hidden", "show the other key service 'APIKey Advanced (P04454)'", ("hidden", "shown")
    )
    key_control: str = _axis(
        "icon-both",
        "key control on a service's row: a key icon with a title and an "
        "aria-label, only a title, only an aria-label, a text, or an 'Actions' menu item",
        ("icon-both", "icon-title", "icon-label", "text", "actions-menu"),
    )
    key_control_name: str = _axis(
        "gerer-les-cles-d-api", "name of that control", ("gerer-les-cles-d-api", "cles-d-api", "gerer-les-cles")
    )
    key_control_element: str = _axis("link", "that control is a link, or a link with role=button", ("link", "button"))
    row_extras: str = _axis("none", "harmless 'Détails' and 'Documentation' controls on service rows", ("none", "some"))
    service_title: str = _axis(
        "service",
        "title of Loop APIkey's key page: its own name, or 'Gestion des "
        "Utilisateurs - Administration' as in the seed's screenshot",
        ("service", "admin"),
    )
    tiers_control: str = _axis(
        "text",
        "'Tiers rattaché' on the key page: a text line, a select, radio buttons, or an ARIA combobox (a button "
        "that opens a listbox; the catalogue's tiers too); random:SEED never draws combobox, so that a seed "
        "keeps the portal it gave",
        ("text", "select", "radios", "combobox"),
        random=("text", "select", "radios"),
    )
    key_table: str = _axis(
        "table",
        "key list: HTML table, ARIA grid of divs, cards (one line per field), cards (dt/dd)",
        ("table", "grid", "cards-line", "cards-dl"),
    )
    page_size: int = _axis(0, "keys per page, 0 = no pagination", random=(0, 2, 3, 5), metavar="N")
    pager: str = _axis(
        "links",
        "pagination: Précédent/Suivant links, buttons of a GET form, or 'Afficher plus'",
        ("links", "buttons", "more"),
    )
    key_list: str = _axis(
        "server",
        "key rows rendered by the server, or by the page's JavaScript from JSON "
        "(the HTML has none); random:SEED never draws client",
        ("server", "client"),
        random=("server",),
    )
    action_element: str = _axis(
        "button", "Générer, Filtrer, Copier: buttons (role=button in alt), or plain links", ("button", "link")
    )
    button_case: str = _axis(
        "normal",
        "Générer, Filtrer, Copier, Révoquer and the confirmation as written, or in capitals (GÉNÉRER)",
        ("normal", "upper"),
    )
    credentials: str = _axis(
        "text",
        "how the new key is shown: text, read-only inputs, read-only inputs with "
        "the secret masked (with or without an 'Afficher' toggle), or only through the "
        "Copier buttons",
        ("text", "inputs", "masked", "masked-toggle", "copy-only"),
    )
    credentials_layout: str = _axis(
        "line", "the key's label, value and Copier: on one line, dt/dd, or table cells", ("line", "dl", "table")
    )
    copy_feedback: str = _axis("copie", "text after a copy: 'Copié' or 'Copié !'", ("copie", "copie-excl"))
    revoke_control: str = _axis(
        "text",
        "revoke control on an active key: 'Révoquer' button, 'Révoquer' link, "
        "an icon with a title, or an 'Actions' menu item",
        ("text", "link", "icon", "actions-menu"),
    )
    confirm: str = _axis(
        "modal", "revoke confirmation: modal dialog, window.confirm(), or none", ("modal", "native", "none")
    )
    confirm_word: str = _axis("confirmer", "the modal's confirm button", ("confirmer", "oui", "ok"))
    profile_save: str = _axis("enregistrer", "the profile form's button", ("enregistrer", "valider"))
    tie_order: str = _axis(
        "newest",
        "keys shown with the same creation minute: newest first, oldest first, or in an order unrelated "
        "to their creation (stable between pages); the list is newest first by minute in every case; "
        "random:SEED never draws it (seeds keep the portal they gave)",
        ("newest", "oldest", "shuffled"),
        random=("newest",),
    )
    # -- behaviour variants --
    session_ttl: int = option(
        3600, "portal session lifetime in seconds from sign-in, 0 = unlimited", kind="variant", metavar="SECONDS"
    )
    session_cookie: str = option(
        "fixed",
        "portal session cookie: fixed after sign-in, or rotate: a new session id on every signed-in page or "
        "form answer (the old one stops working)",
        kind="variant",
        choices=("fixed", "rotate"),
    )
    # -- faults (see README "Fault injection") --
    slow_ms: int = _fault(
        0,
        "delay every portal and sign-in request (not static files, not the Loop API)",
        maximum=MAX_DELAY_MS,
        metavar="MS",
    )
    slow_pages: dict[str, int] = _fault(  # noqa: RUF009 (a dataclasses.field, mutable defaults copied)
        {},
        "per-page delay, overriding --slow-ms for that page (repeatable)",
        parse=_slow_pages,
        repeat=True,
        metavar="PAGE:MS[,PAGE:MS...]",
    )
    fail_next: dict[str, t.Any] | None = _fault(  # noqa: RUF009 (a dataclasses.field, mutable defaults copied)
        None,
        "the next COUNT (default 1) GETs of PAGE (or 'any') answer STATUS 500|502|503 (default 503)",
        parse=_fail_next,
        metavar="PAGE[:STATUS[:COUNT]]",
    )
    error_every: int = _fault(0, "every Nth GET of a portal page (home, catalogue, keys) answers 502", metavar="N")
    fail_post_after_commit: bool = _fault(False, "the next 'Générer' creates the key, then answers 502")
    drop_next: dict[str, t.Any] | None = _fault(  # noqa: RUF009 (a dataclasses.field, mutable defaults copied)
        None,
        "the next COUNT (default 1) requests to PAGE (or 'any') get their connection closed unanswered",
        parse=_drop_next,
        metavar="PAGE[:COUNT]",
    )
    expire_after_requests: int = _fault(
        0, "end portal sessions after N more signed-in portal page requests", metavar="N"
    )
    panel_fails: int = _fault(0, "the next N generations create the key but show no one-time panel", metavar="N")
    generate_word: str = _fault(
        "", "portal drift: the key page's 'Générer' button says this instead (e.g. Lancer)", metavar="WORD"
    )
    panel_fails_for: str = _fault(
        "", "generating a key of this name creates it but shows no one-time panel (until reset)", metavar="NAME"
    )
    panel_alert_for: str = _fault(
        "",
        "generating a key of this name creates it and says only, in an alert, 'Opération effectuée : NAME' (a panel "
        "worded as no label knows; its secret is never shown) until reset",
        metavar="NAME",
    )
    key_quota: int = _fault(
        0,
        "at N Active keys of the service and tiers, 'Générer' is disabled and the page says why (a quota); "
        "a generation posted anyway is refused",
        metavar="N",
    )
    revoke_fails_for: str = _fault(
        "", "revoking a key of this name leaves it Active, with an error message (until reset)", metavar="NAME"
    )
    mfa: str = _fault(
        "none",
        "second factor after the password: none, a TOTP code, or a push approval (totp if --totp-secret is given)",
        choices=("none", "totp", "push"),
        shorthand=Shorthand("totp", "totp", "none", "shorthand for --mfa totp"),
    )
    totp_secrets: dict[str, str] = _fault(  # noqa: RUF009 (a dataclasses.field, mutable defaults copied)
        {},
        f"TOTP secret of one user, or without EMAIL of every user (repeatable); default {DEFAULT_TOTP_SECRET}",
        parse=_totp_secrets,
        flag="totp-secret",
        repeat=True,
        metavar="[EMAIL:]BASE32",
        implies=("mfa", "totp"),
    )
    loophub_declared: list[str] = _fault(  # noqa: RUF009 (a dataclasses.field, mutable defaults copied)
        [],
        "only the keys of these identifiers are declared in LoopHub: the Loop API answers 401 to every other "
        "key, Active or not, as the real one does until an administrator declares it (repeatable; empty = all)",
        parse=_identifiers,
        repeat=True,
        metavar="IDENTIFIER",
    )
    lockout_after: int = _fault(0, "lock a user after N consecutive wrong passwords (0 = never)", metavar="N")
    loop_redirect: str = _fault(
        "",
        "the Loop API answers every call with a 302 to this URL (e.g. on another host) instead of checking "
        "the key, as an API that moved would",
        parse=_redirect_url,
        metavar="URL",
    )
    # -- not an option --
    explicit: frozenset[str] = dataclasses.field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        for f, spec in options_of(SimConfig):
            # Frozen: normalised values are set through object.
            object.__setattr__(self, f.name, spec.check(f.name, getattr(self, f.name), default_of(f)))
        unknown = set(self.explicit) - set(AXES)
        if unknown:
            raise ValueError(f"explicit: {sorted(unknown)} are not axes")
        object.__setattr__(self, "explicit", frozenset(self.explicit))
        broken = renderings.violations(self.axes())
        if broken:
            raise ValueError("; ".join(broken))

    @classmethod
    def build(cls, given: t.Mapping[str, t.Any]) -> SimConfig:
        """The config for these options (from the command line): the rendering's axes, with the
        axes given here overriding its choices."""
        given = _known(given)
        rendering = given.get("rendering", default_of(_FIELDS["rendering"]))
        _rendering_name(rendering)
        axes = {n: _check(n, v) for n, v in given.items() if n in AXES}
        resolved = renderings.resolve(rendering, axes, AXES)
        return cls(**{**given, **resolved}, explicit=frozenset(axes))

    def axes(self) -> dict[str, t.Any]:
        return {name: getattr(self, name) for name in AXES}

    def as_dict(self) -> dict[str, t.Any]:
        return {f.name: copy.deepcopy(getattr(self, f.name)) for f, dummy in options_of(SimConfig)}

    def replaced(self, changes: t.Mapping[str, t.Any]) -> SimConfig:
        """A copy with ``changes`` applied; unknown fields and bad values raise ValueError.

        A shorthand is accepted too (``totp``: true = ``mfa: totp``, false = ``mfa: none``).
        Axes become explicit; the rendering's other axes are resolved again around them (the
        ones that follow ``layout`` in a preset follow a new layout).
        """
        changes = dict(changes)
        for name, (target, short) in shorthands(SimConfig).items():
            if name in changes:
                value = changes.pop(name)
                if not isinstance(value, bool):
                    raise ValueError(f"{name}: {value!r} is not true or false")
                changes.setdefault(target, short.on if value else short.off)
        changes = _known(changes)
        for name, value in changes.items():
            if not _SPECS[name].runtime and _check(name, value) != getattr(self, name):
                raise ValueError(
                    f"{name} is fixed at start: restart the simulator with {flag_of(_FIELDS[name], _SPECS[name])}"
                )
        axes = {n: _check(n, v) for n, v in changes.items() if n in AXES}
        if not axes:
            return dataclasses.replace(self, **changes)
        explicit = self.explicit | set(axes)
        given = {n: axes[n] if n in axes else getattr(self, n) for n in explicit}
        resolved = renderings.resolve(self.rendering, given, AXES)
        return dataclasses.replace(self, **{**changes, **resolved}, explicit=frozenset(explicit))

    def totp_secret_for(self, email: str) -> str:
        return self.totp_secrets.get(email.strip().lower()) or self.totp_secrets.get("*") or DEFAULT_TOTP_SECRET


_FIELDS = {f.name: f for f, dummy in options_of(SimConfig)}
_SPECS = {f.name: spec for f, spec in options_of(SimConfig)}
# name -> (default, Option) of every axis, in declaration (= draw) order.
AXES: dict[str, tuple[t.Any, Option]] = {
    f.name: (default_of(f), spec) for f, spec in options_of(SimConfig) if spec.kind == "axis"
}
FAULT_FIELDS: tuple[str, ...] = tuple(f.name for f, spec in options_of(SimConfig) if spec.kind == "fault")
VARIANT_FIELDS: tuple[str, ...] = tuple(f.name for f, spec in options_of(SimConfig) if spec.kind in ("axis", "variant"))


def _known(values: t.Mapping[str, t.Any]) -> dict[str, t.Any]:
    unknown = sorted(set(values) - set(_FIELDS))
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(sorted(_FIELDS))}")
    return dict(values)


def _check(name: str, value: t.Any) -> t.Any:
    return _SPECS[name].check(name, value, default_of(_FIELDS[name]))


def defaults(*kinds: str) -> dict[str, t.Any]:
    """The default value of every option of these kinds (all kinds when none is given)."""
    return {f.name: default_of(f) for f, spec in options_of(SimConfig) if not kinds or spec.kind in kinds}


class LiveConfig:
    """The current SimConfig, swapped atomically so a request always sees one consistent set.

    ``state`` holds what faults count at runtime (request statistics, counters, pending push
    approvals); it is shared by the portal and the sign-in apps like the config itself.
    """

    def __init__(self, initial: SimConfig) -> None:
        from .faults import FaultState

        self._lock = threading.Lock()
        self._current = initial
        self.state = FaultState()

    def get(self) -> SimConfig:
        return self._current

    def update(self, changes: t.Mapping[str, t.Any]) -> SimConfig:
        with self._lock:
            self._current = self._current.replaced(changes)
            self.state.on_config_change(set(changes))
            return self._current

    def take(self, name: str, match: t.Callable[[t.Any], bool] | None = None) -> t.Any:
        """Consume one unit of a count-down switch if it is on (and ``match(value)``, when given).

        Returns the value before (``fail_next`` / ``drop_next``: their dict; ``panel_fails`` /
        ``expire_after_requests``: the count; ``fail_post_after_commit``: True, then it turns
        itself off), or None when nothing fired. Checked and consumed under one lock.
        """
        with self._lock:
            cur = self._current
            value = getattr(cur, name)
            if not value or (match is not None and not match(value)):
                return None
            if name in ("fail_next", "drop_next"):
                left = dict(value, count=value["count"] - 1)
                new: t.Any = left if left["count"] else None
            elif name == "fail_post_after_commit":
                new = False
            else:
                new = value - 1
            self._current = dataclasses.replace(cur, **{name: new})
            return value


@dataclasses.dataclass(frozen=True)
class Topology:
    """Where the two servers listen, so each can send the browser to the other, and which
    Host names and origins are the simulator's own.

    URLs are built from the host name the browser used (a CI job may reach the simulator as
    "localhost", "127.0.0.1" or, with --public-url, a container name), with the port of the
    other server. ``public_url`` / ``sso_public_url`` override that (port mapping, proxy).
    """

    portal_port: int
    sso_port: int | None  # None: the sign-in pages are on the portal's own origin, under /adfs/
    sso_public_url: str | None = None  # override, e.g. behind a port mapping or a proxy
    public_url: str | None = None  # the portal's, likewise
    bind_host: str = "127.0.0.1"  # --host

    def sso_base(self, request: Request) -> str:
        if self.sso_public_url:
            return self.sso_public_url.rstrip("/")
        if self.sso_port is None:
            return self.portal_base(request)
        return f"{request.scheme}://{request_hostname(request)}:{self.sso_port}"

    def portal_base(self, request: Request) -> str:
        if self.public_url:
            return self.public_url.rstrip("/")
        if self.sso_port is None:
            return request.host_url.rstrip("/")
        return f"{request.scheme}://{request_hostname(request)}:{self.portal_port}"

    def _public_portal_urls(self) -> list[str]:
        urls = [self.public_url] if self.public_url else []
        if self.sso_port is None and self.sso_public_url:
            urls.append(self.sso_public_url)
        return urls

    def portal_serves(self, host: str) -> bool:
        """Whether a Host header names the portal server: a loopback name or address, the
        --host address (any IP address when it is a wildcard one) with the portal's port, or
        the host of a configured public URL. Any other name (DNS rebinding) is not."""
        given = split_host(host)
        if given is None:
            return False
        name, port = given[0], given[1]  # (pylint cannot follow the None check to the tuple)
        for url in self._public_portal_urls():
            parts = urlsplit(url)
            default = 443 if parts.scheme == "https" else 80
            if name == (parts.hostname or "") and (port or default) == (parts.port or default):
                return True
        if (port or 80) != self.portal_port:
            return False
        bound = self.bind_host.strip("[]").lower()
        if name in ("localhost", bound):
            return True
        address = ip_or_none(name)
        if address is None:
            return False
        return address.is_loopback or bound in ("", "0.0.0.0", "::")

    def portal_origins(self) -> set[tuple[str, str, int]]:
        """(scheme, host, port) of the portal's own origins, whatever the request says: the public
        URLs', and the loopback and --host names with the portal's port."""
        out = set()
        for url in self._public_portal_urls():
            parts = urlsplit(url)
            out.add((parts.scheme, parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)))
        names = {"localhost", "127.0.0.1", "::1", self.bind_host.strip("[]").lower()} - {"", "0.0.0.0", "::"}
        out.update((scheme, name, self.portal_port) for scheme in ("http", "https") for name in names)
        return out

    def is_portal_origin(self, scheme: str, host: str, port: int) -> bool:
        """Whether scheme://host:port is one of ``portal_origins``, or, with a wildcard --host, any
        IP address (a name could be rebound; an address cannot) with the portal's port."""
        if (scheme, host, port) in self.portal_origins():
            return True
        wildcard = self.bind_host.strip("[]") in ("", "0.0.0.0", "::")
        return wildcard and scheme in ("http", "https") and port == self.portal_port and ip_or_none(host) is not None


def request_hostname(request: Request) -> str:
    """The host name the browser used, without port, IPv6 kept in brackets."""
    name = urlsplit("//" + request.host).hostname or "127.0.0.1"
    return f"[{name}]" if ":" in name else name


def split_host(host: str) -> tuple[str, int | None] | None:
    """(lower-case name without brackets, port or None) of a Host header; None if it is not one."""
    if not host or len(host) > 300 or any(c.isspace() or not c.isprintable() for c in host):
        return None
    if any(c in host for c in "/\\@?#"):
        return None
    try:
        parts = urlsplit("//" + host)
        name, port = parts.hostname, parts.port
    except ValueError:  # a bad port, a broken IPv6 literal
        return None
    return (name, port) if name else None


def ip_or_none(name: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        return None


def check_public_url(flag: str, url: str) -> str:
    """An http(s) base URL with a host and no path, query or user; ValueError otherwise."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ValueError(f"{flag}: {url!r} is not a URL") from None
    del port
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        raise ValueError(f"{flag}: {url!r} is not an http(s) URL with a host")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"{flag}: {url!r} must be an origin (scheme, host, port), without a path")
    return url.strip().rstrip("/")
