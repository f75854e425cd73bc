"""What the route search takes for the service's catalogue (issue 21 §3: "what an error lists must be
what it says"): help articles whose title mentions a key are no catalogue of services."""

from __future__ import annotations

import typing as t

from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.labels import Labels
from ansible_collections.cegid.cegidlife.plugins.module_utils._page_model.ranking import Ranking


def _control(name: str, row: str) -> dict[str, t.Any]:
    return {"name": name, "rowLabel": row, "role": "link"}


def test_a_rows_own_title_link_is_no_key_control() -> None:
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    articles = [
        "KB0010187 - Loop APIkey : générer et renouveler une clé",
        "KB0010231 - Loop APIkey : erreur 401, api key not declared",
    ]
    ranking._service_rows([_control(a, a) for a in articles])
    assert ranking.services_seen == []
    catalogue = [_control("Clé d'API", "Loop APIkey"), _control("Clé d'API", "Cegid File Exchange")]
    ranking._service_rows(catalogue)
    assert ranking.services_seen == ["Cegid File Exchange", "Loop APIkey"]


def test_a_key_lists_own_rows_are_no_services() -> None:
    """Rows of keys (an actions menu, "Révoquer la clé", "Supprimer la clé") are never listed as the
    services seen: an unknown service's failure named earlier runs' keys among the services."""
    ranking = Ranking(Labels(), service="Loop APIkey", tiers=None, page_url=lambda: "https://portal.test/")
    keys = ["archivage", "facturation", "export"]
    ranking._service_rows([_control(n, k) for k in keys for n in ("Actions", "Révoquer la clé", "Supprimer la clé")])
    assert ranking.services_seen == []
