"""English reports that tell the event held as the anniversary marked at a place ("The 34th anniversary of the tragedy
was commemorated at the Embassy of Azerbaijan in Brazil") or by a body ("The Embassy … marked the anniversary"): who
spoke there was there, as after "an event was held". An anniversary marked by a nation or across a country is no event
of the report's, and words sent in a statement place nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import people

SPOKE = " In his speech, Ambassador Rashad Novruz stressed the importance of the day."
BRAZIL = [("Rashad Novruz", "Ambassador of Azerbaijan to Brazil")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 34th anniversary of the 20 January tragedy was commemorated at the Embassy of Azerbaijan in Brazil.",
            BRAZIL,
        ),
        ("The anniversary of Black January was solemnly marked at the Embassy of Azerbaijan in Brazil.", BRAZIL),
        ("The Embassy of Azerbaijan in Brazil commemorated the 34th anniversary of the 20 January tragedy.", BRAZIL),
        ("The Embassy of Azerbaijan in Brazil marked the anniversary of Black January with a film.", BRAZIL),
        ("The memory of the victims of 20 January was honoured at the Embassy of Azerbaijan in Brazil.", BRAZIL),
    ],
)
def test_an_anniversary_marked_at_a_place_is_an_event_held(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text + SPOKE) == expected


def test_a_university_marking_the_day() -> None:
    text = (
        "The 34th anniversary of the tragedy was marked at the university. Rector Adil Karimli spoke about the night."
    )
    assert people(text) == [("Adil Karimli", "Rector")]


@pytest.mark.parametrize(
    "text",
    [
        "The 34th anniversary of the 20 January tragedy was marked across Azerbaijan." + SPOKE,
        "The 34th anniversary of the 20 January tragedy was marked in Azerbaijan." + SPOKE,
        "Azerbaijan commemorated the 34th anniversary of the 20 January tragedy." + SPOKE,
        "The anniversary was marked at the Embassy of Azerbaijan in Brazil. In a statement, Ambassador Rashad Novruz "
        "stressed the importance of the day.",
    ],
)
def test_a_nation_marking_the_day_places_nobody(text: str) -> None:
    assert people(text) == []
