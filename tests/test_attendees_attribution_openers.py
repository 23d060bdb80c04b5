"""An attribution opener before a name ("According to Ambassador X, ...", "Speaking of Mayor X, ...", "По словам
Посла X, ...") says who is quoted, not who was there, and its words are never part of a title; the people the
sentence places at the ceremony after it still count. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

Row = tuple[str, str | None, str | None]


def rows(text: str) -> list[Row]:
    return [(a.mention, a.role_as_written, a.role) for a in extract_attendees(text)]


CASES: list[tuple[str, list[Row]]] = [
    ("According to Ambassador Leyla Hasanova, members of the council attended the service.", []),
    ("According to Secretary Daniel Brooks, dozens of residents attended the vigil.", []),
    ("Speaking of Mayor Helen Porter, local teachers attended the event.", []),
    ("As told by Governor Omar Haddad, the families attended the memorial.", []),
    (
        "According to Ambassador Leyla Hasanova, Minister Farid Guliyev attended the service.",
        [("Farid Guliyev", "Minister", "Minister")],
    ),
    (
        "According to Secretary Daniel Brooks, Mayor Helen Porter and local teachers attended the vigil.",
        [("Helen Porter", "Mayor", "Mayor")],
    ),
    (
        "According to the embassy, Ambassador Leyla Hasanova attended the service.",
        [("Leyla Hasanova", "Ambassador", "Ambassador")],
    ),
    (
        "По словам Посла Лейлы Гасановой, министр Фарид Гулиев посетил Аллею шехидов.",
        [("Фарид Гулиев", "министр", "Minister")],
    ),
    # the attribution after the quoted name, in its genitive (Azerbaijani, Turkish)
    (
        "Səfir Leyla Həsənovanın sözlərinə görə, mərasimdə nazir Fərid Quliyev iştirak edib.",
        [("Fərid Quliyev", "nazir", "Minister")],
    ),
    ("Səfir Leyla Həsənovanın sözlərinə görə, mərasimdə şura üzvləri iştirak edib.", []),
    (
        "Büyükelçi Leyla Hasanova'nın sözlerine göre, anmaya Bakan Ferit Kuliyev de katıldı.",
        [("Ferit Kuliyev", "Bakan", "Minister")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution_opener_is_no_presence(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
