"""The dead where a witness stood ("Bulunduğumuz yerde 27 kişi şehit oldu", "Where we stood, 27 people were killed")
are a part of the toll, not its whole (`[casualties] partial_where`); a place the troops entered is no witness's. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Bulunduğumuz yerde 27 kişi şehit oldu.",
        "Dayandığımız yerdə 27 nəfər həlak oldu.",
        "Where we stood, 27 people were killed.",
        "Там, где мы стояли, погибли 27 человек.",
    ],
)
def test_a_witness_place_is_a_part(text: str) -> None:
    assert [(c.value, c.scope) for c in extract_casualties(text)] == [(27, "partial")]


def test_a_place_the_troops_entered_bounds_nothing() -> None:
    assert [(c.value, c.scope) for c in extract_casualties("Where the troops entered, 147 people were killed.")] == [
        (147, "total")
    ]
