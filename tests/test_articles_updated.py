"""A line stamping a page's last change ("UPDATE : 2019.7.17") yields to an earlier year the article states."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document

_STORY = (
    "Embassy remembers the victims\n"
    "Diplomats and guests gather in a far capital\n\n"
    "The embassy held a memorial evening in the city on Jan. 19, 2015, marking the 25th anniversary of the "
    "20 January tragedy in Baku.\n\n"
    "Several guests spoke about the events.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "UPDATE : 2019.7.17 WED 17:50",
        "Last updated: 2021-03-04 09:15",
        "Updated 12.11.2020 10:00",
        "Modified: 2018-05-02",
    ],
)
def test_an_update_stamp_yields_to_the_anniversary(stamp: str) -> None:
    [article] = articles_from_document("page.txt", f"{stamp}\n{_STORY}")
    assert article.year == 2015
    assert article.date is None


def test_an_update_stamp_stays_when_nothing_contradicts_it() -> None:
    story = "Embassy remembers the victims\n\nThe embassy held a memorial evening for the victims of 20 January.\n"
    [article] = articles_from_document("page.txt", f"UPDATE : 2019.1.21 MON 17:50\n{story}")
    assert article.date == "2019-01-21" and article.year == 2019


@pytest.mark.parametrize("stamp", ["Published: 2019-07-17 17:50", "17.07.2019 17:50"])
def test_a_publication_date_is_not_an_update_stamp(stamp: str) -> None:
    [article] = articles_from_document("page.txt", f"{stamp}\n{_STORY}")
    assert article.date == "2019-07-17" and article.year == 2019
