"""A list of tolls, each labelled by its event's name right before its number, its casualty word said once at the
end ("Tbilisi faciəsində 21, Qara Yanvarda 147, Xocalıda 613 nəfər həlak olub") or after the first ("в Тбилиси погиб
21 человек, в Черный январь — 147, в Ходжалы — 613"): each number is its own event's, so this event's toll is read
and the others' are not; an event's name right before the next number is that number's label, not the figure
before it's own (README, "Extraction", `named_next`). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def values(text: str) -> list[tuple[str, int, str]]:
    return [(f.category, f.value, f.scope) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tbilisi faciəsində 21, Qara Yanvarda 147, Xocalıda 613 nəfər həlak olub.",
        "Xocalıda 613, Qara Yanvarda isə 147 insan qətlə yetirilib.",
        "Tiflis katliamında 21, Kanlı Ocak'ta 147, Hocalı'da 613 kişi hayatını kaybetti.",
        "В Тбилисской трагедии погиб 21 человек, в Черный январь — 147, в Ходжалы — 613.",
        "Во время Ходжалинского геноцида погибли 613 человек, в Черный январь — 147, а в Тбилисской трагедии — 21.",
    ],
)
def test_this_events_labelled_toll_is_read(text: str) -> None:
    assert values(text) == [("killed", 147, "total")]


def test_a_name_after_the_figure_with_words_is_its_own() -> None:
    text = "On 20 January 147 were killed, and 2,908 soldiers were martyred in the 44-day war."
    assert values(text) == [("killed", 147, "total")]
