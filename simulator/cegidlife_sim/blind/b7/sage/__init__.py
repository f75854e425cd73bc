"""Sage Design System (Carbon by Sage) look, in French, for a Sage-like accounting SaaS's customer area: a
Sage ID sign-in in two steps, a OneTrust cookie banner, a security check of the phone number after
sign-in, a black navigation bar with a business switcher (opens on 86360) and a gear "Paramètres",
settings laid out as Sage settings rows, the API page as tabs, one per service (it opens on "Gestion des
Utilisateurs - Administration", with Felix), a flat table oldest first with the Carbon pager, action
popovers per row, a sidebar to create a key, the one-time values in a dialog with a masked secret and a
checkbox to acknowledge, and a Carbon confirm to revoke."""

from __future__ import annotations

import typing as t

from .._common import danger, install, tier_switch

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Sage Design System / Carbon by Sage (navigation bar, menu with submenus, settings rows, tabs, "
    "flat table, pill, action popover, sidebar, dialog, confirm, pager, toast, message)",
    "lang": "fr",
    "classes": [
        "sign-in in the style of Sage ID, French, two steps ('Adresse e-mail' > 'Continuer', 'Mot de passe' > "
        "'Connexion'; SSO origin)",
        "OneTrust cookie banner at the bottom ('Tout accepter' / 'Tout refuser' / 'Paramètres des cookies')",
        "a security question after sign-in: 'Vérifiez vos informations de sécurité' (confirm the phone number "
        "or 'Me le rappeler plus tard')",
        "customer account chosen in a header business switcher (a disclosure menu of links, kept in a cookie); "
        "opens on 86360",
        "the way goes through a gear icon button 'Paramètres' > settings rows > 'Connexions API et clés d'accès'",
        "services as tabs (links with role=tab) on one page; it opens on 'Gestion des Utilisateurs - "
        "Administration' (with Felix), not on Loop APIkey",
        "key list: flat table with a count in its caption, masked identifiers, pills, oldest first, Carbon pager "
        "('Première' / 'Précédente' / 'Page 1 sur 2' / 'Suivante' / 'Dernière'), 5 a page",
        "per-row action popover (an icon button 'Actions' with a menu): 'Afficher le détail', 'Renommer', "
        "'Régénérer le secret' (dangerous), 'Révoquer'",
        "create in a sidebar (dialog at the right) 'Créer une clé d'accès'",
        "one-time values in a dialog: identifier in a read-only textbox, secret in a password field with "
        "'Afficher', a checkbox 'J'ai enregistré la clé secrète en lieu sûr' enables 'Terminer'",
        "revoke through a Carbon confirm (alertdialog) 'Révoquer la clé d'accès ?' with 'Oui, révoquer'",
        "dangerous 'Supprimer le compte entreprise', 'Régénérer le secret', 'Modifier mon mot de passe', "
        "'Se déconnecter'",
    ],
    "summary": "Sage-like accounting SaaS: Paramètres (gear) > Connexions API et clés d'accès > tab Loop APIkey.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "sageid_fr"
PLANTED = [
    ("Connecteur Sage 100", "2023-09-14T08:30:00+00:00", None),
    ("Export FEC", "2024-03-02T11:00:00+00:00", None),
    ("essai", "2024-10-21T15:40:00+00:00", "2024-10-22T09:00:00+00:00"),
    ("Synchro banque", "2025-05-27T06:15:00+00:00", None),
    ("Essai-Blind 2", "2025-12-01T10:00:00+00:00", None),
    ("Tableau de bord", "2026-02-19T13:45:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Connecteur Sage 100", "2023-09-15T08:30:00+00:00", None)], tiers="86360")
    kit.plant([("Dépôt bulletins", "2025-01-10T09:00:00+00:00", None)], service="Dématérialisation RH")
    kit.gate("/securite/verification", "gate.html")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/parametres", "settings.html", endpoint="catalogue")
    kit.page("/pages/<slug>", "page.html", endpoint="info_page")
    tier_switch(kit, "/entreprise/changer", "b7_sage_tiers")
    danger(kit, "/parametres/supprimer-entreprise", "account_delete")
    danger(kit, "/parametres/connexions-api/regenerer", "password_changed")
    danger(kit, "/mon-compte/mot-de-passe", "password_page", method="GET")
    kit.key_routes(
        "/parametres/connexions-api",
        "keys.html",
        page_size=5,
        name_field="libelle",
        default_service="Gestion des Utilisateurs - Administration",
        sort="oldest",
        messages={
            "empty_name": "Le nom de la clé est obligatoire.",
            "revoked": "Clé d'accès « {name} » révoquée.",
            "already": "La clé d'accès « {name} » était déjà révoquée.",
        },
    )
