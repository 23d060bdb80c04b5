"""A secretary whose title names a body other than a mission or ministry right before the post is that body's
secretary, never a diplomat ("Yazıçılar Birliyinin I katibi", "Yazarlar Birliği Birinci Katibi", "first secretary of
the Writers' Union"); an embassy's or a ministry's numbered secretary is still the mission's post. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import roles

AZ = "Bakıda 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım mərasimi keçirilib.\n\n"
TR = "Ankara'da 20 Ocak faciasının yıldönümünde bir anma programı yapıldı.\n\n"
EN = "A memorial evening was held at the library on the anniversary of the 20 January tragedy.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Mərasimdə Yazıçılar Birliyinin I katibi Rauf Quliyev çıxış edib.",
        AZ + "Sonra Azərbaycan Yazıçılar Birliyinin birinci katibi Rauf Quliyev söz aldı.",
        AZ + "Tədbirdə Kommunist Partiyasının II katibi Rauf Quliyev də çıxış edib.",
        AZ + "Gənclər Təşkilatının III katibi Rauf Quliyev xatirələrini bölüşüb.",
        TR + "Programda Yazarlar Birliği Birinci Katibi Kemal Arslan bir konuşma yaptı.",
        TR + "Törene Gençlik Derneği İkinci Katibi Kemal Arslan da katıldı.",
        EN + "Rauf Guliyev, first secretary of the Writers' Union, read a poem.",
        EN + "Rauf Guliyev, the second secretary of the Journalists' Association, recalled that night.",
    ],
)
def test_a_secretary_of_another_body_is_no_diplomat(text: str) -> None:
    found = roles(text)
    assert found, text
    assert not any(role and "Embassy" in role for role in found.values()), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AZ + "Mərasimdə Yazıçılar Birliyinin I katibi Rauf Quliyev çıxış edib.",
            "First Secretary of the Writers' Union",
        ),
        (
            AZ + "Daha sonra Gənclər Təşkilatının ikinci katibi Rauf Quliyev çıxış edib.",
            "Second Secretary of the Youth Organisation",
        ),
        (
            TR + "Programda Yazarlar Birliği Birinci Katibi Kemal Arslan konuştu.",
            "First Secretary of the Writers' Union",
        ),
        (
            TR + "Törende Türk Dil Derneği Genel Sekreteri Kemal Arslan bir konuşma yaptı.",
            "Secretary General of the Turkish Language Association",
        ),
    ],
)
def test_a_bodys_secretary_keeps_the_body(text: str, expected: str) -> None:
    assert expected in roles(text).values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AZ + "Mərasimdə səfirliyin I katibi Rauf Quliyev çıxış edib.", "First Secretary of the Embassy"),
        (
            AZ + "Mərasimdə Azərbaycanın Türkiyədəki səfirliyinin birinci katibi Rauf Quliyev çıxış edib.",
            "First Secretary of the Embassy of Azerbaijan in Turkey",
        ),
        (AZ + "Xarici İşlər Nazirliyinin II katibi Rauf Quliyev çıxış edib.", "Second Secretary of the Embassy"),
        (AZ + "Tədbirdə birinci katib Rauf Quliyev çıxış edib.", "First Secretary of the Embassy"),
        (TR + "Törende Birinci Katip Kemal Arslan konuştu.", "First Secretary of the Embassy"),
        (TR + "Törende Büyükelçilik İkinci Katibi Kemal Arslan konuştu.", "Second Secretary of the Embassy"),
        (
            TR + "Programda Azerbaycan Büyükelçiliği Birinci Katibi Kemal Arslan konuştu.",
            "First Secretary of the Embassy of Azerbaijan in Turkey",  # (the report is from Ankara)
        ),
        (
            EN + "Rauf Guliyev, first secretary of the Embassy of Azerbaijan in Turkey, read a poem.",
            "First Secretary of the Embassy of Azerbaijan in Turkey",
        ),
    ],
)
def test_a_missions_secretary_is_still_the_missions(text: str, expected: str) -> None:
    assert expected in roles(text).values()
