"""A person named in full and later by an initial and the surname in the same article ("посол Нурлан Агаев", then
"подчеркнул Н.Агаев"; "N. Aghayev said") is one attendee: the full name, with the role; another initial is another
person (`_persons.one_per_person`). The people are invented; all texts are our own words."""

from __future__ import annotations

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В посольстве Азербайджана в Таллине прошёл вечер памяти. Вечер открыл посол Тимур Гасымов. "
            "«Эта ночь навсегда осталась в нашей памяти», – подчеркнул Т.Гасымов.",
            [("Тимур Гасымов", "Ambassador of Azerbaijan to Estonia")],
        ),
        (
            "В посольстве прошёл вечер памяти. Т.Гасымов возложил цветы к портрету шехидов. "
            "Затем посол Тимур Гасымов выступил перед гостями.",
            [("Тимур Гасымов", "Ambassador")],
        ),
        (
            "An evening of remembrance was held at the embassy. Timur Gasimov laid flowers at the memorial. "
            "Ambassador T. Gasimov noted that the nation would never forget the victims.",
            [("Timur Gasimov", "Ambassador")],
        ),
        (
            "Səfirlikdə anım tədbiri keçirilib. Tədbiri səfir Teymur Qasımov açıb. Sonra T.Qasımov çıxış edib.",
            [("Teymur Qasımov", "Ambassador")],
        ),
        (
            "Büyükelçilikte anma töreni düzenlendi. Törende Büyükelçi Teymur Kasımov bir konuşma yaptı. "
            "Ardından T. Kasımov çelenk bıraktı.",
            [("Teymur Kasımov", "Ambassador")],
        ),
    ],
)
def test_an_initial_and_the_surname_are_the_person_named_in_full(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В посольстве прошёл вечер памяти. Посол Тимур Гасымов возложил цветы. Затем Р.Гасымов выступил перед "
            "гостями.",
            [("Тимур Гасымов", "Ambassador"), ("Р.Гасымов", None)],
        ),
        (
            "An evening of remembrance was held at the embassy. Ambassador Timur Gasimov opened the event. "
            "Later R. Gasimov laid flowers at the memorial.",
            [("Timur Gasimov", "Ambassador"), ("R. Gasimov", None)],
        ),
        (
            "В посольстве прошёл вечер памяти. Посол Тимур Гасымов и советник Рауф Гасымов возложили цветы. "
            "Затем Р.Гасымов выступил перед гостями.",
            [("Тимур Гасымов", "Ambassador"), ("Рауф Гасымов", "Adviser")],
        ),
    ],
)
def test_another_initial_is_another_person(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
