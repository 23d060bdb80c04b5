"""Figures of other events named in a Turkish sentence that names 20 January too are not 1990's: the Sumgait events
named by the town in the locative before their noun, the dead told in a relative clause between ("Sumgayıt'ta 32
kişinin öldüğü olaylar"), as the Sumgait pogrom, Khojaly and the Karabakh war named by their names are; the figures
of 20 January beside them still count. The sentences are written for these tests, after the way Turkish reports
recall the years before and after 1990."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Sumgayıt'ta 32 kişinin öldüğü olaylardan sonra, 20 Ocak 1990'da ordu 147 kişiyi öldürdü.",
        "Sumgayıt’ta 32 insanın hayatını kaybettiği olayların ardından 20 Ocak 1990 gecesi 147 kişi şehit oldu.",
        "Sumgayıttaki 32 kişinin can verdiği katliamdan iki yıl sonra, 20 Ocak 1990'da 147 kişi şehit oldu.",
        "1988'de Sumgayıt olaylarında 32 kişi öldü, 20 Ocak 1990'da ise 147 kişi şehit oldu.",
        "Birinci Karabağ Savaşı'nda 32 bin kişi öldü, 20 Ocak'ta ise 147 kişi şehit oldu.",
        "20 Ocak 1990'da 147 kişi şehit oldu; Hocalı katliamında ise 613 kişi öldürüldü.",
    ],
)
def test_only_the_figure_of_20_january_counts(text: str) -> None:
    assert [(c.category, c.value) for c in extract_casualties(text)] == [("killed", 147)]


def test_the_town_alone_is_no_other_event() -> None:
    # (Sumgait as a place of 1990's dead, with no events' noun after it: its figure counts)
    text = "20 Ocak gecesi Bakü'de 147 kişi, Sumgayıt'ta ise 3 kişi öldü."
    assert sorted(c.value for c in extract_casualties(text)) == [3, 147]
