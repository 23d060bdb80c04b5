"""An anniversary stated as elapsed time or as an ordinal year ("Thirty-four years later", "прошёл 31 год", "36
ildir ki", "35'inci yılında"), in the four languages: counted only from the event of January 1990."""

from __future__ import annotations

import datetime

import pytest

from jan20.archive.facts import extract_facts
from jan20.extract.anniversary import find_stated_anniversaries, infer_year, stated_anniversary

# Each sentence is ours; the phrasings are those of real reports.
STATED = [
    # English: elapsed time after the number, in a sentence that names the event.
    ("Thirty-four years later, the families of the Black January victims still gather.", 34),
    ("Now, 31 years later, the survivors of the January 1990 crackdown meet every winter.", 31),
    ("Thirty-three years after what many call the Black January massacre, no one has been tried.", 33),
    ("Three decades and two years on, the wounds of January 1990 remain open.", 32),
    ("'34 years have passed,' the ambassador said, laying flowers at the monument.", 34),
    ("It will be 15 years since the tragedy on Thursday.", 15),
    ("Some 36 years on from the tragedy, the square is quiet.", 36),
    # Russian: verbs before the number in every form, number words.
    ("Прошёл 31 год со дня трагедии 20 Января.", 31),
    ("В этом году исполняется 32 года с событий Черного января.", 32),
    ("Во вторник исполнится 36 лет со дня трагедии в Баку.", 36),
    ("Тридцать шесть лет назад, в ночь на 20 января 1990 года, войска вошли в город.", 36),
    ("С той кровавой ночи прошло тридцать четыре года.", 34),
    ("«Минул 31 год с тех трагических дней», — напомнил посол.", 31),
    ("Двадцать пять лет спустя после трагедии память жива.", 25),
    # Azerbaijani: the ordinal year, "N ildir", the anniversary in two words, number words.
    ("Faciənin 36-cı ili tamam olur.", 36),
    ("36 ildir ki, xalqımız 20 Yanvar şəhidlərini anır.", 36),
    ("Qanlı Yanvar faciəsindən otuz dörd il keçir.", 34),
    ("20 Yanvar faciəsinin 35-ci il dönümü qeyd olunur.", 35),
    ('Səfir dedi: "Həmin gecədən 33 il keçib, amma biz unutmamışıq."', 33),
    ("Qırğının 31-ci ilində şəhidlər yad edildi.", 31),
    ("O qanlı gecədən otuz beş il keçir.", 35),
    ("Prezident 20 Yanvar faciəsinin otuzuncu ildönümü haqqında sərəncam imzalayıb.", 30),
    ("20 Yanvar faciəsinin otuz dördüncü ildönümü qeyd olunur.", 34),
    ("Qanlı Yanvarın iyirmi ikinci ildönümü.", 22),
    # Turkish: "N yıldır", the ordinal year with its suffix after an apostrophe, "N yıl sonra".
    ("Azerbaycan'da 35 yıldır dinmeyen acı: Kanlı Ocak.", 35),
    ("Kanlı Ocak faciasının 35'inci yılında şehitler anıldı.", 35),
    ("Katliamın 34'üncü yılında Bakü'de tören düzenlendi.", 34),
    ("Aradan geçen 35 yıla rağmen katliamın acısı dinmedi.", 35),
    ("Sovyet ordusunun girdiği geceden 30 yıl sonra şehitler anıldı.", 30),
    ("O kanlı gecenin üzerinden geçen 36 yıla rağmen acı taze.", 36),
    ('Başkonsolos, "20 Ocak faciasının 36\'ncı yılında buradayız" dedi.', 36),
]


