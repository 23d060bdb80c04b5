"""English posts of a province's, a state's or a region's assembly are that assembly's, never the national "Member of
Parliament": "MPP X", "X, MLA", "Member of Provincial Parliament for <riding>", "MSP", and a post naming its assembly
with the place after "of" ("Member of the Legislative Assembly of Alberta X"), of two words before a given name ("of
British Columbia David Stone"). And a unit's field before a name of three words opening with a given name the data
knows keeps the whole name ("Department of Physics Mary Ann Smith"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The community centre held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The evening was attended by MPP Janet Hollis and MLA Gurpreet Sandhu.",
            {
                "Janet Hollis": "Member of Provincial Parliament",
                "Gurpreet Sandhu": "Member of the Legislative Assembly",
            },
        ),
        (
            "Among the guests were Janet Hollis, MPP, and Gurpreet Sandhu, MLA.",
            {
                "Janet Hollis": "Member of Provincial Parliament",
                "Gurpreet Sandhu": "Member of the Legislative Assembly",
            },
        ),
        ("Ontario MPP Janet Hollis laid flowers at the banner.", {"Janet Hollis": "Member of Provincial Parliament"}),
        (
            "Janet Hollis, Member of Provincial Parliament for Ottawa West, spoke at the event.",
            {"Janet Hollis": "Member of Provincial Parliament"},
        ),
        ("Fiona Reid MSP addressed the guests at the event.", {"Fiona Reid": "Member of the Scottish Parliament"}),
        (
            "Speaking at the event, Member of the Legislative Assembly of Alberta Brian Kowal recalled the night.",
            {"Brian Kowal": "Member of the Legislative Assembly of Alberta"},
        ),
        (
            "The evening was attended by Member of the Legislative Assembly of British Columbia David Stone.",
            {"David Stone": "Member of the Legislative Assembly of British Columbia"},
        ),
        (
            "Speaking at the event, Member of the Scottish Parliament Fiona Reid noted the date.",
            {"Fiona Reid": "Member of the Scottish Parliament"},
        ),
    ],
)
def test_a_regional_assembly_member_keeps_the_assembly(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The evening was attended by the head of the Department of Physics Mary Ann Smith.",
            {"Mary Ann Smith": "Head of the Department of Physics"},
        ),
        (
            "Professor of the Department of Chemistry John Paul Harris spoke at the event.",
            {"John Paul Harris": "Professor"},
        ),
        (
            "The evening was attended by the head of the Department of Azerbaijani History Nigar Aliyeva.",
            {"Nigar Aliyeva": "Head of the Department of Azerbaijani History"},
        ),
    ],
)
def test_a_field_ends_before_a_given_name(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attending were Councillor Peter Hale, Judge Mary Brown and Colonel Anar Guliyev.",
            {"Peter Hale": "Councillor", "Mary Brown": "Judge", "Anar Guliyev": "Colonel"},
        ),
        (
            "The chairman of the Baku Court of Appeal Ramil Aliyev laid flowers at the monument.",
            {"Ramil Aliyev": "Chairman of the Baku Court of Appeal"},
        ),
    ],
)
def test_judges_and_courts(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
