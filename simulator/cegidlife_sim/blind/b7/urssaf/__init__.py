"""An URSSAF-like public-service "espace en ligne" on the French state design system (DSFR), in French: a
DSFR sign-in with a FranceConnect button as decoy, the choice of the "compte cotisant" right after sign-in
(rich radio buttons whose labels carry a SIRET hint; kept in the session, "Changer de compte" in the
header), a DSFR consent banner and an information notice, a main navigation whose "Gérer mon compte"
entry is a collapsible menu, a side menu with a collapsible "Services en ligne" group, a table of services
with "Gérer les accès API", and the key page with a segmented control, a table captioned with its count,
DSFR pagination, the new values in an alert, and a DSFR modal that asks for the key's label."""

from __future__ import annotations

import typing as t
from urllib.parse import urlencode

from flask import g, redirect, render_template, request, session

from .._common import danger, install

if t.TYPE_CHECKING:
    from werkzeug.wrappers import Response

    from ..._kit import Kit

META = {
    "design": "DSFR, Système de design de l'État (fr-header with tools links, fr-nav with collapsible menus, "
    "fr-sidemenu, fr-breadcrumb, fr-notice, fr-consent-banner, fr-radio-rich, fr-table, fr-badge, fr-alert, "
    "fr-segmented, fr-modal, fr-pagination)",
    "lang": "fr",
    "classes": [
        "sign-in in the DSFR style, French, one step ('Identifiant' with a hint in its label, 'Mot de passe', "
        "'Se connecter'; SSO origin), a 'S'identifier avec FranceConnect' decoy",
        "right after sign-in, the choice of the 'compte cotisant' (customer account) as rich radio buttons "
        "(labels carry a SIRET hint) and 'Valider'; kept in the session, 'Changer de compte' in the header",
        "DSFR consent banner ('Tout accepter' / 'Tout refuser' / 'Personnaliser') and a closable information notice",
        "main navigation: 'Gérer mon compte' is a collapsible menu (button aria-expanded) > 'Services en ligne et "
        "accès API'; beside it 'Modifier mon mot de passe' (dangerous)",
        "services page: a side menu with a collapsible 'Services en ligne' group, and a table of services with "
        "'Gérer les accès API' per row and a dangerous 'Résilier l'adhésion'",
        "key page: 'Libellé de la clé' (with a hint) + 'Créer la clé d'accès'",
        "new values in a DSFR success alert, read-only fields 'Identifiant de connexion' and 'Clé secrète' with "
        "'Copier' buttons",
        "key table captioned with a count ('Clés d'accès (7)'), segmented control 'Toutes / Actives / Révoquées', "
        "DSFR pagination ('Page suivante'...), 5 a page, newest first",
        "'Révoquer' in each row opens a DSFR modal (dialog) that asks to type the key's label before 'Confirmer "
        "la révocation' is enabled",
        "dangerous 'Révoquer toutes les clés de ce service', 'Résilier l'adhésion', 'Modifier mon mot de passe', "
        "'Se déconnecter'",
    ],
    "summary": "Public-service online space: choose the compte cotisant, Gérer mon compte > Services en ligne et "
    "accès API > Gérer les accès API (Loop APIkey).",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "dsfr_fr"
ACCOUNT = "b7_urssaf_compte"
SIRET = {"95943": "SIRET 412 345 678 00019", "86360": "SIRET 412 345 678 00027", "75008": "SIRET 398 765 432 00011"}
PLANTED = [
    ("Ancien logiciel", "2022-03-01T08:00:00+00:00", "2023-03-01T08:00:00+00:00"),
    ("Logiciel de paie", "2023-01-16T08:00:00+00:00", None),
    ("DSN mensuelle", "2024-05-05T08:00:00+00:00", None),
    ("Expert-comptable", "2025-02-27T08:00:00+00:00", None),
    ("Essai_blind", "2025-10-10T08:00:00+00:00", None),
    ("Tableau de bord RH", "2026-01-19T08:00:00+00:00", None),
]
_FREE = {"static", "auth_callback", "logout", "logout_link", "b7_choose_account", "b7_choose_account_post"}


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Logiciel de paie", "2023-01-17T08:00:00+00:00", None)], tiers="86360")
    kit.app.jinja_env.globals.update(b7_siret=SIRET)
    _choose_account(kit)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/compte/services-en-ligne", "services.html", endpoint="catalogue")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    danger(kit, "/compte/services-en-ligne/resilier", "account_delete")
    danger(kit, "/compte/services-en-ligne/acces-api/tout-revoquer", "account_delete")
    danger(kit, "/compte/mot-de-passe", "password_page", method="GET")
    kit.key_routes(
        "/compte/services-en-ligne/acces-api",
        "keys.html",
        page_size=5,
        name_field="libelle",
        typed_confirm=True,
        messages={
            "empty_name": "Le libellé de la clé est obligatoire.",
            "revoked": "La clé d'accès « {name} » a bien été révoquée.",
            "already": "La clé d'accès « {name} » était déjà révoquée.",
            "typed": "Le libellé saisi ne correspond pas : la clé n'a pas été révoquée.",
        },
    )


def _choose_account(kit: Kit) -> None:
    """The compte cotisant is chosen once per session, before any other page (as such portals do)."""

    @kit.app.before_request
    def _ask() -> Response | None:
        if g.get("user") is None or session.get(ACCOUNT):
            return None
        if request.endpoint is None or request.endpoint in _FREE or request.blueprint in ("loop_api", "sim_admin"):
            return None
        back = request.full_path.rstrip("?") if request.method == "GET" else "/"
        return redirect("/choix-du-compte?" + urlencode({"suite": back}))

    def page() -> str:
        return render_template(
            "blind/b7/urssaf/account.html", **kit.common(), back=_safe(request.args.get("suite", "/"))
        )

    def answer() -> Response:
        code = request.form.get("compte", "")
        if not any(t.code == code for t in kit.store.tiers_for_account(g.user.account_id)):
            return redirect("/choix-du-compte?" + urlencode({"suite": request.form.get("suite", "/"), "erreur": 1}))
        session[ACCOUNT] = code
        return redirect(_safe(request.form.get("suite", "/")), code=303)

    kit.app.add_url_rule("/choix-du-compte", endpoint="b7_choose_account", view_func=page, methods=["GET"])
    kit.app.add_url_rule("/choix-du-compte", endpoint="b7_choose_account_post", view_func=answer, methods=["POST"])


def _safe(back: str) -> str:
    return back if back.startswith("/") and not back.startswith("//") and not back.startswith("/\\") else "/"
