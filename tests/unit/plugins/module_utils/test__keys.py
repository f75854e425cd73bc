from __future__ import annotations

import datetime

import pytest

from ansible_collections.cegid.cegidlife.plugins.module_utils._keys import (
    ACTIVE,
    REVOKED,
    Credentials,
    KeyRow,
    credential_problem,
    furniture_problem,
    list_changed,
    matching,
    new_row,
    numeric_date_order,
    pair_problem,
    parse_portal_date,
    plan,
    shape_notice,
)


def row(name: str, when: str = "23/01/2021 08:14", status: str = ACTIVE, by: str = "Deltumeau Vincent") -> KeyRow:
    return KeyRow(name=name, created_at=parse_portal_date(when), created_by=by, status=status, created_raw=when)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23/01/2021 08:14", datetime.datetime(2021, 1, 23, 8, 14)),
        (" 01/12/2026 23:59:07 ", datetime.datetime(2026, 12, 1, 23, 59, 7)),
        ("05/06/2024", datetime.datetime(2024, 6, 5)),
        ("31/02/2024 10:00", None),
        ("2024-06-05", datetime.datetime(2024, 6, 5)),
        ("2024-06-05 ", datetime.datetime(2024, 6, 5)),
        ("05-06-24", None),
        ("", None),
    ],
)
def test_parse_portal_date(text: str, expected: datetime.datetime | None) -> None:
    assert parse_portal_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec 6, 2026 3:04 PM", datetime.datetime(2026, 12, 6, 15, 4)),
        ("December 6, 2026, 12:30 AM", datetime.datetime(2026, 12, 6, 0, 30)),
        ("Dec 6, 2026 at 12:05 pm", datetime.datetime(2026, 12, 6, 12, 5)),
        ("6 Dec 2026 15:04", datetime.datetime(2026, 12, 6, 15, 4)),
        ("6 Dec 2026", datetime.datetime(2026, 12, 6)),
        ("6 déc. 2026 15:04", datetime.datetime(2026, 12, 6, 15, 4)),
        ("1er décembre 2026 à 09:05", datetime.datetime(2026, 12, 1, 9, 5)),
        ("2026-12-06T15:04:00Z", datetime.datetime(2026, 12, 6, 15, 4)),
        ("2026-12-06 15:04", datetime.datetime(2026, 12, 6, 15, 4)),
        # one reading only: the numbers say which is the day
        ("13/06/2026", datetime.datetime(2026, 6, 13)),
        ("06/13/2026", datetime.datetime(2026, 6, 13)),
        ("06/06/2026", datetime.datetime(2026, 6, 6)),
        # not proven, or not a date: never guessed
        ("12/06/2026", None),
        ("12/06/2026 3:04 PM", None),
        ("Dec 6, 2026 15:04 PM", None),
        ("Smarch 6, 2026", None),
        ("2 days ago", None),
    ],
)
def test_a_date_of_unknown_order_is_read_only_when_proven(text: str, expected: datetime.datetime | None) -> None:
    """The portal in English: month names and ISO have one reading; 12/06/2026 has two."""
    assert parse_portal_date(text, day_first=None) == expected


def test_the_order_of_a_numeric_date_is_what_the_caller_proved() -> None:
    assert parse_portal_date("12/06/2026 10:00", day_first=True) == datetime.datetime(2026, 6, 12, 10)
    assert parse_portal_date("12/06/2026 10:00", day_first=False) == datetime.datetime(2026, 12, 6, 10)
    assert parse_portal_date("06/13/2026", day_first=True) is None  # no 13th month


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["12/06/2026", "13/06/2026 10:00"], True),
        (["12/06/2026", "06/13/2026"], False),
        (["12/06/2026", "06/06/2026"], None),
        (["13/06/2026", "06/13/2026"], None),
        (["Dec 6, 2026"], None),
        ([], None),
    ],
)
def test_a_lists_dates_prove_their_order_or_nothing(texts: list[str], expected: bool | None) -> None:
    assert numeric_date_order(texts) is expected


def test_describe_is_iso_and_has_no_secret() -> None:
    described = row("Felix").describe("Loop APIkey", "95943 FUTUROSCOPE CEDEX")
    assert described == {
        "name": "Felix",
        "status": "active",
        "created_at": "2021-01-23T08:14:00",
        "created_by": "Deltumeau Vincent",
        "service": "Loop APIkey",
        "tiers": "95943 FUTUROSCOPE CEDEX",
    }


