import datetime as dt

from jan20.reading.articles import articles_from_document, document_slug
from jan20.reading.catalog import CatalogEntry

BODY = "Thousands of people visited the Alley of Martyrs today to honour the victims of the tragedy in Baku."


def test_single_report_metadata_is_inferred() -> None:
    text = f"BAKU, Azerbaijan, January 20. Trend reports.\n\n{BODY}\n\nThirty years have passed since the tragedy."
    [article] = articles_from_document("news/trend story.txt", text)
    assert article.id == "news-trend-story"
    assert article.date is None  # no year in the dateline: never guessed
    assert article.year == 2020  # from "Thirty years have passed"
    assert article.source == "Trend"
    assert article.declared == ()


def test_catalog_fields_win_and_are_declared() -> None:
    text = f"Press release 20 January 2017\n\nTitle of the release\n\n{BODY}"
    entry = CatalogEntry(source="Embassy", url="https://e.test", date=dt.date(2017, 1, 21), id="embassy-2017")
    [article] = articles_from_document("a.txt", text, entry)
    assert article.id == "embassy-2017"
    assert (article.source, article.url, article.date) == ("Embassy", "https://e.test", "2017-01-21")
    assert set(article.declared) == {"source", "url", "date"}
    assert article.title == "Title of the release"


def test_year_is_null_when_nothing_says_it() -> None:
    [article] = articles_from_document(
        "x.txt", f"{BODY}\n\nOn January 20, 1990, troops entered Baku. In 1994 a decree."
    )
    assert article.date is None and article.year is None


def test_compilation_ids_are_stable_and_unique() -> None:
    text = "\n\n".join(f"**{t} (20 January, {y})**\n\n{BODY}" for t, y in (("A", 2010), ("B", 2011), ("C", 2011)))
    articles = articles_from_document("comp.md", text)
    ids = [a.id for a in articles]
    assert ids == ["comp-2010-01-20", "comp-2011-01-20", "comp-2011-01-20-3"]
    assert [a.year for a in articles] == [2010, 2011, 2011]
    assert [a.title for a in articles] == ["A", "B", "C"]
    # the heading is not part of the article text
    assert all(a.text.startswith("Thousands") for a in articles)


def test_chrome_stays_out_of_the_text() -> None:
    story = f"{BODY}\n\n{BODY}\n\n{BODY}"
    text = f"Connect with us\n\nA Title Here\n\n{story}\n\nShare this article:\n\nYou May Also Like\n\nOther."
    [article] = articles_from_document("p.txt", text)
    assert "Connect" not in article.text and "You May Also Like" not in article.text
    assert article.title == "A Title Here"


def test_document_slug() -> None:
    assert document_slug("Sub Dir/Ёжик 2024.TXT") == "sub-dir-ezhik-2024"
    assert document_slug("!!!.txt") == "document"


def test_title_prefers_a_markdown_heading_and_skips_bylines() -> None:
    text = f"# Remembering Black January\n\n*Posted by a reader*\n\n{BODY}"
    assert articles_from_document("blog.md", text)[0].title == "Remembering Black January"
    text = f"Section name\n\nThe Real Headline Here\n\nBy Jane Doe\n\n{BODY}"
    assert articles_from_document("x.txt", text)[0].title == "The Real Headline Here"


def test_a_rubric_and_time_heading_is_not_a_title() -> None:
    sections = [
        ("Politics 11:20 20.01.2018", "Azerbaijan marks 28th anniversary"),
        ("Society 10:05 20.01.2019", "29 years on"),
    ]
    text = "\n\n----------\n\n".join(f"{heading}\n\n{title}\n\n{BODY}" for heading, title in sections)
    articles = articles_from_document("digest.txt", text)
    assert [a.date for a in articles] == ["2018-01-20", "2019-01-20"]
    assert [a.title for a in articles] == ["Azerbaijan marks 28th anniversary", "29 years on"]


def test_a_dateline_line_is_not_a_title() -> None:
    text = f"PRESIDENT VISITS ALLEY OF MARTYRS\n\n20.01.2024 [12:05]\n\nBaku, January 20, AZERTAC\n\n{BODY}"
    [article] = articles_from_document("azertac.txt", text)
    assert article.title == "PRESIDENT VISITS ALLEY OF MARTYRS"
    assert article.source == "AZERTAC"
    assert article.date == "2024-01-20"


def test_a_headline_with_a_comma_and_a_date_is_still_the_title() -> None:
    text = f"Parliament speaker, PM honor memory of 20 January martyrs\n\nBaku, January 20, Report.\n\n{BODY}"
    [article] = articles_from_document("report.txt", text)
    assert article.title == "Parliament speaker, PM honor memory of 20 January martyrs"
    assert article.source == "Report"


def test_a_section_headed_by_its_date_and_source_takes_its_first_sentence_without_the_dateline() -> None:
    text = (
        "PRESS DIGEST\n\nContents: 2000 (Xinhua); 2012 (Trend)\n\n"
        "January 20, 2000 — Xinhua\n\n"
        "BAKU, Jan. 20 (Xinhua) -- President Heydar Aliyev led thousands of mourners at the Alley of Martyrs.\n\n"
        "January 20, 2012 — Trend\n\n"
        "Baku, January 20, Trend. President Ilham Aliyev visited the Alley of Martyrs.\n"
    )
    articles = articles_from_document("digest.txt", text)
    titled = {a.date: (a.title, a.source) for a in articles if a.date}
    assert titled["2000-01-20"] == (
        "President Heydar Aliyev led thousands of mourners at the Alley of Martyrs.",
        "Xinhua",
    )
    assert titled["2012-01-20"] == ("President Ilham Aliyev visited the Alley of Martyrs.", "Trend")


def test_a_blog_post_line_is_not_a_title() -> None:
    text = (
        "The night the tanks came: twenty years later\nBy Leyla Mammadova\n"
        f"Posted on January 21, 2010 | 14 comments\n\n{BODY}"
    )
    [article] = articles_from_document("blog.txt", text)
    assert article.title == "The night the tanks came: twenty years later"
    assert article.date == "2010-01-21"


def test_a_source_label_line_under_the_headline_is_not_the_title() -> None:
    for label in ("Source: Caspian Courier", "SOURCE: Caspian Courier", "Источник: Каспийский курьер"):
        text = f"Diaspora evening held in Lyon\nPublished 21 January 2023\n{label}\n\n{BODY}"
        [article] = articles_from_document("saved.txt", text)
        assert article.title == "Diaspora evening held in Lyon", label
    # a headline that only begins with the word is still one
    text = f"Sources differ on the death toll of 1990\n\n{BODY}"
    [article] = articles_from_document("saved.txt", text)
    assert article.title == "Sources differ on the death toll of 1990"
