"""English titles written one after another around a name: a first apposition that says only where the name works
gives way to the post after it ("X, an employee of the museum, head of its archive department,"); a founder's word
gives way to the office joined after it ("founder and president of Y"); a degree before a name is no part of it
("PhD X", "Doctor of Philosophy X"); a place written after a body's name is the body's ("University of California
San Diego"), never a person; a title in apposition is only its own name's ("X, the Minister of Culture, and Y").
The sentences are written for these tests."""

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
            "Leyla Rahimli, an employee of the museum, head of its archive department, delivered a speech.",
            {"Leyla Rahimli": "Head of the Archive Department"},
        ),
        (
            "Then Nigar Hasanova, a researcher at the institute, head of the manuscripts department, gave a talk.",
            {"Nigar Hasanova": "Head of the Manuscripts Department"},
        ),
        (
            "Orkhan Valiyev, a staff member of the library, head of the department of rare books, spoke at the event.",
            {"Orkhan Valiyev": "Head of the Department of Rare Books"},
        ),
        (
            "The evening was attended by Sabina Guliyeva, a fellow of the academy, director of its press centre.",
            {"Sabina Guliyeva": "Director of the Press Centre"},
        ),
        # no post after the first: none, and the name is still there
        ("Leyla Rahimli, an employee of the museum, delivered a speech.", {"Leyla Rahimli": None}),
        # one post alone, as before
        (
            "Leyla Rahimli, head of the archive department, delivered a speech.",
            {"Leyla Rahimli": "Head of the Archive Department"},
        ),
    ],
)
def test_the_post_after_a_place_of_work_is_the_role(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kamran Huseynov, founder and president of the Friendship Society, addressed the meeting.",
            {"Kamran Huseynov": "President of the Friendship Society"},
        ),
        (
            "Founder and president of the Friendship Society, Kamran Huseynov, addressed the meeting.",
            {"Kamran Huseynov": "President of the Friendship Society"},
        ),
        (
            "The ceremony was attended by Aysel Karimova, co-founder and chairwoman of the Youth Union.",
            {"Aysel Karimova": "Chairwoman of the Youth Union"},
        ),
        # a founder alone stays a founder
        (
            "Kamran Huseynov, founder of the Friendship Society, addressed the meeting.",
            {"Kamran Huseynov": "Founder of the Friendship Society"},
        ),
        # a head and a joiner before a name of a list: no second post
        (
            "The ceremony was attended by Aysel Karimova, chairwoman of the Youth Union and Rashad Karimov.",
            {"Aysel Karimova": "Chairwoman of the Youth Union", "Rashad Karimov": None},
        ),
    ],
)
def test_an_office_wins_over_a_founder(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PhD Rauf Novruzov spoke about the tragedy.", {"Rauf Novruzov": None}),
        ("Doctor of Philosophy Rauf Novruzov spoke about the tragedy.", {"Rauf Novruzov": None}),
        (
            "The event was addressed by PhD Sevda Mammadli and Professor Ali Karimov.",
            {"Sevda Mammadli": None, "Ali Karimov": "Professor"},
        ),
        (
            "Doctor of Philosophy Rauf Novruzov, associate professor, spoke about the tragedy.",
            {"Rauf Novruzov": "Associate Professor"},
        ),
    ],
)
def test_a_degree_before_a_name_is_no_part_of_it(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professor John Smith from University of California San Diego spoke about the tragedy.",
            {"John Smith": "Professor"},
        ),
        (
            "Speaking at the event, Professor James Wood of the University of California Santa Barbara recalled it.",
            {"James Wood": "Professor"},
        ),
        ("Guests came from University of California Los Angeles and Rashad Karimov spoke.", {}),
        (
            "Speaking at the event, Professor Jane Doe of the University of California, San Diego, recalled it.",
            {"Jane Doe": "Professor"},
        ),
        # a person after a body's place that opens no place's name is still a person
        (
            "Students of the University of Baku Anar Guliyev and Lala Aliyeva attended the ceremony.",
            {"Anar Guliyev": "Student", "Lala Aliyeva": "Student"},
        ),
    ],
)
def test_a_place_after_a_bodys_name_is_no_person(text: str, expected: dict[str, str | None]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Farid Aliyev, the Minister of Culture, and Rashad Karimov attended the ceremony.",
        "The ceremony was attended by Farid Aliyev, the Minister of Culture, and Rashad Karimov.",
        "Farid Aliyev, Minister of Culture, and Rashad Karimov spoke at the event.",
        "Farid Aliyev, the Minister of Culture, Rashad Karimov and Lala Aliyeva attended the ceremony.",
        # with no comma before "and", the title still ends there: the next name is another person
        "Farid Aliyev, the Minister of Culture and Rashad Karimov attended the ceremony.",
        "The ceremony was attended by Farid Aliyev, the Minister of Culture and Rashad Karimov.",
    ],
)
def test_a_title_in_apposition_is_not_the_next_names(text: str) -> None:
    got = found(text)
    assert got["Farid Aliyev"] == "Minister of Culture"
    assert got["Rashad Karimov"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farid Aliyev, the Minister of Culture and Professor Rashad Karimov attended the ceremony.",
            {"Farid Aliyev": "Minister of Culture", "Rashad Karimov": "Professor"},
        ),
        (
            "Speakers included Prof. Kamal Nuriyev, head of the department and Prof. Lala Huseynova.",
            {"Kamal Nuriyev": "Professor", "Lala Huseynova": "Professor"},
        ),
    ],
)
def test_after_a_title_ending_in_and_the_next_name_keeps_only_its_degree(
    text: str, expected: dict[str, str | None]
) -> None:
    assert found(text) == expected
