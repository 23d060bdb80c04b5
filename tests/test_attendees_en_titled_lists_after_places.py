"""A long English list of titled names, the first a post of a body ("Deputy Minister of Culture A B, Rector C D, MP
E F"): the body's words end at the name, so the next item's title is its own ("Rector"), not one run on from the
post before the comma ("Deputy Rector", "Deputy Minister of Culture"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "The embassy held a memorial evening on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among the guests were Deputy Minister of Culture Orkhan Valiyev, Rector Samir Gasimov and MP Leyla "
            "Rustamova.",
            {
                "Orkhan Valiyev": "Deputy Minister of Culture",
                "Samir Gasimov": "Rector",
                "Leyla Rustamova": "Member of Parliament",
            },
        ),
        (
            "Present at the evening were Minister of Education Kamran Huseynli, Professor Aynur Safarova, Mayor Elvin "
            "Mirzayev, Ambassador Tural Nabiyev and Dean Rauf Karimov.",
            {
                "Kamran Huseynli": "Minister of Education",
                "Aynur Safarova": "Professor",
                "Elvin Mirzayev": "Mayor",
                "Tural Nabiyev": "Ambassador",
                "Rauf Karimov": "Dean",
            },
        ),
        (
            "Head of the Department of Culture Nigar Abbasova, Consul Farid Jafarov and Senator Paul Whitby laid "
            "flowers at the monument.",
            {
                "Nigar Abbasova": "Head of the Department of Culture",
                "Farid Jafarov": "Consul",
                "Paul Whitby": "Senator",
            },
        ),
    ],
)
def test_each_item_keeps_its_own_title(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attending were Ambassador Orkhan Aliyev and his wife Nigar Aliyeva, Consul Elnur Mammadli, MPP Janet "
            "Hollis and Professor Sevda Rzayeva.",
            {
                "Orkhan Aliyev": "Ambassador",
                "Nigar Aliyeva": "Spouse",
                "Elnur Mammadli": "Consul",
                "Janet Hollis": "Member of Provincial Parliament",
                "Sevda Rzayeva": "Professor",
            },
        ),
        (
            "The evening was attended by Mayor Anna Kovacs and her husband Peter Kovacs, Senator Paul Whitby and "
            "State Senator Ann Rhodes.",
            {
                "Anna Kovacs": "Mayor",
                "Peter Kovacs": "Spouse",
                "Paul Whitby": "Senator",
                "Ann Rhodes": "State Senator",
            },
        ),
    ],
)
def test_a_spouse_inside_a_list_of_titled_names(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
