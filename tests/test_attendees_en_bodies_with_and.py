"""A body's name with "and" in it after a post ("Rector of the State Oil and Industry University, Professor X"): the
post before the comma is the role, not the degree before the name. The sentences are written for these tests (issue
#16)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial meeting was held at the university on the anniversary of the 20 January tragedy.\n\n"


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(HELD + text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rector of the Caspian Oil and Gas University, Professor Rauf Salimov, laid flowers at the memorial.",
            {"Rauf Salimov": "Rector of Caspian Oil and Gas University"},
        ),
        (
            "The Rector of Ganja Agriculture and Technology University (GATU), Professor Rauf Salimov, opened the "
            "meeting.",
            {"Rauf Salimov": "Rector of Ganja Agriculture and Technology University"},
        ),
        (
            "The Dean of the Faculty of Language and Literature, Docent Aysel Qasimova, spoke at the meeting.",
            {"Aysel Qasimova": "Dean of the Faculty of Language and Literature"},
        ),
        (
            "The Director of the Institute of Archaeology and Ethnography, Professor Rauf Salimov, made a speech.",
            {"Rauf Salimov": "Director of the Institute of Archaeology and Ethnography"},
        ),
    ],
)
def test_a_post_of_a_body_named_with_and_is_the_role(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" between two people still parts them: each their own title
        (
            "Ambassador Kamal Nuriyev and Rector of Khazar University Rauf Salimov laid flowers.",
            {"Kamal Nuriyev": "Ambassador", "Rauf Salimov": "Rector of Khazar University"},
        ),
        (
            "President Ilham Aliyev and Mehriban Aliyeva laid flowers at the Eternal Flame.",
            {"Ilham Aliyev": "President", "Mehriban Aliyeva": None},
        ),
    ],
)
def test_and_between_people_still_parts_them(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
