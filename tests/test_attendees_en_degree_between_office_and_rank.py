"""A degree with its field between commas ("PhD in History", "Doctor of Philology") standing between an office and a
rank before a name is passed over, as other honours are: the office is the role ("Dean of the Faculty of History,
PhD in History, Associate Professor X": the dean). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial meeting took place at the university on the anniversary of the 20 January tragedy. "


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dean of the Faculty of Law, PhD in Law, Associate Professor Samira Aliyeva addressed the meeting.",
            {"Samira Aliyeva": "Dean of the Faculty of Law"},
        ),
        (
            "Head of the department, Doctor of Philology, Professor Vugar Rzayev spoke at the meeting.",
            {"Vugar Rzayev": "Head of Department"},
        ),
        (
            "The meeting was attended by Member of Parliament, PhD in History, Professor Rauf Mirzayev.",
            {"Rauf Mirzayev": "Member of Parliament"},
        ),
    ],
)
def test_the_office_past_a_degree_is_the_role(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


def test_a_group_before_the_degree_is_no_office() -> None:
    text = "The students of the faculty, PhD in History, Professor Rauf Mirzayev spoke at the meeting."
    assert found(text) == {"Rauf Mirzayev": "Professor"}
