"""A date written with its weekday ("Thursday, March 15, 2007") buried in text run together (two columns of a
scanned page, a paragraph) dates an article when nothing else does (`heads.weekday_date`). All texts are our own
words."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document

COL_EN = "the guests of the society watched a film about the night and the pupils sang the songs of the city "
COL_RU = "гости общества посмотрели фильм о той ночи, а школьники исполнили песни о городе и его людях "
COL_AZ = "cəmiyyətin qonaqları o gecə haqqında film izləyib, məktəblilər şəhər haqqında mahnılar oxuyublar "
COL_TR = "derneğin konukları o gece hakkında bir film izledi, öğrenciler şehir hakkında şarkılar söyledi "


def one(text: str) -> tuple[str | None, int | None]:
    articles = articles_from_document("scan.txt", text)
    assert len(articles) == 1
    return articles[0].date, articles[0].year


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"Evening of memory\n{COL_EN * 4}Thursday, March 15, 2007 {COL_EN * 4}\n", "2007-03-15"),
        (f"Evening of memory\n{COL_EN * 30}Thursday, March 15, 2007 {COL_EN * 2}\n", "2007-03-15"),
        (f"Вечер памяти\n{COL_RU * 4}Четверг, 15 марта 2007 {COL_RU * 4}\n", "2007-03-15"),
        (f"Anım axşamı\n{COL_AZ * 4}Cümə axşamı, 15 mart 2007 {COL_AZ * 4}\n", "2007-03-15"),
        (f"Anma gecesi\n{COL_TR * 4}Perşembe, 15 Mart 2007 {COL_TR * 4}\n", "2007-03-15"),
    ],
)
def test_a_weekday_date_dates_an_undated_article(text: str, date: str) -> None:
    assert one(text) == (date, int(date[:4]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no weekday: a date in the middle of a paragraph is the story's, not the page's
        (f"Evening of memory\n{COL_EN * 4}March 15, 2007 {COL_EN * 4}\n", (None, None)),
        (f"Вечер памяти\n{COL_RU * 4}15 марта 2007 года {COL_RU * 4}\n", (None, None)),
        # the story's own night, with its weekday
        (f"Evening of memory\n{COL_EN * 4}Saturday, January 20, 1990 {COL_EN * 4}\n", (None, None)),
        # the article states its year otherwise: the weekday's date is the story's
        (
            f"Evening of memory\nThe 17th anniversary of the tragedy was marked. {COL_EN * 3}"
            f"Monday, March 5, 2012 {COL_EN * 3}\n",
            (None, 2007),
        ),
    ],
)
def test_no_weekday_or_another_year(text: str, expected: tuple[str | None, int | None]) -> None:
    assert one(text) == expected
