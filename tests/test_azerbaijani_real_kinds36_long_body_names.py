"""The long names of foundations and unions in Azerbaijani reports of 20 January commemorations (read on diaspora
and agency pages): their words in a plural case ("Gənclərinin", "Dəyərlərin") and their verbal nouns with a possessive
("Dəstəklənməsi", "Qorunması") end as no personal name does, so no two of them are read as a person, and the whole
name before the post's head is the body the chairman heads; with the abbreviation in brackets after the body too
("… Fondu (ADAF) sədri X"), an abbreviation of two capitals too ("Gənclər Fondu (GF) sədri X", after another name
joined by "və" as well). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "Mərkəzdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Azərbaycan Gənclərinin Dəstəklənməsi və Maarifləndirilməsi İctimai Fondunun sədri Orxan Vəliyev "
            "çıxış edib.",
            [
                (
                    "Orxan Vəliyev",
                    "Chairman of the Azərbaycan Gənclərinin Dəstəklənməsi və Maarifləndirilməsi İctimai Foundation",
                )
            ],
        ),
        (
            "Tədbirdə Tarixi Yaddaşın Qorunması və Təbliği İctimai Birliyinin sədri Nərmin Qasımova çıxış edib.",
            [("Nərmin Qasımova", "Chairman of the Tarixi Yaddaşın Qorunması və Təbliği İctimai Union")],
        ),
        (
            "Tədbirdə Milli Dəyərlərin Təbliği və Qorunması Fondunun sədri Nərmin Qasımova çıxış edib.",
            [("Nərmin Qasımova", "Chairman of the Milli Dəyərlərin Təbliği və Qorunması Foundation")],
        ),
        (
            "Sonra Qaçqınların Hüquqlarının Müdafiəsi İctimai Birliyinin sədri Nərmin Qasımova çıxış edib.",
            [("Nərmin Qasımova", "Chairman of the Qaçqınların Hüquqlarının Müdafiəsi İctimai Union")],
        ),
        (
            "Tədbirdə Azərbaycan Diaspor Araşdırmaları Fondu (ADAF) sədri Elnur Həsənli çıxış edib.",
            [("Elnur Həsənli", "Chairman of the Azərbaycan Diaspor Araşdırmaları Foundation")],
        ),
        (
            "Tədbirdə Şəhid Ailələrinə Dəstək Fondu (ŞADF) sədri Rəşad Məmmədov çıxış edib.",
            [("Rəşad Məmmədov", "Chairman of the Şəhid Ailələrinə Dəstək Foundation")],
        ),
    ],
)
def test_a_long_body_name_is_the_chairmans_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Milli Dəyərlərin Təbliği və Qorunması Fondunun sədri Orxan Vəliyev çıxış edib.",
            ["Orxan Vəliyev"],
        ),
        ("Gənclərin Dəstəklənməsi Fondunun əməkdaşları Aydın Kərimli ilə birlikdə çıxış ediblər.", ["Aydın Kərimli"]),
        (
            "Sonra Könüllülərin Hazırlanması və Dəstəklənməsi Mərkəzinin direktoru Aydın Kərimli çıxış edib.",
            ["Aydın Kərimli"],
        ),
    ],
)
def test_no_fragment_of_a_body_name_is_a_person(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


def test_a_name_of_two_words_is_still_a_person() -> None:
    assert names(EVENT + "Tədbirdə Ləman Hüseynova və Tural Əsgərli çıxış ediblər.") == [
        "Ləman Hüseynova",
        "Tural Əsgərli",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Nərmin Qasımova və Gənclər Fondu (GF) sədri Samir Əlizadə çıxış ediblər.",
            [("Nərmin Qasımova", None), ("Samir Əlizadə", "Chairman of the Youth Foundation")],
        ),
        (
            "Tədbirdə Gənclər Birliyi (GB) sədri Samir Əlizadə çıxış edib.",
            [("Samir Əlizadə", "Chairman of the Youth Union")],
        ),
        (
            "Tədbirdə Qarabağ Qazilərinə Dəstək İctimai Birliyi (QQDİB) sədri Samir Əlizadə çıxış edib.",
            [("Samir Əlizadə", "Chairman of the Qarabağ Qazilərinə Dəstək İctimai Union")],
        ),
    ],
)
def test_an_abbreviation_of_two_capitals_in_brackets_is_the_bodys(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(EVENT + text) == expected


def test_two_capitals_in_brackets_after_a_person_leave_the_person() -> None:
    assert names(EVENT + "Tədbirdə Samir Əlizadə (AB) çıxış edib.") == ["Samir Əlizadə"]


def test_a_person_before_the_joiner_is_no_part_of_the_next_body() -> None:
    text = EVENT + "Tədbirdə Nərmin Qasımova və Mədəniyyət Birliyinin sədri Samir Əlizadə çıxış ediblər."
    assert people(text) == [("Nərmin Qasımova", None), ("Samir Əlizadə", "Chairman of the Culture Union")]
