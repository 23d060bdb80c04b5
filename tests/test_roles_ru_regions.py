"""A post of a region named by its adjective and noun (issue 16, ru17): "аким Мангистауской области" is the Akim of
Mangystau Region, a member of a region's Legislative Assembly is of that assembly, when the data names every word;
a region it does not know leaves the post alone (never a transliterated adjective as a city). Titles written for
these tests."""

from __future__ import annotations

import pytest

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
