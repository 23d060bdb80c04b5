"""Tests for jan20.text.numbers: cardinals in digits and words, with offsets into the original text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.text.numbers import NumberMention, find_numbers, words_to_int

from ._helpers import examples


def values(text: str) -> list[tuple[int, str]]:
    return [(n.value, n.text) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("147 people", [(147, "147")]),
        ("1,200 people", [(1200, "1,200")]),
        ("1 200 people", [(1200, "1 200")]),
        ("26\u00a0000 troops", [(26000, "26\u00a0000")]),
        ("26 thousand troops", [(26000, "26 thousand")]),
        ("1.5 million people", [(1500000, "1.5 million")]),
        ("one hundred and forty-seven", [(147, "one hundred and forty-seven")]),
        ("One Hundred Forty Seven", [(147, "One Hundred Forty Seven")]),
        ("Eight more people", [(8, "Eight")]),
        ("hundred and twenty", [(120, "hundred and twenty")]),
        ("a hundred people", [(100, "a hundred")]),
        ("a dozen people", [(12, "a dozen")]),
        ("two dozen people", [(24, "two dozen")]),
        ("twenty-two", [(22, "twenty-two")]),
        ("six and seven", [(6, "six"), (7, "seven")]),  # "and" joins only after a scale word
        ("one two three", [(1, "one"), (2, "two"), (3, "three")]),
        ("131–170", [(131, "131"), (170, "170")]),
        ("131-170", [(131, "131"), (170, "170")]),
        ("6, 3 and 3", [(6, "6"), (3, "3"), (3, "3")]),
        ("in 1990 147 people", [(1990, "1990"), (147, "147")]),
        ("January 20 147 people", [(20, "20"), (147, "147")]),  # a day, then a count
        ("zero", [(0, "zero")]),
        # Russian words, in the cases counts take
        ("Сто сорок семь человек", [(147, "Сто сорок семь")]),
        ("более ста тридцати человек", [(130, "ста тридцати")]),
        ("около восьмисот раненых", [(800, "восьмисот")]),
        ("две тысячи триста", [(2300, "две тысячи триста")]),
        ("тысяча человек", [(1000, "тысяча")]),
        ("одиннадцать пять", [(11, "одиннадцать"), (5, "пять")]),  # two numbers: ranks must go down
        ("в 1990 году сорок", [(1990, "1990"), (40, "сорок")]),
        # Azerbaijani words (read where the text has its letter ə): a unit multiplies "yüz" and "min"
        ("yüz qırx yeddi nəfər", [(147, "yüz qırx yeddi")]),
        ("Yeddi yüz qırx dörd nəfər", [(744, "Yeddi yüz qırx dörd")]),
        ("İki nəfər", [(2, "İki")]),
        ("Üç min beş yüz nəfər", [(3500, "Üç min beş yüz")]),
        ("min iki yüz nəfər", [(1200, "min iki yüz")]),
        ("iyirmi bir nəfər", [(21, "iyirmi bir")]),
        ("bir nəfər", [(1, "bir")]),
        ("yüzdən çox nəfər", [(100, "yüz")]),  # the ending is left after the number
        ("iki yüzə yaxın nəfər", [(200, "iki yüz")]),
        ("iki üç nəfər", [(2, "iki"), (3, "üç")]),
        ("147 nəfər, yüz qırx yeddi", [(147, "147"), (147, "yüz qırx yeddi")]),
        ("30 mindən çox nəfər", [(30000, "30 min")]),  # digits before a scale word, as "26 thousand"
        ("5 yüz nəfər", [(500, "5 yüz")]),
    ],
)
def test_cardinals(text: str, expected: list[tuple[int, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hundreds of people",
        "thousands of protest rallies",
        "dozens of victims",
        "millions of people",
        "a man and a woman",
        "the 1990s",
        "5km away",
        "an F16 jet",
        "2025-01-19",
        "20.01.1990",
        "at 22:01 (UTC+04:00)",
        "2.5 percent",
        "the second time",
        "99999999999999999999999",
        "someone anyone",
        "several hundred were wounded",
        "a few thousand",
        "Тысячи людей вышли на улицы",  # "thousands of people"
        "десятки тысяч",
        "сотни погибших",
        "Bir çox insan yaralanıb",  # "many people": "bir" alone may be the article "a"
        "bir qadın gəldi",
        "tankların altında qalan",  # "altı" (six) with an ending is not read: "altında" is "under"
        "ona yaxın gəlmədi",  # "on" (ten) takes no ending: "ona" is "to him"
        "yüzlərlə insan, minlərlə nəfər",  # "hundreds", "thousands"
        "Flowers were laid on the graves; the min and max of it",  # English: no ə, no Azerbaijani words
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("34th", 34), ("14rd", 14), ("1st", 1), ("thirty-fourth", 34), ("twenty-second", 22), ("first", 1)],
)
def test_ordinals_are_flagged(text: str, value: int) -> None:
    [n] = find_numbers(f"the {text} anniversary")
    assert (n.value, n.text, n.ordinal) == (value, text, True)


def test_kind_and_year_flag() -> None:
    year, count, words, grouped = find_numbers("In 1990 147 died, Eight more, 1,990 were hurt")
    assert year.looks_like_year and year.kind == "digits"
    assert not count.looks_like_year
    assert words.kind == "words" and not words.looks_like_year
    assert grouped.value == 1990 and not grouped.looks_like_year  # "1,990" is a count, not a year


def test_offsets_point_into_original_text() -> None:
    text = "Ölənlər:  One hundred\nand forty-seven — и 1,200 раненых; a dozen more."
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
    assert [n.value for n in find_numbers(text)] == [147, 1200, 12]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one hundred and forty-seven", 147),
        ("hundred and twenty", 120),
        ("Eight", 8),
        ("a dozen", 12),
        ("two thousand", 2000),
        ("1,200", 1200),
        ("  forty   seven ", 47),
        ("six and seven", None),
        ("seventy and five", None),
        ("thirty-fourth", None),  # an ordinal is not a cardinal
        ("hundreds", None),
        ("", None),
        ("junk", None),
        ("a", None),
    ],
)
def test_words_to_int(words: str, value: int | None) -> None:
    assert words_to_int(words) == value


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
_ONES += "seventeen eighteen nineteen"
_TENS_WORDS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _english(n: int, hyphen: bool, conj: bool) -> str:
    """A plain int-to-English writer, only for the round-trip property below."""
    ones = _ONES.split()
    if n < 20:
        return ones[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS_WORDS[tens] + (("-" if hyphen else " ") + ones[unit] if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = (" and " if conj else " ") + _english(rest, hyphen, conj) if rest else ""
        return f"{ones[hundreds]} hundred{tail}"
    thousands, rest = divmod(n, 1000)
    tail = " " + _english(rest, hyphen, conj) if rest else ""
    return f"{_english(thousands, hyphen, conj)} thousand{tail}"


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(0, 999_999), st.booleans(), st.booleans(), st.sampled_from(["", "Some ", "About "]))
def test_english_round_trip(n: int, hyphen: bool, conj: bool, prefix: str) -> None:
    words = _english(n, hyphen, conj)
    assert words_to_int(words) == n
    text = f"{prefix}{words} people."
    [mention] = find_numbers(text)
    assert (mention.value, mention.start, mention.end) == (n, len(prefix), len(prefix) + len(words))


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(0, 10**12))
def test_digit_round_trip(n: int) -> None:
    for written in (str(n), f"{n:,}"):
        [mention] = find_numbers(f"({written} people)")
        assert (mention.value, mention.text) == (n, written)


def _check(text: str, mentions: list[NumberMention]) -> None:
    last_end = 0
    for n in mentions:
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text
        assert n.start >= last_end  # in order, never overlapping
        assert n.value >= 0
        last_end = n.end


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    _check(text, find_numbers(text))


_PIECES = [
    "one",
    "hundred",
    "and",
    "forty",
    "-",
    "seven",
    "a",
    "dozen",
    "thousand",
    "first",
    "second",
    "twenty",
    "1",
    "20",
    "147",
    "1,200",
    "1 200",
    "2.5",
    "million",
    ".",
    ",",
    " ",
    "\n",
    "January",
    "19-20",
    "34th",
    "1990s",
    ":",
    "/",
    "\u00a0",
    "x",
]


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_number_like_text(text: str) -> None:
    _check(text, find_numbers(text))


def test_a_class_of_letters_is_read_character_by_character() -> None:
    from jan20.text.numbers import _Letters, _one_letter

    assert _one_letter(re.compile("[а-яё]", re.IGNORECASE))
    assert _one_letter(re.compile("[əƏ]|(?-i:[ığş])", re.IGNORECASE))
    assert not _one_letter(re.compile("ab"))  # (two characters)
    assert not _one_letter(re.compile(r"(?<=a)b"))  # (what stands before counts)
    assert not _one_letter(re.compile(r"\bé"))
    long_s = _Letters(re.compile("[ſ]", re.IGNORECASE), 0)
    assert long_s.ascii and long_s.near("the sea", 0, 7)  # (the long s matches "s" case-insensitively)
    cyrillic = _Letters(re.compile("[а-яё]", re.IGNORECASE), 1)
    assert not cyrillic.ascii
    assert cyrillic.near("abc Д def", 0, 3) is False and cyrillic.near("abc Д def", 0, 4) is True  # (within reach)
    assert cyrillic.near("“quoted” text", 0, 13) is False  # (not ASCII, none of its letters)
    lookbehind = _Letters(re.compile(r"(?<=a)b"), 0)
    assert lookbehind.near("ab", 1, 2) and not lookbehind.near("cb", 1, 2)  # (searched as usual)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Погибли сто сорок семь человек, а Bakı was quiet.", 147),  # a Russian stretch beside ASCII words
        ("Toplam yüz qırx yeddi nəfər həlak oldu.", 147),  # Azerbaijani, whose letters are not ASCII
    ],
)
def test_number_words_of_a_language_are_read_beside_its_letters(text: str, value: int) -> None:
    assert value in [n.value for n in find_numbers(text)]


def test_ascii_text_has_no_number_words_of_another_language() -> None:
    # "on" and "min" are Azerbaijani number words too: English text reads them as words
    assert [n.value for n in find_numbers("He waited on the square for a min before 10 more came.")] == [10]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("были ранены 1,5 тысячи человек", [(1500, "1,5 тысячи")]),
        ("около 2,5 тыс. раненых", [(2500, "2,5 тыс")]),
        ("3,2 тысячи задержанных", [(3200, "3,2 тысячи")]),
        ("1,5 bin kişi yaralandı", [(1500, "1,5 bin")]),
        ("1,5 min nəfər yaralanıb", [(1500, "1,5 min")]),
        ("2.3 thousand were detained", [(2300, "2.3 thousand")]),
        # no scale word after it: no decimal read, and a comma with three digits groups them
        ("the rate was 1,5 per cent", [(1, "1")]),
        ("1,500 people", [(1500, "1,500")]),
        ("в 1,5 раза больше", [(1, "1")]),
    ],
)
def test_decimal_comma_before_a_scale(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(n.value, n.text) for n in find_numbers(text)] == expected
