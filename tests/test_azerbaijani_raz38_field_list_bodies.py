"""Azerbaijani: a body's name that opens with a list of fields with a comma, closed by "üzrə" ("Ailə, Qadın və Uşaq
Problemləri üzrə Dövlət Komitəsinin sədri X"), is the whole title, the committee named as the English file names it;
the last field is no person; a person named before the list's comma stays one. The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "Bakıda 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib.\n"
COMMITTEE = "Chairman of the State Committee for Family, Women and Children Affairs"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tədbirdə Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri Nərmin Qasımova çıxış edib.",
        "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri Nərmin Qasımova tədbirdə çıxış edib.",
        "Anım mərasimində Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri Nərmin Qasımova iştirak edib.",
    ],
)
def test_the_list_of_fields_is_the_committees_name(sentence: str) -> None:
    assert people(EVENT + sentence) == [("Nərmin Qasımova", COMMITTEE)]


def test_a_person_after_the_committees_chair_stays() -> None:
    sentence = (
        "Tədbirdə Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri Nərmin Qasımova və deputat Elşən "
        "Rüstəmov çıxış ediblər."
    )
    assert people(EVENT + sentence) == [("Nərmin Qasımova", COMMITTEE), ("Elşən Rüstəmov", "Member of Parliament")]


def test_a_person_before_the_comma_is_no_field() -> None:
    sentence = (
        "Tədbirdə Səbinə Əliyeva, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsinin sədri Nərmin Qasımova çıxış edib."
    )
    assert [name for name, _ in people(EVENT + sentence)] == ["Səbinə Əliyeva", "Nərmin Qasımova"]
