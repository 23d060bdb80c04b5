"""The word "anniversary" misspelt as hurried pages write it ("anniversry", "aniversary", "anniversery",
"anniverssary") still states the number before it; its plural or another word does not."""

import pytest

from jan20.extract.anniversary import stated_anniversary


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A meeting was held on the occasion of the 28-th anniversry of the 20-th January events.", 28),
        ("Students marked the 30th aniversary of the 20 January tragedy.", 30),
        ("The 33rd anniversery of Black January was observed in Kyiv.", 33),
        ("Embassy commemorates the 29th anniverssary of the tragedy", 29),
    ],
)
def test_a_misspelt_anniversary(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "text",
    ["The 31st anniversaries of two events were marked.", "The 31st universary of the tragedy"],
)
def test_no_anniversary(text: str) -> None:
    assert stated_anniversary(text) is None
