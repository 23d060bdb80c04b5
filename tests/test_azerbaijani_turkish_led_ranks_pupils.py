"""Azerbaijani and Turkish reports of the commemorations, as university, school, embassy and army pages write them:
a delegation led by someone ("səfir X-in rəhbərliyi ilə"), students and pupils with their year or form ("4-cü kurs
tələbəsi X", "3-cü sinif şagirdi X") or a plural title shared by a list ("Universitetin tələbələri A, B və C",
"öğrencilerden A, B ve C"), a military rank that is the role only when the text gives no post, and the labels of a
Turkish page's date lines ("Haber Giriş Tarihi: …"). The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.reading.articles import articles_from_document
from jan20.reading.heads import labelled_date

HELD_AZ = "Səfirlikdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib. "
HELD_TR = "Büyükelçilikte 20 Ocak katliamının yıl dönümü nedeniyle anma töreni düzenlendi. "
HELD_RU = "В посольстве прошла траурная церемония памяти жертв 20 января. "
HELD_EN = "A ceremony in memory of the victims of 20 January was held at the embassy. "


def found(held: str, text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(held + text)]


# --- led by someone ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Səfir Kamran Nəbiyevin rəhbərliyi ilə nümayəndə heyəti Şəhidlər xiyabanını ziyarət edib.",
            [("Kamran Nəbiyev", "Ambassador")],
        ),
        (
            "Səfirliyin əməkdaşları səfir Kamran Nəbiyevin rəhbərliyi ilə abidə önünə əklil qoyublar.",
            [("Kamran Nəbiyev", "Ambassador")],
        ),
        (
            "Rektor Gülnar Səfərovanın rəhbərliyi ilə universitetin kollektivi abidəni ziyarət etmişdir.",
            [("Gülnar Səfərova", "Rector")],
        ),
        (
            "Konsul Elvin Rüstəmovun rəhbərliyi ilə konsulluğun əməkdaşları məzarları ziyarət ediblər.",
            [("Elvin Rüstəmov", "Consul")],
        ),
    ],
)
def test_a_delegation_led_by_a_titled_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_AZ, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bakı Dövlət Universitetinin rəhbərliyi ilə görüş keçirilib.",  # a body's leadership, met
        "Azərbaycan Dövlət Neft Şirkətinin rəhbərliyi ilə birlikdə əməkdaşlar abidəni ziyarət ediblər.",
        "Səfir Kamran Nəbiyevin rəhbərliyi abidəni ziyarət edib.",  # no "ilə": the body's word
        "Ali Baş Komandan Rauf Məlikovun rəhbərliyi ilə ordumuz döyüşdə qələbə qazandı.",  # an army led, no ceremony
    ],
)
def test_a_body_s_leadership_places_no_leader(text: str) -> None:
    assert found(HELD_AZ, text) == []


# --- students and pupils ----------------------------------------------------------------------------------------------
# (a school pupil, "şagird X", is no post: the name alone, as the gold of the shipped folder has it)


@pytest.mark.parametrize(
    ("held", "text", "expected"),
    [
        (
            HELD_AZ,
            "Tədbirdə 2-ci kurs tələbəsi Nərmin Vəliyeva, III kurs tələbəsi Orxan Sadıqov və 5-ci sinif şagirdi "
            "Fidan Hüseynli çıxış ediblər.",
            [("Nərmin Vəliyeva", "Student"), ("Orxan Sadıqov", "Student"), ("Fidan Hüseynli", None)],
        ),
        (
            HELD_AZ,
            "Universitetin tələbələri Nərmin Vəliyeva, Orxan Sadıqov və Fidan Hüseynli çıxış ediblər.",
            [("Nərmin Vəliyeva", "Student"), ("Orxan Sadıqov", "Student"), ("Fidan Hüseynli", "Student")],
        ),
        (
            HELD_AZ,
            "Məktəbin şagirdləri Nərmin Vəliyeva və Fidan Hüseynli çıxış ediblər.",
            [("Nərmin Vəliyeva", None), ("Fidan Hüseynli", None)],
        ),
        (
            HELD_TR,
            "Törende öğrencilerden Elif Aksoy, Burak Çelik ve Deniz Koç şiir okudu.",
            [("Elif Aksoy", "Student"), ("Burak Çelik", "Student"), ("Deniz Koç", "Student")],
        ),
        (HELD_TR, "Törende üniversite öğrencisi Elif Aksoy şiir okudu.", [("Elif Aksoy", "Student")]),
    ],
)
def test_students_and_pupils_with_their_year_or_a_shared_title(
    held: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(held, text) == expected


@pytest.mark.parametrize(
    ("held", "text"),
    [
        (HELD_AZ, "Tədbirdə universitetin tələbələri və müəllimləri iştirak ediblər."),  # a group, no name
        (HELD_AZ, "Tədbirdə ADA Universitetinin tələbələri iştirak ediblər."),  # a body's students
        (HELD_TR, "Törene üniversite öğrencileri katıldı."),
    ],
)
def test_a_group_of_students_names_nobody(held: str, text: str) -> None:
    assert found(held, text) == []


# --- a rank with a post, or alone -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "text", "expected"),
    [
        # an office, not a rank
        (
            HELD_AZ,
            "Müdafiə naziri general-polkovnik Vüsal Əsgərov Şəhidlər xiyabanını ziyarət edib.",
            [("Vüsal Əsgərov", "Minister of Defence")],
        ),
        (
            HELD_TR,
            "Törende Garnizon Komutanı Albay Kemal Aydın konuşma yaptı.",
            [("Kemal Aydın", "Garrison Commander")],
        ),
        (HELD_RU, "Военный атташе полковник Олег Смирнов возложил венок.", [("Олег Смирнов", "Defence Attaché")]),
        (
            HELD_EN,
            "The Minister of Defence, Colonel General James Porter laid a wreath.",
            [("James Porter", "Minister of Defence")],
        ),
        # a rank alone: no post in Azerbaijani, Turkish and Russian (`tests/test_roles_titles.py`); English writes the
        # rank as the title ("Colonel X")
        (HELD_AZ, "Tədbirdə polkovnik Vüsal Əsgərov çıxış edib.", [("Vüsal Əsgərov", None)]),
        (HELD_TR, "Törende Albay Kemal Aydın konuşma yaptı.", [("Kemal Aydın", None)]),
        (HELD_RU, "Полковник Олег Смирнов возложил венок.", [("Олег Смирнов", None)]),
        (HELD_EN, "Colonel James Porter laid a wreath.", [("James Porter", "Colonel")]),
    ],
)
def test_an_office_not_a_rank(held: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(held, text) == expected


# --- Turkish date lines' labels ---------------------------------------------------------------------------------------

LEAD_TR = (
    "Ankara'daki anma töreninde 20 Ocak faciasında hayatını kaybedenler saygıyla anıldı ve törene çok sayıda davetli "
    "katıldı"
)
STORY_TR = "Öğrenciler şiir okudu, şehitlerin portreleri önüne karanfil bıraktı ve ardından marş okundu."


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Haber Giriş Tarihi: 20.01.2026 10:15", "2026-01-20"),
        ("Haber Giriş Tarihi: 20.01.2026 10:15\nGüncellenme: 20.01.2026 12:30", "2026-01-20"),
        ("Giriş Tarihi: 19 Ocak 2024 15:40", "2024-01-19"),
        ("Son Güncelleme: 21 Ocak 2023, 09:05", "2023-01-21"),
        ("Güncellenme: 22.01.2022 08:00", "2022-01-22"),
    ],
)
def test_turkish_date_line_below_a_long_lead(line: str, date: str) -> None:
    articles = articles_from_document("page.txt", f"{LEAD_TR}\n{line}\n\n{STORY_TR}")
    assert len(articles) == 1
    assert articles[0].date == date


def test_a_turkish_sentence_that_opens_with_a_label_word_is_no_date_line() -> None:
    text = (
        f"{LEAD_TR}\nSon olarak 19 Ocak 2024 tarihinde düzenlenen anma töreninde vali bir konuşma yaptı.\n\n{STORY_TR}"
    )
    assert labelled_date(text) is None


# --- lists of speakers with a topic or post in brackets after each name ---------------------------------------------


@pytest.mark.parametrize(
    ("held", "text", "expected"),
    [
        (
            HELD_AZ,
            "Müəllimlər Səbinə Quliyeva (“Yanvar gecəsi”), Tofiq Həsənli (“Xatirə və ədalət”) və Rəna Mirzəyeva "
            "(“Dünyanın səsi”) çıxış ediblər.",
            [("Səbinə Quliyeva", "Teacher"), ("Tofiq Həsənli", "Teacher"), ("Rəna Mirzəyeva", "Teacher")],
        ),
        (
            HELD_AZ,
            "Tədbirdə Səbinə Quliyeva (kimya müəllimi), Tofiq Həsənli (kitabxanaçı) və Rəna Mirzəyeva çıxış ediblər.",
            # (a post in brackets is the name's: "kimya müəllimi"; "kitabxanaçı" is no post the data knows)
            [("Səbinə Quliyeva", "Teacher of Chemistry"), ("Tofiq Həsənli", None), ("Rəna Mirzəyeva", None)],
        ),
        (
            HELD_TR,
            "Törende Can Öztürk (“Bakü'de bir gece”), Ece Yalçın (“Hafıza”) ve Onur Kılıç konuşma yaptı.",
            [("Can Öztürk", None), ("Ece Yalçın", None), ("Onur Kılıç", None)],
        ),
        (
            HELD_TR,
            "Dernek Başkanı Can Öztürk, “Dostluk” Vakfı Başkanı Ece Yalçın ve Onur Kılıç konuşma yaptı.",
            [("Can Öztürk", "Chairman"), ("Ece Yalçın", "Chairman of the Dostluk Foundation"), ("Onur Kılıç", None)],
        ),
    ],
)
def test_a_list_goes_on_past_an_aside_in_brackets(held: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(held, text) == expected


@pytest.mark.parametrize(
    ("held", "text"),
    [
        (HELD_AZ, "Tədbirdə şəhidlər Tofiq Həsənli (1968–1990) və Rəna Mirzəyeva (1971–1990) ehtiramla xatırlanıb."),
        (HELD_TR, "Törende şehitler Can Öztürk (1966–1990) ve Ece Yalçın (1972–1990) anıldı."),
    ],
)
def test_the_remembered_with_their_years_in_brackets_are_not_there(held: str, text: str) -> None:
    assert found(held, text) == []
