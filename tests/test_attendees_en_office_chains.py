"""Two posts of one person before the name, each closed by a comma, in English: the first, an office of a body, is
the role ("The director of the institute, corresponding member of the Academy, professor X": "Director of the
Institute"; "Chairman of the committee, a member of the Milli Majlis, X": "Chairman of the Committee"). Not a kin's
words ("The son of the director of the institute, a student, X"), a group's, a word of no body ("The veteran, a
member of parliament, X"), nor the title of another name in a list. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "A memorial evening was held at the institute. "


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "The director of the institute, corresponding member of the Academy, professor Rauf Aliyev "
            "spoke at the event.",
            [("Rauf Aliyev", "Director of the Institute")],
        ),
        (
            HELD + "Chairman of the committee, a member of the Milli Majlis, Rauf Aliyev spoke at the event.",
            [("Rauf Aliyev", "Chairman of the Committee")],
        ),
        (
            HELD + "The head of the laboratory, a member of parliament, Leyla Mammadova delivered a speech.",
            [("Leyla Mammadova", "Head of the Laboratory")],
        ),
    ],
)
def test_the_first_office_of_a_body_is_the_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "The son of the director of the institute, a student, Rauf Aliyev spoke at the event.",
            [("Rauf Aliyev", "Student")],
        ),
        (
            HELD + "The veteran, a member of parliament, Rauf Aliyev spoke at the event.",
            [("Rauf Aliyev", "Member of Parliament")],
        ),
        (
            HELD + "Members of the community, a member of parliament, Rauf Aliyev spoke at the event.",
            [("Rauf Aliyev", "Member of Parliament")],
        ),
        (
            HELD + "The head of the department, Rauf Aliyev, the chairman of the society, Elnur Karimov, spoke at "
            "the event.",
            [("Rauf Aliyev", "Head of Department"), ("Elnur Karimov", "Chairman of the Society")],
        ),
    ],
)
def test_no_office_of_a_body_before_keeps_the_post_next_to_the_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected
