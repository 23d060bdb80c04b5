"""Soldiers named as the Soviet army's are 1990's dead, never a later war's (README, "Extraction"): after a sentence
on the 44-day war, "That night 21 Soviet soldiers also died" is still a figure of 20 January, while soldiers named
by no army there stay the war's. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str | None]


def rows(text: str) -> list[Row]:
    return [(f.category, f.value, f.scope, f.who) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "В 2020 году в Отечественной войне погибли 2908 военнослужащих. В ту ночь 21 советский солдат также погиб.",
        "Выступавшие вспомнили 44-дневную войну. При вводе войск погиб 21 военнослужащий Советской армии.",
        "Tədbirdə Vətən müharibəsindən danışıldı. Qoşunlar şəhərə girərkən 21 sovet hərbçisi də həlak olub.",
        "Konuşmacılar 44 günlük savaşı andı. Ordu şehre girerken 21 Sovyet askeri de öldü.",
    ],
)
def test_soviet_soldiers_after_a_later_war_are_1990s(text: str) -> None:
    assert rows(text) == [("killed", 21, "total", "soldiers")]


@pytest.mark.parametrize(
    "text",
    [
        "В 2020 году в Отечественной войне погибли 2908 военнослужащих. В ту ночь погиб 21 военнослужащий.",
        "Tədbirdə Vətən müharibəsindən danışıldı. Döyüşlərdə 2908 hərbçi şəhid olub.",
        "Konuşmacılar 44 günlük savaşı andı. Savaşta 2908 asker şehit oldu.",
    ],
)
def test_soldiers_of_no_army_named_stay_the_wars(text: str) -> None:
    assert rows(text) == []
