"""Russian ways of putting someone at a commemoration (issue 16, Russian attendees and roles), as agencies and
embassies word them: the subject after a verb, its object and a place ("почтили память погибших председатель общины
X", "возложили венки и цветы к памятнику генеральный консул Y"), a list a line each after a colon with no mark before
the items, a body's quoted name after its country ("общества Латвии «Азери»"), the speakers of "выступили … а также",
"слово было предоставлено", "с речью выступил", "модератором выступил", "вёл вечер", participles, "во главе с". The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

EVENT = "В генеральном консульстве состоялся вечер памяти шехидов 20 Января. "


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(EVENT + text)]


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(EVENT + text)}


PRESENT = [
    # the subject after the verb, its object and where they were, with a long title
    (
        "На Аллее шехидов почтили память погибших председатель Общины азербайджанцев Самары Эльчин Мамедов и члены "
        "правления общины.",
        ["Эльчин Мамедов"],
    ),
    (
        "Возложили венки и цветы к памятнику генеральный консул Азербайджана в Екатеринбурге Орхан Гасанов и "
        "председатель регионального отделения конгресса Рамиз Алиев.",
        ["Орхан Гасанов", "Рамиз Алиев"],
    ),
    (
        "Почтили память жертв трагедии и возложили цветы к мемориалу посол Тимур Гасанов и военный атташе Рауф Агаев.",
        ["Тимур Гасанов", "Рауф Агаев"],
    ),
    # ... a head in the genitive on the way is the object's, the subject comes after it
    (
        "Венки от имени президента возложили к мемориалу посол Тимур Гасанов и консул Эмиль Алиев.",
        ["Тимур Гасанов", "Эмиль Алиев"],
    ),
    # speakers, in the forms the reports use
    ("С речью выступил председатель диаспорской организации Рауф Гулиев.", ["Рауф Гулиев"]),
    ("Модератором выступил доцент университета Самир Гасанов.", ["Самир Гасанов"]),
    ("Вёл вечер руководитель молодежного крыла общины Эмиль Гусейнов.", ["Эмиль Гусейнов"]),
    (
        "Затем слово было предоставлено послу Тимуру Гасанову, а также председателю общины Фуаду Керимову.",
        ["Тимуру Гасанову", "Фуаду Керимову"],
    ),
    (
        "На вечере выступили посол Тимур Гасанов, член Общественной палаты Вера Кузнецова, а также студентка Лала "
        "Керимова.",
        ["Тимур Гасанов", "Вера Кузнецова", "Лала Керимова"],
    ),
    (
        "Выступивший директор Азербайджанского культурного центра Малик Агаев и другие отметили значение даты.",
        ["Малик Агаев"],
    ),
    (
        "Принявшие участие в церемонии председатель общины Фуад Керимов и депутат Госдумы Олег Смирнов возложили "
        "цветы.",
        ["Фуад Керимов", "Олег Смирнов"],
    ),
    ("В церемонии приняли участие члены общины во главе с ее председателем Фуадом Керимовым.", ["Фуадом Керимовым"]),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT)
def test_who_a_russian_report_places_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_list_a_line_each_after_a_colon() -> None:
    text = (
        "В мероприятии приняли участие:\nпосол Тимур Гасанов,\nдепутат Госдумы Олег Смирнов;\n"
        "председатель общины Фуад Керимов.\n\nЗатем был показан фильм."
    )
    assert roles(text) == {
        "Тимур Гасанов": "Ambassador",
        "Олег Смирнов": "Member of the Parliament of Russia",
        "Фуад Керимов": "Chairman of the Community",
    }


def test_lines_after_a_colon_that_are_no_list_of_presence() -> None:
    # (words reported after a colon, and the names of the dead a line each, place nobody)
    assert names("Посол сказал:\nпоэт Ариф Гулиев,\nврач Ильгар Мамедов.") == []
    assert names("Были названы имена погибших:\nИльгар Гасанов,\nВера Бессонова.") == []


def test_a_quoted_name_after_the_body_and_its_country() -> None:
    text = "В мероприятии приняли участие: председатель Азербайджанского общества Латвии «Азери» Фуад Керимов."
    assert roles(text) == {"Фуад Керимов": "Chairman of the Azerbaijani Society of Latvia"}


@pytest.mark.parametrize(
    "text",
    [
        # the object's own people after the verb: the grave's, the bust's, the memory's
        "Участники возложили цветы к бюсту посла Ивана Петрова.",
        "Участники возложили цветы к могиле генерала Ивана Петрова.",
        "Почтили память погибших министра Закира Гасанова сотрудники министерства.",
        "Возложили венки к могиле поэта Самеда Вургуна студенты университета.",
    ],
)
def test_no_subject_after_the_object_of_another(text: str) -> None:
    assert names(text) == []
