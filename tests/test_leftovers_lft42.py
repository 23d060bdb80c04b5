"""Leftovers of lft42: what a speaker at the event said of a visit places the speaker, not the visitor ("Rektor X
qeyd etdi ki, Prezident Y … ziyarət edib"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.casualties import extract_casualties

from ._helpers import people as found

AZ_HELD = "Universitetdə 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rektor Vüqar Nəsirov qeyd etdi ki, Prezident İlham Əliyev hər il Şəhidlər xiyabanını ziyarət edir.",
            [("Vüqar Nəsirov", "Rector")],
        ),
        (
            "Prorektor Aysel Cəfərova vurğuladı ki, nazir Emin Hüseynli abidəni ziyarət edib.",
            [("Aysel Cəfərova", "Vice-Rector")],
        ),
        (
            "Dekan Tural Məmmədli dedi ki, Prezident İlham Əliyev bu gün Şəhidlər xiyabanını ziyarət edib.",
            [("Tural Məmmədli", "Dean")],
        ),
    ],
)
def test_az_speaker_not_the_visitor_he_tells_of(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(AZ_HELD + text) == expected


def test_az_speaker_words_naming_the_event_still_place() -> None:
    text = "Rektor Vüqar Nəsirov bildirib ki, tədbirdə nazir Emin Hüseynli iştirak edib."
    assert [n for n, _ in found(AZ_HELD + text)] == ["Vüqar Nəsirov", "Emin Hüseynli"]


def test_az_spokesman_with_no_event_still_reports() -> None:
    text = "Şirkətin mətbuat katibi Orxan Sadıqlı bildirib ki, nazir Emin Hüseynli Şəhidlər xiyabanını ziyarət edib."
    assert [n for n, _ in found(text)] == ["Emin Hüseynli"]


RU_HELD = "В посольстве состоялась церемония памяти жертв трагедии 20 Января.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Посол Тимур Ахмедов не смог приехать, но поделился фотографиями с церемонии.",
        "Консул Лейла Гусейнова не смогла прийти на вечер, однако поделилась видео с церемонии.",
        "Тимур Ахмедов не присутствовал, но разместил в соцсети фото с возложения.",
    ],
)
def test_ru_absent_before_shared_photos_is_not_there(text: str) -> None:
    assert found(RU_HELD + text) == []


def test_ru_shared_photos_alone_still_place() -> None:
    text = "Посол Тимур Ахмедов поделился фотографиями с церемонии."
    assert found(RU_HELD + text) == [("Тимур Ахмедов", "Ambassador")]


def test_ru_someone_else_absent_in_what_was_said() -> None:
    text = "Посол Тимур Ахмедов поделился фотографиями с церемонии и отметил, что министр не смог приехать."
    assert found(RU_HELD + text) == [("Тимур Ахмедов", "Ambassador")]


def tolls(text: str) -> list[int]:
    return [f.value for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Local sources claimed that 450 people died; officially 133 were killed.",
        "Some sources put the dead at 450, but officially 133 people were killed.",
        "According to unofficial figures 450 people were killed, while officially 133 died.",
    ],
)
def test_unofficial_figure_then_official_one(text: str) -> None:
    assert tolls(text) == [133]


@pytest.mark.parametrize(
    "text",
    [
        "По данным местных источников, погибли 450 человек; официально — 133.",
        "Yerli mənbələrə görə 450 nəfər həlak olub, rəsmi olaraq isə 133.",
        "Yerel kaynaklara göre 450 kişi öldü; resmi rakam 133.",
    ],
)
def test_unofficial_figure_before_official_word_is_none(text: str) -> None:
    assert 450 not in tolls(text)


def test_official_figure_alone_stays() -> None:
    assert tolls("Officially 133 people were killed that night.") == [133]


TR_HELD = "Dernek merkezinde 20 Ocak katliamının yıl dönümünde anma töreni düzenlendi. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Törende Kemal Sinop adlı öğrenci bir şiir okudu.", "Kemal Sinop"),
        ("Törende Zeynep Ankara isimli öğrenci bir konuşma yaptı.", "Zeynep Ankara"),
        ("Derneğe gelen Murat Bursa adındaki vatandaş şehitleri andı.", "Murat Bursa"),
    ],
)
def test_tr_town_word_before_called_is_a_surname(text: str, name: str) -> None:
    assert [n for n, _ in found(TR_HELD + text)] == [name]


def test_tr_town_alone_before_called_is_no_person() -> None:
    assert found(TR_HELD + "Törende Bursa adlı bir şiir okundu.") == []


EN_HELD = "A commemoration of the Black January victims was held at the embassy. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy Secretary -General Lim Wei Han laid a wreath.", ("Lim Wei Han", "Deputy Secretary-General")),
        (
            "Assistant Secretary -General Omar Haddad spoke at the event.",
            ("Omar Haddad", "Assistant Secretary-General"),
        ),
    ],
)
def test_en_spaced_hyphen_head_keeps_its_second_half(text: str, expected: tuple[str, str]) -> None:
    assert found(EN_HELD + text) == [expected]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Sri Lankan Ambassador Nimal Silva laid flowers at the monument.", "Sri Lankan Ambassador"),
        ("South Korean Ambassador Park Ji Hoon laid flowers at the monument.", "South Korean Ambassador"),
    ],
)
def test_en_two_word_country_adjective_opens_the_title(text: str, written: str) -> None:
    assert [a.role_as_written for a in extract_attendees(EN_HELD + text)] == [written]
