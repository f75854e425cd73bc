"""A French HR SaaS console in the style of Lucca (Prisme design system): sign-in on the portal's own origin,
an Axeptio-like cookie widget on the first visit and a product tour ("Passer") on the home page, a dark
navigation side bar whose "Paramètres" lead to settings cards; "Intégrations" > "Clés d'API" lists every
online service once per establishment (tiers) with a "Gérer" link per row; the keys of one service and one
establishment are cards named by their heading (sorted by name, 4 at a time, "Charger plus"), revoked ones
beside active ones; a callout "Votre clé <NAME> est prête" shows the one-time values; "Plus d'actions" opens
a menu whose "Révoquer" asks "Révoquer définitivement"."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Lucca Prisme (navside, settings cards, tables, cards, callouts, dialogs, dropdown menus, toasts)",
    "lang": "fr",
    "classes": [
        "sign-in page on the portal's origin (under /adfs/), one step: 'Identifiant', 'Mot de passe', 'Se "
        "connecter', with Google / Microsoft buttons that do nothing",
        "an Axeptio-like cookie widget on first visit ('Non merci' / 'Je choisis' / 'OK pour moi') and a product "
        "tour dialog on the home page ('Suivant' / 'Passer')",
        "navigation side bar; 'Paramètres' > settings cards > 'Clés d'API' (section 'Intégrations')",
        "a table that lists every online service once per establishment (tiers), 'Gérer' links of the same name on "
        "every row",
        "keys as cards (article named by its h3), sorted by name, 4 shown, then 'Charger plus'; statuses 'Active' "
        "and 'Révoquée' side by side; dates 'Créée le dd/mm/yyyy à HH:MM'",
        "new key in a dialog 'Nouvelle clé d'API' ('Nom de la clé', 'Créer la clé')",
        "one-time values in a callout titled 'Votre clé \u00ab NAME \u00bb est prête', as text in a dl ('Identifiant', "
        "'Secret') with copy buttons",
        "each active card has a 'Plus d'actions' menu button (role=menu, menuitems 'Voir l'historique', "
        "'Révoquer'); the confirmation dialog says 'Révoquer définitivement'; a toast (role=status) after it",
    ],
    "summary": "Lucca-like HR SaaS: Paramètres > Clés d'API > row Loop APIkey / FUTUROSCOPE CEDEX > Gérer.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "lucca_fr"
PLANTED = [
    ("Agence Poitiers", "2024-02-12T09:30:00+00:00", None),
    ("Billetterie", "2023-06-05T07:45:00+00:00", "2024-10-01T08:00:00+00:00"),
    ("Connecteur paie", "2025-01-14T10:00:00+00:00", None),
    ("Dashboard RH", "2025-06-30T13:20:00+00:00", None),
    ("Export GTA", "2022-09-19T08:05:00+00:00", "2023-09-19T08:05:00+00:00"),
    ("Silae", "2025-10-02T15:40:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Connecteur paie", "2025-01-15T10:00:00+00:00", None)], tiers="86360")
    kit.plant([("Archivage coffre-fort", "2024-05-06T11:00:00+00:00", None)], service="D\u00e9mat\u00e9rialisation RH")

    def active_count(code: str, service_id: int) -> int:
        return sum(1 for k in kit.keys(kit.tier(code), kit.service(service_id)) if k.active)

    kit.app.jinja_env.globals.update(b8_lucca_active=active_count)
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres", "settings.html", endpoint="info_page")
    kit.page("/parametres/integrations/cles-api", "access.html", endpoint="catalogue")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        "/parametres/integrations/cles-api/acces",
        "keys.html",
        page_size=4,
        sort="name",
        name_field="libelle",
        messages={
            "empty_name": "Indiquez un nom pour la cl\u00e9.",
            "revoked": "Cl\u00e9 \u00ab {name} \u00bb r\u00e9voqu\u00e9e",
            "already": "La cl\u00e9 \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 r\u00e9voqu\u00e9e",
        },
    )
