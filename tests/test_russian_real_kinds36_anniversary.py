"""A Russian count of the years in the present tense ("С тех трагических событий проходит 33 года", "минует 30
лет") states the anniversary in a sentence that names the event; elsewhere it counts any span. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("С тех трагических событий проходит 33 года.", 33),
        ("Со дня январской трагедии минует 30 лет.", 30),
        ("С кровавой ночи 20 Января проходит уже 34 года.", 34),
        ("Проходят 35 лет со дня трагедии, но память жива.", 35),
    ],
)
def test_the_present_counts_beside_the_event(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "text",
    ["С тех пор проходит 5 лет, и он работает в школе.", "Проходит 20 лет службы.", "Минует 3 года, и дом построят."],
)
def test_any_other_span_is_none(text: str) -> None:
    assert stated_anniversary(text) is None
