"""Russian reports of who was given the floor: the person in the dative after "слово было предоставлено" /
"слово предоставили" / "ведущий предоставил слово" spoke at the event (a surname that does not decline may stay in
the nominative); not someone who asked for it, nor one it will be given to. The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.text.fold import fold

HELD = "В посольстве прошел вечер памяти жертв 20 января. "


def people(text: str) -> dict[str, str | None]:
    return {fold(a.mention): a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Затем слово предоставили послу Азербайджана Тахиру Гасанзаде.",
        "Далее слово было предоставлено послу Азербайджана Тахиру Гасанзаде.",
        "На вечере слово было также предоставлено послу Азербайджана Тахиру Гасанзаде.",
        "Ведущая предоставила слово послу Азербайджана Тахиру Гасанзаде.",
        "Затем ведущий передал слово послу Азербайджана Тахиру Гасанзаде.",
        "Слово было дано послу Азербайджана Тахиру Гасанзаде.",
        # the surname left in the nominative
        "Затем слово предоставили послу Азербайджана Тахир Гасанзаде.",
    ],
)
def test_the_one_given_the_floor_spoke(text: str) -> None:
    found = people(HELD + text)
    assert len(found) == 1
    assert next(iter(found)).startswith(fold("Тахир"))
    assert list(found.values()) == ["Ambassador of Azerbaijan"]


def test_several_given_the_floor_in_turn() -> None:
    found = people(HELD + "Затем слово предоставили ректору университета Ивану Петрову и послу Тахиру Гасанзаде.")
    assert list(found.values()) == ["Rector", "Ambassador"]


@pytest.mark.parametrize(
    "text",
    [
        "Посол Тахир Гасанзаде попросил слово.",
        "Слово предоставят послу Тахиру Гасанзаде.",
        "Слово должны предоставить послу Тахиру Гасанзаде.",
    ],
)
def test_asking_for_the_floor_or_being_promised_it_places_nobody(text: str) -> None:
    assert people(HELD + text) == {}
