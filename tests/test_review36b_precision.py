"""Precision review of the 36th session's second round of rules: what they must not misread. A later year after
"sonra" is timed from the figure's event only when the figure's own clause ends before it; a plural staff title
is no one's but the names right after it. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties(text)]


# --- a year after "sonra" inside the figure's own clause is the figure's -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "613 kişi Kanlı Ocak'tan sonra 1992'de Hocalı'da katledildi.",
        "Hocalı'da 613 kişi Kanlı Ocak'ın ardından 1992 yılında öldürüldü.",
        "Sumgayıt'ta 32 kişi Kanlı Ocak'tan önce 1988'de öldürüldü.",
    ],
)
def test_another_events_toll_timed_in_its_own_clause_stays_out(text: str) -> None:
    assert figures(text) == []


def test_a_later_toll_after_this_one_stays_out() -> None:
    text = "Kanlı Ocak'ta 147 kişi öldü, 613 kişi ise ondan sonra 1992'de Hocalı'da katledildi."
    assert ("killed", 613) not in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kanlı Ocak'ta 147 kişinin öldüğü faciadan sonra 1992'de Hocalı'da 613 kişi katledildi.",
        "Kanlı Ocak'ta 147 kişinin öldüğü faciadan sonra 1992'de 613 kişi Hocalı'da öldü.",
    ],
)
def test_the_toll_in_a_relative_clause_before_sonra_is_still_this_events(text: str) -> None:
    assert figures(text) == [("killed", 147)]
