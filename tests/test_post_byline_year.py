"""The year of an undated page that states none but in the byline of a post embedded in it ("— Embassy of Azerbaijan
(@AzEmbassy) January 20, 2021"); bylines that disagree, one outside the event's month, the story's 1990, or another
year stated in the page give none of theirs. The texts are written for these tests."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document

BODY = "The embassy held an evening to honour the victims of the tragedy. The ambassador addressed the guests."


def year_of(text: str) -> int | None:
    [article] = articles_from_document("x.txt", text)
    return article.year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (f"Evening in Tokyo\n\n{BODY}\n\n— Embassy of Azerbaijan (@AzEmbassyX) January 20, 2021\n", 2021),
        (f"Evening in Tokyo\n\n{BODY}\n\n-- Ali Aliyev (@ali_aliyev) 19 January 2023\n\nMore text follows.", 2023),
        (
            f"Evening in Tokyo\n\n{BODY}\n\n— A (@a1) January 19, 2022\n\n{BODY}\n\n— B (@b2) January 20, 2022\n",
            2022,
        ),
    ],
)
def test_an_embedded_posts_byline_gives_the_year(text: str, year: int) -> None:
    assert year_of(text) == year


@pytest.mark.parametrize(
    "text",
    [
        f"Evening in Tokyo\n\n{BODY}\n\n— A (@a1) January 19, 2021\n\n— B (@b2) January 20, 2022\n",
        f"Evening in Tokyo\n\n{BODY}\n\n— A (@a1) March 3, 2021\n",
        f"Evening in Tokyo\n\n{BODY}\n\n— A (@a1) January 20, 1990\n",
        f"Evening in Tokyo\n\n{BODY}\n\nSee the post of A (@a1) January 20, 2021 for more.\n",
    ],
)
def test_no_year_from_bylines_that_do_not_agree(text: str) -> None:
    assert year_of(text) is None


def test_a_year_the_page_states_wins() -> None:
    text = f"Evening in Tokyo\n\nThirty-two years have passed. {BODY}\n\n— A (@a1) January 20, 2021\n"
    assert year_of(text) == 2022