@pytest.mark.parametrize(("text", "number"), STATED)
def test_elapsed_time_from_the_event_is_stated(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None, text
    assert found.number == number


NOT_STATED = [
    # Other spans of time, and counts from another event.
    "For 30 years he worked at the embassy in Baku.",
    "In the last 5 years the association has grown.",
    "Khojaly, 33 years ago, was another massacre.",
    "It has been 33 years since the Khojaly genocide.",
    "Ten years later he became a minister.",
    "Two decades and three years later, the company moved.",
    "Он 30 лет проработал в посольстве.",
    "За последние 5 лет община выросла.",
    "В этом году исполняется 60 лет нашему театру.",
    "Прошёл 31 год с того дня, как открылась школа.",
    "С Ходжалинской трагедии прошло 33 года.",
    "Два года назад трагедию вспоминали иначе.",
    "O, 30 il səfirlikdə işləyib.",
    "Xocalı soyqırımından 33 il keçir.",
    "Son 5 ildə dərnək böyüyüb.",
    "Bir il əvvəl o, Bakıya gəlib.",
    "10 ildir ki, bu məktəbdə dərs deyir.",
    "Prezidentliyinin 3-cü ili başa çatır.",
    "Bu, onun ikinci ildönümü idi.",
    "30 yıldır büyükelçilikte çalışıyor.",
    "Son 5 yılda dernek büyüdü.",
    "Hocalı katliamının üzerinden 33 yıl geçti.",
    "Derneğin 25'inci yılında bir konser verildi.",
    "Hocalı katliamının 31'inci yılında Bakü'de tören düzenlendi.",
    "Okul 40 yıl sonra yeniden açıldı.",
    # The martyrs of later wars: a count of years of waiting is no anniversary of 1990.
    "Şəhid atası 33 ildir oğlundan xəbər gözləyir.",
    "Martyrs of the Karabakh war: 30 years later the families still wait.",
    "Şehit babası 30 yıldır oğlunu bekliyor.",
    "Прошёл 31 год, а семья шехида всё ждёт вестей.",
    # "that day" is any day.
    "Ten years later, that day he opened a shop.",
]


@pytest.mark.parametrize("text", NOT_STATED)
def test_other_spans_state_no_anniversary(text: str) -> None:
    assert find_stated_anniversaries(text) == []


def test_the_year_of_an_undated_article_follows_the_elapsed_count() -> None:
    assert infer_year(None, "Thirty-four years later, Black January is still remembered.") == 2024
    assert infer_year(None, "36 ildir ki, xalqımız 20 Yanvar şəhidlərini anır.") == 2026
    assert infer_year(None, "Kanlı Ocak faciasının 35'inci yılında şehitler anıldı.") == 2025
    assert infer_year(None, "Прошёл 31 год со дня трагедии 20 Января.") == 2021
    # an article's own date wins over a stated count
    assert infer_year(datetime.date(2022, 1, 20), "Прошёл 31 год со дня трагедии 20 Января.") == 2022
    assert infer_year(None, "30 yıldır büyükelçilikte çalışıyor.") is None


def test_the_count_is_anchored_only_by_its_own_sentence() -> None:
    text = "The tragedy of 20 January is remembered. For 30 years later reforms came."
    assert find_stated_anniversaries(text) == []
    text = "Thirty-four years later, nothing is forgotten. Black January is remembered."
    assert find_stated_anniversaries(text) == []


def test_another_event_far_in_the_sentence_leaves_the_anniversary() -> None:
    text = (
        "On the 34th anniversary of the tragedy, the speakers at the evening in the embassy hall"
        " also recalled the Khojaly genocide."
    )
    assert [a.number for a in find_stated_anniversaries(text)] == [34]
    text = "Thirty years later, the victims of the Khojaly genocide were remembered with those of the tragedy."
    assert find_stated_anniversaries(text) == []


def test_a_heading_anniversary_comes_before_a_later_count() -> None:
    text = "35 лет трагедии 20 Января\n\nПрошёл 31 год со дня трагедии, сказал он."
    assert [a.number for a in find_stated_anniversaries(text)] == [35, 31]


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("Kanlı Ocak faciasının 35'inci yılında Bakü'de anma", 35),
        ("Qanlı Yanvar faciəsinin 31-ci ili", 31),
        ("Прошёл 31 год с трагедии 20 Января", 31),
        ("Thirty-four years later: Baku remembers Black January", 34),
    ],
)
def test_a_title_states_the_anniversary_in_any_language(title: str, number: int) -> None:
    facts = extract_facts(title, "The commemoration was held at the embassy.")
    assert facts.stated is not None
    assert (facts.stated.number, facts.stated_in_title) == (number, True)
