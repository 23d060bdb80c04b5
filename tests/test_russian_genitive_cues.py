"""Issue #16 (Russian, eleventh pass): people named in the genitive after the word that places them. A man's name
after a title in the genitive ("с участием посла Ивана Петрова", "выступление депутата Олега Смирнова") comes back
in the nominative: the title makes its case certain, which "-ова" alone does not ("Сахиба Гафарова" is a woman's
nominative). An event held on someone's initiative places them there ("По инициативе посла X состоялся вечер"), a
speech that took place or that an evening went on with places its speaker; a campaign run on someone's initiative,
an assessment given on it, places nobody. A university's rector keeps the university ("ректор БГУ": "Rector of
BSU"); a numbered school's director is a School Director. Names and sentences are invented for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from jan20.extract._case import certain_nominatives, certain_oblique
from jan20.extract.people import canonical_names, canonical_spellings

from ._helpers import names, roles

EVENT = "В посольстве Азербайджана в Чехии прошел вечер памяти, посвященный годовщине трагедии 20 Января. "


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Вечер прошел с участием посла ", "посла"),
        ("Затем состоялось выступление депутата ", "депутата"),
        ("Слово было предоставлено по просьбе председателя общины ", "председателя общины"),
        ("Вечер открылся словом ректора университета ", "ректора университета"),
        ("Вечер прошел при участии ", None),  # no title: the word before the name governs the genitive
        ("Вечер прошел по инициативе ", None),
        ("Прозвучало выступление ", None),
    ],
)
def test_the_words_before_a_name_make_its_case_certain(before: str, role: str | None) -> None:
    assert certain_oblique(before, role)


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("На вечере выступил посол ", "посол"),  # a title in the nominative
        ("Затем выступил заместитель министра ", "заместитель министра"),  # its head, not its last word, decides
        ("На вечере ", "посла"),  # the title was found in another sentence: nothing before the name says its case
        ("Гостей приветствовала ", None),
        ("Вечер открыла ", None),
    ],
)
def test_other_words_leave_the_case_open(before: str, role: str | None) -> None:
    assert not certain_oblique(before, role)


@pytest.mark.parametrize(
    ("written", "nominative"),
    [
        ("Ивана Петрова", "Иван Петров"),
        ("Олега Смирнова", "Олег Смирнов"),
        ("Фарида Гулиева", "Фарид Гулиев"),
        ("Андрея Воронина", "Андрей Воронин"),
        ("Эмиля Рагимова", "Эмиль Рагимов"),
        ("Адиля Керимли", "Адиль Керимли"),  # a surname that does not decline: the given name says the case
        ("Гусейна Мамедзаде", "Гусейн Мамедзаде"),
    ],
)
def test_a_certain_genitive_is_shown_in_the_nominative(written: str, nominative: str) -> None:
    rows = [(written, "посла", 30, "a")]
    known = certain_nominatives(rows, lambda article, start, length: "Вечер прошел с участием посла ")
    assert known == {("a", written): nominative}
    assert canonical_spellings([written], [known["a", written]]) == [nominative]


@pytest.mark.parametrize(
    ("written", "before", "role"),
    [
        ("Сахиба Гафарова", "На вечере выступила посол ", "посол"),  # a woman's nominative after a nominative title
        ("Айтен Керимли", "Вечер прошел с участием посла ", "посла"),  # no man's ending on the given name
        ("Ивана Петрова", "На вечере ", "посла"),  # the title from another sentence
    ],
)
def test_no_certain_genitive(written: str, before: str, role: str) -> None:
    assert certain_nominatives([(written, role, 30, "a")], lambda article, start, length: before) == {}


@pytest.mark.parametrize("name", ["Сахиба Гафарова", "Нигяр Алиева", "Ирина Воронина", "Ивана Петрова"])
def test_without_certainty_a_woman_s_nominative_is_kept(name: str) -> None:
    assert canonical_names([name])[name] == name


def test_one_person_named_in_two_cases_is_one_row(
    write_corpus: Callable[[dict[str, str | bytes]], Path], run: Callable[..., CompletedProcess[str]]
) -> None:
    corpus = write_corpus(
        {
            "prague.txt": "Вечер памяти в Праге\n\n20 января 2024\n\n"
            + EVENT
            + "Вечер прошел с участием посла Азербайджана в Чехии Ивана Петрова.\n",
            "brno.txt": "Вечер в Брно\n\n21 января 2024\n\n"
            "В Брно состоялась церемония памяти жертв 20 Января. Выступила журналист Ирина Воронина.\n",
        }
    )
    result = run("attendees", "--corpus", str(corpus), "-f", "json")
    rows = {row["mention"]: row["name"] for row in json.loads(result.stdout)}
    assert rows == {"Ивана Петрова": "Иван Петров", "Ирина Воронина": "Ирина Воронина"}


PLACED = [
    ("Вечер открылся выступлением посла Азербайджана в Чехии Рустама Алиева.", ["Рустама Алиева"]),
    (
        "Мероприятие продолжилось выступлением депутата Олега Смирнова, который рассказал о той ночи.",
        ["Олега Смирнова"],
    ),
    ("Вечер продолжился речью председателя общины Фарида Гулиева.", ["Фарида Гулиева"]),
    ("Затем состоялось выступление посла Азербайджана в Чехии Лейлы Мамедовой.", ["Лейлы Мамедовой"]),
    ("Состоялось также выступление историка Андрея Воронина.", ["Андрея Воронина"]),
    (
        "По инициативе посла Азербайджана в Чехии Эмиля Рагимова в посольстве состоялся вечер памяти.",
        ["Эмиля Рагимова"],
    ),
    ("Вечер памяти прошел по инициативе председателя диаспоры Фарида Гулиева.", ["Фарида Гулиева"]),
    ("По инициативе писателя Рамиза Керимова в библиотеке была организована встреча.", ["Рамиза Керимова"]),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACED)
def test_a_speech_or_an_initiative_places_the_named(sentence: str, expected: list[str]) -> None:
    assert names(EVENT + sentence) == expected


NOBODY = [
    # a campaign run on someone's initiative, an assessment given on it: no event held that way
    "Посол напомнил о кампании, проводимой во многих странах по инициативе вице-президента фонда Лейлы Керимовой.",
    "Оценка событиям была дана парламентом по инициативе общенационального лидера Гейдара Алиева.",
    "По инициативе Фарида Гулиева в прошлом году был открыт памятник.",
]


@pytest.mark.parametrize("sentence", NOBODY)
def test_an_initiative_of_something_else_places_nobody(sentence: str) -> None:
    assert names("В университете почтили память жертв 20 Января. " + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("В своем выступлении ректор БГУ Эльчин Бабаев отметил значение даты.", "Эльчин Бабаев", "Rector of BSU"),
        ("Выступил ректор Бакинского государственного университета Эльчин Бабаев.", "Эльчин Бабаев", "Rector of BSU"),
        ("В церемонии приняли участие ректор БГУ Эльчин Бабаев и студенты.", "Эльчин Бабаев", "Rector of BSU"),
        ("Выступил ректор университета Эльчин Бабаев.", "Эльчин Бабаев", "Rector"),
        ("Выступил проректор БГУ Самир Гусейнов.", "Самир Гусейнов", "Vice-Rector of BSU"),
        ("Выступила директор средней школы №5 Севиндж Алиева.", "Севиндж Алиева", "School Director"),
        ("Выступила директор средней школы № 132 города Баку Севиндж Алиева.", "Севиндж Алиева", "School Director"),
        ("Слово предоставили директору лицея № 6 Нигяр Алиевой.", "Нигяр Алиевой", "School Director"),
    ],
)
def test_a_rector_keeps_the_university_and_a_numbered_school_is_a_school(sentence: str, name: str, role: str) -> None:
    assert roles("В университете прошла церемония памяти шехидов 20 Января. " + sentence) == {name: role}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Выступивший на вечере посол Азербайджана в Словакии Тимур Велиев напомнил о той ночи.",
            "Тимур Велиев",
            "Ambassador of Azerbaijan to Slovakia",
        ),
        (
            "Выступил посол Азербайджана в Чехии Рустам Алиев.",
            "Рустам Алиев",
            "Ambassador of Azerbaijan to the Czech Republic",
        ),
        ("На вечере присутствовал посол Нидерландов Марк Баас.", "Марк Баас", "Ambassador of the Netherlands"),
        (
            "Выступил посол Азербайджана в Португалии Анар Гасанов.",
            "Анар Гасанов",
            "Ambassador of Azerbaijan to Portugal",
        ),
    ],
)
def test_an_envoy_to_more_countries_keeps_the_country(sentence: str, name: str, role: str) -> None:
    assert roles(EVENT + sentence) == {name: role}


@pytest.mark.parametrize(
    "text",
    [
        "В Праге почтили память Гейдара Алиева\n\n12 декабря 2025\n\nВ Праге прошли памятные церемонии.",
        "Сотрудники посольства почтили память Ивана Петрова.",
        "В посольстве почтили память Ивана Петрова и возложили цветы к его портрету.",
        "В Праге почтили память Олега Смирнова, погибшего в ту ночь.",
    ],
)
def test_the_one_whose_memory_is_honoured_was_not_there(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Память шехидов почтили посол Иван Петров и консул Олег Смирнов.", ["Иван Петров", "Олег Смирнов"]),
        ("На вечере памяти посол Иван Петров выступил первым.", ["Иван Петров"]),  # the evening's name, no object
    ],
)
def test_those_who_honoured_the_memory_were_there(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # an office, then honours between commas, then a degree before the name: the office is the role
        (
            "Выступила председатель Союза композиторов Азербайджана, народная артистка, профессор Айтен Гасанова.",
            "Айтен Гасанова",
            "Chairman of the Union of Composers of Azerbaijan",
        ),
        (
            "Выступил председатель Союза писателей Азербайджана, член-корреспондент НАНА, академик Рамиз Керимов.",
            "Рамиз Керимов",
            "Chairman of the Union of Writers of Azerbaijan",
        ),
        ("Выступил ректор университета, академик Самир Гусейнов.", "Самир Гусейнов", "Rector"),
        (
            "Затем выступил председатель Союза художников Азербайджана Фарид Гулиев.",
            "Фарид Гулиев",
            "Chairman of the Union of Artists of Azerbaijan",
        ),
    ],
)
def test_an_office_before_honours_and_a_degree_is_the_role(sentence: str, name: str, role: str) -> None:
    assert roles(EVENT + sentence) == {name: role}


def test_honours_after_another_person_s_name_are_not_their_office() -> None:
    # the ambassador's post is his own: the professor has only the degree
    text = EVENT + "Выступили посол Иван Петров, народный артист, профессор Олег Смирнов."
    assert roles(text) == {"Иван Петров": "Ambassador of Azerbaijan to the Czech Republic", "Олег Смирнов": "Professor"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Председатель общины Фарид Гулиев, открывая вечер, напомнил о событиях той ночи.", ["Фарид Гулиев"]),
        ("Консул Олег Смирнов, приветствуя собравшихся, рассказал о трагедии.", ["Олег Смирнов"]),
        ("Директор центра Айтен Гасанова, открывая встречу, предложила почтить память шехидов.", ["Айтен Гасанова"]),
    ],
)
def test_a_gerund_of_opening_after_its_subject_places_the_speaker(sentence: str, expected: list[str]) -> None:
    assert names("В Праге состоялось мероприятие, посвященное памяти шехидов 20 Января.\n\n" + sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Вступительное слово произнес посол Азербайджана в Чехии Рустам Алиев.",
            "Рустам Алиев",
            "Ambassador of Azerbaijan to the Czech Republic",
        ),
        (
            "Председатель общины Фарид Гулиев произнес речь о событиях той ночи.",
            "Фарид Гулиев",
            "Chairman of the Community",
        ),
        ("После минуты молчания слово взяла журналист Айтен Гасанова.", "Айтен Гасанова", "Journalist"),
        ("Затем слово взял историк Андрей Воронин.", "Андрей Воронин", "Historian"),
        # a consul's city the data does not know: the title goes on over it, and keeps it as written
        (
            "Выступил почетный консул Азербайджана в Оломоуце Олег Смирнов.",
            "Олег Смирнов",
            "Honorary Consul of Azerbaijan in Оломоуце",
        ),
    ],
)
def test_the_floor_taken_or_a_word_given_places_the_speaker(sentence: str, name: str, role: str) -> None:
    assert roles(EVENT + sentence) == {name: role}


def test_meeting_those_gathered_is_let_through_the_prefilter() -> None:
    assert names(EVENT + "Встречал собравшихся консул Олег Смирнов.") == ["Олег Смирнов"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Выступил ректор АДА Университета Рауф Мамедов.", "Рауф Мамедов", "Rector of ADA University"),
        (
            "Выступил ректор Бакинского славянского университета Лейла Гасанова.",
            "Лейла Гасанова",
            "Rector of Baku Slavic University",
        ),
        (
            "Выступил ректор Азербайджанского медицинского университета Рауф Мамедов.",
            "Рауф Мамедов",
            "Rector of Azerbaijan Medical University",
        ),
        (
            "Выступил ректор Азербайджанского государственного университета нефти и промышленности Рауф Мамедов.",
            "Рауф Мамедов",
            "Rector of ASOIU",
        ),
        ("Выступил ректор АГПУ Рауф Мамедов.", "Рауф Мамедов", "Rector of ASPU"),
    ],
)
def test_a_rector_keeps_the_university_the_data_names(sentence: str, name: str, role: str) -> None:
    assert roles("В университете прошла церемония памяти шехидов 20 Января. " + sentence) == {name: role}
