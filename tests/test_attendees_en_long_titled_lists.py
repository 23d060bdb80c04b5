"""A long English list of speakers, each with a title in lower case over a body named in capitals ("the deputy of the
National Assembly A, the rector of Baku State University B, the aunt of the martyr C, D made speeches"), is read
through: each titled name is an item of the list, not an apposition of the name before it, and a kin's title before
a martyr's name leaves the martyr out. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The institute held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the end the deputy of the National Assembly Ilham Safarov, the rector of Baku State University Anar "
            "Guliyev, the aunt of the martyr Kamal Isayev, Gulnar Isayeva, made speeches.",
            {"Ilham Safarov": "Member of Parliament", "Anar Guliyev": "Rector of BSU", "Gulnar Isayeva": None},
        ),
        (
            "Then the deputy of the National Assembly Sevil Mammadova, the director of the State Museum Orkhan Aliyev, "
            "the brother of the martyr Elshan Huseynov, Vugar Huseynov, spoke.",
            {
                "Sevil Mammadova": "Member of Parliament",
                "Orkhan Aliyev": "Director of the State Museum",
                "Vugar Huseynov": None,
            },
        ),
        (
            "The deputy of the National Assembly Ilham Safarov, the rector of Baku State University Anar Guliyev and "
            "the writer Gulnar Isayeva made speeches.",
            {"Ilham Safarov": "Member of Parliament", "Anar Guliyev": "Rector of BSU", "Gulnar Isayeva": "Writer"},
        ),
        # honours between commas before a titled name describe it: no item of their own
        (
            "At the end the deputy of Azerbaijan National Assembly Ilham Safarov, scientist, doctor of philosophy, "
            "docent of the Institute of History Vagif Aliyev, the aunt of the martyr Kamal Isayev, Gulnar Isayeva, "
            "made speeches.",
            {
                "Ilham Safarov": "Member of Parliament",
                "Vagif Aliyev": "Associate Professor",
                "Gulnar Isayeva": None,
            },
        ),
        (
            "The deputy Ilham Safarov, historian, docent Vagif Aliyev and Gulnar Isayeva made speeches.",
            {"Ilham Safarov": "Deputy", "Vagif Aliyev": "Associate Professor", "Gulnar Isayeva": None},
        ),
    ],
)
def test_each_titled_name_of_a_long_list_speaks(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition naming someone else is still no item of a list
        (
            "Hikmet Hajiyev, assistant to President Ilham Aliyev, visited the Alley of Martyrs.",
            {"Hikmet Hajiyev": "Assistant to the President"},
        ),
        (
            "The head of the community Rauf Aliyev, the son of the late poet Bakhtiyar Vahabzadeh, laid flowers.",
            {"Rauf Aliyev": "Head of the Community"},
        ),
        (
            "Thousands of Azerbaijanis, led by President Ilham Aliyev, visited the Alley of Martyrs.",
            {"Ilham Aliyev": "President"},
        ),
    ],
)
def test_an_apposition_is_still_no_item(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
