"""GET /__sim__/rendering: what a rendering is, and the literal steps a person takes in it.

Steps are ``{"action": "click" | "select" | "check" | "fill", "role": ..., "name": ...}``,
meant for ``page.get_by_role(role, name=name, exact=True)``; ``option`` is the option label
of a "select", ``value`` the text of a "fill" (``{name}``: the new key's name), ``row`` the
service name whose catalogue row (role=row, found by its text) scopes the step. They are
built from the same entries and words the templates draw (navigation.py, words.py).
"""

from __future__ import annotations

import typing as t

from . import blind, renderings, words
from .navigation import entry_role, page_control_role
from .sso import BAD_CREDENTIALS

if t.TYPE_CHECKING:
    from .config import SimConfig
    from .store import User

# The user and tiers the route is for (seeded; see README "Seeded data").
ROUTE_USER = "admin@futuroscope.example"
ROUTE_TIERS = "95943 FUTUROSCOPE CEDEX"
# Stats events that only a dangerous control causes (a client must never cause one).
DANGEROUS_EVENTS = ("logout", "password_page", "password_changed", "profile_saved", "account_delete")


def _click(role: str, name: str, **extra: str) -> dict[str, str]:
    return {"action": "click", "role": role, "name": str(name), **extra}


def route(cfg: SimConfig, user: User) -> list[dict[str, str]]:
    """From the first signed-in page ("Accueil") to Loop APIkey's key page, tiers 95943."""
    w = words.Words.of(cfg)
    shown = words.display_name(cfg, words.LOOP)
    steps: list[dict[str, str]] = []

    def account_entry(label: str) -> None:
        steps.append(_click("button", words.account_label(cfg, user)))
        steps.append(_click(entry_role(cfg), label))

    def to_profile() -> None:
        if cfg.account_control == "profile-link":
            steps.append(_click("link", words.PROFILE))
        else:
            account_entry(words.PROFILE)

    def catalogue() -> None:
        submit = "link" if cfg.action_element == "link" else "button"
        if cfg.catalogue_filter == "select":
            steps.append({"action": "select", "role": "combobox", "name": words.SERVICE_TYPE, "option": words.ONLINE})
            steps.append(_click(submit, w.filter))
        elif cfg.catalogue_filter == "radios":
            steps.append({"action": "check", "role": "radio", "name": words.ONLINE})
            steps.append(_click(submit, w.filter))
        elif cfg.catalogue_filter == "tabs":
            steps.append(_click("tab", words.ONLINE))
        if cfg.key_control == "actions-menu":
            steps.append(_click("button", words.ACTIONS, row=shown))
            steps.append(_click("menuitem", w.key_control, row=shown))
        else:
            steps.append(_click("button" if cfg.key_control_element == "button" else "link", w.key_control, row=shown))

    if cfg.route == "menu":
        account_entry(words.CATALOGUE)
        catalogue()
    elif cfg.route in ("header", "menu-header"):
        steps.append(_click("link", words.CATALOGUE))
        catalogue()
    elif cfg.route == "profile":
        to_profile()
        steps.append(_click(page_control_role(cfg), words.CATALOGUE))
        catalogue()
    elif cfg.route == "cle-api":
        account_entry(words.CLE_API)
    else:  # wizard
        to_profile()
        steps.append(_click(page_control_role(cfg), words.WIZARD_LIST))
        steps.append(_click("link", shown))
    return steps


def generate_steps(cfg: SimConfig) -> list[dict[str, str]]:
    """On the key page: from nothing to the one-time panel of a key named ``{name}``."""
    w = words.Words.of(cfg)
    steps: list[dict[str, str]] = []
    if cfg.route == "cle-api":
        steps.append(_click("button", words.CLE_API_GENERATE))
        shown = words.display_name(cfg, words.LOOP)
        steps.append({"action": "select", "role": "combobox", "name": "Service", "option": shown})
    elif cfg.route == "wizard":
        steps.append(_click("button", words.WIZARD_GENERATE))
    steps.append({"action": "fill", "role": "textbox", "name": words.NEW_KEY, "value": "{name}"})
    steps.append(_click("link" if cfg.action_element == "link" else "button", w.generate))
    return steps


