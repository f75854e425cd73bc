from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from tests.support.browser import chromium_page


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("key_page_marker", "Liste des clés d'API pour le service Loop APIkey"),
        ("new_key_name", "Entrer le nom d'une nouvelle clé :"),
        ("name_filter", "Nom de la clé d'API :"),
        ("name_column", "Nom de la clé d'API"),
        ("generated_message", "La clé d'API 'Felix' a été générée avec succès"),
        ("identifier_label", "Identifiant de la clé d'API :"),
        ("secret_label", "Secret de la clé d'API :"),
        ("tiers_label", "Tiers rattaché : 95943 FUTUROSCOPE CEDEX"),
        ("online_services_option", "Services en lignes"),
        ("keys_entry", "Catalogue de services"),
        ("keys_entry", "Clé API"),
        ("keys_entry", "VOIR LA LISTE"),
        ("open_generate", "GÉNÉRER UNE CLÉ D'API"),
        ("open_generate", "Générer une clé API"),
        ("generate_button", "GÉNÉRER"),
        ("danger", "Se déconnecter"),
        ("danger", "Modifier mon mot de passe"),
        ("status_revoked", "Révoquée"),
        ("generate_button", "Générer"),
        ("copy_button", "Copier"),
    ],
)
def test_seed_labels_match_the_vendors_words(field: str, text: str) -> None:
    assert Labels().rx(field).search(text)


def test_name_filter_does_not_match_new_key_field() -> None:
    assert not Labels().rx("name_filter").search("Entrer le nom d'une nouvelle clé :")


def test_key_button_does_not_match_service_named_apikey() -> None:
    rx = Labels().rx("key_button")
    assert rx.search("Gérer les clés d'API")
    assert not rx.search("Loop APIkey")


def test_overrides_replace_one_label() -> None:
    labels = Labels.with_overrides({"generate_button": r"^\s*generate\s*$"})
    assert labels.rx("generate_button").search("Generate")
    assert labels.rx("copy_button").search("Copier")


def test_unknown_or_bad_override_is_refused() -> None:
    with pytest.raises(ValueError, match=r"unknown label.*known labels: .*generate_button"):
        Labels.with_overrides({"genrate": "x"})
    with pytest.raises(ValueError, match="not a valid regular expression"):
        Labels.with_overrides({"generate_button": "("})


@pytest.mark.parametrize("value", [5, None, ["générer"], {"a": 1}, True])
def test_a_label_that_is_not_text_is_refused_clearly(value: object) -> None:
    with pytest.raises(ValueError, match="label next_page: expected a regular expression as text"):
        Labels.with_overrides({"next_page": value})  # type: ignore[dict-item]


@pytest.mark.parametrize("name", ["Create API key", "Créer une clé", "Ajouter", "Nouvelle clé", "New key", "Add"])
def test_controls_that_make_keys_are_never_clicked_by_the_search(name: str) -> None:
    """Blind b1/atlassian: the route search opened "Create API key" as if it were a way (issue 21)."""
    assert Labels().rx("danger").search(name)


def test_a_renamed_generate_or_revoke_is_dangerous_with_one_change() -> None:
    """Issue 22 §3: overriding generate_button or revoke_button is the whole change."""
    renamed = Labels.with_overrides({"generate_button": r"^\s*émettre\s*$", "revoke_button": r"retirer l.accès"})
    assert renamed.rx("danger").search("Émettre")
    assert renamed.rx("danger").search("Retirer l'accès")
    for word in ("Émettre", "Retirer l'accès"):  # no default word: only the override makes them dangerous
        assert not Labels().rx("danger").search(word)
    assert not Labels().rx("danger").search("Catalogue de services")


# --- the portal in English (issue "first contact" §2) ------------------------------------------


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("open_generate", "Create API key"),
        ("open_generate", "New API Key"),
        ("open_generate", "+ Generate a new key"),
        ("open_generate", "Créer une clé"),
        ("generate_button", "Create"),
        ("generate_button", "Generate"),
        ("generate_button", "Save"),
        ("revoke_button", "Revoke"),
        ("revoke_button", "Delete key"),
        ("revoke_button", "Supprimer"),
    ],
)
def test_english_controls_that_change_keys_are_found_and_dangerous(field: str, text: str) -> None:
    """The key page finds them by their label, and the route search never clicks them."""
    labels = Labels()
    assert labels.rx(field).search(text)
    assert labels.rx("danger").search(text)


