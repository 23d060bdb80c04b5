"""A university's name misspelt as pages type it, its letters swapped or one dropped ("Univresitetində",
"Univeristetində", "Universtetində"): still a body's noun, so the capitalised words before it are where someone
spoke, not a person, and a title after it is the title of a person named after it. The sentences are written for
these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Nərgiz Əlizadə Azərbaycan Dövlət Pedoqoji Univresitetində 20 Yanvar faciəsi barədə çıxış edib.",
        "Nərgiz Əlizadə Bakı Dövlət Univeristetində çıxış edib.",
        "Nərgiz Əlizadə Azərbaycan Dillər Universtetində tələbələr qarşısında çıxış edib.",
        "Azərbaycan Dövlət İqtisad Univeristetində keçirilən tədbirdə Nərgiz Əlizadə çıxış edib.",
    ],
)
def test_a_misspelt_university_in_the_locative_is_no_person(text: str) -> None:
    assert names(EVENT + text) == ["Nərgiz Əlizadə"]


def test_the_post_after_a_misspelt_university_is_the_persons() -> None:
    text = EVENT + "Tədbirdə Azərbaycan Dövlət Pedoqoji Univresitetinin professoru Tofiq Babazadə çıxış edib."
    assert people(text) == [("Tofiq Babazadə", "Professor")]
