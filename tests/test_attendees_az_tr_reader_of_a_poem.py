"""A reader or performer named before the poet whose poem they read (issue 16): "Tələbə A şair B-nin şeirini oxuyub"
places A, who read, not B, the poem's author; the poet's title in lower case after A opens B's title and ends no body's
name, and B is the owner of the work named after them in any genitive ending ("Arazın şeirini", "Vahapzade'nin
"Gülüstan" şiirini"; `[names] owned_works`, `[attendees] next_titles`). The sentences are written for these tests;
the names are invented, but for poets read at such evenings."""

from __future__ import annotations

import pytest

from ._helpers import people

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı məktəbdə anım tədbiri keçirilib.\n\n"
TR = "20 Ocak faciasının 36. yıl dönümü dolayısıyla okulda anma programı düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AZ + "Tələbə Orxan Qədimli şair Bəxtiyar Vahabzadənin şeirini oxuyub.", [("Orxan Qədimli", "Student")]),
        (AZ + "Tədbirdə tələbə Orxan Qədimli şair Məmməd Arazın şeirini səsləndirib.", [("Orxan Qədimli", "Student")]),
        (
            AZ + 'Tədbirdə şagird Orxan Qədimli şair Məmməd Arazın "Məndən ötdü" şeirini söyləyib.',
            [("Orxan Qədimli", None)],  # (a school pupil is no post)
        ),
        (
            AZ
            + "Tədbirdə müəllim Nigar Həsənova şair Məmməd Arazın şeirini oxuyub, sonra səfir Rəşad Talıbov "
            + "çıxış edib.",
            [("Nigar Həsənova", "Teacher"), ("Rəşad Talıbov", "Ambassador")],
        ),
        (TR + "Öğrenci Ayşe Kaya şair Bahtiyar Vahapzade'nin şiirini okudu.", [("Ayşe Kaya", "Student")]),
        (TR + "Programda öğrenci Ayşe Kaya şair Nazım Hikmet'in şiirini okudu.", [("Ayşe Kaya", "Student")]),
        (
            TR + 'Öğretmen Ayşe Kaya şair Bahtiyar Vahapzade\'nin "Gülüstan" şiirini okudu.',
            [("Ayşe Kaya", "Teacher")],
        ),
    ],
)
def test_the_reader_was_there_not_the_poet(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the poet who reads is there
        (AZ + "Tədbirdə şair Məmməd Qaraca çıxış edib.", [("Məmməd Qaraca", "Poet")]),
        (AZ + "Şair Vahid Qaraca faciəyə həsr etdiyi şeirini oxuyub.", [("Vahid Qaraca", "Poet")]),
        (TR + "Programda şair Ahmet Kayalı şiirini okudu.", [("Ahmet Kayalı", "Poet")]),
    ],
)
def test_a_poet_who_reads_is_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        AZ + "Məmməd Arazın şeirini hamı sevir.",
        AZ + "Tədbirdə şair Məmməd Arazın şeirləri xatırlanıb.",
        TR + "Bahtiyar Vahapzade'nin şiirini herkes bilir.",
    ],
)
def test_the_poet_of_a_poem_named_is_not_there(text: str) -> None:
    assert people(text) == []


def test_a_reading_with_no_event_places_nobody() -> None:
    assert people("Tələbə Orxan Qədimli şair Məmməd Arazın şeirini oxuyub.") == []
