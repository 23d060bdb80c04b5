"""A count back from now alone in its part of a line is a page's age, never an anniversary ("312 views • 5 years
ago"); in a clause it still counts ("36 yıl önce yaşanan katliam"). All texts are our own words."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries, infer_year


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


@pytest.mark.parametrize(
    "text",
    [
        # video pages: a channel, a view count, a bullet, then the page's age (or the age first)
        "Xatirə axşamından görüntülər\nGəncə TV\n2,4 min baxış • 5 il əvvəl\n",
        "Şəhidlər xiyabanında anma\n7 il əvvəl • 918 baxış\n",
        "Anma töreninden kareler\nKars Haber • 5 yıl önce\n",
        "Törenden görüntüler | 3 yıl önce | 1.020 görüntülenme",
        "Памятный вечер в Риге\nТелеканал Город\n1,2 тыс. просмотров · 5 лет назад\n",
        "Вечер памяти\n- 6 лет назад\n",
        "Memorial evening in Riga\nCity Channel\n1.2K views • 5 years ago\n",
        "Memorial evening in Riga\n4 years ago\nSubscribe",
        # whatever its number: a page's age may be as large as an anniversary
        "Şəhidlər xiyabanında anma\n2,4 min baxış • 16 il əvvəl\n",
        "Memorial evening in Riga\n1.2K views • 19 years ago\n",
    ],
)
def test_a_page_age_is_no_anniversary(text: str) -> None:
    assert numbers(text) == []
    assert infer_year(None, text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Azerbaycan'da 36 yıl önce yaşanan katliamın kurbanları anıldı.", 36),
        ("36 yıl önce Sovyet ordusu Bakü'ye girdi.", 36),
        ("Bakıda 35 il əvvəl törədilən faciənin qurbanları yad edilib.", 35),
        ("35 лет назад советские войска вошли в Баку.", 35),
        ("Трагедия произошла 34 года назад, в ночь на 20 января.", 34),
        ("Black January - 33 years ago\n", 33),
        ("It happened 35 years ago.", 35),
        # a page's age beside it changes nothing of the story's own count
        ("Memorial evening\n1.2K views • 5 years ago\nThirty-four years ago, Soviet troops entered Baku.", 34),
    ],
)
def test_a_count_in_a_clause_still_counts(text: str, number: int) -> None:
    assert numbers(text)[:1] == [number]
