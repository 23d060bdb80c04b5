"""Properties of the reading machinery on arbitrary text and on text built from realistic fragments.

Complements the per-module property tests (test_dates, test_numbers, test_casualties, test_attendees,
test_anniversary): here the same functions meet hostile mixtures (markdown, control characters, other scripts,
dates, numbers and names run together), and the pieces that had none get theirs (splitting, articles,
paragraphs).
"""

from __future__ import annotations

import datetime
import itertools
import re
import sys
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jan20.extract.anniversary import EVENT_YEAR, find_stated_anniversaries, infer_year
from jan20.extract.attendees import extract_attendees, extract_groups
from jan20.extract.casualties import extract_casualties
from jan20.reading import articles as articles_module
from jan20.reading.articles import articles_from_document, paragraph_spans
from jan20.reading.catalog import CatalogEntry
from jan20.reading.heads import find_article_date
from jan20.reading.splitting import _has_prose, split_document
from jan20.text.dates import find_dates, parse_date
from jan20.text.fold import fold, fold_with_offsets, words
from jan20.text.numbers import find_numbers

from ._helpers import examples

FRAGMENTS = [
    # dates in every form read, and some that are not dates
    "20 January 1990",
    "January 20, 2024",
    "20.01.2024",
    "2024-01-20",
    "1/20/2024",
    "19-20 January 1990",
    "January 19-20, 1990",
    "January 19 and 20, 2010",
    "20 января 2020 г.",
    "20 yanvar 2020-ci il",
    "Jan. 20th 2019",
    "March 1994",
    "Politics 23:49 19.01.2024",
    "Press release 20 January 2017",
    "(20 January, 2004)",
    "31.02.2020",
    # numbers, anniversaries and casualty wording
    "147",
    "1,200",
    "1 200",
    "one hundred and forty-seven",
    "a dozen",
    "Thirty-one years have passed",
    "the 34th anniversary",
    "35 years ago",
    "34-cü ildönümü",
    "прошло 34 года",
    "14rd anniversary",
    "people were killed",
    "wounded",
    "arrested",
    "went missing",
    "death toll rose to",
    "at least",
    "nearly",
    "between 133 and 137",
    "131–170",
    "among them",
    "in total",
    # names, attendance and sources
    "President Ilham Aliyev",
    "Mehriban Aliyeva",
    "Speaker Sahiba Gafarova",
    "Ogtay Asadov",
    "visited the Alley of Martyrs",
    "laid a wreath",
    "attended by",
    "ambassadors of foreign countries",
    "thousands of residents",
    "Trend reports.",
    "(AzerTAc)",
    "Source: Report.az",
    "© 2024 Azernews",
    # markdown, page chrome, punctuation and white space
    "# ",
    "## ",
    "**",
    "__",
    "- ",
    "1. ",
    "> ",
    "---",
    "* * *",
    "You May Also Like",
    "Share this",
    "https://example.test/a",
    "<http://x.test>",
    "...",
    ".",
    ",",
    ";",
    ":",
    "?",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    # control characters, terminal escapes, odd Unicode
    "\x00",
    "\x07",
    "\x08",
    "\x0b",
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\x9b",
    "\x85",
    "\u2028",
    "\ufeff",
    "\u00a0",
    "\u200b",
    "\u202e",
    "Bakı",
    "Şəhidlər xiyabanı",
    "Баку",
    "«",
    "»",
    "“",
    "”",
    '"',
    "'",
    "١٢٣",
    "２０",
    "İ",
    "ß",
    "𝟙𝟚",
    "[bold red]",
    "[/]",
    "\udcff",  # a lone surrogate, as surrogateescape decoding leaves them
]
REALISTIC = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join),
)
TEXT = st.one_of(st.text(max_size=300), REALISTIC)
PROPERTY = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _in_order(spans: list[tuple[int, int]], length: int) -> None:
    """Non-empty spans inside [0, length], in order, never overlapping."""
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= length, spans
        previous = end


# --- splitting and articles ---------------------------------------------------------------------------------


@PROPERTY
@given(TEXT)
def test_sections_cover_the_text_in_order(text: str) -> None:
    sections = split_document(text)
    assert sections and sections[-1].end == len(text)
    for before, after in itertools.pairwise(sections):
        assert before.end == after.start  # contiguous: nothing after the first section is lost
    for section in sections:
        assert 0 <= section.start <= section.end <= len(text)
        if section.heading is not None:
            assert text[section.start : section.end].startswith(section.heading)
            assert section.heading_date_text and section.heading_date_text in section.heading
            assert section.heading_date is not None
    if sections[0].start > 0:  # only a table of contents may come before the first section
        assert not _has_prose(text[: sections[0].start])
    if len(sections) == 1:
        assert (sections[0].start, sections[0].heading) == (0, None)


@PROPERTY
@given(st.lists(st.tuples(st.dates(datetime.date(1990, 1, 1), datetime.date(2099, 12, 31)), st.booleans())))
def test_every_dated_heading_gives_its_date(dates: list[tuple[datetime.date, bool]]) -> None:
    body = "The ceremony was held at the Alley of Martyrs, where thousands laid flowers at the graves today."
    headings = [
        f"## Report ({d:%B} {d.day - 1}-{d.day}, {d.year})" if ranged and d.day > 1 else f"## Report ({d:%d %B %Y})"
        for d, ranged in dates
    ]
    text = "".join(f"{heading}\n\n{body}\n\n" for heading in headings)
    found = articles_from_document("c.txt", text)
    if len({heading for heading in headings}) < 2:
        assert len(found) == 1
        return
    assert [a.date for a in found] == [d.isoformat() for d, _ in dates]
    assert all(a.title == "Report" for a in found)


