"""Issue #16: no non-attendee is listed. A body's name is no person ("Tarix kafedrasının", "центр им. X"), and a
sentence that tells what happened in 1990, or names a leader remembered, places nobody at the commemoration."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

EVENT = {
    "az": "Səfirlikdə anım tədbiri keçirilib.\n\n",
    "ru": "В посольстве прошел вечер памяти.\n\n",
    "tr": "Büyükelçilikte anma töreni düzenlendi.\n\n",
    "en": "The embassy held a commemoration.\n\n",
}


def _people(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


# A capitalised run before a body's head noun (in lower case, with a case ending) is the body's name.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Qədim Dünya kafedrasının müəllimi Nərgiz Abbasova Şəhidlər xiyabanını ziyarət edib.", ["Nərgiz Abbasova"]),
        ("Xarici Əlaqələr şöbəsinin əməkdaşları Şəhidlər xiyabanını ziyarət ediblər.", []),
        ("Gənc Alimlər şurasının üzvləri Şəhidlər xiyabanını ziyarət ediblər.", []),
        ("Qaçqın Qadınlar cəmiyyətinin sədri Solmaz Rəhimova Şəhidlər xiyabanını ziyarət edib.", ["Solmaz Rəhimova"]),
        ("Veteranlar Təşkilatının idarə heyəti Şəhidlər xiyabanını ziyarət ediblər.", []),
        ("Ağsaqqallar Şurasının sədri Tofiq Əsədov Şəhidlər xiyabanını ziyarət edib.", ["Tofiq Əsədov"]),
    ],
)
def test_az_body_is_no_person(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Директор Дома культуры им. Низами Гянджеви Анар Гусейнов возложил цветы к Вечному огню.",
            ["Анар Гусейнов"],
        ),
        ("Ученики школы им. Гейдара Алиева возложили цветы к Вечному огню.", []),
        ("Делегация университета имени Ивана Франко возложила цветы к Вечному огню.", []),
        ("Сотрудники Культурного центра им. Гусейна Джавида возложили цветы к Вечному огню.", []),
        ("Заведующая Русского Языка кафедры Елена Орлова возложила цветы к Вечному огню.", ["Елена Орлова"]),
        ("Члены Азербайджанского Культурного общества возложили цветы к Вечному огню.", []),
    ],
)
def test_ru_named_after_and_bodies(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_ru_named_after_keeps_the_sentence_whole() -> None:
    # "им." ends no sentence: the name after it is in the same sentence as the body it names
    text = EVENT["ru"] + "Директор центра им. Гейдара Алиева Самир Аббасов напомнил собравшимся о событиях."
    assert _people(text) == ["Самир Аббасов"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Azerbaycan Kültür derneğinin üyeleri Şehitler Hıyabanı'nı ziyaret etti.", []),
        ("Gençlik ve Spor müdürlüğünden Ayşe Kara Şehitler Hıyabanı'nı ziyaret etti.", ["Ayşe Kara"]),
        ("Türk Dünyası vakfının başkanı Mehmet Akın Şehitler Hıyabanı'nı ziyaret etti.", ["Mehmet Akın"]),
        ("Kafkas Göçmenleri federasyonunun temsilcileri Şehitler Hıyabanı'nı ziyaret etti.", []),
        ("Ahmet Yılmaz dernek başkanı olarak Şehitler Hıyabanı'nı ziyaret etti.", ["Ahmet Yılmaz"]),
        ("Tarih Araştırmaları merkezinin müdürü Selin Akbulut Şehitler Hıyabanı'nı ziyaret etti.", ["Selin Akbulut"]),
    ],
)
def test_tr_body_is_no_person(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Members of the Caspian Heritage society laid a wreath at the Eternal Flame.", []),
        ("Students of the Modern History department laid flowers at the Eternal Flame.", []),
        ("The Baku Friends association and Ambassador Jane Roe laid a wreath at the Eternal Flame.", ["Jane Roe"]),
        ("Jane Roe laid a wreath at the Eternal Flame.", ["Jane Roe"]),
        ("The Silk Road foundation staff laid flowers at the Eternal Flame.", []),
        ("Oriental Studies faculty member Alan Webb laid flowers at the Eternal Flame.", ["Alan Webb"]),
    ],
)
def test_en_body_is_no_person(text: str, people: list[str]) -> None:
    assert _people(text) == people


# A sentence that opens with a day or the year 1990 tells what happened then; a leader remembered is not there.
@pytest.mark.parametrize(
    ("code", "sentence", "people"),
    [
        ("ru", "21 января 1990 года Гейдар Алиев прибыл в постпредство и выступил с заявлением.", []),
        ("ru", "В январе 1990 года Гейдар Алиев выступил с заявлением в Москве.", []),
        ("ru", "Затем общенациональный лидер Гейдар Алиев выступил с заявлением.", []),
        ("ru", "Затем посол Рамиз Гасанов выступил с речью.", ["Рамиз Гасанов"]),
        ("ru", "Советский министр Дмитрий Язов выступил с заявлением.", []),
        ("ru", "Посол Рамиз Гасанов возложил цветы к памятнику жертвам 20 января 1990 года.", ["Рамиз Гасанов"]),
        ("az", "1990-cı ildə Heydər Əliyev nümayəndəliyə gələrək çıxış edib.", []),
        ("az", "1990-cı il yanvarın 21-də Heydər Əliyev nümayəndəliyə gələrək çıxış edib.", []),
        ("az", "Səfir Rauf Quliyev çıxış edib.", ["Rauf Quliyev"]),
        ("tr", "21 Ocak 1990'da Haydar Aliyev temsilciliğe gelerek bir konuşma yaptı.", []),
        ("tr", "1990 yılında Haydar Aliyev Moskova'da bir konuşma yaptı.", []),
        ("tr", "Ulu Önder Haydar Aliyev bir konuşma yaptı.", []),
        ("tr", "Büyükelçi Cem Tan bir konuşma yaptı.", ["Cem Tan"]),
    ],
)
def test_history_places_nobody(code: str, sentence: str, people: list[str]) -> None:
    assert _people(EVENT[code] + sentence) == people
