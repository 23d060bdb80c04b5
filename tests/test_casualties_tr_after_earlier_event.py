"""A figure in Baku right after the name of an earlier event, in Turkish ("Karabağ'da 32 kişinin öldüğü olaylardan
sonra Bakü'de 147 kişi hayatını kaybetti"): the events the name dates before 1990 (Sumgait's, 1988; Karabakh's told
with their dead, 1988) time what follows "sonra" in Baku as 1990's, so the Baku figure is kept and the other event's
own figure, in its name's relative clause, is not. After a later event (Khojaly, 1992), elsewhere than Baku, or with
no "after", nothing changes. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int]]:
    return [(c.category, c.value) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karabağ'da 32 kişinin öldüğü olaylardan sonra Bakü'de 147 kişi hayatını kaybetti.", [("killed", 147)]),
        (
            "Sumgayıt'ta 26 kişinin hayatını kaybettiği olayların ardından Bakü'de 147 kişi şehit oldu.",
            [("killed", 147)],
        ),
        (
            "Sumgayıt olaylarından sonra, Bakü'de 147 kişi öldürüldü ve 744 kişi yaralandı.",
            [("killed", 147), ("injured", 744)],
        ),
        (
            "Dağlık Karabağ'da iki kişinin öldüğü olaylardan sonra Bakü sokaklarında 131 kişi can verdi.",
            [("killed", 131)],
        ),
    ],
)
def test_the_baku_figure_after_an_earlier_event_is_kept(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a later event: what followed it is not 1990's
        "Hocalı katliamından sonra Bakü'de 12 kişi hayatını kaybetti.",
        # elsewhere than Baku
        "Karabağ'da 32 kişinin öldüğü olaylardan sonra Ağdam'da 15 kişi hayatını kaybetti.",
        # the other event's own figure, with nothing after it
        "Karabağ'da 32 kişinin öldüğü olaylar Bakü'de büyük öfkeye yol açtı.",
        # a count from it that lands on another year
        "Karabağ'da 32 kişinin öldüğü olaylardan bir yıl sonra Bakü'de 5 kişi öldü.",
    ],
)
def test_no_figure_of_another_time(text: str) -> None:
    assert figures(text) == []
