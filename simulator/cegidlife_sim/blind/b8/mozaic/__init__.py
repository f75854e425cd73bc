"""Leroy Merlin's Mozaic design system (French) for a "Espace pro" portal: sign-in through a ProConnect-style
page (a provider choice page, then "Email professionnel", then the password), a header with plain links, an
"Clés d'API" page where the customer account is a "Compte client" select and the service a group of Mozaic
option cards (radio cards), then "Afficher les clés"; the list starts empty (a sentence), new keys come from
an inline form, the one-time values sit in a modal whose two copy fields are a web component (open shadow
root: label, read-only input and copy button inside it), closed by "J'ai copié le secret"; each row has a
bin button "Supprimer <name>" and a confirmation modal "Supprimer définitivement"; deleted keys leave the
list."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "Leroy Merlin Mozaic (header, option cards, selects, data table, modals, notifications)",
    "lang": "fr",
    "classes": [
        "sign-in through a ProConnect-style provider choice page ('S'identifier avec ProConnect', and two other "
        "providers that are not enabled), then 'Email professionnel' + 'Continuer', then 'Mot de passe' + 'Se "
        "connecter' (two steps on the sign-in origin)",
        "the key page is reached from the header link 'Clés d'API' or a home tile 'Gérer mes clés d'API'",
        "the customer account is a 'Compte client' select with a placeholder (nothing chosen at first), the "
        "service a radio group of Mozaic option cards (each radio named by its title and description), then "
        "'Afficher les clés' (one GET form, not part of the new-key form)",
        "other tiers and other services exist and hold keys of their own",
        "the list of Loop APIkey for 95943 starts empty: a sentence, no table",
        "inline new-key form 'Nom de la nouvelle clé' + 'Générer la clé'",
        "one-time values in a modal 'Clé d'API créée', each in a <moz-copy-field> web component (open shadow "
        "root holding the label, a read-only input and a 'Copier' button); 'J'ai copié le secret' closes it",
        "a table (th headers) with status 'Active' and dates dd/mm/yyyy HH:MM; only active keys are listed",
        "each row has an icon button named 'Supprimer <name>' opening a modal 'Supprimer la clé d'API ?' with "
        "'Annuler' / 'Supprimer définitivement'; a notification (role=status) says it was deleted",
    ],
    "summary": "Mozaic portal: Clés d'API > Compte client select + service option cards > Afficher les clés.",
}
AXES = {"login": "two-step", "signin_origin": "sso"}
SIGNIN = "proconnect_fr"


def register(kit: Kit) -> None:
    install(kit)
    kit.plant([("Caisse magasin", "2025-04-02T09:12:00+00:00", None)], tiers="86360")
    kit.plant([("Plateforme e-commerce", "2024-11-20T14:03:00+00:00", None)], service="Cegid File Exchange")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/espace-pro/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        "/espace-pro/cles-api",
        "keys.html",
        name_field="nom_cle",
        messages={
            "empty_name": "Le nom de la cl\u00e9 est obligatoire.",
            "revoked": "La cl\u00e9 d'API \u00ab {name} \u00bb a \u00e9t\u00e9 supprim\u00e9e.",
            "already": "La cl\u00e9 d'API \u00ab {name} \u00bb \u00e9tait d\u00e9j\u00e0 supprim\u00e9e.",
        },
    )
