"""The one sentence splitter every extractor uses (`extract._text.sentences`): its line mode, and the quick search
of its paragraph breaks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.text import sentences as sx

from ._helpers import examples

_LINES = "Deaths: 147 civilians\nInjured: 744\nReports said the troops\nkilled many,\nand more were hurt."


def _texts(text: str, lines: bool) -> list[str]:
    return [text[s.start : s.end] for s in sx.sentences(text, lines=lines)]


def test_a_line_break_ends_a_sentence_in_line_mode_unless_the_line_goes_on() -> None:
    assert _texts(_LINES, lines=True) == [
        "Deaths: 147 civilians",
        "Injured: 744",
        "Reports said the troops\nkilled many,\nand more were hurt.",
    ]


def test_without_line_mode_a_line_break_ends_a_sentence_only_after_its_punctuation() -> None:
    assert _texts(_LINES, lines=False) == [_LINES]
    assert _texts("Baş nazir\nArtur Rasizadə\n, Milli Məclisin sədri", lines=False) == [
        "Baş nazir\nArtur Rasizadə\n, Milli Məclisin sədri"
    ]


@settings(max_examples=examples(500), deadline=None)
@given(
    st.lists(st.sampled_from(["\n", " ", "\t", ".", ":", '"', "”", "*", ")", "-", "#", "•", "|", "1", "a", "B", "+"])),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_paragraph_breaks_are_the_matches_of_the_pattern(chars: list[str], start: int, end: int) -> None:
    text = "".join(chars)
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    want = [(m.start(), m.end()) for m in sx._PARAGRAPH.finditer(text, start, end)]
    assert sx._paragraph_breaks(text, start, end) == want
