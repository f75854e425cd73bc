"""The visible words a rendering uses, from its axes: one place for templates and the
/__sim__/rendering description, so the route it describes names exactly what is shown."""

from __future__ import annotations

import dataclasses
import typing as t

from markupsafe import Markup

if t.TYPE_CHECKING:
    from .config import SimConfig
    from .store import User

LOOP = "Loop APIkey"  # canonical store name, as the seed writes it
LOOP_PRODUCT = "Loop APIKey Standard (P04448)"
ADVANCED = "APIKey Advanced (P04454)"
ADMIN_SERVICE = "Gestion des Utilisateurs - Administration"
CATALOGUE = "Catalogue de services"
PROFILE = "Mon profil"
CLE_API = "Clé API"
WIZARD_SECTION = "Catalogue des services"
WIZARD_LIST = "VOIR LA LISTE"
WIZARD_GENERATE = "GÉNÉRER UNE CLÉ D'API"
CLE_API_GENERATE = "Générer une clé API"
SERVICE_TYPE = "Type de service"
ONLINE = "Services en lignes"
SOFTWARE = "Logiciels"
ALL_SERVICES = "Tous les services"
NEW_KEY = "Entrer le nom d'une nouvelle clé :"
TIERS = "Tiers rattaché"
ACTIONS = "Actions"

_SIGNIN_EMAIL = {"adresse-e-mail": "Adresse e-mail", "e-mail": "E-mail", "identifiant": "Identifiant"}
_SIGNIN_NEXT = {"suivant": "Suivant", "continuer": "Continuer"}
_SIGNIN_SUBMIT = {
    "se-connecter": "Se connecter",
    "connexion": "Connexion",
    "valider": "Valider",
    "s-identifier": "S'identifier",
}
_KEY_CONTROL = {
    "gerer-les-cles-d-api": "Gérer les clés d'API",
    "cles-d-api": "Clés d'API",
    "gerer-les-cles": "Gérer les clés",
}
_CONFIRM = {"confirmer": "Confirmer", "oui": "Oui", "ok": "OK"}
_LOGOUT = {"button": "Se déconnecter", "link": "Déconnexion"}
_COPIED = {"copie": "Copié", "copie-excl": "Copié !"}
_PROFILE_SAVE = {"enregistrer": "Enregistrer", "valider": "Valider"}


@dataclasses.dataclass(frozen=True)
class Words:
    signin_email: str
    signin_password: str
    signin_next: str
    signin_submit: str
    logout: str
    key_control: str
    generate: str
    filter: str
    copy: str
    copied: str
    show: str
    revoke: str
    confirm: str
    cancel: str
    profile_save: str

    @staticmethod
    def of(cfg: SimConfig) -> Words:
        upper = cfg.button_case == "upper"

        def case(word: str) -> str:
            return word.upper() if upper else word

        return Words(  # fixed words, never user input: Markup keeps their apostrophes as written
            **{name: Markup(value) for name, value in dataclasses.asdict(Words._plain(cfg, case)).items()}
        )

    @staticmethod
    def _plain(cfg: SimConfig, case: t.Callable[[str], str]) -> Words:
        return Words(
            signin_email=_SIGNIN_EMAIL[cfg.signin_email_label],
            signin_password="Mot de passe",
            signin_next=_SIGNIN_NEXT[cfg.signin_next],
            signin_submit=_SIGNIN_SUBMIT[cfg.signin_submit],
            logout=_LOGOUT[cfg.logout],
            key_control=_KEY_CONTROL[cfg.key_control_name],
            generate=cfg.generate_word or case("Générer"),
            filter=case("Filtrer"),
            copy=case("Copier"),
            copied=_COPIED[cfg.copy_feedback],
            show="Afficher",
            revoke=case("Révoquer"),
            confirm=case(_CONFIRM[cfg.confirm_word]),
            cancel=case("Annuler"),
            profile_save=_PROFILE_SAVE[cfg.profile_save],
        )


def account_label(cfg: SimConfig, user: User) -> str:
    """The account control's accessible name (what a screen reader and get_by_role see)."""
    if cfg.account_control == "name":
        return user.display_name
    if cfg.account_control == "profile-link":
        return PROFILE
    return {"mon-profil": PROFILE, "mon-compte": "Mon compte", "compte-de": f"Compte de {user.display_name}"}[
        cfg.account_name
    ]


def display_name(cfg: SimConfig, name: str) -> str:
    """How the rendering names a service of the store."""
    return LOOP_PRODUCT if name == LOOP and cfg.service_names == "product" else name


def title_name(cfg: SimConfig, name: str) -> str:
    """The service a key page says it is for: Loop APIkey's page may carry the title of
    "Gestion des Utilisateurs - Administration", as in the seed's screenshot."""
    return ADMIN_SERVICE if name == LOOP and cfg.service_title == "admin" else display_name(cfg, name)


def shown_service(cfg: SimConfig, name: str) -> bool:
    """Whether the rendering shows this service at all (the advanced one is optional)."""
    return name != ADVANCED or cfg.advanced_service == "shown"
