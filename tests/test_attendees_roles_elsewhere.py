"""An attendee named without a title where the text places them keeps the title the article gives them in another
sentence (issue 16): "Ambassador X opened the evening. … X laid flowers" gives X the role "Ambassador". A title
given to someone else, or to nobody, gives none. The sentences are written for these tests, in four languages."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


TITLED_ELSEWHERE = [
    (
        "The community met at the embassy on Sunday. Ambassador Polad Bulbuloglu thanked the guests. "
        "Polad Bulbuloglu laid flowers at the memorial.",
        {"Polad Bulbuloglu": "Ambassador"},
    ),
    (
        "Minister of Culture Adil Karimli welcomed the guests. Later Adil Karimli visited the Alley of Martyrs.",
        {"Adil Karimli": "Minister of Culture"},
    ),
    (
        "Посол Азербайджана Рахман Мустафаев открыл выставку. Рахман Мустафаев возложил цветы к памятнику.",
        {"Рахман Мустафаев": "Ambassador of Azerbaijan"},
    ),
    (
        "Министр культуры Адиль Керимли поблагодарил организаторов. Адиль Керимли принял участие в церемонии.",
        {"Адиль Керимли": "Minister of Culture"},
    ),
    (
        "Səfir Rəşad Məmmədov qonaqları salamlayıb. Rəşad Məmmədov abidəni ziyarət edib.",
        {"Rəşad Məmmədov": "Ambassador"},
    ),
    (
        "Mədəniyyət naziri Adil Kərimli sərgini açıb. Adil Kərimli Şəhidlər xiyabanını ziyarət edib.",
        {"Adil Kərimli": "Minister of Culture"},
    ),
    (
        "Büyükelçi Rahman Mustafayev konukları karşıladı. Rahman Mustafayev anıta çelenk bıraktı.",
        {"Rahman Mustafayev": "Ambassador"},
    ),
    (
        "Kars Valisi Ahmet Demir programı izledi. Ahmet Demir Şehitler Hıyabanı'nı ziyaret etti.",
        {"Ahmet Demir": "Governor of Kars"},
    ),
    # the surname alone with the title: "Ambassador Bulbuloglu"
    (
        "Ambassador Bulbuloglu welcomed the guests. Polad Bulbuloglu laid flowers at the memorial.",
        {"Polad Bulbuloglu": "Ambassador"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_ELSEWHERE)
def test_a_title_given_in_another_sentence_is_the_attendees_role(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


UNTITLED = [
    # nobody gives the attendee a title
    ("The ceremony was held in Berlin. Polad Bulbuloglu laid flowers at the memorial.", "Polad Bulbuloglu"),
    # the title is another person's, of the same surname
    (
        "Ambassador Elchin Bulbuloglu sent a message. Polad Bulbuloglu laid flowers at the memorial.",
        "Polad Bulbuloglu",
    ),
    ("Посол Ильхам Мустафаев прислал письмо. Рахман Мустафаев возложил цветы к памятнику.", "Рахман Мустафаев"),
    ("Tədbir Bakıda keçirilib. Rəşad Məmmədov abidəni ziyarət edib.", "Rəşad Məmmədov"),
    ("Səfir Elçin Məmmədov məktub göndərib. Rəşad Məmmədov abidəni ziyarət edib.", "Rəşad Məmmədov"),
    ("Büyükelçi Ali Mustafayev mesaj gönderdi. Rahman Mustafayev anıta çelenk bıraktı.", "Rahman Mustafayev"),
    ("Tören Kars'ta düzenlendi. Ahmet Demir Şehitler Hıyabanı'nı ziyaret etti.", "Ahmet Demir"),
]


@pytest.mark.parametrize(("text", "name"), UNTITLED)
def test_no_title_of_the_person_in_the_article_gives_no_role(text: str, name: str) -> None:
    assert roles(text) == {name: None}
