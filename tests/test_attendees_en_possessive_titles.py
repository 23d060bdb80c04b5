"""English posts written with their body's possessive ("the embassy's first secretary X", "the museum's director X",
"the university's rector X"), and a post with no name before the comma of a degree and a name ("the faculty's dean,
docent X", "the dean of the faculty, associate professor X"): the name attends, with the post as its role (the degree
yields to it). The sentences are written for these tests."""

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
            "Then the embassy's first secretary Tural Mammadov addressed the guests.",
            {"Tural Mammadov": "First Secretary of the Embassy"},
        ),
        (
            "The embassy's first secretary, Tural Mammadov, addressed the guests.",
            {"Tural Mammadov": "First Secretary of the Embassy"},
        ),
        ("The museum's director Samira Aliyeva opened the event.", {"Samira Aliyeva": "Director"}),
        ("The museum's director, Samira Aliyeva, opened the event.", {"Samira Aliyeva": "Director"}),
        ("The university's rector Elchin Babayev spoke about the martyrs.", {"Elchin Babayev": "Rector"}),
        ("The university's rector, Professor Elchin Babayev, spoke at the event.", {"Elchin Babayev": "Rector"}),
        ("The society's chairman Kamran Huseynov laid flowers.", {"Kamran Huseynov": "Chairman"}),
    ],
)
def test_a_post_after_its_bodys_possessive(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The faculty's dean, docent Elchin Babayev, opened the event.", {"Elchin Babayev": "Dean"}),
        ("The dean of the faculty, associate professor Elchin Babayev, opened the event.", {"Elchin Babayev": "Dean"}),
        ("The dean, associate professor Lala Huseynova, opened the evening.", {"Lala Huseynova": "Dean"}),
        (
            "The event was opened by the faculty's dean, associate professor Elchin Babayev.",
            {"Elchin Babayev": "Dean"},
        ),
        # a degree alone stays the role
        ("Associate professor Elchin Babayev spoke at the event.", {"Elchin Babayev": "Associate Professor"}),
        # a name before the comma keeps the apposition its own
        (
            "Elchin Babayev, associate professor of the department of history, spoke at the event.",
            {"Elchin Babayev": "Associate Professor"},
        ),
    ],
)
def test_a_post_before_a_degree_and_a_name_is_the_names(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vice-rector for science Elchin Babayev spoke at the event.",
            {"Elchin Babayev": "Vice-Rector for Science"},
        ),
        (
            "The university's vice-rector for academic affairs Elchin Babayev spoke at the event.",
            {"Elchin Babayev": "Vice-Rector for Academic Affairs"},
        ),
        (
            "The vice-rector for science and innovation Lala Huseynova spoke at the event.",
            {"Lala Huseynova": "Vice-Rector for Science and Innovation"},
        ),
        # "for" after no head opens no portfolio
        ("Students prepared for the event and Elchin Babayev spoke at the event.", {"Elchin Babayev": None}),
    ],
)
def test_a_portfolio_in_lower_case_is_the_posts(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected
