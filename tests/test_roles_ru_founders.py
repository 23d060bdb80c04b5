"""A founder in Russian: "основатель" is a post, with the body it founded when the data names it ("основатель газеты
«…»": "Founder of the … Newspaper"), and it is kept when it is the post nearest the name; before its comma it yields
to the post written after it, as the annotated reports have it ("основатель журнала «…», журналист X": Journalist).
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

EVENT = "В консульстве прошел вечер памяти шехидов 20 Января. "


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("основатель газеты «Ветеран»", "Founder of the Veteran Newspaper"),
        ("основатель", "Founder"),
        ("основателя", "Founder"),
    ],
)
def test_the_founders_post(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На вечере выступил основатель газеты «Ветеран» Мурад Ахмедов.",
            [("Мурад Ахмедов", "Founder of the Veteran Newspaper")],
        ),
        # an occupation, its comma, then the founder's post before the name: the post nearest the name
        (
            "С воспоминаниями выступил журналист, основатель газеты «Ветеран» Мурад Ахмедов.",
            [("Мурад Ахмедов", "Founder of the Veteran Newspaper")],
        ),
        # the founder's post before its comma, then an occupation before the name: the occupation
        (
            "С воспоминаниями выступил основатель газеты «Ветеран», журналист Мурад Ахмедов.",
            [("Мурад Ахмедов", "Journalist")],
        ),
        (
            "В вечере приняли участие студенты и основатель журнала «Родник», поэт Мурад Ахмедов.",
            [("Мурад Ахмедов", "Poet")],
        ),
    ],
)
def test_a_founder_at_the_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(EVENT + text) == expected
