"""Who was there, as Russian reports of the commemorations word it (issue 16, third pass): a group whose body is
named in capitals before the next person of a list ("курсанты Академии МЧС, сын погибшего X"); a date inside a title
of kinship ("сын погибшего 20 января Y Z"); words of time between a subject and its verb ("Посол X также сегодня
посетил", "X и послы стран ЕС 19 января посетили"); the names before "и другие выступающие"; a governor with the town
in the genitive ("губернатор Ыгдыра X"); a mission named on the line after a headline that ends with another city.
And what places nobody: a body named after a person ("представители Фонда Гейдара Алиева"), a group alone, a figure
of a group. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._posts_in_text import mission_roles

from ._helpers import names, roles

EVENT = "В посольстве прошло памятное мероприятие, посвященное годовщине трагедии 20 Января. "

PRESENT = [
    # a group and the capitalised name of its body, then a person with a title the role table does not know
    (
        "В мероприятии приняли участие курсанты Академии МВД, дочь погибшего Сабина Алиева.",
        ["Сабина Алиева"],
    ),
    (
        "В церемонии участвовали сотрудники Посольства, студенты БГУ и писатель Рамиз Керимов.",
        ["Рамиз Керимов"],
    ),
    (
        "На вечере присутствовали преподаватели и курсанты Военной академии, а также мать шехида Гюльнара Садыхова.",
        ["Гюльнара Садыхова"],
    ),
    # a date inside a title of kinship, the one whose kin is named in the genitive before the person
    (
        "В вечере приняли участие брат погибшего 20 января Фикрета Гусейнова Эльдар Гусейнов и поэт Анар Рзаев.",
        ["Эльдар Гусейнов", "Анар Рзаев"],
    ),
    ("На церемонии присутствовала вдова погибшего 19 января Лейла Мамедова.", ["Лейла Мамедова"]),
    # words of time between the subject and its verb
    ("Посол Японии Такаси Нагаи также сегодня посетил Аллею шехидов.", ["Такаси Нагаи"]),
    ("Посол Италии Марко Рота 19 января посетил Аллею шехидов и возложил цветы.", ["Марко Рота"]),
    ("Посол Франции Анна Дюбуа накануне возложила венок к Вечному огню.", ["Анна Дюбуа"]),
    # a name, then a group whose body is an abbreviation, before one verb
    (
        "Глава делегации Европейского союза Ян Новак и послы стран ЕС 20 января посетили Аллею шехидов.",
        ["Ян Новак"],
    ),
    ("Посол Турции Джахит Багчи и послы стран НАТО возложили цветы к могилам шехидов.", ["Джахит Багчи"]),
    # the names before the other speakers
    ("Директор центра Айгюн Садыхова и другие выступающие отметили значение этой даты.", ["Айгюн Садыхова"]),
    (
        "Историк Рафик Алиев, поэт Вагиф Ибрагим и другие ораторы рассказали о событиях той ночи.",
        ["Рафик Алиев", "Вагиф Ибрагим"],
    ),
    # one post in apposition before another, after the verb
    ("Затем выступил преподаватель университета, историк Алтай Гасымов.", ["Алтай Гасымов"]),
    ("Далее выступила сотрудница архива, журналистка Нигяр Алиева, рассказавшая о тех днях.", ["Нигяр Алиева"]),
    # a governor with the town in the genitive
    (
        "На мероприятии выступили генеральный консул Нуру Гулиев и губернатор Ыгдыра Эрджан Туран.",
        ["Нуру Гулиев", "Эрджан Туран"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT)
def test_who_a_russian_report_places_there(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


def test_the_head_of_the_eu_delegation_and_a_governor_keep_their_posts() -> None:
    found = roles(
        EVENT
        + "Глава делегации Европейского союза Ян Новак и послы стран ЕС 20 января посетили Аллею шехидов. "
        + "На мероприятии выступили генеральный консул Нуру Гулиев и губернатор Ыгдыра Эрджан Туран."
    )
    assert found["Ян Новак"] == "Head of the EU Delegation"
    assert found["Эрджан Туран"] == "Governor of Igdir"


def test_a_journalist_and_a_consul_written_bare_have_their_posts_in_english() -> None:
    found = roles(EVENT + "Выступили консул Эмин Абдуллаев и журналист Илья Рзаев.")
    assert found == {"Эмин Абдуллаев": "Consul", "Илья Рзаев": "Journalist"}


NOBODY = [
    # a body named after a person, in a group's words
    "В церемонии приняли участие студенты, сотрудники миссии, а также представители Фонда Гейдара Алиева в России.",
    "Представители Фонда Гейдара Алиева и курсанты Академии МЧС возложили цветы к стенду.",
    # groups alone, with the capitalised names of their bodies or abbreviations
    "Сотрудники Посольства Франции и послы стран ЕС посетили Аллею шехидов.",
    "В мероприятии приняли участие 20 курсантов Академии МЧС и преподаватели.",
    # a post in apposition after the object of a cue: the name is the object's
    "Участники почтили память жертв трагедии, поэта Алтая Гасымова.",
    # other speakers of another time
    "В 1990 году Михаил Горбачев и другие выступавшие на съезде отрицали вину армии.",
]


@pytest.mark.parametrize("text", NOBODY)
def test_nobody_is_placed(text: str) -> None:
    assert names(EVENT + text) == []


def test_a_mission_on_the_line_after_a_headline_is_read_from_that_line() -> None:
    """A headline that ends with the city of 1990 ("… в Баку - ФОТО") does not give the mission on the next line
    its city."""
    text = (
        "Генконсульство Азербайджана в Стамбуле почтило память жертв событий в Баку - ФОТО\n"
        "Генконсульство Азербайджана в Стамбуле провело траурную церемонию.\n"
        "Генеральный консул Камал Мамедов выступил на мероприятии."
    )
    assert mission_roles(text, "Consul General") == {"Consul General of Azerbaijan in Istanbul"}
    assert roles(text) == {"Камал Мамедов": "Consul General of Azerbaijan in Istanbul"}
