"""The year of an undated page that ends with its date alone in brackets ("(19.01.2023)"); a date of the story
(1990) or one inside the text never gives it. The texts are written for these tests."""

import pytest

from jan20.reading.articles import articles_from_document
from jan20.reading.years import tail_year

BODY = "Troops entered the city on the night of 19 to 20 January 1990 and many people were killed in the streets."
AZ_BODY = (
    "Səfir və səfirliyin əməkdaşları Şəhidlər xiyabanını ziyarət edib, faciə qurbanlarının xatirəsini yad ediblər."
)


def year_and_date(text: str) -> tuple[int | None, str | None]:
    [article] = articles_from_document("x.txt", text)
    return article.year, article.date


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (f"Qazax səfiri Şəhidlər xiyabanında\n\n{AZ_BODY}\n\nPortal xəbər verir\n(19.01.2023)\n", 2023),
        (f"Ambassador at the Alley\n\n{BODY}\n\n(January 21, 2019)", 2019),
        (f"Anma töreni yapıldı\n\n{BODY}\n\n( 20.01.2024 )", 2024),
    ],
)
def test_a_date_alone_in_brackets_ending_the_page_gives_its_year(text: str, year: int) -> None:
    assert year_and_date(text) == (year, None)


@pytest.mark.parametrize(
    "text",
    [
        f"Memories of the night\n\n{BODY}\n\n(20.01.1990)",  # the story's date
        f"Memories of the night\n\n{BODY}\n\n(19.01.1988)",
        f"Memories of the night\n\n{BODY}\n\nIt was remembered (19.03.2023) by many.\n\nThe end of the note.",
        f"Memories of the night\n\n{BODY}\n\n(see 19.01.2023)",
        f"Memories of the night\n\n{BODY}\n\n(2023)",
    ],
)
def test_no_year_from_other_dates(text: str) -> None:
    assert year_and_date(text) == (None, None)


def test_tail_year_reads_only_the_last_lines() -> None:
    assert tail_year(f"Title\n(19.01.2023)\n{BODY}\nOne\nTwo\nThree") is None
    assert tail_year("") is None
