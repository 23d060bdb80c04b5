"""A page that prints two headlines at its top (the story's and another story's, or a rubric's): the title is the one
that names the event of January 1990 when the last does not; otherwise the last title-like line, as before. Texts
written for these tests."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document

BODY = (
    "On the night of 19 to 20 January 1990 Soviet troops entered Baku and opened fire on the crowds. "
    "People laid flowers at the Alley of Martyrs in the morning. The flags were lowered across the country."
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Azerbaijan marks 35th anniversary of 20 January tragedy\n\nForeign ministers meet in Brussels on energy",
            "Azerbaijan marks 35th anniversary of 20 January tragedy",
        ),
        (
            "20 Ocak faciasının otuz beş yılı Bakü'de anıldı\nHocalı katliamının 33 yılı: Bakü'de tören",
            "20 Ocak faciasının otuz beş yılı Bakü'de anıldı",
        ),
        (
            "Память жертв 20 января почтили в Баку\n\nВ столице открылась выставка цветов",
            "Память жертв 20 января почтили в Баку",
        ),
        # the last names the event: it stays the title; a short rubric before it is no headline
        (
            "Black January remembered in Baku today\n\nMourners fill the Alley of Martyrs on 20 January",
            "Mourners fill the Alley of Martyrs on 20 January",
        ),
        ("Black January\n\nPresident visits Alley of Martyrs", "President visits Alley of Martyrs"),
        ("Section name\n\nThe Real Headline Here", "The Real Headline Here"),
    ],
)
def test_the_headline_of_the_event(head: str, title: str) -> None:
    [article] = articles_from_document("page.txt", f"{head}\n\n{BODY}")
    assert article.title == title


def test_the_year_of_the_events_headline() -> None:
    head = "Azerbaijan marks 35th anniversary of 20 January tragedy\n\nForeign ministers meet in Brussels on energy"
    [article] = articles_from_document("page.txt", f"{head}\n\n{BODY}")
    assert article.year == 2025
