"""Figures told as rumours give none (README, "Extraction", `[casualties] rumours`, `rumour_claims`): a sentence that
names rumours, or the one right after it in its paragraph telling what some asserted; the real toll told after them
stays. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def values(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "By morning rumours had it that 15,000 people were dead. In fact 147 died.",
        "That morning wild rumours went round the city. Some claimed that 15,000 had been killed.",
        "Наутро по Баку ходили слухи, что погибли 15 тысяч человек. На деле погибли 147.",
        "Наутро по Баку поползли слухи. Одни утверждали, что погибли 15 тысяч человек.",
        "Səhər şəhərdə 15 min nəfərin öldüyü barədə şayiələr gəzirdi. Əslində 147 nəfər həlak olub.",
        "Sabah şehirde 15 bin kişinin öldüğü söylentileri dolaştı. Gerçekte 147 kişi hayatını kaybetti.",
    ],
)
def test_rumoured_figures_give_none(text: str) -> None:
    assert all(value != 15000 for _, value in values(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rumours ran wild. Officials said 147 people were killed.",
        "Rumours ran wild across the city. Officials insisted that 147 people were killed.",
        "По городу ползли слухи. Власти утверждали, что погибли 147 человек.",
        "Şəhərdə şayiələr gəzirdi. Rəsmilər 147 nəfərin həlak olduğunu iddia edirdi.",
    ],
)
def test_the_toll_after_rumours_stays(text: str) -> None:
    assert values(text) == [("killed", 147)]
