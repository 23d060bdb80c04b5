"""An attendee named without a title where the text places them keeps the title the article gives them in another
sentence (issue 16): "Ambassador X opened the evening. … X laid flowers" gives X the role "Ambassador". A title
given to someone else, or to nobody, gives none. The sentences are written for these tests, in four languages."""

from __future__ import annotations

import pytest

from ._helpers import roles

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


SURNAME_ONLY = [
    (
        "Azerbaycan Cumhurbaşkanı İlham Aliyev 20 Ocak şehitlerini andı. Aliyev, Şehitler Hıyabanı'nı ziyaret ederek "
        "şehitlerin anısına çelenk bıraktı.",
        "İlham Aliyev",
    ),
    (
        "Büyükelçi Rahman Mustafayev bir mesaj yayımladı. Daha sonra Mustafayev, anıtı ziyaret ederek çelenk bıraktı.",
        "Rahman Mustafayev",
    ),
    (
        "Prezident İlham Əliyev bəyanat verib. Əliyev, Şəhidlər xiyabanını ziyarət edərək abidə önünə əklil qoyub.",
        "İlham Əliyev",
    ),
    ("Səfir Rəşad Məmmədov müsahibə verib. Məmmədov, abidəni ziyarət edib.", "Rəşad Məmmədov"),
    (
        "President Ilham Aliyev issued a statement on Monday. Aliyev, accompanied by his wife, visited the Alley of "
        "Martyrs.",
        "Ilham Aliyev",
    ),
    (
        "Президент Ильхам Алиев выступил с обращением. Алиев, сопровождаемый супругой, посетил Аллею шехидов.",
        "Ильхам Алиев",
    ),
]


@pytest.mark.parametrize(("text", "full_name"), SURNAME_ONLY)
def test_a_surname_alone_is_the_person_the_article_names_in_full(text: str, full_name: str) -> None:
    assert list(roles(text)) == [full_name]


SURNAME_OF_NOBODY_THERE = [
    # two people of the surname: which one is not said
    "President Ilham Aliyev and Minister Elmar Aliyev spoke. Aliyev, accompanied by officials, visited the Alley.",
    # the full name is a leader remembered
    "National leader Heydar Aliyev condemned the crime. Aliyev, who was in Moscow, visited the Azerbaijani mission.",
    "Ümummilli lider Heydər Əliyev cinayəti pisləyib. Əliyev, Şəhidlər xiyabanını ziyarət edərək əklil qoyub.",
    "Ulu Önder Haydar Aliyev suçu kınadı. Aliyev, Şehitler Hıyabanı'nı ziyaret ederek çelenk bıraktı.",
    "Общенациональный лидер Гейдар Алиев осудил преступление. Алиев, находясь в Москве, посетил представительство.",
    # no full name in the article
    "Aliyev, Şehitler Hıyabanı'nı ziyaret ederek çelenk bıraktı.",
]


@pytest.mark.parametrize("text", SURNAME_OF_NOBODY_THERE)
def test_a_surname_alone_of_nobody_or_of_two_people_is_nobody(text: str) -> None:
    assert roles(text) == {}