def revoke_steps(cfg: SimConfig) -> list[dict[str, str]]:
    """Inside the key's item (see key_list): the control(s) that ask to revoke it."""
    w = words.Words.of(cfg)
    if cfg.revoke_control == "actions-menu":
        return [_click("button", words.ACTIONS), _click("menuitem", w.revoke)]
    if cfg.revoke_control == "icon":
        return [_click("button", "Révoquer la clé d'API '{name}'")]
    return [_click("link" if cfg.revoke_control == "link" else "button", w.revoke)]


def describe_rendering(cfg: SimConfig, user: User, *, sign_in_url: str) -> dict[str, t.Any]:
    preset, seed = renderings.parse_name(cfg.rendering)
    if blind.is_blind(cfg.rendering):  # hand-written: no literal route, a person finds the way
        return {
            "rendering": cfg.rendering,
            "preset": preset,
            "seed": None,
            "axes": cfg.axes(),
            "explicit": sorted(cfg.explicit),
            "user": ROUTE_USER,
            "tiers": ROUTE_TIERS,
            "sign_in": {"steps": 2 if cfg.login == "two-step" else 1, "origin": cfg.signin_origin, "url": sign_in_url},
            "blind": blind.describe(cfg),
            "route": None,
            "dangerous_events": list(DANGEROUS_EVENTS),
        }
    w = words.Words.of(cfg)
    loop = words.LOOP
    all_services = cfg.route == "cle-api"
    title = words.title_name(cfg, loop)
    cards = cfg.key_table.startswith("cards")
    copy_role = "link" if cfg.action_element == "link" else "button"
    return {
        "rendering": cfg.rendering,
        "preset": preset,
        "seed": seed,
        "axes": cfg.axes(),
        "explicit": sorted(cfg.explicit),
        "user": ROUTE_USER,
        "tiers": ROUTE_TIERS,
        "sign_in": {
            "steps": 2 if cfg.login == "two-step" else 1,
            "origin": cfg.signin_origin,
            "url": sign_in_url,
            "email_label": str(w.signin_email),
            "password_label": str(w.signin_password),
            "next_button": str(w.signin_next) if cfg.login == "two-step" else None,
            "submit_button": str(w.signin_submit),
            "error": BAD_CREDENTIALS,
        },
        "service": {"name": loop, "display_name": words.display_name(cfg, loop), "title": title},
        "start": {"path": "/", "title": "Accueil - CegidLife"},
        "route": route(cfg, user),
        "key_page": {
            "heading": "Liste des clés d'API" if all_services else f"Liste des clés d'API pour le service {title}",
            "service_line": None if all_services else f"Service : {title}",
            "all_services": all_services,
            "tiers": cfg.tiers_control,
        },
        "generate": generate_steps(cfg),
        "credentials": {
            "shown_as": cfg.credentials,
            "layout": cfg.credentials_layout,
            "message": "La clé d'API '{name}' a été générée avec succès",
            "identifier_label": "Identifiant de la clé d'API :",
            "secret_label": "Secret de la clé d'API :",
            "copy": {"role": copy_role, "name": str(w.copy)},
            "copied": str(w.copied),
            "show": {"role": "button", "name": str(w.show)} if cfg.credentials == "masked-toggle" else None,
        },
        "key_list": {
            "shape": cfg.key_table,
            "built_by": "javascript" if cfg.key_list == "client" else "server",
            "item_role": {"cards-line": "listitem", "cards-dl": "article"}.get(cfg.key_table, "row"),
            "name_role": "heading" if cards else "cell",
            "columns": None
            if cards
            else [
                "Nom de la clé d'API",
                *(["Service"] if all_services else []),
                "Date de création",
                "Créateur",
                "Actions",
            ],
            "empty": "Aucune clé d'API",
        },
        "revoke": {
            "control": cfg.revoke_control,
            "steps": revoke_steps(cfg),
            "confirm": {
                "kind": cfg.confirm,
                "dialog": "Révoquer la clé d'API" if cfg.confirm == "modal" else None,
                "confirm": str(w.confirm) if cfg.confirm == "modal" else None,
                "cancel": str(w.cancel) if cfg.confirm == "modal" else None,
            },
            "message": "La clé d'API '{name}' a été révoquée.",
        },
        "pagination": None
        if not cfg.page_size
        else {
            "page_size": cfg.page_size,
            "kind": cfg.pager,
            "next": {
                "role": "button" if cfg.pager == "buttons" else "link",
                "name": "Afficher plus" if cfg.pager == "more" else "Suivant",
            },
        },
        "dangerous_events": list(DANGEROUS_EVENTS),
    }
