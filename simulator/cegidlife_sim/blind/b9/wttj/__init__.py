"""A Welcome-to-the-Jungle-like recruiting back office ("Welcome UI"), French: a split sign-in on the portal's
origin, an Axeptio-like cookie widget, an announcement dialog about the public API, the settings' side menu
("Développeurs" > "Clés d'API"), a company ARIA combobox (an input with a listbox) and a service radio group
(role=radio chips) that reload the page (it opens on the last company and service used: 86360, Dématérialisation
RH), keys as cards named by their headings drawn by script from JSON, oldest first, 4 at a time, more on scroll
(infinite scroll), "Ajouter une clé" in a drawer, the new key in an alert with "Copier" buttons, a bin icon
"Supprimer" on each active card and a confirmation dialog."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Welcome to the Jungle 'Welcome UI' back office (icon side bar, settings menu, combobox, radio "
    "chips, cards, drawer, alerts, modals, toasts), Axeptio-like cookie widget",
    "lang": "fr",
    "classes": [
        "sign-in on the portal's origin (under /adfs/), one step: 'Adresse e-mail professionnelle', 'Mot de "
        "passe', 'Me connecter'",
        "an Axeptio-like cookie widget ('Tout refuser', 'Je choisis', 'Tout accepter') and an announcement dialog "
        "on the home page ('Nouveau : l'API publique est disponible', 'Fermer' icon and 'Plus tard')",
        "icon side bar; 'Paramètres' > settings side menu > 'Développeurs' > 'Clés d'API'",
        "the key page opens on the last company and service used (86360, Dématérialisation RH)",
        "company as an ARIA combobox (input role=combobox 'Entreprise' with a listbox; choosing reloads the page)",
        "service as an ARIA radio group (role=radio chips 'Service'; choosing reloads the page)",
        "keys as cards (article named by its h3) drawn by script from a JSON request, oldest first, 4 at a time, "
        "more loaded when the end of the list scrolls into view (infinite scroll, 'Faites défiler pour voir plus "
        "de clés'); statuses 'Active' / 'Révoquée'",
        "'Ajouter une clé' opens a drawer (role=dialog 'Nouvelle clé d'API': 'Nom', 'Ajouter')",
        "one-time values in an alert region 'Clé « NAME » créée' (identifier and secret as code, 'Copier' buttons)",
        "each active card's bin icon button 'Supprimer' (aria-label) opens 'Supprimer cette clé ?' ('Annuler' / "
        "'Supprimer'); a toast (role=status)",
    ],
    "summary": "WTTJ-like: Paramètres > Clés d'API; combobox Entreprise FUTUROSCOPE CEDEX; radio Loop APIkey.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "wttj_fr"
RULE = "/parametres/developpeurs/cles-api"
PLANTED = [
    ("Jobboard Indeed", "2022-05-10T09:00:00+00:00", "2023-02-01T09:00:00+00:00"),
    ("Site carri\u00e8re", "2023-03-14T10:30:00+00:00", None),
    ("SIRH", "2024-01-08T08:00:00+00:00", None),
    ("Multidiffusion", "2024-11-21T16:00:00+00:00", None),
    ("Tableau de bord RH", "2025-01-30T09:45:00+00:00", None),
    ("Onboarding", "2025-04-02T14:10:00+00:00", None),
    ("Cooptation", "2025-07-15T11:20:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant(
        [("Coffre-fort RH", "2024-05-06T11:00:00+00:00", None)], service="D\u00e9mat\u00e9rialisation RH", tiers="86360"
    )
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres/<slug>", "settings.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        sort="oldest",
        json_rule=RULE + "/liste",
        name_field="nom",
        messages={
            "empty_name": "Le nom est requis.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb supprim\u00e9e.",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 supprim\u00e9e.",
        },
    )