@pytest.mark.parametrize(
    "name", ["Rotate key", "Roll API key", "Disable", "Deactivate", "Renew", "Destroy", "Activer", "Réactiver"]
)
def test_what_else_changes_a_key_is_dangerous(name: str) -> None:
    danger = Labels().rx("danger")
    assert danger.search(name)
    for way in ("API keys", "Account settings", "Clés d'API", "Catalogue de services", "Next"):
        assert not danger.search(way), way  # the way to the keys stays open to the search


PAGE_WORDS = [
    ("key_page_marker", "API keys for the service Loop APIkey", "API keys"),
    # a generic word counts only as a whole label (alone, or before ':'), never within other text
    ("name_column", "Key name", "Type the key name to confirm"),
    ("name_column", "Name", "Name server sync"),
    ("name_column", "Label:", "Label printer"),
    ("name_column", "Libellé", "Prénom"),
    ("created_column", "Created", "Created by"),
    ("created_column", "Created on:", "Keys you created are listed here"),
    ("created_column", "Créée le", "Créée par"),
    ("created_column", "Créée", "Créée par"),  # a column headed by the participle alone (b8/stripe)
    ("day_first_dates", "Créé :", "Créée par"),
    ("creator_column", "Created by", "Created"),
    ("creator_column", "Créée par", "Créée le"),
    ("new_key_name", "* Key Name", "Type the key name to confirm"),
    ("new_key_name", "Label", "Label printer"),
    ("new_key_name", "Nom de la nouvelle clé", "Nom de la clé d'API :"),  # the seed's name filter
    ("status_revoked", "Revoked", "Revoke"),
    ("confirm_button", "Yes, revoke", "Yes, keep it"),
    ("generated_message", "API key created", "API key revoked"),
    ("generated_message", "La clé « app » a été créée", "La clé « app » a été révoquée"),
    ("generated_message", "Clé « app » générée", "Clé « app » révoquée"),
    ("generated_message", "Clé API créée", "Clés existantes"),
    ("generated_message", "Clé ajoutée : first-contact", "Ajouter une clé"),
    ("generated_message", "API key added", "Add API key"),
    ("identifier_label", "Key ID", "Every key has an identifier and a secret"),
    ("identifier_label", "Client ID:", "Client identifiers"),
    ("identifier_label", "Access key ID", "Access keys"),
    ("secret_label", "Secret", "Copy the secret now: you won't be able to see it again."),
    ("secret_label", "Client secret", "Keep your client secret safe"),
    ("secret_label", "Secret access key", "Secrets"),
    ("copy_button", "Copy", "Copy the secret now"),
    ("copy_button", "Copy secret", "Copyright"),
    ("no_keys", "You don't have any API keys yet.", "You have 3 API keys."),
    ("generate_button", "Create", "Create API key"),  # the opener, never the form's own submit
    ("filter_button", "Appliquer", "Appliquer à tous les tiers"),  # a filter form's submit
    ("identifier_label", "ID client", "Identifiants de connexion du client"),
    ("secret_label", "Secret client", "Conservez le secret client en lieu sûr"),
    ("actions_menu", "Plus d'options", "Options de facturation"),
    ("actions_menu", "Show Actions", "Show actions taken this week"),
    ("decline_answer", "Done", "OK"),  # closes the credentials once read; "OK" may confirm a revocation
    ("decline_answer", "J'ai noté la clé", "Noter la clé"),
    ("decline_answer", "Skip for now", "Set up now"),
    ("revoke_button", "Invalidate", "Invalidated"),
    ("actions_menu", "All actions", "Actions taken"),
    ("first_page", "Première page", "Page 1 sur 3"),
    ("previous_page", "Previous page", "Previous pages of history"),
    ("settings_entry", "⚙ Centre d'administration", "Administration des ventes 2026"),
    ("keys_entry", "API Cegid", "Documentation de l'API Cegid pour les partenaires"),
    ("generated_message", "Created API key 'app'", "Create API key"),
    ("decline_answer", "Me le rappeler plus tard", "Configurer maintenant"),
    ("decline_answer", "Ignorer pour l'instant", "Sécuriser mon compte"),
    ("open_generate", "Créer la clé", "Créer"),
    ("filter_button", "Apply filters", "Apply for access"),
    ("actions_menu", "Open menu", "Open the menu of the day"),
    ("confirm_button", "Supprimer définitivement", "Supprimer définitivement votre compte"),
    ("generated_message", "Votre clé « app » est prête", "Supprimer la clé « app » ?"),
    ("generated_message", "Votre nouvelle clé « app »", "Vos clés"),
    ("generated_message", "Your new API key", "Your API keys"),
    ("generated_message", "Your new sub-account API key is ready", "Your sub-account API keys"),  # b9/mailjet
    ("identifier_beside_secret", "API Key", "API Key Management"),  # b8/vitamin's panel heading
    ("generated_message", "\u201capp\u201d was created. Copy the secret now", "\u201capp\u201d was revoked"),
    ("generated_message", "Votre clé est prête", "Votre clé expire bientôt"),
    ("decline_answer", "J'ai copié le secret", "Copier le secret"),
    ("decline_answer", "I've saved it", "Save"),
    ("created_column", "created 29/11/2026 by Martin Claire", "created by Martin Claire"),
    # keys called tokens or credentials (session 6, on b3-b5's pages)
    ("open_generate", "+ Add token", "Tokens"),
    ("open_generate", "Ajouter un jeton API", "Jetons d'accès"),
    ("open_generate", "Add Credential", "API Credentials"),
    ("name_column", "Token name", "Type the token name to confirm"),
    ("name_column", "Nom du jeton", "Jetons"),
    ("name_column", "Credential name", "Credentials"),
    ("new_key_name", "Token name", "Type the token name to confirm"),
    ("new_key_name", "Credential name", "Show inactive credentials"),
    ("new_key_name", "Nouvelle clé", "Nouvelle clé générée"),
    ("open_generate", "Create project access token", "Project access tokens"),
    ("new_key_name", "What do you want your token to be named?", "Your token is named app"),
    ("tiers_switch", "Compte 86360 ▾", "Compte"),
    ("tiers_switch", "Customer account: 95943 FUTUROSCOPE", "Account settings ▾"),
    ("generated_message", "Token app is ready", "Token app is revoked"),
    ("generated_message", "Your new project access token app has been created", "Token app has been revoked"),
    ("generated_message", "Jeton « app » créé", "Jeton « app » révoqué"),
    ("identifier_label", "Token ID", "Tokens"),
    ("secret_label", "Token secret", "Keep your token secret safe"),
    ("described_column", "Description", "Description de l'API"),
    ("key_button", "API tokens", "Tokenisation"),
    # where the account and the service are chosen on a key page, and what applies them
    ("tiers_select", "Customer account", "Customer accounts payable"),
    ("service_select", "Produit", "Produits Cegid"),
    ("filter_button", "Rechercher", "Rechercher dans l'aide"),
    ("filter_button", "Search", "Search results"),
    ("filter_button", "Afficher", "Afficher le secret"),
    # what a person answers between sign-in and the portal
    ("decline_answer", "Ignorer la visite", "Visite guidée"),
    ("decline_answer", "J'ai pris connaissance", "J'ai lu et j'accepte les conditions"),
    ("decline_answer", "Je ne souhaite pas enregistrer mon téléphone", "Enregistrer"),  # b10/slds
    ("decline_answer", "Don't trust", "Trust"),  # b10/spendesk's ADFS
    ("open_generate", "Créer un token", "Tokens"),  # b11/infomaniak
    ("keys_entry", "Tokens d'accès", "Tokenisation des accès"),
    ("new_key_name", "Nom du token", "Tokens"),
    ("generated_message", "Token « app » créé", "Token « app » révoqué"),
    ("secret_label", "Token", "Tokens d'accès"),
    ("decline_answer", "Ne pas faire confiance à cet appareil", "Faire confiance à cet appareil"),
    ("decline_answer", "Utiliser uniquement les cookies nécessaires", "Autoriser tous les cookies"),
    ("decline_answer", "Only necessary cookies", "Allow all cookies"),
    ("decline_answer", "Required Only", "Accept All"),
    ("decline_answer", "OK, got it", "OK"),
    ("secret_label", "Token Value", "Token values are shown once"),
    ("secret_label", "Jeton API", "Jetons API actifs"),
    ("keys_entry", "Credentials", "Credentials expire after one year"),
    ("revoke_button", "Revoke token", "Revoke all tokens"),
    ("confirm_button", "Revoke token", "Revoke all tokens"),
    ("generated_message", "Nouvelle clé : app", "Nouvelle clé :"),
    ("actions_menu", "Key actions", "Key actions are logged"),
    ("generated_message", "Credential app generated", "Credential app revoked"),
    ("actions_menu", "Actions pour app", "Historique des actions pour app"),
    ("services_entry", "Go to projects", "Projects shared with me last week"),
    ("secret_label", "Your new project access token", "Your new project access token app has been created"),
    ("settings_entry", "Developer Hub", "Developer Hub news"),
    ("settings_entry", "Espace développeurs", "Les développeurs de l'équipe"),
    # a pager's words with the arrow drawn beside them
    ("next_page", "Suivant →", "Suivant et terminer"),
    ("previous_page", "← Précédent", "Précédent envoi"),
    # the controls a panel names for the one value each copies
    ("copy_identifier_button", "Copier l'identifiant", "Copier"),
    ("copy_identifier_button", "Copy key ID", "Copy key"),
    ("copy_secret_button", "Copier le secret", "Copier l'identifiant"),
    ("copy_secret_button", "Copy secret", "Copy secret to rotate"),
    ("open_generate", "+ Générer de nouveaux identifiants", "Identifiants API"),  # b11/personio
    ("open_generate", "Créer un token", "Tokens d'accès"),  # b11/infomaniak
    ("open_generate", "Créer la clé", "Créer"),
    ("generated_message", "Token « app » créé", "Token « app » révoqué"),
    ("generated_message", "Jeton « app » créé", "Jeton « app » révoqué"),
]


