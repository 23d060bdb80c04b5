"""Tests for jan20.text.dates: date expressions, single-date parsing and the article's own date."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract.anniversary import EVENT_YEAR
from jan20.reading.heads import find_article_date
from jan20.text.dates import DateMention, find_dates, parse_date

from ._helpers import examples

D = datetime.date

BODY = (
    "The people of Azerbaijan commemorated the victims of the tragedy today, and officials laid wreaths at "
    "the memorial in the capital."
)


# --- parse_date -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forms from the spec.
        ("date 2025-01-19", D(2025, 1, 19)),
        ("19 January 2025 22:01 (UTC+04:00)", D(2025, 1, 19)),
        ("Press release 20 January 2017", D(2017, 1, 20)),
        ("(20 January, 2004)", D(2004, 1, 20)),
        ("(January 20, 2018)", D(2018, 1, 20)),
        ("20.01.2024", D(2024, 1, 20)),
        ("1/20/2024 2:09:58 AM", D(2024, 1, 20)),
        ("Politics 23:49 19.01.2024", D(2024, 1, 19)),
        # English extras.
        ("Jan. 20, 2019", D(2019, 1, 20)),
        ("20th January 2019", D(2019, 1, 20)),
        ("January 20th, 2019", D(2019, 1, 20)),
        ("2019/01/20", D(2019, 1, 20)),
        ("2019.01.20", D(2019, 1, 20)),
        ("20 Jan 2019", D(2019, 1, 20)),
        ("20-Jan-2016", D(2016, 1, 20)),
        ("20-January-2016", D(2016, 1, 20)),
        ("Jan 20 2024", D(2024, 1, 20)),
        ("Monday, 20 January 2020", D(2020, 1, 20)),
        ("Tuesday, January 20, 2015", D(2015, 1, 20)),
        ("20 january 2020", D(2020, 1, 20)),
        ("JANUARY 20, 2020", D(2020, 1, 20)),
        ("Sept. 3, 2021", D(2021, 9, 3)),
        ("3 Sep 2021", D(2021, 9, 3)),
        ("the 20th of January, 1990", D(1990, 1, 20)),
        ("On 20 January 2020", D(2020, 1, 20)),
        ("  20 January 2020  \n", D(2020, 1, 20)),
        ("2025-01-19T22:01:00+04:00", D(2025, 1, 19)),
        ("Published: 20 January 2024 10:15", D(2024, 1, 20)),
        ("Updated 21.01.2024, 09:12", D(2024, 1, 21)),
        ("By Jane Doe | 21.01.2024 09:15", D(2024, 1, 21)),
        ("20 January, 2004 | 10:45", D(2004, 1, 20)),
        ("29 February 2024", D(2024, 2, 29)),
        # Two forms of the same date on one line.
        ("date 2025-01-19 19 January 2025 22:01 (UTC+04:00)", D(2025, 1, 19)),
        # Numeric order: the only valid reading wins; ambiguous slashes are US month/day, dots day.month.
        ("20-01-2024", D(2024, 1, 20)),
        ("12/25/2023", D(2023, 12, 25)),
        ("25/12/2023", D(2023, 12, 25)),
        ("3/4/2024", D(2024, 3, 4)),
        ("03.04.2024", D(2024, 4, 3)),
        ("1.20.2024", D(2024, 1, 20)),
        # Russian and Azerbaijani.
        ("20 января 2020 г.", D(2020, 1, 20)),
        ("20 января 2020 года", D(2020, 1, 20)),
        ("20 января 2024, 10:15", D(2024, 1, 20)),
        ("20 yanvar 2020", D(2020, 1, 20)),
        ("20 Yanvar 2020-ci il", D(2020, 1, 20)),
        ("2020-ci il 20 yanvar", D(2020, 1, 20)),
        ("19 dekabr 2023", D(2023, 12, 19)),
    ],
)
def test_parse_date_reads(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BAKU, Azerbaijan, January 20.",  # no year
        "January 20",
        "20 January",
        "January 2024",  # no day
        "1990",
        "the decree of 1999",
        "a decision of March 1994",
        "31.02.2020",  # impossible dates
        "13/13/2020",
        "30 February 2020",
        "29 February 2023",
        "31/04/2021",
        "32 January 2020",
        "22:01",  # times alone
        "2:09:58 AM",
        "19-20",
        "January 19-20, 1990",  # a range is not one date
        "20.01.24",  # two-digit years are not read
        "",
        "Azerbaijan remembers the victims 20 January 1990 in Baku",  # prose around a date
        "the 44-day Patriotic War",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


# --- find_dates -----------------------------------------------------------------------------------------


def test_find_dates_offsets_and_parts() -> None:
    text = "Baku, January 20 (AzerTAc). In 1994 the decree of 20 January 2004 was cited; see 2019/01/20."
    found = find_dates(text)
    assert [(m.year, m.month, m.day) for m in found] == [(None, 1, 20), (2004, 1, 20), (2019, 1, 20)]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert found[0].text == "January 20"
    assert found[0].date is None
    assert found[1].date == D(2004, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the night of January 19-20, 1990, troops", [("January 19", 1990, 19), ("20, 1990", 1990, 20)]),
        ("the night of 19–20 January 1990", [("19", 1990, 19), ("20 January 1990", 1990, 20)]),
        ("between January 19 and 20, 1990", [("January 19", 1990, 19), ("20, 1990", 1990, 20)]),
        ("On the night of January 19 – 20, Soviet", [("January 19", None, 19), ("20", None, 20)]),
    ],
)
def test_find_dates_splits_day_ranges(text: str, expected: list[tuple[str, int | None, int]]) -> None:
    found = find_dates(text)
    assert [(m.text, m.year, m.day) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [
        ("a decision of March 1994", 3, 1994),
        ("the events of March of 1918", 3, 1918),
        ("в январе 1990 года", 1, 1990),
        ("in January 1990, Soviet troops", 1, 1990),
    ],
)
def test_find_dates_month_and_year(text: str, month: int, year: int) -> None:
    (mention,) = find_dates(text)
    assert (mention.month, mention.year, mention.day, mention.date) == (month, year, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "in the 1980s",
        "the decree of 1999",
        "hundreds of people at 22:01",
        "the 44-day war and the 30-year occupation",
        "on 31.02.2020 and 13/13/2020",
        "version 1.2.3 and score 3-1",
        "Black January and the January events",
    ],
)
def test_find_dates_none(text: str) -> None:
    assert find_dates(text) == []


def test_date_property_invalid_parts() -> None:
    assert DateMention(2020, 2, 30, 0, 0, "").date is None
    assert DateMention(None, 1, 20, 0, 0, "").date is None
    assert DateMention(1990, 1, None, 0, 0, "").date is None
    assert DateMention(1990, 1, 20, 0, 0, "").date == D(1990, 1, 20)


# --- find_article_date ------------------------------------------------------------------------------------


COMPILATION_14 = (
    "**Nationwide commemoration of 14rd anniversary of Bloody January tragedy  \n"
    "President Ilham Aliyev pays tribute to martyrs  \n(20 January, 2004)**\n\n"
    "Though it has been 14 years since the bloody tragedy caused by the Soviet troops' action, our people "
    "remember that terrible night."
)


@pytest.mark.parametrize(
    ("text", "expected", "mention_text"),
    [
        (
            ' date 2025-01-19 19 January 2025 22:01 (UTC+04:00)\n\n"The anniversary of the bloody massacre '
            "committed on the night of January 19-20, 35 years ago, is marked every year.",
            D(2025, 1, 19),
            "2025-01-19",
        ),
        (
            " date 2024-01-20 34th anniversary of the January 20 tragedy in Azerbaijan\n\n"
            "Azerbaijan today remembers the victims of the tragedy that took place in 1990.\n\n"
            "On the night of January 19-20, 1990, several units of the Soviet army entered Baku.",
            D(2024, 1, 20),
            "2024-01-20",
        ),
        (
            "“Müstəqilliyimiz əbədidir”\nnews banner image Desktop news banner image Mobile\n"
            "Press release 20 January 2017\n\nJanuary 20 - the Day of Nationwide Sorrow\n\n" + BODY,
            D(2017, 1, 20),
            "20 January 2017",
        ),
        (COMPILATION_14, D(2004, 1, 20), "20 January, 2004"),
        (
            "## **President Ilham Aliyev paid tribute to 20 January martyrs (20 January, 2015)**\n\n" + BODY,
            D(2015, 1, 20),
            "20 January, 2015",
        ),
        (
            "**Nationwide commemoration of Bloody January tragedy  \nPresident paid tribute to martyrs  \n"
            "(January 20, 2018)**\n\n" + BODY,
            D(2018, 1, 20),
            "January 20, 2018",
        ),
        (
            "**Nationwide commemoration of 23rd anniversary  \n(20 January, 2013)**\n\n"
            "Baku, January 20 (AzerTAc). Today marks 23 years since the Black January events.",
            D(2013, 1, 20),
            "20 January, 2013",
        ),
        ("Black January remembered (20 January, 2004)\n\n" + BODY, D(2004, 1, 20), "20 January, 2004"),
        ("Politics 23:49 19.01.2024\nAzerbaijan honours martyrs\n\n" + BODY, D(2024, 1, 19), "19.01.2024"),
        ("Black January remembered\nBy Jane Doe | 21.01.2024 09:15\n\n" + BODY, D(2024, 1, 21), "21.01.2024"),
        ("Azerbaijan marks Black January\nMonday, 20 January 2020\n\n" + BODY, D(2020, 1, 20), None),
        ("# Black January remembered\n\n*20 January 2021*\n\n" + BODY, D(2021, 1, 20), "20 January 2021"),
        ("Published on 20 January 1990\n\n" + BODY, D(1990, 1, 20), "20 January 1990"),
        ("20.01.2024 Azerbaijan honours the martyrs\n\n" + BODY, D(2024, 1, 20), "20.01.2024"),
        ("Title of the piece\nPosted on January 20, 2024 by admin\n\n" + BODY, D(2024, 1, 20), None),
        ("Title of the piece\nHome / News / Politics / 20 January 2024\n\n" + BODY, D(2024, 1, 20), None),
        ("Title of the piece\nLast updated: 21 Jan 2024" + BODY, D(2024, 1, 21), "21 Jan 2024"),
        ("Политика 20.01.2024 12:30\nЗаголовок статьи\n\n" + BODY, D(2024, 1, 20), "20.01.2024"),
        # Datelines opening the story.
        (
            "BAKU, Jan. 20, 1990 (AP) — Soviet troops stormed the city overnight, witnesses said.",
            D(1990, 1, 20),
            None,
        ),
        (
            "LONDON, 20 January 2024 — The embassy hosted a commemoration evening for the victims.",
            D(2024, 1, 20),
            None,
        ),
        (
            "Баку, 20 января 2024 г. — В Азербайджане вспоминают жертв трагедии 20 января 1990 года.",
            D(2024, 1, 20),
            None,
        ),
        (
            "Bakı, 20 yanvar 2024, AZƏRTAC. Bu gün 20 Yanvar faciəsinin 34-cü ildönümüdür.",
            D(2024, 1, 20),
            None,
        ),
    ],
)
def test_article_date_from_head(text: str, expected: datetime.date, mention_text: str | None) -> None:
    found = find_article_date(text)
    assert found is not None
    assert found.date == expected
    assert text[found.start : found.end] == found.text
    if mention_text is not None:
        assert found.text == mention_text


@pytest.mark.parametrize(
    "text",
    [
        "BAKU, Azerbaijan, January 20. Soviet troops who seized the city overnight patrolled the streets.",
        "Baku, January 20 (AzerTAc). Today marks 23 years since the Black January events in the capital.",
    ],
)
def test_article_date_yearless_dateline(text: str) -> None:
    found = find_article_date(text)
    assert found is not None
    assert (found.year, found.month, found.day, found.date) == (None, 1, 20, None)
    assert text[found.start : found.end] == found.text == "January 20"


@pytest.mark.parametrize(
    "text",
    [
        # The event's date opening the story.
        "On the night of January 19-20, 1990, Soviet troops entered Baku without warning, killing civilians.",
        "On January 20, 1990, Soviet troops entered Baku and killed more than a hundred civilians.",
        "The 20th of January, 1990 entered into history as one of the most tragic days for the people.",
        # Post-event dates in story sentences are the story's, not the article's.
        "On January 20, 2024, President Ilham Aliyev visited the Alley of Martyrs to lay a wreath there.",
        "Today, January 20, Azerbaijan marks the anniversary of the tragedy with a minute of silence.",
        # Head without a date; dates only in the story.
        "34th anniversary of the January 20 tragedy in Azerbaijan\n\nAzerbaijan today remembers the "
        "victims of the tragedy that took place in 1990.\n\n"
        "On the night of January 19-20, 1990, troops entered Baku. "
        "By a decision of March 1994 and the decree of 1999 the day was marked. The 20th of January, 1990 "
        "entered into history.",
        "Connect with us\n\nHi, what are you looking for?\n\nEuropean Union\n\n"
        "Black January – Step to Freedom\n\n"
        "34 years have passed since the tragedy of January 20, also called Black January, remaining forever "
        "engraved in the memory of all Azerbaijanis,\n\nOn the night of January 19 – 20, Soviet Army units "
        "entered Baku. The parliament's decision of 9 January 1990 was protested.",
        # The event's date in a title is what the article is about, not when it was written.
        "Black January: 20 January 1990\n\n" + BODY,
        "Remembering 20 January 1990\n\n" + BODY,
        "Black January (20 January 1990)\n\n" + BODY,
        # Dates before the event cannot date an article about it.
        "Baku, 31 March 1918 — The events of that spring are remembered each year by the people of the city.",
        # A date line after the first paragraph is outside the head.
        "Black January remembered\n\n" + BODY + "\n\n20 January 2017\n",
        # A table of contents is no head date.
        "## Official Ceremonies\n\n"
        + "".join(f"- *Commemoration (20 January, {y}).....{y - 2000}*\n" for y in range(2004, 2016))
        + "\n"
        + COMPILATION_14,
        "",
        "\n\n   \n",
    ],
)
def test_article_date_none(text: str) -> None:
    assert find_article_date(text) is None


def test_article_date_prefers_full_date_over_yearless_dateline() -> None:
    text = "Baku, January 20 (AzerTAc).\nPress release 20 January 2013\n\n" + BODY
    found = find_article_date(text)
    assert found is not None and found.date == D(2013, 1, 20)


# --- properties -------------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [
        *"0123456789 ./-,:()\n",
        "January",
        "Jan.",
        "20th",
        "of",
        "Baku",
        "1990",
        "2024",
        "(AP)",
        "Press release",
    ]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_ALPHABET, max_size=40).map("".join))


@settings(max_examples=examples(150), deadline=None)
@given(_TEXT)
def test_find_dates_invariants(text: str) -> None:
    found = find_dates(text)
    previous_end = 0
    for m in found:
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert 1 <= m.month <= 12
        previous_end = m.end
    parse_date(text)


@settings(max_examples=examples(150), deadline=None)
@given(_TEXT)
def test_find_article_date_invariants(text: str) -> None:
    found = find_article_date(text)
    if found is not None:
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start : found.end] == found.text
        assert found.year is None or found.year >= EVENT_YEAR


_FORMATS: list[Callable[[datetime.date], str]] = [
    lambda d: f"{d.day} {d:%B} {d.year}",
    lambda d: f"{d:%B} {d.day}, {d.year}",
    lambda d: f"{d:%b}. {d.day}, {d.year}",
    lambda d: f"{d:%A}, {d.day} {d:%B} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.month}/{d.day}/{d.year} 2:09:58 AM",
    lambda d: f"Politics 23:49 {d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"({d.day} {d:%B}, {d.year})",
]


@settings(max_examples=examples(100), deadline=None)
@given(st.dates(D(1990, 1, 1), D(2099, 12, 31)), st.sampled_from(_FORMATS))
def test_round_trip(date: datetime.date, fmt: Callable[[datetime.date], str]) -> None:
    text = fmt(date)
    assert parse_date(text) == date
    if date.year == 1990:
        return  # event-year head dates need a bare label; covered above
    article = f"Black January remembered\nPress release {text}\n\n{BODY}"
    found = find_article_date(article)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site's masthead (the day the page was read), then the report's byline with a time: the byline
        (
            "Wednesday January 21 2026\nPolitics | World\n\nTitle\n20 January 2026 11:05 (UTC+04:00)\n\n" + BODY,
            D(2026, 1, 20),
        ),
        ("Среда 21 января 2026\n\nЗаголовок\n\n20 января 2026 10:15\n\n" + BODY, D(2026, 1, 20)),
        ("Çərşənbə 21 yanvar 2026\n\nBaşlıq\n\n20 yanvar 2026 09:40\n\n" + BODY, D(2026, 1, 20)),
        # a masthead alone, or followed by a date line with no time, still dates the article
        ("Wednesday January 21 2026\n\nTitle of the report\n\n" + BODY, D(2026, 1, 21)),
        ("Wednesday January 21 2026\n\nTitle\n\nUpdated 22 January 2026\n\n" + BODY, D(2026, 1, 21)),
        # a date line with a time first is the byline itself
        ("20 January 2026 11:05\n\nTitle\n\nThursday January 22 2026\n\n" + BODY, D(2026, 1, 20)),
    ],
)
def test_a_masthead_gives_way_to_a_byline(text: str, expected: datetime.date) -> None:
    found = find_article_date(text)
    assert found is not None and found.date == expected
