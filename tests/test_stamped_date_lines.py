"""A page's time stamp (a date and a clock time, "20 января 2022 | 07:13") under a site menu longer than a head
dates the article when nothing else does (`heads.stamped_date`); a stamp inside or after the story, in a list of
other stories, or of 1990 does not. All texts are our own words."""

from __future__ import annotations

import pytest

from jan20.reading.articles import articles_from_document
from jan20.reading.heads import stamped_date

MENU_RU = "\n".join(["Главная", "Новости", "Политика", "Общество", "Экономика", "Регионы", "Спорт", "Культура", "Фото"])
MENU_RU += "\n" + "\n".join(["Видео", "Мнения", "Архив"])
MENU_AZ = "\n".join(["Əsas", "Xəbərlər", "Siyasət", "Cəmiyyət", "İqtisadiyyat", "Bölgələr", "İdman", "Mədəniyyət"])
MENU_AZ += "\n" + "\n".join(["Foto", "Video", "Müsahibə", "Arxiv"])
MENU_TR = "\n".join(["Anasayfa", "Gündem", "Siyaset", "Ekonomi", "Dünya", "Spor", "Kültür", "Sanat", "Yazarlar"])
MENU_TR += "\n" + "\n".join(["Foto Galeri", "Video", "Künye"])
MENU_EN = "\n".join(["Home", "News", "Politics", "Society", "Economy", "Regions", "Sports", "Culture", "Photo"])
MENU_EN += "\n" + "\n".join(["Video", "Opinion", "Archive"])

STORY_RU = "Жители района принесли красные гвоздики к памятнику павшим и почтили их память минутой молчания."
STORY_AZ = "Rayon sakinləri abidə önünə qərənfillər düzüb, şəhidlərin xatirəsini bir dəqiqəlik sükutla yad ediblər."
STORY_TR = "İlçe sakinleri anıta karanfiller bıraktı ve şehitlerin hatırası bir dakikalık saygı duruşuyla anıldı."
STORY_EN = "Residents of the district brought red carnations to the memorial and stood in silence for a minute."


def one(text: str) -> tuple[str | None, int | None, str | None]:
    articles = articles_from_document("page.txt", text)
    assert len(articles) == 1
    return articles[0].date, articles[0].year, articles[0].title


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"{MENU_RU}\nВ Гяндже вспомнили жертв трагедии\n20 января 2022 | 07:13\n{STORY_RU}", "2022-01-20"),
        (f"{MENU_RU}\nВ Гяндже вспомнили жертв трагедии\n19.01.2021 | 18:40\n\n{STORY_RU}", "2021-01-19"),
        (f"{MENU_RU}\n\nВ Гяндже почтили память\n\nОбщество | 21 Января 2023 • 09:05\n\n{STORY_RU}", "2023-01-21"),
        (f"{MENU_RU}\n08:30 - 20.01.2019\nВ Гяндже вспомнили жертв трагедии\n{STORY_RU}", "2019-01-20"),
        (f"{MENU_AZ}\nGəncədə faciə qurbanları anılıb\n20 Yanvar 2022 | 12:01\n{STORY_AZ}", "2022-01-20"),
        (f"{MENU_TR}\nGence'de facia kurbanları anıldı\n20 Ocak 2022 • 10:45\n{STORY_TR}", "2022-01-20"),
        (f"{MENU_EN}\nVictims remembered in Ganja\nJan 20, 2022 | 7:13 AM\n{STORY_EN}", "2022-01-20"),
    ],
)
def test_a_stamp_under_a_long_menu_dates_the_article(text: str, date: str) -> None:
    got, year, title = one(text)
    assert got == date
    assert year == int(date[:4])
    assert title is not None and not any(ch.isdigit() for ch in title)


@pytest.mark.parametrize(
    "text",
    [
        # no clock: a bare date under a menu may be the site's date of today, not the page's
        f"{MENU_RU}\nВ Гяндже вспомнили жертв трагедии\n20 января 2022\n{STORY_RU}",
        # the stamp of 1990 is the story's time
        f"{MENU_RU}\nВ Гяндже вспомнили жертв трагедии\n20 января 1990 | 01:30\n{STORY_RU}",
        # after the story begins: another story's stamp, or a list of them
        f"{MENU_RU}\nВ Гяндже вспомнили жертв трагедии\n{STORY_RU}\n20 января 2022 | 07:13",
        f"{MENU_TR}\nGence'de facia kurbanları anıldı\n{STORY_TR}\nDiğer haberler\n20 Ocak 2022 • 10:45\n"
        "Şuşa'da sergi açıldı\n21 Ocak 2022 • 11:00\nBakü'de konser verildi",
        # a sentence holding a date and a time is prose, not a stamp
        f"{MENU_EN}\nVictims remembered in Ganja\nThe march began at 10:00 on January 20, 2022 in the centre.\n"
        f"{STORY_EN}",
    ],
)
def test_no_stamp_no_date(text: str) -> None:
    assert one(text)[0] is None


def test_the_stamp_is_found_under_the_menu_only() -> None:
    text = f"{MENU_AZ}\nGəncədə faciə qurbanları anılıb\n20 Yanvar 2022 | 12:01\n{STORY_AZ}"
    found = stamped_date(text)
    assert found is not None and text[found.start : found.end] == found.text == "20 Yanvar 2022"
    assert stamped_date(f"{MENU_AZ}\n{STORY_AZ}\n20 Yanvar 2022 | 12:01") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"{MENU_TR}\nGence'de facia kurbanları anıldı\n• 20 Ocak 2022\n• 10:45\n{STORY_TR}", "2022-01-20"),
        (f"{MENU_AZ}\nGəncədə faciə qurbanları anılıb\n- 19 yanvar, 2021\n- 18:05\n\n{STORY_AZ}", "2021-01-19"),
    ],
)
def test_a_date_line_with_its_time_on_the_next_line(text: str, date: str) -> None:
    assert one(text)[0] == date


def test_a_time_alone_two_lines_below_stamps_nothing() -> None:
    text = f"{MENU_TR}\nGence'de facia kurbanları anıldı\n• 20 Ocak 2022\nGündem\n• 10:45\n{STORY_TR}"
    assert one(text)[0] is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (f"{MENU_RU}\nПамять жертв почтили в Москве\n20 ЯНВАРЬ 2021    Прочитано: 1562\n{STORY_RU}", "2021-01-20"),
        (f"{MENU_AZ}\nGəncədə faciə qurbanları anılıb\n19 yanvar 2021 | 812 baxış\n{STORY_AZ}", "2021-01-19"),
        (f"{MENU_TR}\nGence'de facia kurbanları anıldı\n20 Ocak 2023 • Okunma: 1.204\n{STORY_TR}", "2023-01-20"),
    ],
)
def test_a_view_counter_beside_a_date_is_a_stamp(text: str, date: str) -> None:
    assert one(text)[0] == date
