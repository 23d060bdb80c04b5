"""A kin word and its "of" in an English subject: the kin of a titled name, named after its comma, is the kin of that
post, not the post ("The daughter of Ambassador X, Y, laid flowers": Y, "Daughter of the Ambassador"); a kin's
phrase joined to a name ("X and the daughter of the martyr laid flowers") leaves X the subject. Not placed: the
titled relative, the one remembered, a name after "the son of", the object of "on behalf of". The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

HEAD = "Flowers at the memorial\n\n"


def people(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD + "The daughter of Ambassador Elin Suleymanov, Leyla Suleymanova, laid flowers at the memorial.",
            [("Leyla Suleymanova", "Daughter of the Ambassador")],
        ),
        (
            HEAD + "The son of the Minister of Culture, Tural Karimov, visited the Alley of Martyrs.",
            [("Tural Karimov", "Son of the Minister of Culture")],
        ),
        (HEAD + "Rauf Aliyev and the daughter of the martyr laid flowers at the memorial.", [("Rauf Aliyev", None)]),
        (HEAD + "Rauf Aliyev and the mother of a shahid visited the memorial.", [("Rauf Aliyev", None)]),
        (
            HEAD + "Professor Rauf Aliyev and the sister of the victim laid flowers at the memorial.",
            [("Rauf Aliyev", "Professor")],
        ),
    ],
)
def test_kin_in_a_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "The daughter of Ambassador Elin Suleymanov laid flowers at the memorial.",
        HEAD + "The son of Rauf Aliyev and the daughter of the martyr laid flowers at the memorial.",
        HEAD + "On behalf of Rauf Aliyev and the daughter of the martyr, students laid flowers at the memorial.",
        HEAD + "In memory of Rauf Aliyev, the mother of the martyr laid flowers at the memorial.",
    ],
)
def test_no_one_named_is_placed(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("wife of the Ambassador", "Spouse"),  # a row that reads the kin itself holds
        ("Ambassador of Turkey", "Ambassador of Turkey"),
        ("daughter of the ambassador", "Daughter of the Ambassador"),
    ],
)
def test_the_role_of_a_kin_title(title: str, role: str) -> None:
    assert canonical_role(title) == role
