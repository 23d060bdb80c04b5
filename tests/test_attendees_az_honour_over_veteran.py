"""The honorary title "Milli Qəhrəman" after a comma wins over a veteran's or an occupation's word before it ("Qarabağ
müharibəsi veteranı, Milli Qəhrəman X": the National Hero), while an office before it stays the role ("Milli
Məclisin deputatı, Milli Qəhrəman X": the member of parliament). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people

HELD = "Qanlı Yanvar faciəsinin ildönümü ilə bağlı məktəbdə anım tədbiri keçirilib. "


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə Qarabağ müharibəsi veteranı, Milli Qəhrəman Rövşən Əliyev çıxış edib.",
        "Birinci Qarabağ müharibəsinin veteranı, Azərbaycanın Milli Qəhrəmanı Rövşən Əliyev çıxış edib.",
        "Müharibə veteranı, Milli Qəhrəman Rövşən Əliyev də tədbirdə iştirak edib.",
        "Tədbirdə jurnalist, Milli Qəhrəman Rövşən Əliyev çıxış edib.",
    ],
)
def test_the_hero_wins_over_a_veteran_or_an_occupation(text: str) -> None:
    assert people(HELD + text) == [("Rövşən Əliyev", "National Hero")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tədbirdə Milli Məclisin deputatı, Milli Qəhrəman Rövşən Əliyev çıxış edib.", "Member of Parliament"),
        ("Tədbirdə Qarabağ müharibəsi veteranı Rövşən Əliyev çıxış edib.", "Veteran"),
    ],
)
def test_an_office_before_the_hero_or_a_veteran_alone_stays(text: str, role: str) -> None:
    assert people(HELD + text) == [("Rövşən Əliyev", role)]