@pytest.mark.parametrize(("field", "label", "not_label"), PAGE_WORDS)
def test_english_and_french_key_pages_words(field: str, label: str, not_label: str) -> None:
    rx = Labels().rx(field)
    assert rx.search(label)
    assert not rx.search(not_label)


def test_the_browser_reads_each_label_as_python_does() -> None:
    """Playwright hands a label's pattern to JavaScript (get_by_text, a role's name), whose \\b and \\w
    know only ASCII: "créé\\b" ends no word there ("Token « app » créé" was no panel heading)."""
    labels = Labels()
    with chromium_page("<p>labels</p>") as page:
        got = page.evaluate(
            "(cases) => cases.map(([p, yes, no]) => [new RegExp(p, 'i').test(yes), new RegExp(p, 'i').test(no)])",
            [[labels.rx(field).pattern, yes, no] for field, yes, no in PAGE_WORDS],
        )
    wrong = [case for case, seen in zip(PAGE_WORDS, got, strict=True) if seen != [True, False]]
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("control", "name", "named"),
    [
        ("Supprimer Essai blind Qonto", "Essai blind Qonto", True),
        ("Delete key erp", "erp", True),
        ("\U0001f5d1 Supprimer la clé erp", "erp", True),
        ("Supprimer erp-old", "erp", False),
        ("Supprimer test erp", "erp", False),  # another key's name ends like this one
        ("Renommer erp", "erp", False),
    ],
)
def test_a_row_control_named_after_its_key(control: str, name: str, named: bool) -> None:
    assert bool(Labels().revoke_named_rx(name).search(control)) is named
