"""A staff post of a principal's office is the staff's, never the principal's: "Assistant to the Minister of Foreign
Affairs X" is no Minister. A post the table knows that names the principal already keeps its row. The titles and
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

STAFF = [
    ("Assistant to the Minister of Foreign Affairs", "Assistant to the Minister of Foreign Affairs"),
    ("assistant of the Minister of Defence", "Assistant to the Minister of Defence"),
    ("Aide to the Minister of Culture", "Assistant to the Minister of Culture"),
    ("Advisor to the Prime Minister", "Adviser to the Prime Minister"),
    ("Adviser to the Chairman of the Milli Majlis", "Adviser to the Speaker of the Milli Majlis"),
    ("Counsellor to the Minister of Foreign Affairs", "Counsellor to the Minister of Foreign Affairs"),
    ("Chief of Staff of the Minister of Foreign Affairs", "Chief of Staff to the Minister of Foreign Affairs"),
]

KEPT = [
    ("assistant to the President", "Assistant to the President"),
    ("Chief Adviser to the President", "Chief Adviser to the President"),
    ("Assistant to the Rector", "Assistant Rector"),
    ("Counsellor of the Embassy of Azerbaijan in Germany", "Counsellor of the Embassy of Azerbaijan in Germany"),
    ("Deputy Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs"),
]


@pytest.mark.parametrize(("written", "role"), STAFF + KEPT)
def test_staff_post_is_not_the_principal(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assistant to the Minister of Foreign Affairs Lala Huseynli attended the ceremony.",
            [("Lala Huseynli", "Assistant to the Minister of Foreign Affairs")],
        ),
        (
            "The ceremony was attended by Adviser to the Minister of Culture Orxan Valiyev and Ambassador Tom Reed.",
            [("Orxan Valiyev", "Adviser to the Minister of Culture"), ("Tom Reed", "Ambassador")],
        ),
        (
            "Samir Aliyev, aide to the Minister of Defence, laid flowers at the Eternal Flame.",
            [("Samir Aliyev", "Assistant to the Minister of Defence")],
        ),
    ],
)
def test_staff_attendee_keeps_the_staff_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected
