"""What the header and the account control hold, per rendering: the templates draw these
entries and the /__sim__/rendering route is built from the same ones."""

from __future__ import annotations

import dataclasses
import typing as t

from . import words

if t.TYPE_CHECKING:
    from .config import SimConfig
    from .store import User


@dataclasses.dataclass(frozen=True)
class Entry:
    label: str
    path: str
    post: bool = False  # a form button (sign out), not a link
    danger: str = ""  # the stats event a use of it counts, when it is a dangerous control


# Harmless pages every generated portal links to (never on the way to the keys).
INFO_PAGES: dict[str, tuple[str, str]] = {
    "applications": ("Mes applications", "Accédez à vos logiciels et services en ligne Cegid."),
    "demandes": ("Mes demandes", "Suivez vos demandes d'assistance en cours."),
    "connaissances": ("Base de connaissances", "Fiches pratiques, guides et questions fréquentes."),
    "actualites": ("Actualités", "Nouveautés réglementaires et évolutions de vos solutions."),
    "aide": ("Aide", "Contactez l'assistance Cegid ou consultez l'aide en ligne."),
    "documentation": ("Documentation", "Documentation des services en ligne Cegid."),
}
HARMLESS = ("applications", "demandes", "connaissances", "actualites", "aide")
PASSWORD = Entry("Modifier mon mot de passe", "/profil/mot-de-passe", danger="password_page")


def _info(slug: str) -> Entry:
    return Entry(INFO_PAGES[slug][0], f"/{slug}")


def logout_entry(cfg: SimConfig) -> Entry:
    if cfg.logout == "link":
        return Entry(words.Words.of(cfg).logout, "/deconnexion", danger="logout")
    return Entry(words.Words.of(cfg).logout, "/logout", post=True, danger="logout")


def account_entries(cfg: SimConfig, user: User) -> list[Entry]:
    """The entries of the account panel, menu or drawer (none with a plain "Mon profil" link)."""
    if cfg.account_control == "profile-link":
        return []
    out: list[Entry] = []
    if cfg.route in ("menu", "menu-header"):
        if user.is_admin:
            out.append(Entry(words.CATALOGUE, "/catalogue"))
    else:
        out.append(Entry(words.PROFILE, "/profil"))
        if cfg.route == "cle-api" and user.is_admin:
            out.append(Entry(words.CLE_API, "/cles-api"))
    if cfg.menu_extras == "some":
        out += [_info("demandes"), _info("aide"), PASSWORD]
    return [*out, logout_entry(cfg)]


def header_links(cfg: SimConfig, user: User) -> list[Entry]:
    """Links in the header, left of the account control."""
    out: list[Entry] = []
    if cfg.route in ("header", "menu-header") and user.is_admin:
        out.append(Entry(words.CATALOGUE, "/catalogue"))
    if cfg.nav == "header":
        out += [_info(slug) for slug in HARMLESS]
    return out


def footer_links(cfg: SimConfig) -> list[Entry]:
    """Harmless links in the footer of signed-in pages (nav: footer)."""
    return [_info(slug) for slug in reversed(HARMLESS)] if cfg.nav == "footer" else []


def entry_role(cfg: SimConfig) -> str:
    """The role of an entry in the account popup (or of a control on the profile page)."""
    if cfg.account_opens == "menu" and cfg.account_control != "profile-link":
        return "menuitem"
    return "button" if cfg.entry_element == "button" else "link"


def page_control_role(cfg: SimConfig) -> str:
    """The role of "Catalogue de services" / "VOIR LA LISTE" on the profile page."""
    return "button" if cfg.entry_element == "button" else "link"
