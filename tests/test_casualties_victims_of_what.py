"""'Fell victim', 'qurbanı oldu', 'kurbanı oldu' count the dead only when what they fell victim to is a killing or the
event ("the troops", "faciənin", "katliamın"), never repressions or censorship."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Həmin gecə 800-dən artıq adam tutuldu, 40 nəfər isə repressiyaların qurbanı oldu.",
        "Sonrakı illərdə 12 jurnalist senzuranın qurbanı olub.",
        "O gece 40 kişi sansürün kurbanı oldu.",
        "Sonraki yıllarda 25 kişi baskıların kurbanı olmuş.",
        "In the years that followed 40 people fell victim to censorship.",
        "Some 30 writers became victims of the purges.",
    ],
)
def test_victims_of_no_killing_are_not_the_dead(text: str) -> None:
    assert [f.value for f in extract_casualties(text) if f.category == "killed"] == []


@pytest.mark.parametrize(
    "text",
    [
        "O gecə 147 nəfər qırğının qurbanı oldu.",
        "O gece 147 kişi katliamın kurbanı oldu.",
        "That night 147 people fell victim to the Soviet troops.",
        "147 civilians became victims of the massacre.",
    ],
)
def test_victims_of_a_killing_are_the_dead(text: str) -> None:
    assert [f.value for f in extract_casualties(text) if f.category == "killed"] == [147]
