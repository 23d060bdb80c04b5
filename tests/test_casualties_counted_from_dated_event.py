"""A time counted from another event whose name dates it ("olaylardan iki yıl sonra", two years after the Sumgait
events of 1988) is counted from that event's year: a figure after it in 1990 is this event's, the other event's own
figure before it is not, and a count that lands on another year keeps none. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.category, c.value) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Sumgayıt'ta 32 kişinin öldüğü olaylardan iki yıl sonra Bakü'de 147 kişi hayatını kaybetti.",
        "Sumgayıt olaylarından tam iki yıl sonra Bakü'de 147 kişi öldürüldü.",
        "Sumgayıt'ta 32 kişinin can verdiği katliamdan iki yıl sonra, Bakü sokaklarında 147 kişi şehit oldu.",
        "Hocalı'da 613 sivilin katledildiği faciadan iki yıl önce Bakü'de 147 kişi şehit düştü.",
        "32 nəfərin öldüyü Sumqayıt hadisələrindən iki il sonra Bakıda 147 nəfər qətlə yetirilib.",
        "Xocalı faciəsindən iki il əvvəl Bakıda 147 nəfər şəhid olub.",
    ],
)
def test_a_count_from_a_dated_event_to_1990_keeps_the_figure(text: str) -> None:
    assert figures(text) == [("killed", 147)]


@pytest.mark.parametrize(
    "text",
    [
        # the count lands on another year than 1990
        "Hocalı katliamından iki yıl sonra Bakü'de 5 kişi öldü.",
        "Sumgayıt'ta 32 kişinin öldüğü olaylardan üç yıl sonra Bakü'de 5 kişi öldü.",
        # an event of many years, which its name does not date
        "Birinci Karabağ savaşından iki yıl sonra Bakü'de 5 kişi öldü.",
        "Xocalı faciəsindən iki il sonra Bakıda 5 nəfər həlak olub.",
    ],
)
def test_a_count_to_another_year_keeps_none(text: str) -> None:
    assert figures(text) == []
