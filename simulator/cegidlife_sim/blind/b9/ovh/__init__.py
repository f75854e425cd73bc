"""An OVHcloud-Manager-like console (ODS design system: web components with open shadow roots), French: an
OVHcloud-style sign-in, a TrustCommander-like consent overlay, the universes bar ("Public Cloud"), a list of
Public Cloud projects (one per customer account), the project's side menu (a web component whose "Gestion de
projet" group is collapsed), and the "Clés d'API" page: an ods-select "Service", a datagrid component that
fetches the keys as JSON and draws them in its shadow root, sorted by name, 5 a page ("1 - 5 sur 8",
icon-only pager buttons), each row's "Actions" menu holding "Supprimer"; the new key's values in two
ods-clipboard components (read-only inputs in shadow roots, with copy buttons)."""

from __future__ import annotations

import typing as t

from .._common import install

if t.TYPE_CHECKING:
    from ..._kit import Kit

META = {
    "design": "OVHcloud Manager / ODS (web components with open shadow roots: ods-button, ods-select, ods-clipboard, "
    "ods-badge, datagrid, side menu; universes bar; modals)",
    "lang": "fr",
    "classes": [
        "sign-in on another origin, one step: 'Identifiant ou adresse e-mail', 'Mot de passe', 'Connexion'",
        "TrustCommander-like consent overlay covering the page ('Personnaliser' / 'Continuer sans accepter' / "
        "'Accepter')",
        "universes bar (Bare Metal Cloud, Hosted Private Cloud, Public Cloud, Web Cloud, Télécom); 'Public Cloud' "
        "lists one project per customer account (tiers), named by the account's label",
        "the project's side menu is a web component (open shadow root) with collapsible groups (aria-expanded); "
        "'Clés d'API' sits in the collapsed 'Gestion de projet' group",
        "buttons are ods-button web components (the native button inside an open shadow root; submit through the host)",
        "'Service' is an ods-select (label and native select inside a shadow root) that reloads the page",
        "the key list is drawn by a web component from a JSON request, in its shadow root: a table sorted by name, "
        "5 a page, '1 - 5 sur 8', icon-only pager buttons ('Page précédente' / 'Page suivante' as aria-label)",
        "each row's '⋮' button ('Actions' aria-label) opens a menu (role=menu) with 'Voir le détail' and "
        "'Supprimer'; the confirmation modal says 'Confirmer'",
        "one-time values in an ods-message with two ods-clipboard components ('Clé d'application', "
        "'Secret d'application': read-only inputs in shadow roots, with 'Copier' buttons)",
    ],
    "summary": "OVHcloud-like: Public Cloud > project FUTUROSCOPE CEDEX > Gestion de projet > Clés d'API > "
    "Service Loop APIkey.",
}
AXES = {"login": "one-step", "signin_origin": "sso"}
SIGNIN = "ovh_fr"
RULE = "/public-cloud/pci/cles-api"
PLANTED = [
    ("Agence Poitiers", "2024-02-12T09:30:00+00:00", None),
    ("Billetterie", "2023-06-05T07:45:00+00:00", None),
    ("Comptabilit\u00e9 groupe", "2025-01-14T10:00:00+00:00", None),
    ("Connecteur paie", "2025-03-03T10:00:00+00:00", None),
    ("Dashboard RH", "2025-06-30T13:20:00+00:00", None),
    ("Export GTA", "2022-09-19T08:05:00+00:00", "2023-09-19T08:05:00+00:00"),
    ("Silae", "2025-10-02T15:40:00+00:00", None),
]


def register(kit: Kit) -> None:
    install(kit)
    kit.plant(PLANTED)
    kit.plant([("Parc aquatique", "2025-04-01T08:00:00+00:00", None)], tiers="86360")
    kit.page("/", "home.html", endpoint="home")
    kit.page("/public-cloud", "projects.html", endpoint="catalogue")
    kit.page("/public-cloud/pci/projects/<code>", "project.html", endpoint="info_page")
    kit.page("/manager/<slug>", "page.html", endpoint="info_page")
    kit.key_routes(
        RULE,
        "keys.html",
        sort="name",
        json_rule=RULE + "/donnees",
        name_field="nom",
        messages={
            "empty_name": "Le nom de la cl\u00e9 est obligatoire.",
            "revoked": "La cl\u00e9 d'API \u00ab {name} \u00bb a \u00e9t\u00e9 supprim\u00e9e.",
            "already": "La cl\u00e9 d'API \u00ab {name} \u00bb avait d\u00e9j\u00e0 \u00e9t\u00e9 supprim\u00e9e.",
        },
    )