@PROPERTY
@given(TEXT, st.text(max_size=40), st.booleans())
def test_articles_have_unique_ids_and_sane_fields(text: str, path: str, declared: bool) -> None:
    entry = CatalogEntry(source="Outlet", date=datetime.date(2020, 1, 20), title="T") if declared else None
    found = articles_from_document(path + ".txt", text, entry)
    ids = [a.id for a in found]
    assert found and len(set(ids)) == len(ids)
    for seq, article in enumerate(found):
        assert article.seq == seq
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", article.id), article.id
        assert article.title is None or (article.title.strip() and "\n" not in article.title)
        if article.date is not None:
            assert article.year == datetime.date.fromisoformat(article.date).year
        elif article.year is not None:
            assert EVENT_YEAR < article.year <= EVENT_YEAR + 150
        assert set(article.declared) <= {"title", "date", "source", "url"}
        _in_order(article.paragraphs(), len(article.text))


@settings(max_examples=examples(300), deadline=None)
@given(TEXT, st.integers(8, 60))
def test_paragraph_spans_keep_every_word_and_stay_short(text: str, limit: int) -> None:
    with mock.patch.object(articles_module, "_MAX_PARAGRAPH", limit):
        spans = paragraph_spans(text)
    _in_order(spans, len(text))
    covered = set()
    for start, end in spans:
        piece = text[start:end]
        assert piece == piece.strip() and len(piece) <= limit
        covered.update(range(start, end))
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())


# --- dates and numbers --------------------------------------------------------------------------------------


@PROPERTY
@given(REALISTIC)
def test_dates_in_realistic_text(text: str) -> None:
    mentions = find_dates(text)
    _in_order([(m.start, m.end) for m in mentions], len(text))
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.date is None or (m.date.year, m.date.month, m.date.day) == (m.year, m.month, m.day)
    found = find_article_date(text)
    if found is not None:
        assert text[found.start : found.end] == found.text
        assert found.year is None or EVENT_YEAR <= found.year <= 2099
        assert found.date is not None or found.year is None


@PROPERTY
@given(st.dates(datetime.date(1991, 1, 1), datetime.date(2099, 12, 31)), REALISTIC)
def test_a_date_line_is_read_whatever_follows(date: datetime.date, rest: str) -> None:
    assert parse_date(f"{date.day} {date:%B} {date.year}") == date
    head = f"Black January remembered\nPress release {date.day} {date:%B} {date.year}\n\n"
    found = find_article_date(head + "The ceremony was held at the Alley of Martyrs today in Baku.\n\n" + rest)
    assert found is not None and found.date == date


@PROPERTY
@given(REALISTIC)
def test_numbers_in_realistic_text(text: str) -> None:
    mentions = find_numbers(text)
    _in_order([(n.start, n.end) for n in mentions], len(text))
    for n in mentions:
        assert text[n.start : n.end] == n.text and n.value >= 0


@PROPERTY
@given(REALISTIC, st.data())
def test_numbers_read_the_same_in_stretches_cut_after_punctuation(text: str, data: st.DataObject) -> None:
    cuts = [m.end() for m in re.finditer(r"[.;,!?:] ", text)]
    if not cuts:
        return
    cut = data.draw(st.sampled_from(cuts))
    whole = find_numbers(text)
    assert find_numbers(text, 0, cut) + find_numbers(text, cut) == whole


# --- extractors ---------------------------------------------------------------------------------------------


@PROPERTY
@given(TEXT)
def test_casualty_figures_are_well_formed(text: str) -> None:
    figures = extract_casualties(text)
    _in_order([(f.start, f.end) for f in figures], len(text))
    for f in figures:
        assert f.low <= f.value <= f.high
        assert find_numbers(text, f.start, f.end), text[f.start : f.end]  # the span holds the figure
        assert f.quote == " ".join(f.quote.split()) and f.quote


@PROPERTY
@given(TEXT)
def test_attendees_and_groups_point_into_the_text(text: str) -> None:
    for a in extract_attendees(text):
        assert 0 <= a.start < a.end <= len(text)
        assert a.mention == " ".join(text[a.start : a.end].split())
        assert a.mention in a.quote
    groups = extract_groups(text)
    assert len({g.group.lower() for g in groups}) == len(groups)
    for g in groups:
        assert 0 <= g.start < g.end <= len(text) and g.quote


@PROPERTY
@given(TEXT)
def test_stated_anniversaries_and_the_year_they_give(text: str) -> None:
    found = find_stated_anniversaries(text)
    _in_order([(a.start, a.end) for a in found], len(text))
    for a in found:
        assert text[a.start : a.end] == a.text and 1 <= a.number <= 150
    assert infer_year(None, text) == (EVENT_YEAR + found[0].number if found else None)
    assert infer_year(datetime.date(2011, 1, 20), text) == 2011


@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
    | st.sampled_from(["\udcffa b", "Ж'а", "Il’kham", "ǅa`b", "ΣΟΦΟΣ’ς"])
)
def test_folding_with_offsets_folds_alike(text: str) -> None:
    # Search scores the plain fold and maps offsets with the other: both must give the same folded text.
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    assert offsets == sorted(offsets) and all(0 <= offset <= len(text) for offset in offsets)


def test_every_space_folds_to_a_space() -> None:
    # anyascii drops the next-line character (U+0085), which the patterns' \s and str.split read as a space: the
    # fold of "sözü\x85verib" was one word, so the words of a cue that matched there were not in it
    for space in (chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()):
        text = f"Aparıcı sözü{space}verib"
        assert words(fold(text)) == ["aparici", "sozu", "verib"], hex(ord(space))
        assert fold_with_offsets(text)[0] == fold(text), hex(ord(space))
