"""English "Title X of <Body>" where the body's name goes on after a small word in lower case ("Director X of Halla
Corporation for Overseas Business"): the body is kept whole, and the name before it is still the subject of the verb
after the body."""

from __future__ import annotations

import pytest

from tests._helpers import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director Kwon Min-ho of Halla Corporation for Overseas Business put flowers at the memorial.",
            {"Kwon Min-ho": "Director of Halla Corporation for Overseas Business"},
        ),
        (
            "The ceremony was attended by Chairman Anar Mammadov of Council for Media Development and Director Lala"
            " Huseynova of Agency for Culture.",
            {
                "Anar Mammadov": "Chairman of Council for Media Development",
                "Lala Huseynova": "Director of Agency for Culture",
            },
        ),
        (
            "Chairman Rauf Karimov of Fund for Support of Veterans and Families laid a wreath at the monument.",
            {"Rauf Karimov": "Chairman of Fund for Support of Veterans and Families"},
        ),
        (
            "Director Lala Huseynova of Agency for Culture, a poet, spoke at the ceremony.",
            {"Lala Huseynova": "Director of Agency for Culture"},
        ),
        (
            "Chairman Anar Mammadov of Council for Media Development with Ambassador Jane Roe laid flowers at the"
            " memorial.",
            {"Anar Mammadov": "Chairman of Council for Media Development", "Jane Roe": "Ambassador"},
        ),
    ],
)
def test_the_body_goes_on_past_a_small_word(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chairman Anar Mammadov of Council for Media Development spoke at the ceremony.", "Anar Mammadov", "Chairman"),
        ("Director Lala Huseynova of Agency for Culture laid a wreath at the memorial.", "Lala Huseynova", "Director"),
        ("Head Tural Safarov of Union for Youth Affairs addressed the gathering.", "Tural Safarov", "Head"),
    ],
)
def test_the_name_before_such_a_body_is_the_subject(text: str, name: str, role: str) -> None:
    # the capitalised words after "for" are the body's, not a clause of their own that hides the name
    found = roles(text)
    assert name in found
    assert (found[name] or "").startswith(f"{role} of ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Director John Smith of Oxford put flowers at the memorial.", "Director"),
        ("Senator Bob Menendez of New Jersey spoke at the ceremony.", "Senator"),
        ("Director Jane Roe of North Yorkshire put flowers at the memorial.", "Director"),
        # a small word with no capitalised word after it ends the body
        (
            "The ceremony was attended by Director Lala Huseynova of Agency Culture for the first time.",
            "Director of Agency Culture",
        ),
        (
            "The ceremony was attended by Director Lala Huseynova of Agency Culture with her students.",
            "Director of Agency Culture",
        ),
    ],
)
def test_places_and_lower_case_tails_are_not_a_body(text: str, expected: str) -> None:
    assert list(roles(text).values()) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony was attended by Director Lala Huseynova of Acme Holdings with John Smith.",
        "Director Lala Huseynova of Acme Holdings with John Smith laid flowers at the memorial.",
        "Director Lala Huseynova of Acme Holdings and John Smith laid flowers at the memorial.",
        "The event was attended by Director Lala Huseynova of Acme Holdings and John Smith.",
    ],
)
def test_the_body_stops_before_another_name(text: str) -> None:
    # the small word before the next person's name ends the body: never "Acme Holdings with John Smith"
    assert roles(text)["Lala Huseynova"] == "Director of Acme Holdings"
