"""Russian titles whose unit or body names a list of fields in the genitive, set off by commas and closed by "и"
("директор Института истории, философии и права НАН Азербайджана X", "заведующий кафедрой истории, археологии и
этнографии Y"): the commas are the title's, so the title is the next name's (not an apposition of the name before),
the list goes on past it, and the role is the post of its opening the data knows, past the abbreviation of the body
it is of. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._title_words import fields_go_on
from jan20.extract.roles import canonical_role

from ._helpers import roles

EVENT = "В посольстве прошел вечер памяти жертв 20 Января. "

LISTS = [
    (
        "На вечере выступили профессор Ариф Гулиев, директор Института истории, философии и права НАН Азербайджана "
        "Ягуб Махмудов и студентка Айсель Рзаева.",
        {"Ариф Гулиев": "Professor", "Ягуб Махмудов": "Director of the Institute", "Айсель Рзаева": "Student"},
    ),
    (
        "Председатель общины Вагиф Алекперов, директор Института истории, философии и права Ягуб Махмудов и поэт "
        "Анар Гасымов возложили цветы.",
        {
            "Вагиф Алекперов": "Chairman of the Community",
            "Ягуб Махмудов": "Director of the Institute",
            "Анар Гасымов": "Poet",
        },
    ),
    (
        "Председатель общины Вагиф Алекперов, заведующая кафедрой истории, археологии и этнографии Севда Насирова и "
        "поэт Анар Гасымов выступили на вечере.",
        {
            "Вагиф Алекперов": "Chairman of the Community",
            "Севда Насирова": "Head of Department",
            "Анар Гасымов": "Poet",
        },
    ),
    (
        "На вечере выступили профессор Ариф Гулиев, заведующий кафедрой новейшей истории, археологии и этнографии "
        "Рауф Алиев, доцент Лейла Гасанова и студент Эмиль Садыхов.",
        {
            "Ариф Гулиев": "Professor",
            "Рауф Алиев": "Head of Department",
            "Лейла Гасанова": "Associate Professor",
            "Эмиль Садыхов": "Student",
        },
    ),
    (
        "В мероприятии приняли участие посол Насими Агаев, заведующий кафедрой литературы, истории, музыки и "
        "искусства университета Рауф Алиев, доцент Лейла Гасанова.",
        {"Насими Агаев": "Ambassador", "Рауф Алиев": "Head of Department", "Лейла Гасанова": "Associate Professor"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_a_list_of_fields_in_a_title(text: str, expected: dict[str, str]) -> None:
    assert roles(EVENT + text) == expected


@pytest.mark.parametrize(
    ("after_comma", "goes_on"),
    [
        ("философии и права НАН Азербайджана Ягуб Махмудов", True),
        ("археологии , музыки и этнографии Рауф", True),
        ("новейшей истории и права Рауф", True),
        # no list of fields: the next item of a list, a verb, a list of names
        ("поэт Анар Гасымов", False),
        ("выступили с речью", False),
        ("истории Рауф Алиев", False),
        ("и поэт Анар Гасымов", False),
    ],
)
def test_a_comma_of_fields(after_comma: str, goes_on: bool) -> None:
    assert fields_go_on(after_comma.split()) is goes_on


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("директор Института истории и права НАН Азербайджана", "Director of the Institute"),
        ("директор Института истории, философии и права НАН Азербайджана", "Director of the Institute"),
        ("директор Института археологии НАН", "Director of the Institute"),
    ],
)
def test_the_opening_past_the_owner_abbreviation(title: str, role: str) -> None:
    assert canonical_role(title) == role


# A portfolio or a body's field after "по", in lower case, its fields set off by commas when "и" closes them: the
# title's words, so the people of the list after it are kept.
PORTFOLIOS = [
    (
        "Память шехидов почтили заместитель председателя комитета по культуре, науке и образованию Рауф Алиев, "
        "депутат Камал Джафаров и поэт Анар Гасымов.",
        ["Рауф Алиев", "Камал Джафаров", "Анар Гасымов"],
    ),
    (
        "Память шехидов почтили заместитель председателя комитета по культуре и образованию Рауф Алиев и поэт Анар "
        "Гасымов.",
        ["Рауф Алиев", "Анар Гасымов"],
    ),
    (
        "На вечере выступили проректор по науке, культуре и образованию Лейла Гасанова и студент Эмиль Садыхов.",
        ["Лейла Гасанова", "Эмиль Садыхов"],
    ),
    (
        "Председатель совета по делам молодежи, спорта и туризма Фуад Мурадов и историк Рауф Алиев возложили цветы.",
        ["Фуад Мурадов", "Рауф Алиев"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_a_portfolio_with_commas(text: str, expected: list[str]) -> None:
    assert list(roles(EVENT + text)) == expected


def test_the_portfolio_is_the_title() -> None:
    text = EVENT + "На вечере выступили проректор по науке и образованию Лейла Гасанова и студент Эмиль Садыхов."
    assert roles(text) == {"Лейла Гасанова": "Vice-Rector for Research", "Эмиль Садыхов": "Student"}
