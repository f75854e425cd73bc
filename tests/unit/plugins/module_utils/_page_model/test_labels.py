from __future__ import annotations

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels


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
