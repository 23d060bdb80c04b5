"""People named beside a cue who were not there, in four languages: the speakers and guests of an event still to
come ("çıxış edəcək", "katılacak", "выступит", "will speak"), a spokesman who only reports what others did
("mətbuat katibi X bildirib ki, …"), the title of an exhibition or film, the fragment of a title in the genitive
("Türkiyə Cümhuriyyəti Prezidentinin"), and an adverb that opens a sentence before a name ("Sonra X", "Затем
X", "Finally X"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names


@pytest.mark.parametrize(
    "text",
    [
        # an event still to come
        "Mərasimdə Türkiyə Cümhuriyyəti Prezidentinin baş müşaviri Əli Vəliyev və səfir Orxan Əliyev çıxış edəcək.",
        "Prezident Anar Məmmədov sabah Şəhidlər xiyabanını ziyarət edəcək.",
        "Tədbirdə nazir Anar Məmmədov və deputat Leyla Həsənova iştirak edəcəklər.",
        "Səfir Anar Məmmədov Şəhidlər xiyabanında əklil qoyacaq.",
        "Törende Büyükelçi Ayşe Kaya bir konuşma yapacak.",
        "Anma törenine Bakan Mehmet Yılmaz ve Vali Ali Demir katılacak.",
        "Büyükelçi Ayşe Kaya yarın Şehitler Hıyabanı'nı ziyaret edecek.",
        "Посол Иван Петров выступит на церемонии.",
        "Министр Иван Петров примет участие в траурной церемонии.",
        "Президент Иван Петров посетит Аллею шехидов.",
        "Ambassador John Smith will speak at the ceremony.",
        "Minister John Smith is expected to attend the ceremony.",
        "President John Smith will lay a wreath at the Eternal Flame.",
        # the title of an exhibition, a film or a concert
        'Tören katılımcıları "Kara Ocak Fotoğraf Sergisi"nin açılışına katıldı.',
        'After the speeches the guests attended the opening of the "Bloody January" Painting Exhibition.',
        "Qonaqlar «Qanlı Yanvar» sərgisinin açılışında iştirak ediblər.",
        "Гости вечера посетили выставку «Кровавый январь».",
        # someone quoted, a leader remembered
        "Quoting the President of the Republic, John Smith, the Ambassador stressed at the ceremony that it matters.",
        "Mərasimdə qeyd edilib ki, xalqımızın Ümummilli Lideri Anar Məmmədov 1990-cı ildə bəyanatla çıxış edib.",
        "Tədbirdə Ulu Öndər Anar Məmmədovun xatirəsi yad edilib.",
    ],
)
def test_nobody_there(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same people, in the past: they were there
        ("Prezident Anar Məmmədov Şəhidlər xiyabanını ziyarət edib.", ["Anar Məmmədov"]),
        ("Törende Büyükelçi Ayşe Kaya bir konuşma yaptı.", ["Ayşe Kaya"]),
        ("Anma törenine Bakan Mehmet Yılmaz katıldı.", ["Mehmet Yılmaz"]),
        ("Mərasimdə Türkiyə Cümhuriyyəti Prezidentinin baş müşaviri Əli Vəliyev çıxış edib.", ["Əli Vəliyev"]),
        # a spokesman reports: the people of the reported clause were there, not the spokesman
        (
            "Şirkətin mətbuat katibi Anar Quliyev bildirib ki, nazir Əli Həsənov Şəhidlər xiyabanını ziyarət edib.",
            ["Əli Həsənov"],
        ),
        (
            "Mətbuat katibi Anar Quliyev bildirib ki, tədbirdə çıxış edən sədr Əli Həsənov faciədən danışıb.",
            ["Əli Həsənov"],
        ),
        (
            "Derneğin sözcüsü Ali Veli açıkladı ki, Büyükelçi Ayşe Kaya Şehitler Hıyabanı'nı ziyaret etti.",
            ["Ayşe Kaya"],
        ),
        (
            "The embassy spokesman John Smith told reporters that Ambassador Jane Roe laid a wreath at the monument.",
            ["Jane Roe"],
        ),
        (
            "Пресс-секретарь посольства Иван Петров сообщил, что посол Анна Смирнова возложила цветы к памятнику.",
            ["Анна Смирнова"],
        ),
        # who reports after visiting was there
        ("Nazir Əli Həsənov Şəhidlər xiyabanını ziyarət edib və bildirib ki, faciə unudulmayıb.", ["Əli Həsənov"]),
        # an adverb that opens the sentence is no part of the name
        ("Sonra Ayşe Kaya Şehitler Hıyabanı'nı ziyaret etti.", ["Ayşe Kaya"]),
        ("Daha Sonra Ayşe Kaya törene katıldı.", ["Ayşe Kaya"]),
        ("Ardından Ayşe Kaya Şehitler Hıyabanı'nı ziyaret etti.", ["Ayşe Kaya"]),
        ("Sonra Anar Məmmədov Şəhidlər xiyabanını ziyarət edib.", ["Anar Məmmədov"]),
        ("Ardınca Anar Məmmədov Şəhidlər xiyabanını ziyarət edib.", ["Anar Məmmədov"]),
        ("Потом Иван Петров возложил цветы к памятнику.", ["Иван Петров"]),
        ("Затем Иван Петров возложил цветы к памятнику.", ["Иван Петров"]),
        ("Finally John Smith laid a wreath at the monument.", ["John Smith"]),
        ("Subsequently John Smith laid a wreath at the monument.", ["John Smith"]),
        ("Then John Smith laid a wreath at the monument.", ["John Smith"]),
        ("Quoting President John Smith, Ambassador Jane Roe stressed at the ceremony that it matters.", ["Jane Roe"]),
        ("Partiyanın lideri Anar Məmmədov Şəhidlər xiyabanını ziyarət edib.", ["Anar Məmmədov"]),
    ],
)
def test_who_was_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected
