"""The year of an article without a date of its own: cover lines, leads, and what never gives one."""

import pytest

from jan20.reading.articles import articles_from_document
from jan20.reading.years import head_years

BODY = "Troops entered the city on the night of 19 to 20 January 1990 and many people were killed in the streets."


def year_and_date(text: str) -> tuple[int | None, str | None]:
    [article] = articles_from_document("x.txt", text)
    return article.year, article.date


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (f"MARCH 2001\n\nA background paper\n\n{BODY}", 2001),
        (f"ИЮНЬ 1995\n\nОбзор данных о событиях\n\n{BODY}", 1995),
        (f"OCAK 2017\n\nKanlı Ocak üzerine\n\n{BODY}", 2017),
        (f"Yanvar 2010\n\nFaciə haqqında qeydlər\n\n{BODY}", 2010),
        (f"Report on the events\nMay 1991\n\n{BODY}", 1991),
        (f"Title of the note\n\ndate 2021-01\n\n{BODY}", 2021),
        (f"Issued: November 2005\n\nA paper\n\n{BODY}", 2005),
    ],
)
def test_a_month_and_year_cover_line_gives_the_year_not_a_date(text: str, year: int) -> None:
    assert year_and_date(text) == (year, None)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Embassy honours victims\n\nThe ambassador laid a wreath on January 20, 2022 at the memorial.", 2022),
        ("Plain note about the Alley of Martyrs, 20 January 2019.", 2019),
        ("Вечер памяти\n\nПосол возложил цветы к памятнику 19 января 2018 года вместе с сотрудниками.", 2018),
        ("Tədbir\n\nSəfirlik əməkdaşları 20 yanvar 2023-cü il tarixində abidəni ziyarət ediblər.", 2023),
        ("Anma töreni\n\nKonsolosluk 20 Ocak 2024 tarihinde bir anma töreni düzenledi ve çiçek bıraktı.", 2024),
    ],
)
def test_a_lead_that_dates_the_commemoration_gives_its_year(text: str, year: int) -> None:
    assert year_and_date(text)[0] == year


@pytest.mark.parametrize(
    "text",
    [
        f"In March 1994 the parliament met.\n\n{BODY}",  # a sentence, not a cover line
        f"JANUARY 1990\n\n{BODY}",  # the story's month
        f"BAKU, JANUARY 1990: THE EVENTS REVISITED\n\n{BODY}",
        "A note\n\nOn 29 March 1994 the parliament adopted a resolution on the events of that night.",  # not January
        "A note\n\nOn January 20, 1990, troops entered Baku and killed more than a hundred civilians.",
        "A note\n\nThe deputies met in spring 2003 and heard the report on the events of January.",
    ],
)
def test_no_year_from_the_story(text: str) -> None:
    assert year_and_date(text) == (None, None)


def test_a_date_and_a_stated_anniversary_come_before_a_lead() -> None:
    dated = "Press release 21 January 2024\n\nThe ambassador laid a wreath on January 19, 2024 at the memorial."
    assert year_and_date(dated) == (2024, "2024-01-21")
    stated = "The 34th anniversary\n\nThe staff laid wreaths on 18 January 2023, ahead of the day, in the park."
    assert year_and_date(stated)[0] == 2024
    covered = "FEBRUARY 2001\n\nThe 10th anniversary was marked on 20 January 2000 at the memorial."
    assert year_and_date(covered)[0] == 2001


def test_head_years() -> None:
    years = head_years("MARCH 2001\n\nThe mission laid flowers on 20 January 2001 at the memorial in the city.")
    assert (years.cover, years.lead) == (2001, 2001)
    assert head_years("").cover is None
