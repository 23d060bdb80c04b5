"""An honorific that is a given name too ("Xanım", "Bəy" in Azerbaijani) is the person's given name when one surname
follows it and nothing else ("A, B, Xanım Rzayeva qeyd ediblər": "Xanım Rzayeva"); before a given name and a surname
it is still the honorific ("Xanım Səbinə Rzayeva"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Əli Həsənov, Vüqar Məmmədov, Xanım Rzayeva 20 Yanvar faciəsindən danışaraq qeyd ediblər ki, bu"
            " faciə unudulmayacaq.",
            [("Əli Həsənov", None), ("Vüqar Məmmədov", None), ("Xanım Rzayeva", None)],
        ),
        ("20 Yanvar faciəsinin ildönümü ilə bağlı tədbirdə Xanım Rzayeva çıxış edib.", [("Xanım Rzayeva", None)]),
        (
            "20 Yanvar faciəsinin ildönümü ilə bağlı tədbirdə müəllim Bəy Hüseynov çıxış edib.",
            [("Bəy Hüseynov", "Teacher")],
        ),
    ],
)
def test_honorific_as_given_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


def test_honorific_before_a_full_name_stays_one() -> None:
    found = people("20 Yanvar faciəsinin ildönümü ilə bağlı tədbirdə Xanım Səbinə Rzayeva çıxış edib.")
    assert [mention for mention, _ in found] == ["Səbinə Rzayeva"]
