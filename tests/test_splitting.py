import pytest

from jan20.reading.splitting import heading_title, split_document

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


# --- chrome that is a date never splits an article ------------------------------------------------------

SITE_HEAD = "News.Site\n\nWednesday January 21 2026\n\nPolitics | Economy | World\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # a site header on another day than the report's byline
        f"{SITE_HEAD}# Baku remembers the martyrs\n\n20 January 2026 11:05 (UTC+04:00)\n\n{PROSE}\n",
        f"{SITE_HEAD}Baku remembers the martyrs\n\n20 January 2026 11:05 (UTC+04:00)\n\n{PROSE}\n",
        f"{SITE_HEAD}**Baku remembers the martyrs**\n\n20.01.2026 09:40\n\n{PROSE}\n{PROSE}\n",
        # Russian and Azerbaijani sites, header and byline alike
        f"Среда 21 января 2026\n\nГлавная | Политика\n\n## Баку помнит шехидов\n\n20 января 2026 10:15\n\n{PROSE}",
        f"Çərşənbə 21 Yanvar 2026\n\nSiyasət | İqtisadiyyat\n\nŞəhidlər xiyabanı ziyarət olunub\n\n"
        f"20 Yanvar, 2026 09:40\n\n{PROSE}",
    ],
)
def test_a_site_header_and_a_byline_do_not_split_one_report(text: str) -> None:
    assert len(split_document(text)) == 1


def test_a_compilation_splits_at_the_titles_its_bylines_date() -> None:
    text = (
        f"Tuesday January 20 2026\n\nHome | News\n\n"
        f"## Baku remembers the martyrs\n\n20 January 2026 11:05 (UTC+04:00)\n\n{PROSE}\n\n"
        f"## Ambassadors visit the Alley\n\n19 January 2026 14:16 (UTC+04:00)\n\n{PROSE}\n"
    )
    sections = split_document(text)
    assert [s.heading for s in sections] == ["## Baku remembers the martyrs", "## Ambassadors visit the Alley"]
    assert [s.heading_date_text for s in sections] == ["20 January 2026", "19 January 2026"]
    assert all(PROSE in body and "(UTC+04:00)" in body for body in bodies(text))
    assert "Home | News" not in "".join(bodies(text))


def test_a_date_line_after_a_report_is_not_its_title() -> None:
    # the last line of a report (a sentence, a list item or a short credit) is not the next report's title
    text = (
        f"Politics 23:49 19.01.2024\n\n{PROSE}\n\nPhoto: Azertac\n\nSociety 10:02 20.01.2025\n\n{PROSE}\n\n"
        f"- one item of a list\n\nCulture 11:00 21.01.2026\n\n{PROSE}\n"
    )
    sections = split_document(text)
    assert [s.heading for s in sections] == [
        "Politics 23:49 19.01.2024",
        "Society 10:02 20.01.2025",
        "Culture 11:00 21.01.2026",
    ]


def test_a_sentence_line_with_spaces_after_its_stop_is_still_a_sentence() -> None:
    from jan20.reading.splitting import _has_sentence

    line = "Wreaths were laid at the memorial by the students of the school."
    assert _has_sentence(line + "   \n")
    assert _has_sentence(line + "\t\n")
    assert not _has_sentence("Home   \nNews   \nContacts   \n")
