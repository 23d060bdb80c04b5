"""A post of a region named by its adjective and noun (issue 16, ru17): "аким Мангистауской области" is the Akim of
Mangystau Region, a member of a region's Legislative Assembly is of that assembly, when the data names every word;
a region it does not know leaves the post alone (never a transliterated adjective as a city). Titles written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("аким Мангистауской области", "Akim of Mangystau Region"),
        ("акима Мангистауской области", "Akim of Mangystau Region"),
        ("акимом Мангыстауской области", "Akim of Mangystau Region"),
        ("заместитель акима Мангистауской области", "Deputy Akim of Mangystau Region"),
        ("губернатор Ленинградской области", "Governor of Leningrad Region"),
        ("вице-губернатор Свердловской области", "Deputy Governor of Sverdlovsk Region"),
        (
            "депутат Законодательного собрания Ленинградской области",
            "Member of the Legislative Assembly of Leningrad Region",
        ),
        (
            "депутата Законодательного собрания Ленинградской области",
            "Member of the Legislative Assembly of Leningrad Region",
        ),
        (
            "председатель Законодательного собрания Ленинградской области",
            "Speaker of the Legislative Assembly of Leningrad Region",
        ),
        # a region the data does not know: the post alone, as before
        ("аким Карагандинской области", "Mayor"),
        ("губернатор Пензенской области", "Governor"),
        ("депутат Законодательного собрания Пензенской области", "Member of the Parliament of Russia"),
        # a city is a city's
        ("аким города Актау", "Mayor of Aktau"),
        ("депутат Законодательного собрания", "Member of the Parliament of Russia"),
    ],
)
def test_post_of_a_region(written: str, role: str) -> None:
    assert canonical_role(written) == role


EVENT = "В областном центре прошел митинг памяти жертв трагедии 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Цветы к мемориалу возложили аким Мангистауской области Ерлан Сатыбалдиев и жители города.",
            [("Ерлан Сатыбалдиев", "Akim of Mangystau Region")],
        ),
        (
            "Аким Мангистауской области Ерлан Сатыбалдиев возложил венок.",
            [("Ерлан Сатыбалдиев", "Akim of Mangystau Region")],
        ),
        (
            "С участием акима Мангистауской области Ерлана Сатыбалдиева прошла церемония.",
            [("Ерлана Сатыбалдиева", "Akim of Mangystau Region")],
        ),
        (
            "В митинге принял участие депутат Законодательного собрания Ленинградской области Олег Смирнов.",
            [("Олег Смирнов", "Member of the Legislative Assembly of Leningrad Region")],
        ),
        # a city's akim is its mayor
        ("Цветы возложил аким города Актау Ерлан Сатыбалдиев.", [("Ерлан Сатыбалдиев", "Mayor of Aktau")]),
    ],
)
def test_regional_post_before_a_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(EVENT + text)] == expected
