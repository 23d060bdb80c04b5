"""Tests for jan20.extract.anniversary: stated anniversary numbers and year inference."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract.anniversary import EVENT_YEAR, find_stated_anniversaries, infer_year, stated_anniversary

from ._helpers import examples


@pytest.mark.parametrize(
    ("text", "number", "phrase"),
    [
        # Phrasings from the spec.
        ("Nationwide commemoration of 14rd anniversary of Bloody January", 14, "14rd anniversary"),
        ("to commemorate the 23th anniversary of the January tragedy", 23, "23th anniversary"),
        ("Twenty-five years have passed since bloody January.", 25, "Twenty-five years have passed"),
        ("visited the Alley on the 31st anniversary of the tragedy", 31, "31st anniversary"),
        ("marking the 26th anniversary of the tragedy", 26, "26th anniversary"),
        ("on the night of January 19-20, 35 years ago, to suppress", 35, "35 years ago"),
        ("Thirty years on, the wounds have not healed.", 30, "Thirty years on"),
        ("on the 27-year anniversary of Black January", 27, "27-year anniversary"),
        ("34 years have passed since the tragedy of January 20", 34, "34 years have passed"),
        ("Though it has been 14 years since the bloody tragedy", 14, "14 years since"),
        ("22 years elapse since the bloody 20 January events.", 22, "22 years elapse"),
        ("Today marks 23 years since the Black January events", 23, "23 years since"),
        ("committed by the Soviet army on this day 17 years ago.", 17, "17 years ago"),
        ("Twenty two years ago, during the night from January 19 to January 20", 22, "Twenty two years ago"),
        ("on the thirty-first anniversary of the tragedy", 31, "thirty-first anniversary"),
        ("Azerbaijan marks the 30th anniversary of Black January", 30, "30th anniversary"),
        # More phrasings.
        ("Thirty years on from the tragedy, Baku remembers", 30, "Thirty years on"),
        ("the thirtieth anniversary of the massacre", 30, "thirtieth anniversary"),
        ("THE 34TH ANNIVERSARY OF 20 JANUARY", 34, "34TH ANNIVERSARY"),
        ("the 30 year anniversary of Black January", 30, "30 year anniversary"),
        ("Twenty\u2011five years ago, troops entered Baku", 25, "Twenty\u2011five years ago"),
        ("ninety-nine years ago", 99, "ninety-nine years ago"),
        ("It has been 33 years. Nothing is forgotten.", 33, "It has been 33 years"),
        ("Today marks 30 years from the bloody night", 30, "marks 30 years"),
        ("One year has passed since the tragedy", 1, "One year has passed"),
        ("the first anniversary of the tragedy", 1, "first anniversary"),
        ("20 years have now passed since the massacre", 20, "20 years have now passed"),
        ("Twenty-eight years ago, on that horrific night", 28, "Twenty-eight years ago"),
        ("In spite of 22 years that pass since bloodbath", 22, "22 years that pass"),
        ("thirty-two years since 20 January 1990", 32, "thirty-two years since"),
        ("the 30th anniversary in 2020 was marked widely", 30, "30th anniversary"),
        # Russian and Azerbaijani.
        ("34-я годовщина трагедии 20 января", 34, "34-я годовщина"),
        ("в связи с 30-й годовщиной трагедии", 30, "30-й годовщиной"),
        ("34 года назад советские войска вошли в Баку", 34, "34 года назад"),
        ("С тех пор прошло 34 года.", 34, "прошло 34 года"),
        ("исполнилось 30 лет со дня трагедии", 30, "30 лет со дня"),
        ("В этом году исполнилось 30 лет.", 30, "исполнилось 30 лет"),
        ("20 Yanvar faciəsinin 34-cü ildönümüdür", 34, "34-cü ildönümüdür"),
        ("Faciədən 34 il ötür.", 34, "34 il ötür"),
        ("O gündən 35 il keçir", 35, "35 il keçir"),
        # Russian titles and compounds, Azerbaijani "years before now".
        ("35 лет трагедии 20 Января", 35, "35 лет трагедии"),
        ("Годовщина: 30 лет Черному январю", 30, "30 лет Черному январю"),
        ("32 года спустя Баку помнит погибших", 32, "32 года спустя"),
        ("вечер, посвященный 25-летию трагедии", 25, "25-летию"),
        ("Отмечается 30-летие январских событий.", 30, "30-летие"),
        ("вспомнили события 27-летней давности", 27, "27-летней давности"),
        ("28 il bundan əvvəl sovet qoşunları şəhərə daxil oldu", 28, "28 il bundan əvvəl"),
        ("Düz 33 il bundan öncə baş verənlər unudulmur.", 33, "33 il bundan öncə"),
        # Inside a quotation it is still what the text states.
        ('He said: "Thirty-two years have passed, and we remember."', 32, "Thirty-two years have passed"),
        ("Посол сказал: «Прошло 34 года, но мы помним».", 34, "Прошло 34 года"),
        # decades
        ("Three decades have passed since the tragedy.", 30, "Three decades have passed"),
        ("Two decades after the massacre, the wounds remain.", 20, "Two decades after the massacre"),
        # "N years after" the event itself
        ("29 years after the tragedy, the wounds remain.", 29, "29 years after the tragedy"),
        ("Twenty-nine years after the massacre, Baku remembers.", 29, "Twenty-nine years after the massacre"),
        # another event's name nearby does not make it that event's anniversary
        (
            "Today is the 35th anniversary of the tragedy, a milestone in the struggle for independence.",
            35,
            "35th anniversary",
        ),
    ],
)
def test_reads_stated_anniversary(text: str, number: int, phrase: str) -> None:
    found = stated_anniversary(text)
    assert found is not None
    assert found.number == number
    assert found.text == phrase
    assert text[found.start : found.end] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "the 44-day Patriotic War",
        "the nearly 30-year military occupation",
        "in the 1980s of the last century",
        "the 1990 events",
        "the decree of 1999",
        "20 January",
        "the night of 19-20",
        "hundreds of people were killed",
        "a 17-year-old boy",
        "there were 6 Russians, 3 Jews, 3 Tatars",
        "over 800 years of history",
        "30 years of independence",
        "for 30 years on the throne",
        "150 civilians were killed that night, 744 were seriously wounded, and 4 were missing",
        "In 1994, the prosecutor's office recognized several officials as guilty.",
        "many years have passed",
        "the 100th anniversary of the 1918 genocide",  # another event, named by its year
        "the 2nd anniversary of the 2020 war",
        "Azerbaijan marked the 30th anniversary of independence.",  # another event, named
        "the 30th anniversary of the restoration of independence",
        "the 105th anniversary of the March genocide",
        "the 3rd anniversary of the Patriotic War",
        "Исполнилась 30-я годовщина независимости.",
        "Müstəqilliyin bərpasının 30-cu ildönümü qeyd olunur.",
        "Xocalı soyqırımının 30-cu ildönümü.",
        "17-летний юноша погиб той ночью.",  # an age, not an anniversary
        "25-летие независимости отметили в октябре.",
        "отметили 30-летие Республики",
        "уже 5 лет работает в посольстве",
        "2 il sonra hər şey dəyişdi.",
        "Two years after independence, the country changed.",
        "For decades the truth was hidden.",
        "Three decades of independence.",
        "300 years ago",  # implausible numbers
        "0th anniversary",
        "151 years ago",
        "1990 years ago",
        "Since then 20 January has been commemorated",
        "",
    ],
)
def test_rejects_non_anniversaries(text: str) -> None:
    assert find_stated_anniversaries(text) == []
    assert stated_anniversary(text) is None


def test_all_in_order_and_head_most_first() -> None:
    text = (
        "Nationwide commemoration of 22rd anniversary of Bloody January tragedy\n\n"
        "22 years elapse since the bloody 20 January events. Twenty two years ago, during the night... "
        "In spite of 22 years that pass since bloodbath, 6 Russians and hundreds of people..."
    )
    found = find_stated_anniversaries(text)
    assert [a.number for a in found] == [22, 22, 22, 22]
    assert [a.start for a in found] == sorted(a.start for a in found)
    assert all(text[a.start : a.end] == a.text for a in found)
    first = stated_anniversary(text)
    assert first is not None and first.text == "22rd anniversary"


def test_marks_years_since_is_read_once() -> None:
    (found,) = find_stated_anniversaries("Today marks 23 years since the events.")
    assert found.text == "23 years since"


@pytest.mark.parametrize(
    ("date", "text", "expected"),
    [
        (datetime.date(2017, 1, 20), "27 years have passed", 2017),
        (datetime.date(2013, 1, 20), "nothing stated", 2013),
        (datetime.date(2024, 1, 20), "35 years ago", 2024),  # the date wins over the text
        (None, "34 years have passed since the tragedy of January 20", 2024),
        (None, "Nationwide commemoration of 14rd anniversary of Bloody January", 2004),
        (None, "Thirty-one years have passed since the bloody 20 January.", 2021),
        (None, "the 44-day war and the nearly 30-year occupation of 1990s", None),
        (None, "", None),
    ],
)
def test_infer_year(date: datetime.date | None, text: str, expected: int | None) -> None:
    assert infer_year(date, text) == expected


# --- properties -------------------------------------------------------------------------------------------

_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEEN_STEMS = ("thir", "four", "fif", "six", "seven", "eigh", "nine")
_TEENS = ["ten", "eleven", "twelve", *(f"{w}teen" for w in _TEEN_STEMS)]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEEN_ORDS = [w + "th" if w not in ("twelve",) else "twelfth" for w in _TEENS]
_TEN_ORDS = [w[:-1] + "ieth" for w in _TENS]


def _cardinal(n: int) -> str:
    if n < 10:
        return _WORDS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, units = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_WORDS[units - 1]}" if units else "")


def _ordinal(n: int) -> str:
    if n < 10:
        return _ORDS[n - 1]
    if n < 20:
        return _TEEN_ORDS[n - 10]
    tens, units = divmod(n, 10)
    return f"{_TENS[tens - 2]}-{_ORDS[units - 1]}" if units else _TEN_ORDS[tens - 2]


_TEMPLATES = [
    "{c} years have passed since the tragedy.",
    "It happened {c} years ago.",
    "Today marks {c} years since the events.",
    "the {o} anniversary of the tragedy",
    "the {d}th anniversary of the tragedy",
    "{d} years ago",
    "{C} years on, Baku remembers.",
]


@pytest.mark.parametrize("template", _TEMPLATES)
def test_number_words_every_value(template: str) -> None:
    """Every number 2..99, as digits, cardinal and ordinal words, reads back (text2num gaps included)."""
    for n in range(2, 100):
        text = template.format(c=_cardinal(n), C=_cardinal(n).capitalize(), o=_ordinal(n), d=n)
        found = stated_anniversary(text)
        assert found is not None, text
        assert found.number == n, text
        assert text[found.start : found.end] == found.text
        assert infer_year(None, text) == EVENT_YEAR + n


@settings(max_examples=examples(150), deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(
            st.sampled_from([" ", "-", "34", "th", "Twenty", "five", "years", "ago", "since", "anniversary"]),
            max_size=30,
        ).map(" ".join),
    )
)
def test_invariants_on_arbitrary_text(text: str) -> None:
    found = find_stated_anniversaries(text)
    previous_end = 0
    for a in found:
        assert previous_end <= a.start < a.end <= len(text)
        assert text[a.start : a.end] == a.text
        assert 1 <= a.number <= 150
        previous_end = a.end
    year = infer_year(None, text)
    assert year is None or EVENT_YEAR < year <= EVENT_YEAR + 150


def test_the_number_words_of_a_phrase_are_those_of_the_numbers_data() -> None:
    """The words a phrase's number may be written in come from `[numbers]` (and `[anniversary] misspelt_numbers`)."""
    import re

    from jan20 import lang
    from jan20.extract import anniversary

    numbers = lang.language("en").get("numbers")
    words = numbers["units"].split()[1:] + numbers["tens"].split()
    words += [w for w, cardinal in numbers["ordinals"].items() if cardinal in words or cardinal == "hundred"]
    misspelt = lang.language("en").get("anniversary.misspelt_numbers")
    pattern = re.compile(anniversary._NUMBER_WORDS)
    assert [w for w in [*words, *misspelt.values(), "one hundred"] if not pattern.fullmatch(w)] == []
    assert [a.number for a in find_stated_anniversaries("Fourty years have passed since the tragedy.")] == [40]
