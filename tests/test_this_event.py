"""One pattern of the event's name (`text.event.this_event`), read whole or with its year between the bounds each
reader gives it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from jan20.text.event import this_event


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The evening marked the anniversary of 20 January.", True),
        ("Relatives remembered Black January at the memorial.", True),
        ("It was held on 120 January units of account.", False),  # a name inside a longer number is not one
        ("The tragedy of 1990 was remembered.", False),  # the name alone: no year
    ],
)
def test_the_name_alone(text: str, found: bool) -> None:
    assert (this_event().search(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The tragedy of 1990 was remembered.", True),
        ("A figure of 19901 is no year.", False),
        ("The sum was 1.1990 in the table.", False),  # another number's digits
        ("Remembered on 20 January by all.", True),
    ],
)
def test_the_name_or_the_year_within_bounds(text: str, found: bool) -> None:
    assert (this_event(r"(?<![\d.,]){}(?![\d.,]?\d)").search(text) is not None) is found


def test_a_name_not_read_as_a_whole_word() -> None:
    assert this_event(r"\b{}\b", whole_word=False).search("Around 120 January") is not None
    assert this_event().search("Around 120 January") is None
