"""Russian reports of commemorations read in 2026 (issue 16, Russian): a dean keeps the faculty and a department's head
the department when the data has each word of its name; a friendship society is named with its peoples; embassy
secretaries keep their ordinal; those who came with the guests ("в сопровождении посла X", "Делегацию сопровождал
посол Y") and those who moderated ("Дискуссию модерировала доцент Z") were there. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

from ._helpers import people as found

EVENT = "В посольстве прошел вечер памяти жертв трагедии 20 Января. "


def people(text: str) -> list[tuple[str, str | None]]:
    return found(EVENT + text)


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("декан факультета международных отношений", "Dean of the Faculty of International Relations"),
        ("декану факультета международных отношений", "Dean of the Faculty of International Relations"),
        ("декана исторического факультета", "Dean of the Faculty of History"),
        ("декан юридического факультета", "Dean of the Faculty of Law"),
        (
            "декан факультета истории и международных отношений",
            "Dean of the Faculty of History and International Relations",
        ),
        # a university after the faculty is left out, as in every language
        (
            "декан филологического факультета Бакинского государственного университета",
            "Dean of the Faculty of Philology",
        ),
        ("заведующий кафедрой истории", "Head of the Department of History"),
        ("заведующая кафедрой новейшей истории", "Head of the Department of Contemporary History"),
        ("заведующего кафедрой всеобщей истории", "Head of the Department of General History"),
        ("руководитель кафедры журналистики", "Head of the Department of Journalism"),
        # a word the data does not know: the post alone
        ("заведующая кафедрой ядерной физики", "Head of Department"),
        ("декан факультета прикладной механики", "Dean"),
        ("декан", "Dean"),
    ],
)
def test_faculty_and_department_kept(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        (
            "председатель общества азербайджано-узбекской дружбы",
            "Chairman of the Society of Azerbaijani-Uzbek Friendship",
        ),
        (
            "председатель Общества узбекско-азербайджанской дружбы",
            "Chairman of the Society of Uzbek-Azerbaijani Friendship",
        ),
        ("руководитель Дома азербайджано-грузинской дружбы", "Head of the House of Azerbaijani-Georgian Friendship"),
        ("председатель общества дружбы", "Chairman of the Society of Friendship"),
        ("второй секретарь посольства", "Second Secretary of the Embassy"),
        ("третий секретарь посольства", "Third Secretary of the Embassy"),
        ("посол Азербайджана в Беларуси", "Ambassador of Azerbaijan to Belarus"),
        ("посол Азербайджана в Белоруссии", "Ambassador of Azerbaijan to Belarus"),
        ("ректор Московского государственного университета", "Rector of Moscow State University"),
    ],
)
def test_bodies_and_posts(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_a_hyphenated_people_word_in_a_title_before_a_name() -> None:
    text = "На вечере выступил председатель общества азербайджано-казахстанской дружбы Нурлан Сейтов."
    assert people(text) == [("Нурлан Сейтов", "Chairman of the Society of Azerbaijani-Kazakh Friendship")]


def test_a_dean_and_a_head_of_department_in_a_list() -> None:
    text = (
        "В мероприятии приняли участие декан факультета международных отношений Олег Васильев и заведующая "
        "кафедрой истории Наиля Гасанова."
    )
    assert people(text) == [
        ("Олег Васильев", "Dean of the Faculty of International Relations"),
        ("Наиля Гасанова", "Head of the Department of History"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject with companions between it and the verb
        ("Посол Рамиз Гасанов в сопровождении сотрудников посольства возложил цветы к памятнику.", ["Рамиз Гасанов"]),
        (
            "Посол Рамиз Гасанов в сопровождении советника посольства Эльнура Алиева посетил Аллею шехидов.",
            ["Рамиз Гасанов", "Эльнура Алиева"],
        ),
        # the one who came with a group that laid flowers
        ("В сопровождении посла Рамиза Гасанова гости возложили цветы.", ["Рамиза Гасанова"]),
        ("В сопровождении генерального консула Анара Юсифли участники акции почтили память шехидов.", ["Анара Юсифли"]),
        # the one who went with the guests or a delegation, after the verb
        ("Делегацию сопровождал посол Рамиз Гасанов.", ["Рамиз Гасанов"]),
        ("Гостей сопровождала первый секретарь посольства Сабина Гасанова.", ["Сабина Гасанова"]),
        # who moderated, before or after the verb, and the moderator named after the words that name the post
        ("Мероприятие модерировал профессор Ариф Юнусов.", ["Ариф Юнусов"]),
        ("Дискуссию модерировала доцент Марина Сергеева.", ["Марина Сергеева"]),
        ("Профессор Ариф Юнусов модерировал круглый стол.", ["Ариф Юнусов"]),
        ("Модератор круглого стола, доцент Марина Сергеева, представила участников.", ["Марина Сергеева"]),
    ],
)
def test_companions_and_moderators(text: str, expected: list[str]) -> None:
    assert [name for name, _ in people(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # music, not a person, came with the flowers
        "Цветы к памятнику были возложены в сопровождении траурной музыки.",
        # who wrote, said or sent something from afar
        "Посол Великобритании Фергюс Олд написал в социальной сети X, что скорбит вместе с народом.",
        "Депутат Государственной Думы Олег Смирнов в интервью агентству рассказал о событиях той ночи.",
        "Министр иностранных дел Украины Андрей Сибига в своем заявлении отметил, что Украина разделяет скорбь.",
        "Председатель общины Фуад Керимов направил телеграмму соболезнования.",
        "Как отметил в своем посте в Facebook посол Украины Владислав Каневский, его страна помнит жертвы.",
        # a leader remembered, and what he did in 1990
        "Общенациональный лидер Гейдар Алиев 21 января 1990 года выступил с заявлением в постпредстве.",
        # a moderator of another time
        "Ранее профессор Ариф Юнусов модерировал дискуссию о Карабахе.",
        "Ранее профессор Ариф Юнусов выступил на конференции о Карабахе.",
    ],
)
def test_nobody_placed(text: str) -> None:
    assert people(text) == []


def test_a_speech_of_another_year_places_nobody() -> None:
    """A year is another only beside the report's own (`extract/_another_year.py`): this report is of the 34th
    anniversary (2024), so a speech "В 2015 году" was given at another time."""
    own = "В посольстве прошел вечер памяти жертв трагедии 20 Января, приуроченный к ее 34-й годовщине. "
    assert found(own + "В 2015 году посол Рамиз Гасанов выступил перед студентами университета.") == []


def test_moderating_outside_an_event_places_nobody() -> None:
    assert extract_attendees("Дискуссию модерировала доцент Марина Сергеева.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the abbreviated head of a department, in the middle of a sentence or opening it
        (
            "Затем выступил зав. кафедрой философии Олег Васильев.",
            [("Олег Васильев", "Head of the Department of Philosophy")],
        ),
        (
            "Зав. кафедрой истории Олег Васильев рассказал собравшимся о трагедии.",
            [("Олег Васильев", "Head of the Department of History")],
        ),
        ("Затем выступил зав. кафедрой ядерной физики Олег Васильев.", [("Олег Васильев", "Head of Department")]),
        # a member of a Russian region's legislative assembly, with or without the region
        (
            "Выступил депутат Законодательного собрания Игорь Петров.",
            [("Игорь Петров", "Member of the Parliament of Russia")],
        ),
        (
            "Выступил депутат Законодательного собрания Санкт-Петербурга Игорь Петров.",
            [("Игорь Петров", "Member of the Parliament of Russia")],
        ),
    ],
)
def test_abbreviated_heads_and_regional_members(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
