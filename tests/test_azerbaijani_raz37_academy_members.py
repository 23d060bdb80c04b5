"""The Academy's members at institutes' commemorations ("AMEA-nın müxbir üzvü X", "член-корреспондент НАНА X"): a
corresponding member of ANAS, a full member an academician, not a bare "Member"; written after an office and its
comma, the membership is a degree and leaves the role to the office ("institutun baş direktoru, AMEA-nın müxbir
üzvü X": Director General). Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

AZ = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
RU = "В институте прошло мероприятие, посвящённое годовщине трагедии 20 января.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AZ + "Tədbirdə AMEA-nın müxbir üzvü, professor Nadir Səmədli çıxış edib.", "Corresponding Member of ANAS"),
        (AZ + "Tədbiri AMEA-nın müxbir üzvü Nadir Səmədli açıb.", "Corresponding Member of ANAS"),
        (AZ + "Tədbirdə AMEA-nın həqiqi üzvü Nadir Səmədli çıxış edib.", "Academician"),
        (
            AZ + "Giriş sözü ilə çıxış edən institutun baş direktoru, AMEA-nın müxbir üzvü Nadir Səmədli faciədən "
            "danışıb.",
            "Director General",
        ),
        (AZ + "Tədbirdə institutun direktoru, AMEA-nın həqiqi üzvü Nadir Səmədli çıxış edib.", "Director"),
        (RU + "На мероприятии выступил член-корреспондент НАНА Надир Самедли.", "Corresponding Member of ANAS"),
    ],
)
def test_the_academys_member_and_the_office_before_it(text: str, expected: str) -> None:
    assert [r for _, r in people(text)] == [expected]


def test_a_bodys_member_is_still_a_member() -> None:
    assert people(AZ + "Tədbirdə icmanın üzvü Nadir Səmədli çıxış edib.") == [("Nadir Səmədli", "Member")]
