"""A Personio-like HR suite in French: a two-step sign-in and a "stay signed in" question, a Cookiebot-like consent
dialog, a labelled icon side bar, the settings index with collapsible sections ("Int\u00e9grations" >
"Identifiants API"), the legal entity chosen in a role=radio group, credentials in a table (newest first, 5 a
page, a stated range and icon-only pager buttons named only by their title), a creation dialog with an ARIA
combobox, the client ID and secret shown once in a dialog with icon copy buttons, and "D\u00e9sactiver" confirmed
in an alert dialog (disabled credentials stay listed)."""

from __future__ import annotations

import typing as t

from .._common import days_ago, install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Personio-like HR suite (side bar with icons and labels, settings index with collapsible sections, "
    "data table, pagination, modals, comboboxes, radio cards, Cookiebot-like consent)",
    "lang": "fr",
    "classes": [
        "sign-in on the sign-in server, two steps: 'E-mail professionnel' + 'Continuer', then 'Mot de passe' + "
        "'Connexion'; then 'Rester connect\u00e9 ?' ('Non' / 'Oui')",
        "Cookiebot-like consent dialog with a backdrop ('Refuser', 'Autoriser la s\u00e9lection', 'Tout autoriser')",
        "side bar links with icons and labels; 'Param\u00e8tres' at the bottom",
        "settings index with collapsible sections (aria-expanded): 'Int\u00e9grations' > 'Identifiants API'",
        "legal entity as a role=radio group 'Entit\u00e9 juridique' (reloads on choice; opens on CHASSENEUIL DU "
        "POITOU)",
        "every integration's credentials of the entity in a table with th, newest first, 5 a page, stated range "
        "('Affichage de 1 \u00e0 5 sur 6'), icon-only pager buttons named only by their title ('Page "
        "pr\u00e9c\u00e9dente', 'Page suivante'); status 'Actif' / 'D\u00e9sactiv\u00e9'",
        "'G\u00e9n\u00e9rer de nouveaux identifiants' dialog: 'Nom', 'Int\u00e9gration' as an ARIA combobox "
        "(button) with a listbox, 'G\u00e9n\u00e9rer'",
        "one-time values in a dialog 'Vos identifiants API' ('ID client', 'Secret client', icon buttons 'Copier "
        "l'ID client' / 'Copier le secret client', 'J'ai copi\u00e9 les identifiants')",
        "deactivation: row button 'D\u00e9sactiver' > alertdialog 'D\u00e9sactiver les identifiants API ?' "
        "('Annuler' / 'D\u00e9sactiver'); status message",
    ],
    "summary": "Personio: Non; Refuser; Param\u00e8tres > Int\u00e9grations > Identifiants API; Entit\u00e9 juridique "
    "FUTUROSCOPE CEDEX; G\u00e9n\u00e9rer de nouveaux identifiants (Int\u00e9gration Loop APIkey); D\u00e9sactiver.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "personio_fr"
SIGNIN_DONE = "personio_done_fr"
RULE = "/configuration/api/identifiants"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(
        [
            ("Export paie Silae", days_ago(600, 9, 0), None),
            ("Lucca migration", days_ago(420, 10, 0), days_ago(300)),
            ("Tableau de bord RH", days_ago(180, 14, 0), None),
            ("Badgeuse", days_ago(45, 8, 0), None),
        ]
    )
    kit.plant([("Onboarding", days_ago(70, 9, 0), None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/configuration", "settings.html", endpoint="catalogue")
    kit.page("/configuration/<slug>", "settings.html", endpoint="info_page")
    kit.page("/app/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "credentials.html",
        fixed_service=False,
        page_size=5,
        name_field="nom",
        messages={
            "empty_name": "Le nom est obligatoire.",
            "revoked": "Identifiants \u00ab {name} \u00bb d\u00e9sactiv\u00e9s.",
            "already": "Les identifiants \u00ab {name} \u00bb \u00e9taient d\u00e9j\u00e0 d\u00e9sactiv\u00e9s.",
        },
    )
