"""A sentence opening with "in the events" ("Olaylarda …", "Hadisələrdə …") goes on about the event the sentence before
it was about, on the next line too (README, "Extraction", `other_event_next`): after one on the Sumgait events of 1988
its dead are theirs; after one on 20 January, this event's. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def values(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sumgayıt olayları Şubat 1988'de yaşandı.\nOlaylarda 32 Ermeni hayatını kaybetmiştir.",
        "Sumgayıt olaylarında iki topluluk çatıştı.\nOlaylar sırasında 32 kişi öldü.",
        "Sumqayıt hadisələri 1988-ci ilin fevralında baş verib.\nHadisələrdə 32 nəfər həlak olub.",
    ],
)
def test_after_another_event_they_are_its(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak 1990'da Sovyet ordusu Bakü'ye girdi.\nOlaylarda 147 kişi hayatını kaybetti.",
        "Sovet qoşunları 1990-cı il yanvarın 20-də Bakıya yeridildi.\nHadisələr zamanı 147 nəfər həlak olub.",
    ],
)
def test_after_this_event_they_are_its(text: str) -> None:
    assert values(text) == [("killed", 147)]
