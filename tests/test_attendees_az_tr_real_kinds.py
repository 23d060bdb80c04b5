"""Ways Azerbaijani and Turkish reports of 20 January evenings state who came and who spoke (issue 16; read on the
pages of Report, AZERTAC, ANN, BDU and other universities' news, IHA, AA, Iğdır and Kars local papers, the consulate
in Kars): "çıxışlar ediblər" after a dash-led list of students, "tələbələrdən A, B" (of the students), "prorektoru
dos. X" (an abbreviated degree after the post), the speaker after "çıxış edən", the consul general's words, "hazır
bulundu", and a member of parliament who only sent a message and a wreath (not there). The sentences are written for
these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.text.sentences import sentences

from ._helpers import people

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı universitetdə anım tədbiri keçirilib.\n\n"
TR = "20 Ocak faciasının 36. yıl dönümü dolayısıyla kültür merkezinde anma programı düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AZ
            + "Fakültənin tələbələri - Pərvin Ağayev, Sevda Kərimli və Nihad Zeynalov faciə ilə bağlı "
            + "çıxışlar ediblər.",
            [("Pərvin Ağayev", "Student"), ("Sevda Kərimli", "Student"), ("Nihad Zeynalov", "Student")],
        ),
        (
            AZ + "Daha sonra tələbələrdən Pərvin Ağayev, Sevda Kərimli faciəyə həsr olunmuş şeirlər səsləndiriblər.",
            [("Pərvin Ağayev", "Student"), ("Sevda Kərimli", "Student")],
        ),
        (
            AZ + "Universitetin prorektoru dos. Sevda Kərimli tədbiri giriş sözü ilə açaraq faciədən danışıb.",
            [("Sevda Kərimli", "Vice-Rector")],
        ),
        (
            AZ + "Tədbirdə çıxış edən Baş konsul Nihad Zeynalov iştirakçılara faciənin mənasını izah edib.",
            [("Nihad Zeynalov", "Consul General")],
        ),
        (
            TR + "Azerbaycan Kars Başkonsolosu Nihad Zeynalov, yaşanan dehşeti hatırlattı.",
            [("Nihad Zeynalov", "Consul General of Azerbaijan in Kars")],
        ),
        (
            TR + "Anma programında şehitler için Kur'an-ı Kerim tilavetini İl Müftüsü Selim Aksoy yaptı.",
            [("Selim Aksoy", "Provincial Mufti")],
        ),
        (TR + "Programda Kur'an tilavetini İmam Selim Aksoy yaptı.", [("Selim Aksoy", "Imam")]),
        (
            TR + "Törende, Vali Selim Aksoy, Garnizon Komutanı Albay Murat Er ile kurum müdürleri de hazır bulundu.",
            [("Selim Aksoy", "Governor"), ("Murat Er", "Garrison Commander")],
        ),
    ],
)
def test_real_kinds_of_being_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        TR + "AK Parti Iğdır Milletvekili Selim Aksoy ise gönderdiği mesaj ve çelenkle şehitleri andı.",
        AZ + "Fakültənin tələbələri - Pərvin Ağayev və Sevda Kərimli gələn həftə çıxışlar edəcəklər.",
        "Universitetin prorektoru dos. Sevda Kərimli müsahibə verib.",
        TR + "Kur'an-ı Kerim tilavetini İl Müftüsü Selim Aksoy yarın yapacak.",
    ],
)
def test_what_places_nobody(text: str) -> None:
    assert people(text) == []


def test_an_abbreviated_degree_ends_no_sentence() -> None:
    text = "Prorektor dos. Sevda Kərimli tədbiri açıb. Sonra prof. Nihad Zeynalov çıxış edib."
    assert len(sentences(text)) == 2