def test_matching_is_exact_active_only_and_newest_first() -> None:
    rows = [
        row("app", "01/01/2024 10:00"),
        row("app-2", "01/01/2025 10:00"),
        row("App", "01/01/2025 10:00"),
        row("app", "01/01/2026 10:00", status=REVOKED),
        row("app", "01/06/2025 10:00"),
    ]
    found = matching(rows, "app")
    assert [r.created_raw for r in found] == ["01/06/2025 10:00", "01/01/2024 10:00"]


def test_present_generates_only_when_no_active_key() -> None:
    assert plan("present", []).generate
    assert plan("present", []).action == "created"
    existing = [row("app")]
    decided = plan("present", existing)
    assert (decided.action, decided.changed, decided.current) == ("unchanged", False, existing[0])


def test_absent_revokes_every_active_key_of_the_name() -> None:
    dupes = [row("app", "02/01/2024 10:00"), row("app", "01/01/2024 10:00")]
    decided = plan("absent", dupes)
    assert decided.action == "revoked" and decided.revoke == tuple(dupes) and decided.changed
    nothing = plan("absent", [])
    assert (nothing.action, nothing.changed) == ("absent", False)


def test_revoked_key_of_same_name_does_not_count_as_present() -> None:
    assert plan("present", matching([row("app", status=REVOKED)], "app")).generate


def test_unknown_state_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown state"):
        plan("rotated", [])


def test_credentials_x_apikey_and_repr_hides_secret() -> None:
    creds = Credentials(identifier="ABCDEFGHIJKLMNOPQRSTUVWXY", secret="c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MDA=")
    assert creds.x_apikey == "ABCDEFGHIJKLMNOPQRSTUVWXY:c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MDA="
    assert "c2Vj" not in repr(creds)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "empty"),
        ("a:b", "':'"),
        ("ABC Copier", "white space"),
        ("x" * 513, "513 characters"),
        ("ABCDEFGHIJKLMNOPQRSTUVWXY", None),
        # a value drawn masked (b2/antd: the secret until "Afficher le secret") is never a credential
        ("\u2022" * 20, "shown masked"),
        ("6C21\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "shown masked"),
        ("***ABCDEFGHIJKLMNOPQRSTUV", "shown masked"),
        ("ABCDEFGHIJ\u25cf\u25cf\u25cfKLMNOP", "shown masked"),
        ("ABCDEFGHIJ\u00b7\u2219\u22c5\u25e6KLMNOP", "shown masked"),
        ("ABCDEFGHIJ**KLMNOP", None),  # two are no run
    ],
)
def test_credential_problem(value: str, problem: str | None) -> None:
    found = credential_problem(value, "secret")
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found and (not value or value not in found)


IDENTIFIER = "ABCDEFGHIJKLMNOPQRSTUVWX1"
SECRET = "c2VjcmV0LXZhbHVlLW9mLXRoZS1rZXktMDEyMzQ1Njc="


@pytest.mark.parametrize(
    ("value", "furniture", "problem"),
    [
        ("Copier", ["Copier", "Générer"], "text of a control"),
        ("copier", ["Copier"], "text of a control"),
        ("Afficher", ["Afficher"], "text of a control"),
        ("ABCDEFGH", [], "8 characters long"),
        ("", [], "empty"),
        (IDENTIFIER, ["Copier"], None),
        (SECRET, ["Copier", "Afficher"], None),
    ],
)
def test_a_value_that_is_page_furniture_is_no_credential(value: str, furniture: list[str], problem: str | None) -> None:
    found = furniture_problem(value, "identifier", furniture)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found and (not value or value not in found)


def test_the_pair_and_the_shapes() -> None:
    assert pair_problem("Copier-Copier-Copier", "Copier-Copier-Copier") == (
        "the identifier and the secret read are the same text"
    )
    assert pair_problem(IDENTIFIER, SECRET) is None
    assert shape_notice(IDENTIFIER, "identifier") is None and shape_notice(SECRET, "secret") is None
    odd = shape_notice("abcdefghijklmnopqrstuvwxyz012345", "identifier")
    assert odd is not None and "32 characters" in odd and "lower-case letters, digits" in odd
    assert "abcdefghij" not in odd  # the shape, never the value


def test_a_list_that_changed_is_told_even_where_the_new_row_cannot_be_proven() -> None:
    """A key made in a minute another of its name shares: `new_row` cannot say which row is new, but
    the list did change, so a run never says "none was made" nor clicks "Générer" again."""
    twin = KeyRow(name="app", created_at=None, created_by="Jo", status="active", created_raw="06/12/2026 10:00")
    other = KeyRow(name="app2", created_at=None, created_by="Jo", status="active", created_raw="06/12/2026 10:00")
    assert new_row([twin], [twin, twin], "app") is None
    assert list_changed([twin], [twin, twin], "app")
    assert not list_changed([twin], [twin, other], "app")  # another name only
    assert not list_changed([], [], "app")
