"""Qonto-like French business banking look: a sign-in page on the portal's origin (with a "Se connecter
avec un QR code" decoy), a nag to turn on two-factor authentication after sign-in, a sidebar whose top is
an organisation switcher (opens on 86360), settings with their own secondary navigation, an
"Intégrations & partenaires" catalogue of cards with a search field and category chips, the service's
page opening on "Présentation" with a "Clés API" tab, keys as cards (article + heading) sorted by name
with "Afficher plus de clés", the one-time values in a modal (the secret in a password field with an eye
button), and a revoke modal whose button stays disabled until a checkbox is ticked."""

from __future__ import annotations

import typing as t

from .._common import danger, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Qonto-like web app (sidebar with organisation switcher, settings with secondary nav, integration "
    "cards, filter chips, tabs, cards, modals, toasts)",
    "lang": "fr",
    "classes": [
        "sign-in page of the portal itself (same origin, under /adfs/), French, one step ('Adresse e-mail', 'Mot "
        "de passe', 'Se connecter'), with a 'Se connecter avec un QR code' decoy",
        "a two-factor nag after sign-in ('Activez la double authentification': 'Plus tard' / 'Activer maintenant', "
        "the latter dangerous)",
        "organisation switcher at the top of the sidebar (a popover list of links, kept in a cookie); opens on 86360",
        "the way is 'Paramètres' > secondary nav 'Intégrations & partenaires' > the service's card (a link named by "
        "the service), among partner cards; search field and category chips",
        "the service page opens on the tab 'Présentation'; the keys are under the tab 'Clés API' (tabs are links)",
        "keys as cards (article with a heading), not a table; sorted by name, 3 shown, then 'Afficher plus de clés'",
        "create in a modal 'Nouvelle clé API' ('Nom de la clé', 'Créer la clé')",
        "one-time values in a modal 'Votre clé API est prête': the identifier in a read-only field, the secret in a "
        "password field (eye button 'Afficher la clé secrète'), copy buttons; 'J'ai copié ma clé' closes it",
        "revoke modal 'Révoquer la clé « NAME » ?' whose 'Révoquer la clé' stays disabled until the checkbox 'Je "
        "comprends…' is ticked; a toast (role=status) after it",
        "dangerous 'Régénérer' on every key card, 'Clôturer le compte', 'Activer maintenant', 'Se déconnecter'",
    ],
    "summary": "Business banking app: Paramètres > Intégrations & partenaires > Loop APIkey card > tab Clés API.",
}
AXES = {"login": "one-step", "signin_origin": "same"}
SIGNIN = "qonto_fr"
PLANTED = [
    ("Agicap", "2024-09-03T08:00:00+00:00", None),
    ("Brevo", "2025-03-21T08:00:00+00:00", None),
    ("Dougs", "2023-02-14T08:00:00+00:00", None),
    ("essai-blind 2", "2025-11-05T08:00:00+00:00", "2025-11-06T08:00:00+00:00"),
    ("Export compta", "2024-01-30T08:00:00+00:00", None),
    ("Pennylane", "2025-08-18T08:00:00+00:00", None),
    ("Zapier", "2026-01-09T08:00:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Pennylane", "2025-08-19T08:00:00+00:00", None)], tiers="86360")
    kit.gate("/securite/double-authentification", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres/integrations", "integrations.html", endpoint="catalogue")
    kit.page("/parametres", "settings.html", endpoint="info_page")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    tier_switch(kit, "/organisation/changer", "b7_qonto_tiers")
    danger(kit, "/parametres/securite/activer-2fa", "password_page", method="GET")
    danger(kit, "/parametres/integrations/cles/regenerer", "password_changed")
    danger(kit, "/parametres/cloturer", "account_delete")
    kit.key_routes(
        "/parametres/integrations/cles",
        "keys.html",
        page_size=3,
        name_field="nom",
        sort="name",
        messages={
            "empty_name": "Saisissez un nom pour votre clé.",
            "revoked": "Clé « {name} » révoquée",
            "already": "La clé « {name} » était déjà révoquée",
        },
    )
