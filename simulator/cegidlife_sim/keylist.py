"""The key list's filter and pagination, shared by every key page (one service's, and the
"Clé API" page of every service). Both travel in the URL: the filter form is GET."""

from __future__ import annotations

import dataclasses
import hashlib
import math
import typing as t

if t.TYPE_CHECKING:
    from werkzeug.datastructures import MultiDict

    from .store import ApiKey


@dataclasses.dataclass(frozen=True)
class Criteria:
    active: bool = True
    revoked: bool = False
    name: str = ""
    page: int = 1

    @classmethod
    def parse(cls, values: MultiDict[str, str]) -> Criteria:
        if "criteres" in values or "statut" in values:
            statuses = values.getlist("statut")
            active, revoked = "active" in statuses, "revoquee" in statuses
        else:  # first visit: the portal checks "Active" only
            active, revoked = True, False
        try:
            page = max(1, int(values.get("page", "1")))
        except ValueError:
            page = 1
        return cls(active, revoked, values.get("nom", "").strip(), page)

    def params(self, *, page: int | None = None) -> dict[str, t.Any]:
        statuses = [s for s, on in (("active", self.active), ("revoquee", self.revoked)) if on]
        out: dict[str, t.Any] = {"criteres": "1", "statut": statuses}
        if self.name:
            out["nom"] = self.name
        if (page or self.page) > 1:
            out["page"] = page or self.page
        return out

    def fields(self, *, page: int | None = None) -> list[tuple[str, str]]:
        """``params`` as (name, value) pairs, for hidden form fields."""
        return [
            (name, str(v))
            for name, value in self.params(page=page).items()
            for v in (value if isinstance(value, list) else [value])
        ]

    def keep(self, key: ApiKey) -> bool:
        if not (self.active if key.active else self.revoked):
            return False
        return self.name.casefold() in key.name.casefold()


@dataclasses.dataclass(frozen=True)
class Paging:
    """Where the list is. ``kind`` "links"/"buttons": page ``page`` of ``pages``; "more"
    ("Afficher plus"): the first ``page`` * size rows, ``shown`` of ``total``."""

    kind: str
    page: int
    pages: int
    shown: int
    total: int

    @property
    def prev_page(self) -> int | None:
        return self.page - 1 if self.kind != "more" and self.page > 1 else None

    @property
    def next_page(self) -> int | None:
        if self.kind == "more":
            return self.page + 1 if self.shown < self.total else None
        return self.page + 1 if self.page < self.pages else None


def paginate(rows: list[ApiKey], size: int, page: int, kind: str) -> tuple[list[ApiKey], Paging]:
    total = len(rows)
    if not size:
        return rows, Paging(kind, 1, 1, total, total)
    pages = max(1, math.ceil(total / size))
    page = min(page, pages)
    if kind == "more":
        shown = rows[: page * size]
        return shown, Paging(kind, page, pages, len(shown), total)
    return rows[(page - 1) * size : page * size], Paging(kind, page, pages, min(total, page * size), total)


def order_ties(rows: list[ApiKey], tie_order: str) -> list[ApiKey]:
    """Newest first by the minute the list shows; keys of one minute in the order ``tie_order``
    says. A portal owes no order among keys that look the same, and the module must not care."""

    def within(key: ApiKey) -> int | str:
        if tie_order == "shuffled":  # unrelated to creation, yet stable so that pages never trade rows
            return hashlib.sha256(str(key.id).encode()).hexdigest()
        return key.id

    ordered = sorted(rows, key=within, reverse=tie_order == "newest")
    return sorted(ordered, key=lambda k: k.created_at[:16], reverse=True)  # stable: ties keep their order
