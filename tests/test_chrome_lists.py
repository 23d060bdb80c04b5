"""Other stories listed on a page (our own words): under a heading ("All news", "Все новости", "Bütün xəbərlər",
"Tüm haberler") or as dated headlines in a row after the story, they are no part of the article: no person, no
date, no title comes from them."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.reading.articles import articles_from_document
from jan20.reading.chrome import is_list_heading, strip_chrome

STORY = "Pupils and teachers of the lyceum laid carnations at the memorial and observed a minute of silence."


def names(text: str) -> list[str]:
    (article,) = articles_from_document("page.txt", text)
    return [m.mention for m in extract_attendees(article.text)]


@pytest.mark.parametrize(
    "tail",
    [
        "All news\nAmbassador Peter Lang visited the Alley of Martyrs",
        "Top stories\nMinister Clara Voss opened an exhibition",
        "Wreaths laid by Ambassador Peter Lang - 19.01.2024\nMinister Clara Voss opened an exhibition - 18.01.2024",
        "19.01.2024 | Ambassador Peter Lang visited the Alley\n\n18.01.2024 | Minister Clara Voss opened an exhibition",
    ],
)
def test_other_stories_after_the_story_name_nobody(tail: str) -> None:
    text = f"Evening at the lyceum\n\n{STORY} Director Anna Berg opened the evening.\n\n{tail}"
    assert names(text) == ["Anna Berg"]


@pytest.mark.parametrize("line", ["All news", "Все новости", "Bütün xəbərlər", "Tüm Haberler", "Related news"])
def test_list_headings(line: str) -> None:
    assert is_list_heading(line)


@pytest.mark.parametrize("line", ["News of the day was grim", "All the guests stood", "Evening at the lyceum"])
def test_no_list_heading(line: str) -> None:
    assert not is_list_heading(line)


def test_one_dated_line_after_the_story_is_kept() -> None:
    # a single line (a caption, a source with its date) is no list
    text = f"{STORY}\n\nPhoto taken at the memorial - 19.01.2024"
    assert "Photo taken" in strip_chrome(text)


def test_dated_lines_between_paragraphs_are_kept() -> None:
    text = f"{STORY}\n\nWreaths at noon - 19.01.2024\nSpeeches at one - 19.01.2024\n\n{STORY}"
    assert "Wreaths at noon" in strip_chrome(text)


@pytest.mark.parametrize("label", ["Foto", "VIDEO", "Фото", "Видео", "Galeri", "Photo gallery", "Fotoqalereya"])
def test_a_media_label_names_nobody(label: str) -> None:
    text = (
        f"Wreaths at the memorial\n\n{label}\nSociety 214\n\n"
        "Today many residents visited the memorial and laid flowers, and Director Anna Berg opened the evening."
    )
    assert "Anna Berg" in names(text)
    assert not any(label.split()[0].lower() in name.lower() for name in names(text))
    assert label not in strip_chrome(text).splitlines()
