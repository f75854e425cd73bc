"""A French customer-area look in the manner of La Poste's design system (yellow header, tiles,
breadcrumbs, accordions, "encadrés"), in French: ForgeRock-style sign-in followed by "Faire confiance à
ce navigateur ?", a Commanders Act TrustCommander privacy centre, a "Mon espace" of tiles, an "Accès
API" page where each contract (customer account) is an accordion listing its services with a "Gérer mes
clés" link, and the key page as cards with description lists (oldest first, the rest behind "Voir plus
de clés"), a creation form whose terms must be accepted, the secret masked until shown, and revocation
confirmed by the browser's own confirm()."""

from __future__ import annotations

import typing as t

from ...b4._common import danger
from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "La Poste-like French customer area (yellow header, tiles, breadcrumb, accordion, cards with "
    "description lists, encadrés)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of ForgeRock Access Management, French, one step (SSO origin)",
        "'Faire confiance à ce navigateur ?' page at the end of sign-in ('Ignorer' / 'Faire confiance')",
        "Commanders Act TrustCommander privacy centre over the page ('Tout accepter' / 'Tout refuser' / "
        "'Personnaliser')",
        "'Mon compte' disclosure menu of links (not ARIA menu) with 'Me déconnecter'",
        "home tiles; news mentioning Loop APIkey; 'Accès API' tile",
        "contracts (customer accounts) as accordions (aria-expanded), each a table of services with a "
        "repeated 'Gérer mes clés' link",
        "keys as cards (article named by its h3) with description lists, oldest first; only the first 3 shown, "
        "the rest behind 'Voir plus de clés'",
        "creation needs a required 'J'accepte les conditions d'utilisation de l'API' checkbox",
        "secret masked until 'Afficher la clé secrète' (aria-pressed); identifier in text; copy buttons",
        "revocation confirmed with the browser's native confirm()",
        "statuses Active / Bientôt expirée / Expirée / Suspendue / Révoquée; dates '23 janvier 2021 à 08h14'",
        "dangerous 'Résilier ce service', 'Me déconnecter'",
    ],
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "forgerock_fr"
SIGNIN_DONE = "forgerock_done_fr"
VALIDITY_DAYS = 730
PLANTED = [
    ("Logiciel de caisse", "2024-11-20T09:00:00+00:00", None),
    ("Export comptable", "2025-01-09T09:00:00+00:00", None),
    ("Essai blind", "2025-07-07T09:00:00+00:00", "2025-07-08T09:00:00+00:00"),
    ("Site e-commerce", "2025-10-15T09:00:00+00:00", None),
    ("essai_blind", "2026-04-22T09:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Site e-commerce", "2025-10-16T09:00:00+00:00", None)], tiers="86360")
    kit.plant([("Transfert paie", "2026-05-05T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/espace/acces-api", "contracts.html", endpoint="catalogue")
    kit.page("/espace/<slug>", "page.html", endpoint="info_page")
    danger(kit, "/espace/acces-api/resilier", "account_delete")
    kit.key_routes(
        "/espace/acces-api/cles",
        "keys.html",
        sort="oldest",
        name_field="nom_cle",
        messages={
            "empty_name": "Veuillez indiquer un nom pour votre clé.",
            "too_long": "Le nom de la clé ne doit pas dépasser 100 caractères.",
            "revoked": "La clé « {name} » a été révoquée.",
            "already": "La clé « {name} » était déjà révoquée.",
        },
    )
