"""A date beside the event's noun is a word of the title, not its dateline, in every language: "Трагедия 20 января
1990 года", "20 Yanvar 1990-cı il faciəsi", "20 Ocak 1990 olayları" keep their date; a date at a title's edge with
other words is still taken off. Texts written for these tests."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document

STORY = {
    "ru": "Ученики школы прочли стихи и положили цветы у портретов павших, после чего звучал гимн.",
    "az": "Şagirdlər şeir oxuyub, şəhidlərin şəkilləri önünə gül düzüblər, sonra himn oxunub.",
    "tr": "Öğrenciler şiirler okudu, şehitlerin fotoğrafları önüne çiçek koydu, sonra marş okundu.",
}


def title(lang: str, head: str) -> str | None:
    articles = articles_from_document("page.txt", f"{head}\n\n{STORY[lang]}")
    assert len(articles) == 1
    return articles[0].title


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("ru", "Трагедия 20 января 1990 года глазами очевидцев"),
        ("ru", "Память о событиях 20 января 1990 года в Баку"),
        ("ru", "Жертвы трагедии 20 января 1990 года"),
        ("az", "20 Yanvar 1990-cı il faciəsi xatırlanır"),
        ("az", "20 yanvar 1990-cı il hadisələrinin qurbanları anıldı"),
        ("az", "20 Yanvar 1990-cı il qırğını haqqında kitab"),
        ("tr", "20 Ocak 1990 olayları Kars'ta anıldı"),
        ("tr", "20 Ocak 1990 katliamının kurbanları"),
        ("tr", "20 Ocak 1990 faciası"),
    ],
)
def test_a_date_beside_the_events_noun_stays_in_the_title(lang: str, head: str) -> None:
    assert title(lang, head) == head


@pytest.mark.parametrize(
    ("lang", "head", "kept"),
    [
        ("ru", "19 января 2021 года — Вечер памяти", "Вечер памяти"),
        ("az", "19 yanvar 2021 Anım mərasimi keçirildi", "Anım mərasimi keçirildi"),
        ("tr", "19 Ocak 2021 Anma töreni düzenlendi", "Anma töreni düzenlendi"),
    ],
)
def test_a_date_without_the_events_noun_beside_it_is_still_taken_off(lang: str, head: str, kept: str) -> None:
    assert title(lang, head) == kept
