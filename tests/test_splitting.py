import pytest

from jan20.splitting import heading_title, split_document

PROSE = "The ceremony was held at the Alley of Martyrs, where thousands laid flowers and wreaths at the graves today."

TOC = "## Reports\n\n- *First report (20 January, 2010).....2*\n- *Second report (January 20, 2011).....4*\n\n"

BOLD = TOC + (
    "**First report  \nSubtitle one  \n(20 January, 2010)**\n\n" + PROSE + "\n\n"
    "## **Second report (January 20, 2011)**\n\n" + PROSE + "\n\n**<http://example.test/2>**\n\n"
    "**Third report\n(20.01.2012)**\n\n" + PROSE + "\n"
)


def bodies(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_document(text)]


def test_bold_and_markdown_headings_split_a_compilation_and_the_toc_is_not_an_article() -> None:
    sections = split_document(BOLD)
    assert len(sections) == 3
    assert [s.heading_date_text for s in sections] == ["20 January, 2010", "January 20, 2011", "20.01.2012"]
    assert all(PROSE in body for body in bodies(BOLD))
    assert "Reports" not in bodies(BOLD)[0]


def test_plain_date_lines_split_a_plain_text_compilation() -> None:
    text = f"Politics 23:49 19.01.2024\n\n{PROSE}\n\nSociety 10:02 20.01.2025\n\n{PROSE}\n"
    assert len(split_document(text)) == 2


def test_a_single_report_stays_whole() -> None:
    head = "Press release 20 January 2017\n\nJanuary 20 - the Day of Sorrow"
    text = f"{head}\n\n{PROSE}\n\nOn January 20, 1990, troops entered."
    assert len(split_document(text)) == 1
    assert split_document(text)[0].heading is None


def test_headings_without_dates_do_not_split() -> None:
    text = f"## Part one\n\n{PROSE}\n\n## Part two\n\n{PROSE}\n"
    assert len(split_document(text)) == 1


def test_the_same_date_twice_is_not_a_compilation() -> None:
    text = f"**Report (20 January, 2010)**\n\n{PROSE}\n\n**Update (20 January, 2010)**\n\n{PROSE}"
    assert len(split_document(text)) == 1


def test_prose_before_the_first_heading_is_kept_as_an_article() -> None:
    text = f"{PROSE} {PROSE}\n\n**A (20 January, 2010)**\n\n{PROSE}\n\n**B (20 January, 2011)**\n\n{PROSE}"
    sections = split_document(text)
    assert len(sections) == 3 and sections[0].heading is None


def test_story_dates_in_prose_do_not_make_headings() -> None:
    text = f"On 20 January 1990 troops entered Baku.\n\n{PROSE}\n\nIn March 1994 the parliament met.\n\n{PROSE}"
    assert len(split_document(text)) == 1


@pytest.mark.parametrize(
    ("heading", "date", "title"),
    [
        (
            "**First report  \nSubtitle one  \n(20 January, 2010)**",
            "20 January, 2010",
            "First report Subtitle one",
        ),
        ("## **Second report (January 20, 2011)**", "January 20, 2011", "Second report"),
        ("# Title", None, "Title"),
    ],
)
def test_heading_title(heading: str, date: str | None, title: str) -> None:
    assert heading_title(heading, date) == title


def test_empty_text() -> None:
    assert len(split_document("")) == 1
