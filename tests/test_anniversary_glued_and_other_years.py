"""Anniversaries (issue #16): an ordinal written as one word ("otuzbeşinci yıl dönümü", "otuzaltıncı ildönümü")
is read; years of another thing never are, nor do they date the article: Soviet rule's ("Sovyet yönetiminin 70
yılı", "70 il davam edən sovet hakimiyyəti"), a thing that began then ("70 yıl önce kurulan"), or a count back from
a thing named before it ("Kanlı Ocak'tan 70 yıl önce"; but "bundan 35 yıl önce" is 35 years ago). Texts written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.reading.articles import articles_from_document


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Iğdır'da 20 Ocak faciasının otuzbeşinci yıl dönümü dolayısıyla anma yapıldı.", 35),
        ("Kanlı Ocak'ın otuzaltıncı yılında şehitler dualarla anıldı.", 36),
        ("Məktəbdə 20 Yanvar faciəsinin otuzdördüncü ildönümü qeyd olunub.", 34),
        ("Bugün 20 Yanvar faciəsinin otuz beşinci ildönümüdür.", 35),
        ("Bundan 35 yıl önce Bakü'de 20 Ocak faciası yaşandı.", 35),
        ("Bundan 34 il əvvəl 20 Yanvar faciəsi baş verib.", 34),
        ("35 yıl önce yaşanan 20 Ocak faciasında 147 kişi öldü.", 35),
        ("Faciadan 35 yıl sonra şehitler yine anıldı.", 35),
    ],
)
def test_anniversary_read(text: str, number: int) -> None:
    assert numbers(text) == [number]


OTHER_YEARS = [
    "Sovyet yönetiminin 70 yılı boyunca halk baskı altında yaşadı, 20 Ocak faciası bunun doruğuydu.",
    "Sovyet rejiminin 70 yıl sonra çöküşü 20 Ocak faciasıyla başladı.",
    "20 Ocak faciası 70 yıl önce kurulan Sovyet düzeninin sonunu getirdi.",
    "Halk 70 yıl sonra ilk kez 20 Ocak faciası ile meydanlara döküldü.",
    "Kanlı Ocak'tan 70 yıl önce Bakü'de Mart olayları yaşandı.",
    "Faciadan 70 yıl önce Kızıl Ordu Azerbaycan'ı işgal etmişti.",
    "Faciədən 70 il əvvəl Bakıda mart hadisələri törədilib.",
    "70 il davam edən sovet hakimiyyəti 20 Yanvar faciəsi ilə sarsıldı.",
    "Sovet hakimiyyətinin 70 ili 20 Yanvar faciəsi ilə başa çatdı.",
]


@pytest.mark.parametrize("text", OTHER_YEARS)
def test_other_years_are_no_anniversary(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize("text", OTHER_YEARS)
def test_other_years_date_no_article(text: str) -> None:
    body = "Kanlı Ocak şehitleri anıldı\n\nAzerbaycan'da 20 Ocak faciasında hayatını kaybedenler anıldı. " + text
    assert articles_from_document("x.txt", body)[0].year is None
