"""A French public-service partner space built with the DSFR v1.12 (Syst\u00e8me de design de l'\u00c9tat): a
FranceConnect+ sign-in (the FranceConnect+ button, then the identity provider to choose, then its form), a notice
to acknowledge, the DSFR consent banner over the bottom of the page, the main navigation with a collapsible menu,
news items that mention the service, one card per service and structure ("habilitations"), a side menu, tabs,
tokens as cards named by their heading, a quota of active tokens per habilitation, the secret shown once with copy
buttons and a download, and a revocation confirmed by typing the token's label."""

from __future__ import annotations

import typing as t
from urllib.parse import urlencode

from flask import g, redirect, request

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from ..._kit import Kit

META = {
    "design": "DSFR v1.12 (French government design system: header, fr-nav with collapsible menus, fr-card, "
    "fr-sidemenu, fr-tabs, fr-modal, fr-alert, fr-badge, fr-consent-banner) with FranceConnect+",
    "lang": "fr",
    "classes": [
        "sign-in on the sign-in server behind FranceConnect+: 'S\u2019identifier avec FranceConnect+', then the "
        "identity provider 'Cegid ID', then 'Adresse \u00e9lectronique', 'Mot de passe', 'Valider' (one step)",
        "a notice to acknowledge between sign-in and the space ('\u00c9volution des jetons d\u2019acc\u00e8s', "
        "'J\u2019ai pris connaissance')",
        "DSFR consent banner fixed over the bottom of every page until answered ('Tout accepter', 'Tout "
        "refuser', 'Personnaliser')",
        "main navigation with a collapsible menu (aria-expanded): 'Mes habilitations' > 'Habilitations actives'",
        "'Actualit\u00e9s' page whose items merely mention Loop APIkey",
        "one card per service and structure (fr-card named by its heading link 'Loop APIkey', twice: FUTUROSCOPE "
        "CEDEX and CHASSENEUIL DU POITOU)",
        "habilitation page with a side menu and tabs (role=tab): 'Jetons actifs (n)' / 'Jetons expir\u00e9s ou "
        "r\u00e9voqu\u00e9s (n)'; tokens as cards (h3), valid 18 months; an empty tab is a sentence",
        "quota: 3 active tokens per habilitation; CHASSENEUIL DU POITOU's is full ('G\u00e9n\u00e9rer un nouveau "
        "jeton' disabled, fr-alert)",
        "'G\u00e9n\u00e9rer un nouveau jeton' opens a modal: 'Libell\u00e9 du jeton', 'G\u00e9n\u00e9rer'",
        "one-time values in a region 'Jeton \u00ab NAME \u00bb g\u00e9n\u00e9r\u00e9': read-only inputs "
        "'Identifiant du jeton', 'Secret du jeton', 'Copier' buttons, 'T\u00e9l\u00e9charger le jeton (.txt)'",
        "revocation: card button 'R\u00e9voquer' > modal asking to type the token's label ('R\u00e9voquer "
        "d\u00e9finitivement' disabled until it matches); fr-alert (role=status)",
    ],
    "summary": "DSFR + FranceConnect+: Cegid ID; J\u2019ai pris connaissance; Tout refuser; Mes habilitations > "
    "Habilitations actives > card Loop APIkey (95943); G\u00e9n\u00e9rer un nouveau jeton; R\u00e9voquer (type "
    "the label).",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "fcplus_fr"
RULE = "/habilitations/jetons"
VALIDITY_DAYS = 540
QUOTA = 3


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Production paie", days_ago(200, 9, 0), None),
            ("Recette 2023", days_ago(700, 10, 0), None),
            ("Ancien serveur", days_ago(400, 14, 0), days_ago(150)),
        ]
    )
    kit.plant(
        [
            ("Caisse 1", days_ago(90, 9, 0), None),
            ("Caisse 2", days_ago(60, 9, 0), None),
            ("Web", days_ago(30, 9, 0), None),
        ],
        tiers="86360",
    )
    kit.gate("/information", "notice.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/habilitations", "habilitations.html", endpoint="catalogue")
    kit.page("/actualites", "news.html", endpoint="info_page")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "tokens.html",
        typed_confirm=True,
        name_field="libelle",
        messages={
            "empty_name": "Le libell\u00e9 du jeton est obligatoire.",
            "revoked": "Le jeton \u00ab {name} \u00bb a \u00e9t\u00e9 r\u00e9voqu\u00e9.",
            "already": "Le jeton \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9.",
            "typed": "Le libell\u00e9 saisi ne correspond pas : le jeton n'a pas \u00e9t\u00e9 r\u00e9voqu\u00e9.",
        },
    )
    kit.app.jinja_env.globals.update(b11_fcplus_quota=QUOTA)

    @kit.app.before_request
    def _quota() -> ResponseReturnValue | None:
        """A token posted anyway for a full habilitation is refused, as the disabled button says."""
        if request.method != "POST" or request.endpoint != "generate_key" or g.get("user") is None:
            return None
        tier = kit.tier(request.form.get("tiers") or None)
        service = kit.service(request.form.get("service") or "0")
        if sum(1 for k in kit.keys(tier, service) if k.status == "active") < QUOTA:
            return None
        kit.portal.flash("alert", f"Limite atteinte : {QUOTA} jetons actifs au plus par habilitation.")
        return redirect(f"{RULE}?{urlencode({'tiers': tier.code, 'service': service.id})}", code=303)
