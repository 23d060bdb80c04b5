"""A subject that opens with a person and goes on with groups, whose words carry a clause of their own before the
verb: a participle's clause opened by a comma and run into the verb ("the families of graduates, killed for a just
cause visited"), a relative clause of the dead ("relatives of those who died for the homeland's freedom"), a post in
apposition closed by companions rather than a comma ("X, the head of the society together with the students
visited"); and a time of 1990 that tells when the one described was wounded, not when the sentence happens ("X,
wounded in 1990, and the students visited")."""

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before the ceremony, the rector, Professor Adil Karimov, the staff of the university and families of"
            " students and graduates, killed for a just cause visited the memorial in the main building.",
            [("Adil Karimov", "Rector")],
        ),
        (
            "Dean Sevinj Gasimova, the lecturers and the relatives of the martyrs, killed for the nation's freedom"
            " laid wreaths at the monument.",
            [("Sevinj Gasimova", "Dean")],
        ),
        (
            "Ambassador Tural Mammadli, diplomats and the families of the victims, shot on the night of 20 January"
            " visited the Alley of Martyrs.",
            [("Tural Mammadli", "Ambassador")],
        ),
    ],
)
def test_a_participles_clause_opened_by_a_comma_and_run_into_the_verb(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professor Daniel Reed, together with students and relatives of those who died for the freedom of"
            " the nation, visited the Alley of Martyrs.",
            [("Daniel Reed", "Professor")],
        ),
        (
            "Chairman of the society Ilkin Rzayev, along with pupils and the families of those who fell for the"
            " country's independence, visited the Alley.",
            [("Ilkin Rzayev", "Chairman of the Society")],
        ),
        (
            "Consul General Nigar Abbasova, the staff and families of those who gave their lives for the"
            " independence of the Motherland laid flowers at the memorial.",
            [("Nigar Abbasova", "Consul General")],
        ),
        (
            "Mayor Orkhan Valiyev, veterans and the children of those who sacrificed their lives for Azerbaijan"
            " laid a wreath at the monument.",
            [("Orkhan Valiyev", "Mayor")],
        ),
        (
            "Mayor Orkhan Valiyev, veterans and the children of those who perished in the tragedy laid a wreath at"
            " the monument.",
            [("Orkhan Valiyev", "Mayor")],
        ),
    ],
)
def test_a_relative_clause_of_the_dead_inside_the_groups(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professor Elnur Mammadov, the head of the society together with students and relatives of those"
            " killed for the country's freedom visited the Alley.",
            [("Elnur Mammadov", "Head of the Society")],
        ),
        (
            "Dr. Leyla Hasanova, chairwoman of the board along with the staff laid flowers at the monument.",
            [("Leyla Hasanova", "Chairwoman of the Board")],
        ),
        (
            "Farid Guliyev, a young historian together with his students laid carnations at the memorial.",
            [("Farid Guliyev", "Historian")],
        ),
    ],
)
def test_a_post_in_apposition_closed_by_companions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professor Kamran Huseynov, wounded in 1990, and students visited the Alley of Martyrs.",
            [("Kamran Huseynov", "Professor")],
        ),
        (
            "Rauf Babayev, who was injured on 20 January 1990, laid flowers at the monument with his grandchildren.",
            [("Rauf Babayev", None)],
        ),
        (
            "The veteran Javid Safarov, wounded in January 1990, and the cadets laid a wreath at the Eternal Flame.",
            [("Javid Safarov", "Veteran")],
        ),
    ],
)
def test_a_time_of_1990_that_says_when_the_one_described_was_wounded(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the dead described in apposition are remembered, whatever clause follows
        "Professor Kamran Huseynov, killed in 1990, and the students visited the Alley of Martyrs.",
        "The student Ilgar Mammadov, martyred for the country's freedom, was remembered as the guests laid flowers.",
        # people inside the groups' clause are not the subject
        "Relatives of those who died in the tragedy of Professor Aliyev visited the Alley.",
        "The pupils who gave flowers to Ambassador Rashad Aliyev in 2019 visited the Alley.",
        # the time of a visit in 1990 is history
        "Professor Kamran Huseynov visited the square in January 1990 with his students.",
        # senders and authors are not there
        "In a message sent to the ceremony, Ambassador Rashad Aliyev, together with the embassy staff, honoured"
        " the martyrs.",
    ],
)
def test_not_placed(text: str) -> None:
    assert people(text) == []
