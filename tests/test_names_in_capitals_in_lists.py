"""Names with one part written in capitals, in lists and after a verb: a surname in capitals after a given name, each
person of a list found and written as in the text ("the guests were Kamal ABBASOV and Leyla HUSEYNOVA"), the title
of the second person not reaching back over the first one's surname ("Vali Selim KAYA ve Başkan Ali ÖZ": Ali ÖZ is
the Chairman, "KAYA ve Başkan" is no title); a given name the data knows in capitals before its surname ("ZEYNEP
Arslan"); and a body's abbreviation ("ADA University", "BDU", "NATO") still no name. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.mention, a.role_as_written, a.role) for a in extract_attendees(text)]


CASES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "Among those who honoured the victims of 20 January were Kamal ABBASOV and Leyla HUSEYNOVA.",
        [("Kamal ABBASOV", None, None), ("Leyla HUSEYNOVA", None, None)],
    ),
    (
        "20 Ocak şehitleri için düzenlenen anmaya Vali Selim KAYA ve Başkan Ali ÖZ katıldı.",
        [("Selim KAYA", "Vali", "Governor"), ("Ali ÖZ", "Başkan", "Chairman")],
    ),
    (
        "20 Ocak anma programına Rektör Hakan DEMİR ve Kaymakam Murat SARI da iştirak etti.",
        [("Hakan DEMİR", "Rektör", "Rector"), ("Murat SARI", "Kaymakam", "District Governor")],
    ),
    (
        "20 Ocak şehitlerini anma törenine ZEYNEP Arslan da katıldı.",
        [("ZEYNEP Arslan", None, None)],
    ),
    (
        "Kara Ocak kurbanları için yapılan törene Kaymakam MEHMET Yıldız ve Ayşe TAN katıldı.",
        [("MEHMET Yıldız", "Kaymakam", "District Governor"), ("Ayşe TAN", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_with_capitals_are_found_as_written(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Students of ADA University and BDU marked 20 January together with NATO officials.",
        "20 Ocak anmasına ADA Üniversitesi ve BDU öğrencileri ile NATO temsilcileri katıldı.",
    ],
)
def test_bodies_abbreviations_are_no_names(text: str) -> None:
    assert people(text) == []
