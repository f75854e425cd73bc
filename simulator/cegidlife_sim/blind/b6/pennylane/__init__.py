"""A French accounting SaaS look (Pennylane / Sage-like), in French: after sign-in a company picker
("Sur quelle entreprise souhaitez-vous travailler ?"), a Didomi consent popup, a dark sidebar with a
company switcher, "Paramètres" > "Connectivité" with tabs (links) > "Développeurs": one page for every
service's "jetons d'API" of the company, drawn by script from JSON with numbered pagination, a drawer to
generate a token (the service as ARIA radio cards), the new values in a modal (identifier, secret and the
ready-made x-apikey header) that a checkbox must acknowledge, and a trash button per token ("Supprimer")
with a confirmation modal."""

from __future__ import annotations

import typing as t

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "French accounting SaaS (Pennylane / Sage-like: dark sidebar, company switcher, settings sub-nav, "
    "tabs, drawer, radio cards, table, modal, toast)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Memority, French, two steps ('Suivant', then 'Valider'; SSO origin)",
        "company picker between sign-in and the portal (one button per company)",
        "Didomi consent popup over a backdrop ('Continuer sans accepter' / 'Paramétrer' / 'Accepter & Fermer')",
        "dark sidebar with a company switcher menu; 'Paramètres' at the bottom",
        "settings sub-nav 'Connectivité', then tabs (links role=tab) 'Banques' / 'Connecteurs' / 'Développeurs'",
        "keys called 'jetons d'API'; one page for every service of the company, with a 'Service' column",
        "list drawn by script from JSON, sorted by name, 4 a page, numbered page buttons and icon-only "
        "'Page suivante'; revoked tokens hidden unless 'Afficher les jetons révoqués' is ticked",
        "generation in a drawer: 'Nom du jeton', service as ARIA radio cards (role=radio), 'Générer le jeton'",
        "values in a modal: read-only inputs 'Identifiant du jeton', 'Secret du jeton' and 'En-tête x-apikey' "
        "(identifier:secret); 'Continuer' enabled by a checkbox",
        "revocation called deletion: trash icon button 'Supprimer le jeton NAME', then a modal 'Supprimer'",
        "statuses Actif / Expire bientôt / Expiré / Révoqué; dates '23/01/2021'",
        "dangerous 'Supprimer l'entreprise', 'Tout révoquer', 'Se déconnecter'",
    ],
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "memority_fr"
VALIDITY_DAYS = 365
PLANTED = [
    ("Agicap trésorerie", "2026-02-11T09:00:00+00:00", None),
    ("Alan", "2025-12-28T09:00:00+00:00", None),
    ("Dougs import", "2025-05-05T09:00:00+00:00", None),
    ("essai blind", "2026-09-01T09:00:00+00:00", None),
    ("essai-blind (ancien)", "2025-08-08T09:00:00+00:00", "2025-10-10T09:00:00+00:00"),
    ("Libeo", "2026-04-04T09:00:00+00:00", None),
    ("Qonto", "2026-06-18T09:00:00+00:00", None),
    ("Swan", "2024-12-12T09:00:00+00:00", "2025-01-01T09:00:00+00:00"),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Qonto", "2026-06-19T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Payfit", "2026-03-03T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.gate("/choix-entreprise", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/e/<code>", "dashboard.html", endpoint="info_page")
    kit.page("/e/<code>/parametres", "settings.html", endpoint="catalogue")
    kit.page("/e/<code>/parametres/<section>", "settings.html", endpoint="catalogue")
    kit.page("/e/<code>/m/<module>", "module.html", endpoint="info_page")
    danger(kit, "/e/supprimer", "account_delete")
    danger(kit, "/parametres/developpeurs/tout-revoquer", "account_delete")
    kit.key_routes(
        "/parametres/developpeurs",
        "keys.html",
        fixed_service=False,
        json_rule="/api/internal/jetons",
        sort="name",
        name_field="nom",
        messages={
            "empty_name": "Donnez un nom à votre jeton.",
            "too_long": "Le nom du jeton ne doit pas dépasser 100 caractères.",
            "revoked": "Le jeton « {name} » a été supprimé.",
            "already": "Le jeton « {name} » était déjà supprimé.",
        },
    )
