"""Turkish: a field's expert or a unit's chief named before a person ("Sosyal Hizmetler Uzmanı X", "Siyaset Bilimi
Uzmanı X", "… Güvenlik Amiri X") is no word of the name: since "Sosyal" and "Güvenlik" became title words, the rest of
such a title was read as the person's name ("Hizmetler Uzmanı Ali Kaya"). The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles

HELD = "Azerbaycan Büyükelçiliğinde 20 Ocak şehitleri için anma töreni düzenlendi.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Törende Sosyal Hizmetler Uzmanı Deniz Yalçın konuştu.",
        "Törende Siyaset Bilimi Uzmanı Deniz Yalçın konuştu.",
        "Törende Cumhurbaşkanlığı Külliyesi Güvenlik Amiri Deniz Yalçın konuştu.",
    ],
)
def test_an_experts_title_is_no_part_of_the_name(sentence: str) -> None:
    assert list(roles(HELD + sentence)) == ["Deniz Yalçın"]
