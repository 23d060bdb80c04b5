"""A word of a body's name that is a post's head too ("Sütçü İmam Üniversitetinin professoru", "Sütçü İmam
Üniversitesi'nin profesörü") is no post: the role is the professor's, while an imam of a mosque keeps his. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

AZ_EVENT = "Ankarada 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tədbirdə Kahramanmaraş Sütçü İmam Üniversitetinin professoru Tural Mirzəli çıxış edib.",
        "Sonra Sütçü İmam Universitetinin professoru Tural Mirzəli fikirlərini bölüşüb.",
    ],
)
def test_a_universitys_imam_is_no_imam(sentence: str) -> None:
    assert people(AZ_EVENT + sentence) == [("Tural Mirzəli", "Professor")]


def test_an_imam_of_a_mosque_is_still_one() -> None:
    text = "В мечети прошло мероприятие памяти жертв 20 Января. На вечере выступил имам мечети Тезепир Рамиз Гулиев."
    assert people(text) == [("Рамиз Гулиев", "Imam")]
