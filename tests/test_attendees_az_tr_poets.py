"""Poets and writers at Azerbaijani and Turkish commemorations (probes of AZERTAC, school and district pages, and
Turkish local papers): the honorary titles "Xalq şairi" and "Xalq yazıçısı" (People's Poet, People's Writer), a poet
who read a poem at the event ("şeirini oxuyub", "şiirini okudu"), and the poet whose poem someone else read, who is
its owner in the genitive ("Vahabzadənin şeirini"), not one who came. The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

AZ_HELD = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
TR_HELD = "Kanlı Ocak şehitleri için anma programı düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AZ_HELD + "Tədbirdə Xalq şairi Nəriman Həsənli və Xalq yazıçısı Anar Rzalı çıxış ediblər.",
            [("Nəriman Həsənli", "People's Poet"), ("Anar Rzalı", "People's Writer")],
        ),
        (AZ_HELD + "Şair Vahid Əzizli faciəyə həsr etdiyi şeirini oxuyub.", [("Vahid Əzizli", "Poet")]),
        (AZ_HELD + "Tədbirdə yazıçı Anar Rzalı da çıxış edib.", [("Anar Rzalı", "Writer")]),
        (TR_HELD + "Programda şair Ahmet Kayalı şiirini okudu.", [("Ahmet Kayalı", "Poet")]),
        (
            TR_HELD + "Programda Azerbaycanlı şair Elçin İsgenderli kendi şiirini seslendirdi.",
            [("Elçin İsgenderli", "Poet")],
        ),
        # (a journalist who writes is a Journalist)
        (TR_HELD + "Gazeteci Yazar Tuncay Erdemli de programa katıldı.", [("Tuncay Erdemli", "Journalist")]),
    ],
)
def test_poets_and_writers(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tələbə Aysel Qurbanlı Xalq şairi Bəxtiyar Vahabzadənin şeirini söyləyib.",
        "Tələbə Aysel Qurbanlı professor Bəxtiyar Əlizadənin kitabından danışıb.",
        "Tələbə Aysel Qurbanlı Bəxtiyar Məmmədovun şeirini oxuyub.",
    ],
)
def test_the_owner_of_the_poem_read_did_not_come(text: str) -> None:
    assert [name for name, _ in people(AZ_HELD + text) if name.startswith("Bəxtiyar")] == []


def test_a_reading_to_come_places_nobody() -> None:
    assert people(AZ_HELD + "Şair Vahid Əzizli sabah yeni şeirini oxuyacaq.") == []


def test_no_poem_read_without_an_event() -> None:
    assert people("Şair Vahid Əzizli faciəyə həsr etdiyi şeirini oxuyub.") == []
