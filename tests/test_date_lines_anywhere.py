"""An article's date from a labelled date line wherever it stands (below the lead, at the foot), and lists of
other stories' dated headlines that date nothing and title nothing (`heads.labelled_date`, `heads.dated_list`).
All texts are our own words."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document
from jan20.reading.heads import dated_list, labelled_date


def one(text: str) -> tuple[str | None, int | None, str | None]:
    articles = articles_from_document("page.txt", text)
    assert len(articles) == 1
    return articles[0].date, articles[0].year, articles[0].title


STORY_EN = "Pupils of the district school read verses and laid carnations before the portraits of the fallen."
STORY_RU = "Школьники прочитали стихи и возложили гвоздики к портретам погибших, затем прозвучал гимн."
STORY_AZ = "Məktəblilər şeir söyləyib, şəhidlərin portretləri önünə qərənfil qoyublar, sonra himn səsləndirilib."
STORY_TR = "Öğrenciler şiir okudu, şehitlerin portreleri önüne karanfil bıraktı ve ardından marş okundu."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # at the foot, after the story
        (f"Evening of memory in Oslo\n\n{STORY_EN}\n\nPublished: 19.01.2024 17:20", "2024-01-19"),
        (f"Evening of memory in Oslo\n\n{STORY_EN}\n\nLast updated: 21 January 2023 08:02 GMT+4", "2023-01-21"),
        (f"Вечер памяти в Риге\n\n{STORY_RU}\n\nОпубликовано 20 января 2022 в 15:40", "2022-01-20"),
        (f"Вечер памяти в Риге\n\n{STORY_RU}\n\nДата публикации: 20.01.2021, 11:00", "2021-01-20"),
        (f"Rigada anım axşamı\n\n{STORY_AZ}\n\nTarix: 20.01.2020 | 12:45", "2020-01-20"),
        (f"Rigada anım axşamı\n\n{STORY_AZ}\n\nDərc olunub: 19 yanvar 2019, 18:05", "2019-01-19"),
        (f"Riga'da anma akşamı\n\n{STORY_TR}\n\nYayın Tarihi: 20.01.2018 - 14:10", "2018-01-20"),
        # a source's line with its date
        (f"Evening of memory in Oslo\n\n{STORY_EN}\n\nSource: Azertac, 19.01.2018", "2018-01-19"),
        (f"Вечер памяти в Риге\n\n{STORY_RU}\n\nИсточник: Report.az, 19.01.2018 12:30", "2018-01-19"),
        # below the lead, with an update after it on the same line: the first part
        (
            f"Riga'da anma akşamı\n\n{STORY_TR}\n\n"
            "Yayın Tarihi: 19.01.2017 10:15 | Güncelleme Tarihi: 20.01.2017 09:00",
            "2017-01-19",
        ),
        (f"Riga'da anma akşamı\n{STORY_TR}\nYayınlanma: 21.01.2016\n\n{STORY_TR}", "2016-01-21"),
    ],
)
def test_labelled_date_line_anywhere(text: str, date: str) -> None:
    got_date, year, title = one(text)
    assert got_date == date
    assert year == int(date[:4])
    assert title is not None and not any(ch.isdigit() for ch in title)


@pytest.mark.parametrize(
    "text",
    [
        # a bare date at the foot (no label), a story's sentence that opens with a label word, the event's own date
        f"Evening of memory in Oslo\n\n{STORY_EN}\n\n20.01.2024",
        f"Evening of memory in Oslo\n\n{STORY_EN}\nPublished on 20 January 1995, the decree named the day of mourning.",
        f"Evening of memory in Oslo\n\n{STORY_EN}\n\nDate: 1 March 1988",
        # a fact box's date of the event itself
        f"Вечер памяти в Риге\n\n{STORY_RU}\n\nДата: 20 января 1990 года",
        f"Rigada anım axşamı\n\n{STORY_AZ}\n\nTarix: 20 yanvar 1990",
        # other stories in a list at the foot
        f"Вечер памяти в Риге\n\n{STORY_RU}\n\nДругие новости\n19.01.2012 В Гяндже прошёл митинг\n18.01.2011 Выставка",
    ],
)
def test_no_date_from_unlabelled_or_story_lines(text: str) -> None:
    assert one(text)[0] is None


def test_head_date_wins_over_a_foot_line() -> None:
    text = f"20 January 2025 10:00\nEvening of memory in Oslo\n\n{STORY_EN}\n\nUpdated: 22.01.2025"
    assert one(text)[0] == "2025-01-20"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            f"Evening of memory in Oslo\n\nRelated news\nWreaths laid in Ganja - 19.01.2014\n"
            f"Exhibition opened in Sheki - 18.01.2013\n\n{STORY_EN}",
            "Evening of memory in Oslo",
        ),
        (
            "Вечер памяти в Риге\n19.01.2014 | В Гяндже возложили венки\n"
            f"18.01.2013 | В Шеки открылась выставка\n\n{STORY_RU}",
            "Вечер памяти в Риге",
        ),
        (
            f"Bütün xəbərlər\n19 yanvar 2014 Gəncədə əklil qoyulub\n18 yanvar 2013 Şəkidə sərgi açılıb\n\n"
            f"Rigada anım axşamı\n\n{STORY_AZ}",
            "Rigada anım axşamı",
        ),
    ],
)
def test_other_stories_date_and_title_nothing(text: str, title: str) -> None:
    date, year, got_title = one(text)
    assert (date, year, got_title) == (None, None, title)


def test_dated_list_needs_two_headlines_in_a_row() -> None:
    # one dated heading alone is a title with its date, not a list
    assert dated_list("Plain note about the memorial, 20 January 2019.\n\nText.") == set()
    text = "Wreaths laid in Ganja - 19.01.2014\n\nExhibition opened in Sheki - 18.01.2013\nStory starts here"
    assert len(dated_list(text)) == 2


def test_labelled_date_offsets_point_at_the_date() -> None:
    text = "Title\n\nStory.\n\nYayın Tarihi: 20.01.2024 13:57"
    found = labelled_date(text)
    assert found is not None and text[found.start : found.end] == "20.01.2024"


@pytest.mark.parametrize(
    "foot",
    ["Updated: 22.01.2025", "Yayın Tarihi: 22.01.2025 10:00", "Tuesday January 21 2025", "Tarix: 21.01.2025 | 09:30"],
)
def test_a_foot_date_line_splits_no_article(foot: str) -> None:
    text = f"20 January 2025 10:00\nEvening of memory in Oslo\n\n{STORY_EN}\n\n{foot}"
    assert one(text)[:2] == ("2025-01-20", 2025)


def test_a_compilation_still_splits_at_dated_lines_that_open_reports() -> None:
    text = (
        f"20.01.2019\nWreaths in Oslo\n\n{STORY_EN}\n\nPublished: 20.01.2019\n\n"
        f"20.01.2020\nWreaths in Bergen\n\n{STORY_EN}\n\nPublished: 21.01.2020"
    )
    assert [(a.date, a.title) for a in articles_from_document("page.txt", text)] == [
        ("2019-01-20", "Wreaths in Oslo"),
        ("2020-01-20", "Wreaths in Bergen"),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a space before the comma between month and year, and a rubric above it
        (f"Cəmiyyət\n17 Yanvar , 2015 21:10\nŞəkidə anım mərasimi\n\n{STORY_AZ}", "2015-01-17"),
        (f"January 17 , 2015 21:10\nEvening of memory in Oslo\n\n{STORY_EN}", "2015-01-17"),
        # a counter beside the date line is no title
        (f"Rigada anım axşamı\n18 yanvar 2022 | 16:20 | Baxış sayı: 1 204\n\n{STORY_AZ}", "2022-01-18"),
        (f"Вечер памяти в Риге\n18.01.2022 16:20 | 2 310 просмотров\n\n{STORY_RU}", "2022-01-18"),
        (f"Riga'da anma akşamı\n18.01.2022 16:20 - Okunma: 845\n\n{STORY_TR}", "2022-01-18"),
        (f"Evening of memory in Oslo\n18 January 2022 16:20 · 1,204 views\n\n{STORY_EN}", "2022-01-18"),
        # the label in the second part of a foot line
        (f"Rigada anım axşamı\n\n{STORY_AZ}\n\nBaxış sayı: 311 | Tarix: 19-01-2023", "2023-01-19"),
    ],
)
def test_rubrics_counters_and_spaced_commas(text: str, date: str) -> None:
    got_date, year, title = one(text)
    assert (got_date, year) == (date, int(date[:4]))
    assert title is not None and not any(ch.isdigit() for ch in title), title


def test_other_stories_between_paragraphs_split_nothing() -> None:
    text = (
        f"Evening of memory in Oslo\n20.01.2024 12:00\n\n{STORY_EN}\n\n"
        "Wreaths laid in Ganja - 19.01.2024\n\nExhibition opened in Sheki - 18.01.2024\n\n"
        "The ambassador thanked the guests, and the evening closed with a short concert of folk songs."
    )
    assert [(a.date, a.title) for a in articles_from_document("page.txt", text)] == [
        ("2024-01-20", "Evening of memory in Oslo")
    ]


def test_one_line_dated_headlines_with_their_stories_still_split() -> None:
    text = f"Wreaths in Oslo - 20.01.2019\n\n{STORY_EN}\n\nWreaths in Bergen - 20.01.2020\n\n{STORY_EN}"
    assert [a.date for a in articles_from_document("page.txt", text)] == ["2019-01-20", "2020-01-20"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"MAY 2003\nThe events of January 1990 in Baku\n\n{STORY_EN}", "The events of January 1990 in Baku"),
        (
            f"Wreaths laid since January 1990 at the memorial\n\n{STORY_EN}",
            "Wreaths laid since January 1990 at the memorial",
        ),
        (f"19 January 2020 - Memorial evening\n\n{STORY_EN}", "Memorial evening"),
    ],
)
def test_a_title_keeps_the_dates_its_words_run_through(text: str, title: str) -> None:
    assert one(text)[2] == title
