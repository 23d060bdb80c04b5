"""Years elapsed written as a noun phrase: "after 34 years of the tragedy", "otuz illik faciəmiz", "otuz dörd il
keçsə də", "otuz dört yıllık acısı", "тридцатилетие трагедии"; and the same words about other things, which
count nothing. All texts are our own words."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # English: years of the event
        ("After 34 years of the tragedy, the families still ask for justice.", 34),
        ("Even after 35 years of Black January, the square is full of flowers.", 35),
        ("Despite 33 years of the bloody crime committed on 20 January, nobody was punished.", 33),
        ("33 years on, Baku remembers.", 33),
        # Azerbaijani: "N illik faciə", "N il keçsə də" beside the event
        ("Otuz illik faciəmizin yarası hələ də sağalmayıb.", 30),
        ("Xalqımızın 33 illik qırğın ağrısı unudulmur.", 33),
        # ... an adjective of the event between: "otuz illik qanlı faciəmiz"
        ("Otuz illik qanlı faciəmizin yarası hələ də sağalmayıb.", 30),
        ("Bu otuz illik ağır faciəni heç kim unutmur.", 30),
        ("Xalqımız 34 illik dəhşətli qırğının acısını yaşayır.", 34),
        ("Otuz beş illik acı matəmimiz bu gün də davam edir.", 35),
        ("Otuz illik dəhşətli və qanlı faciəmizin şahidləri danışdı.", 30),
        # ... or its name: "otuz illik Qanlı Yanvar", "20 Yanvar faciəsi", "Yanvar hadisələri"
        ("Xalqımız otuz illik Qanlı Yanvarın acısını unutmur.", 30),
        ("Otuz illik qanlı 20 Yanvar faciəsinin yarası sağalmayıb.", 30),
        ("Otuz beş illik Yanvar hadisələri bu gün də xatırlanır.", 35),
        ("20 Yanvar faciəsindən otuz dörd il keçsə də, o gecə yaddaşlardan silinməyib.", 34),
        ("Qanlı Yanvardan 35 il ötsə də, şəhidlər unudulmur.", 35),
        # Turkish: "N yıllık katliam"; "N yıllık acı" beside the event
        ("Bakü'deki otuz dört yıllık katliamın izleri silinmedi.", 34),
        ("Kanlı Ocak'ın otuz dört yıllık acısı hâlâ dinmedi.", 34),
        ("20 Ocak faciasının 35 yıllık acısını yüreğimizde taşıyoruz.", 35),
        # Russian: a number word with the ending of an anniversary glued on, before the event
        ("Тридцатилетие трагедии отметили минутой молчания.", 30),
        ("Накануне тридцатипятилетия январских событий открылась выставка.", 35),
        ("К двадцатипятилетию Черного января выпустили книгу.", 25),
    ],
)
def test_years_of_the_event_count(text: str, number: int) -> None:
    assert numbers(text)[:1] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "After 30 years of work at the factory he retired.",
        "Despite 20 years of service abroad, she kept her accent.",
        "He spoke of 33 years of the bloody crime of occupation.",  # no event of January named
        "Otuz illik iş təcrübəsi olan müəllim çıxış edib.",
        "Bu evdə on iki il keçsə də, heç nə dəyişməyib.",
        "Otuz dört yıllık evliliklerini kutladılar.",
        "Otuz dört yıllık acı dinmedi.",  # pain of no named event
        "Xocalının 33 illik faciəsi də unudulmur.",  # another event's years
        "Otuz illik qanlı müharibə nəhayət bitdi.",  # an adjective before no noun of the event
        "Otuz illik ağır zəhmətin bəhrəsini gördük.",
        "Bu il 30 illik Xocalı faciəsi də anıldı.",  # another event's name between
        "Otuz illik yanvar ayları soyuq keçib.",  # a month, not the event
        "Otuz illik hadisələri bir kitabda topladı.",  # events of no name
        "Тридцатилетие свадьбы отметили в ресторане.",
        "В последнее десятилетие город сильно вырос.",
        "Тридцатилетие Народного фронта отметили в Баку.",
    ],
)
def test_other_years_count_nothing(text: str) -> None:
    assert numbers(text) == []


def test_years_of_longing_are_another_thing() -> None:
    # thirty years of longing for lands lost in a war, beside a mention of January: not the event's years
    assert numbers("Kanlı Ocak'ı anarken, topraklarımızın otuz yıllık hasretine son verildiğini hatırladık.") == []
