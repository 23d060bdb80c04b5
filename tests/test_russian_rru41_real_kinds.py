"""Russian reports of commemorations read in December 2026 (rru41): the dead described between a grave's or
memory's word and their names ("могилы двух национальных героев Азербайджана A и B") were not there; a people's
plural that opens a heading ("Мусульмане Саратова почтили память") is a group, no person; an envoy's or a leader's
own photos or video of the visit place them, the title alone opening a later sentence being the one named before
("Посол также поделился фотографиями, на которых он …"); a conductor "под управлением дирижера X" is a Conductor;
a later item of a list of names in the genitive is shown in the nominative; a minister taking part in another
meeting of the day is not at the ceremony. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._case import certain_oblique
from jan20.text import sentences as sx

from ._helpers import names, people

EVENT = "В посольстве прошла траурная церемония, посвященная годовщине трагедии 20 Января. "


@pytest.mark.parametrize(
    "text",
    [
        "Он также посетил могилы двух национальных героев Азербайджана Тофика Гулиева и Рамиза Сафарова.",
        "Затем гости побывали у могил трех героев Вагифа Алиева и Эльдара Керимова.",
        "Делегация почтила память национального героя Азербайджана Фариза Гасанова.",
        "Там же были посещены могилы погибших студентов Ильгара Мамедова и Самира Рзаева.",
        "После этого он почтил память героических шехидов Родины Эльчина Гусейнова и Мурада Исмаилова.",
        "Затем делегация побывала на могилах шехидов Эльчина Гусейнова и Мурада Исмаилова.",
        "Гости возложили цветы к надгробиям Эльчина Гусейнова и Мурада Исмаилова.",
    ],
)
def test_the_dead_described_after_a_grave_were_not_there(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол Иван Орлов посетил могилы двух национальных героев Азербайджана Тофика Гулиева и Рамиза Сафарова.",
            ["Иван Орлов"],
        ),
        # a title in the nominative after the word of the dead opens the subject, not the dead one's name
        ("У могил двух героев посол Иван Орлов возложил цветы.", ["Иван Орлов"]),
        (
            "Почтили память погибших председатель общины Ильгар Гасанов и консул Анна Белова.",
            ["Ильгар Гасанов", "Анна Белова"],
        ),
    ],
)
def test_the_subject_beside_the_described_dead_stays(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Мусульмане Саратова почтили память жертв трагедии в Азербайджане",
        "Татары Ульяновска почтили память шехидов 20 Января",
        "Прихожане Самарова почтили память жертв Черного января",
        "Азербайджанцы Казани посетили памятник жертвам трагедии",
    ],
)
def test_a_people_s_plural_in_a_heading_is_no_person(text: str) -> None:
    assert names(text + "\n\n" + EVENT) == []


def test_a_people_s_plural_beside_a_titled_person_leaves_the_person() -> None:
    text = "Мусульмане Саратова и муфтий Рашид Ахмедов почтили память жертв трагедии."
    assert people(EVENT + text) == [("Рашид Ахмедов", "Mufti")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Об этом в соцсети написал посол Франции в Азербайджане Пьер Леруа. Посол также поделился фотографиями, "
            "на которых он возлагает цветы на Аллее шехидов.",
            [("Пьер Леруа", "Ambassador of France")],
        ),
        ("Посол Иван Орлов разместил в соцсети фото с Аллеи шехидов.", [("Иван Орлов", "Ambassador")]),
        ("Посол Иван Орлов опубликовал в Х снимки с церемонии возложения цветов.", [("Иван Орлов", "Ambassador")]),
        (
            "Президент Ильхам Алиев поделился на своих официальных страницах в социальных сетях видеороликом, "
            "посвященным посещению Аллеи шехидов.",
            [("Ильхам Алиев", "President")],
        ),
        (
            "Посол Иван Орлов поделился кадрами, на которых он отдает дань памяти шехидов.",
            [("Иван Орлов", "Ambassador")],
        ),
    ],
)
def test_one_s_own_photos_of_the_visit_place_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Посол Иван Орлов поделился видео, посвященным трагедии 20 Января.",
        "Посол Иван Орлов поделился фотографиями Баку 1990 года.",
        "Посол Иван Орлов опубликовал фото с выставки.",
        # two ambassadors named before: the bare title is neither
        "Посол Франции Пьер Леруа и посол Италии Марко Риччи написали об этом. Посол посетил Аллею шехидов.",
    ],
)
def test_photos_of_something_else_place_nobody(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оркестром под управлением дирижера Тимура Гасанова были исполнены траурные марши.", "Conductor"),
        ("Хоровые произведения прозвучали под руководством дирижера Тимура Гасанова.", "Conductor"),
        ("На вечере выступил заведующий управлением Тимур Гасанов.", "Head of Department"),  # a head's own unit
    ],
)
def test_a_conductor_under_whose_baton_the_orchestra_played(text: str, expected: str) -> None:
    assert [role for _, role in people(EVENT + text)] == [expected]


@pytest.mark.parametrize(
    "before",
    [
        # later items of a list after a title or a governing word in the genitive
        "Вечер украсили выступления таристов Рустама Гулиева,",
        "Вечер украсили выступления таристов Рустама Гулиева, Эльшана Мамедли и",
        "Звучали выступления пианиста Рустама Гулиева, лауреатов конкурсов Эльшана Мамедова и",
        "с участием посла Рустама Гулиева, а также",
        "выступления таристов Рустама Гулиева, а также дипломанта республиканских и зарубежных конкурсов",
        # a degree set off by its comma between the title and the name
        "под руководством дирижера, заслуженного артиста Азербайджана",
    ],
)
def test_a_later_item_of_a_genitive_list_is_certain(before: str) -> None:
    role = "дирижера" if "дирижера" in before else None
    assert certain_oblique(before, role)


@pytest.mark.parametrize(
    "before",
    [
        "На вечере выступили Мария Петрова и",  # a list in the nominative
        "Вечер вели посол Рустам Гулиев и",
        "На вечере",
    ],
)
def test_a_list_in_the_nominative_leaves_the_case_open(before: str) -> None:
    assert not certain_oblique(before, None)


@pytest.mark.parametrize(
    "text",
    [
        "Затем министр Рамиз Алиев принял участие в заседании Кабинета министров.",
        "Затем министр Рамиз Алиев выступил на пленарной сессии парламента.",
        "22 января министр Рамиз Алиев участвовал в инвестиционном форуме.",
        "Затем министр Рамиз Алиев выступил с докладом о планах на коллегии министерства.",
        "Затем министр Рамиз Алиев принял участие в церемонии открытия нового парка.",
        "Позднее министр Рамиз Алиев посетил строительную площадку больницы.",
        "После этого министр Рамиз Алиев побывал на заводе по выпуску труб.",
    ],
)
def test_another_meeting_of_the_day_places_nobody(text: str) -> None:
    assert names(EVENT + "Посол Иван Орлов возложил цветы. " + text) == ["Иван Орлов"]


@pytest.mark.parametrize(
    "text",
    [
        "Министр Рамиз Алиев принял участие в заседании, посвященном годовщине трагедии.",
        "Министр Рамиз Алиев выступил на траурном заседании.",
        "Министр Рамиз Алиев принял участие в церемонии на Аллее шехидов.",
        "Министр Рамиз Алиев выступил на открытии выставки «Черный январь».",
        "Министр Рамиз Алиев принял участие в открытии памятника шехидам.",
        "Министр Рамиз Алиев выступил на открытии вечера.",  # the opening of the report's own evening
    ],
)
def test_a_meeting_of_the_commemoration_places_them(text: str) -> None:
    assert names(EVENT + text) == ["Рамиз Алиев"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На вечере выступил директор Детской музыкальной школы № 3 Самир Велиев.", ["Самир Велиев"]),
        ("На вечере выступил директор школы искусств №7 Самир Велиев.", ["Самир Велиев"]),
        (
            "На вечере выступили мать шехида Фикрета Гасанова Зарема Гасанова, а также директор Детской школы "
            "искусств №1 Самир Велиев, которые вспомнили те дни.",
            ["Зарема Гасанова", "Самир Велиев"],
        ),
    ],
)
def test_a_numbered_school_in_an_unknown_title_leaves_its_director(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Исполняющая обязанности директора музея Лейла Рзаева рассказала о днях.", "Acting Director of the Museum"),
        ("Затем выступила исполняющая обязанности ректора Лейла Рзаева.", "Acting Rector"),
        ("Исполняющий обязанности директора музея Тимур Рзаев рассказал о тех днях.", "Acting Director of the Museum"),
        ("Выступил временно исполняющий обязанности ректора Тимур Рзаев.", "Acting Rector"),
    ],
)
def test_an_acting_post_written_before_it_in_either_gender(text: str, expected: str) -> None:
    assert [role for _, role in people(EVENT + text)] == [expected]


def test_paragraphs_glued_after_a_capitalised_word_are_two_sentences() -> None:
    text = (
        "В Союзе художников прошел вечер памяти жертв 20 Января.Собравшиеся почтили минутой молчания память "
        "жертв 20 Января.Председатель союза, профессор Камран Велиев подчеркнул, что боль не утихает."
    )
    assert people(text) == [("Камран Велиев", "Chairman of the Union")]


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщает Trend.Az со ссылкой на посольство.",  # a site's domain: one sentence
        "Как передает News.Az, посол Иван Орлов посетил Аллею шехидов.",
    ],
)
def test_a_domain_s_stop_ends_no_sentence(text: str) -> None:
    assert len(sx.sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Директор института, член-корреспондент НАНА Камран Велиев выступил на вечере.", "Director of the Institute"),
        ("Выступил член-корреспондент НАНА Камран Велиев.", "Corresponding Member of ANAS"),
    ],
)
def test_the_academy_s_membership_after_an_office_s_comma_is_a_degree(text: str, expected: str) -> None:
    assert [role for _, role in people(EVENT + text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вечер украсили выступления пианиста Кенана Алиева, а также лауреата городских и школьных конкурсов "
            "Эмиля Гасанова.",
            ["Кенана Алиева", "Эмиля Гасанова"],
        ),
        (
            "На вечере выступили Зарема Гасанова, а также директор Детской школы искусств №2 Самир Велиев.",
            ["Зарема Гасанова", "Самир Велиев"],
        ),
    ],
)
def test_a_long_unknown_title_after_a_also_in_a_list(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected
