"""Presence as English reports translated word for word from Azerbaijani or Russian write it: a named subject
followed by plural posts and groups ("Rector X, vice-rectors, deans and students visited", "X, servicemen and
cadets"), the families of the martyrs beside a named subject ("X and the children of the martyrs laid flowers"), the
verb before its subject ("In the event participated A, B and others", "Participated in the ceremony were A and B",
"The evening was participated by A"), and a participle of presence between the subject's comma and its verb ("X,
after laying a wreath at the monument, met the families")."""

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rector Elshad Gurbanov, vice-rectors, deans and students of the university visited the Alley of Martyrs.",
            [("Elshad Gurbanov", "Rector")],
        ),
        (
            "Rector Elshad Gurbanov, the deans and the professors of the academy laid flowers at the monument.",
            [("Elshad Gurbanov", "Rector")],
        ),
        (
            "Professor Rauf Safarli, athletes and journalists of the federation visited the Alley of Martyrs.",
            [("Rauf Safarli", "Professor")],
        ),
        (
            "The director Nijat Rahimli, researchers and scientists of the institute paid tribute to the martyrs.",
            [("Nijat Rahimli", "Director")],
        ),
        (
            "Ambassador Tahir Bagirov and the children of the martyrs laid flowers at the memorial.",
            [("Tahir Bagirov", "Ambassador")],
        ),
        (
            "Ambassador Tahir Bagirov, the widows and the mothers of the martyrs laid wreaths at the monument.",
            [("Tahir Bagirov", "Ambassador")],
        ),
    ],
)
def test_a_named_subject_then_plural_posts_and_groups(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the event participated Professor Vugar Abbasov, Ambassador Tahir Bagirov and others.",
            [("Vugar Abbasov", "Professor"), ("Tahir Bagirov", "Ambassador")],
        ),
        (
            "In the ceremony took part Professor Vugar Abbasov and the staff of the embassy.",
            [("Vugar Abbasov", "Professor")],
        ),
        (
            "In the event also participated the rector of the university Professor Vugar Abbasov.",
            [("Vugar Abbasov", "Rector")],
        ),
        (
            "Participated in the event were Dean Gunel Aliyeva and Ambassador Tahir Bagirov.",
            [("Gunel Aliyeva", "Dean"), ("Tahir Bagirov", "Ambassador")],
        ),
        (
            "The evening was participated by Dean Gunel Aliyeva and Ambassador Tahir Bagirov.",
            [("Gunel Aliyeva", "Dean"), ("Tahir Bagirov", "Ambassador")],
        ),
    ],
)
def test_the_verb_of_taking_part_before_its_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister Anar Karimov, after laying a wreath at the Eternal Flame, met the families of the martyrs.",
            [("Anar Karimov", "Minister")],
        ),
        (
            "Ambassador Tahir Bagirov, after placing flowers at the monument, answered the questions of journalists.",
            [("Tahir Bagirov", "Ambassador")],
        ),
    ],
)
def test_a_participle_of_presence_after_the_subjects_comma(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the war participated many soldiers, Professor Vugar Abbasov noted.",
        "In the event, Professor Vugar Abbasov said that thousands participated in the rallies.",
        "The protests were participated by the students of Professor Vugar Abbasov.",
        "After Ambassador Tahir Bagirov, the guests laid flowers at the monument.",
        "The children of the martyr Ilgar Mammadov laid flowers at the monument.",
        "In his message, Ambassador Tahir Bagirov, the deans and the students honoured the martyrs.",
    ],
)
def test_not_placed(text: str) -> None:
    assert people(text) == []
