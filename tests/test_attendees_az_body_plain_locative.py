"""A body or hall named after a speaker, its noun in the plain locative or ablative with no possessive ending ("Fuad
Rüstəmov Milli Kitabxanada çıxış edib", "… Dram Teatrda", "… Tarix Muzeydən gələrək"): where he spoke or whence he
came, no part of his name; the body's name alone is no person. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

EVENT = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


@pytest.mark.parametrize(
    "place",
    [
        "Milli Kitabxanada",
        "Mərkəzi Kitabxanada",
        "Milli Tarix Muzeydə",
        "Akademik Milli Dram Teatrda",
        "Respublika Sarayda",
        "Bakı Dövlət Universitetdə",
        "Milli Elmlər Akademiyada",
        "Mərkəzi Kitabxanadan gələrək",
    ],
)
def test_a_body_in_the_plain_locative_after_the_speaker_is_where_he_spoke(place: str) -> None:
    assert names(f"{EVENT}Fuad Rüstəmov {place} çıxış edib.") == ["Fuad Rüstəmov"]


def test_two_speakers_before_a_library() -> None:
    text = EVENT + "Tədbirdə Lalə Vəliyeva və Fuad Rüstəmov Milli Kitabxanada çıxış ediblər."
    assert names(text) == ["Lalə Vəliyeva", "Fuad Rüstəmov"]


@pytest.mark.parametrize("place", ["Milli Kitabxanada", "Dövlət Teatrda", "Tarix Muzeydə"])
def test_the_body_alone_is_no_person(place: str) -> None:
    assert names(f"{EVENT}{place} çıxış edənlər faciədən danışıblar.") == []
