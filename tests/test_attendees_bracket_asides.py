"""A name in brackets right after another name is an aside about that person, not a second attendee."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def _people(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Senator Mary Holt (New Jersey) addressed the guests at the embassy evening.", ["Mary Holt"]),
        ("Senator Mary Holt (Democrat, New Hampshire) attended the memorial evening.", ["Mary Holt"]),
        (
            "The evening was attended by Congressman Paul Dunn (North Carolina) and Ambassador Elin Rasulova.",
            ["Paul Dunn", "Elin Rasulova"],
        ),
        ("Dosent Rauf Məmmədli (Rauf Mammadli) attended the ceremony in Ganja.", ["Rauf Məmmədli"]),
    ],
)
def test_an_aside_in_brackets_is_no_second_person(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "President Ilham Aliyev (accompanied by First Lady Mehriban Aliyeva) visited the Alley of Martyrs.",
            ["Ilham Aliyev", "Mehriban Aliyeva"],
        ),
        (
            "The memorial was attended by the guests of honour (Ambassador Tomas Berg, Consul Irena Vok).",
            ["Tomas Berg", "Irena Vok"],
        ),
    ],
)
def test_people_in_brackets_after_no_name_or_with_words_stay(text: str, people: list[str]) -> None:
    assert _people(text) == people
