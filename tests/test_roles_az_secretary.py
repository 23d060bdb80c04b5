"""A body's plain secretary in Azerbaijani ("Yazıçılar Birliyinin katibi X"): "Secretary of <body>", the body as the
title writes it, as the numbered ones are ("Yazıçılar Birliyinin I katibi": "First Secretary of the Yazıçılar
Birliyi"); a body whose name is one word before its noun keeps it at a sentence's start too, while a word of the
scene there is no part of it; a press secretary is no body's secretary. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role
from tests._helpers import roles

AZ = "Muzeydə 20 Yanvar şəhidlərinin xatirəsinə anım mərasimi keçirilib.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yazıçılar Birliyinin katibi Elnur Vəliyev çıxış edib.", "Secretary of the Yazıçılar Birliyi"),
        ("Mərasimdə Rəssamlar İttifaqının katibi Elnur Vəliyev çıxış edib.", "Secretary of the Rəssamlar İttifaqı"),
        (
            "Azərbaycan Yazıçılar Birliyinin katibi Elnur Vəliyev də mərasimdə iştirak edib.",
            "Secretary of the Azərbaycan Yazıçılar Birliyi",
        ),
        ("Jurnalistlər Birliyinin sədri Elnur Vəliyev çıxış edib.", "Chairman of the Jurnalistlər Birliyi"),
        ("Yazıçılar Birliyinin I katibi Elnur Vəliyev çıxış edib.", "First Secretary of the Yazıçılar Birliyi"),
    ],
)
def test_a_bodys_secretary(sentence: str, expected: str) -> None:
    assert roles(AZ + sentence) == {"Elnur Vəliyev": expected}


def test_a_scene_word_opens_no_bodys_name() -> None:
    assert roles(AZ + "Gecədə Birliyin sədri Elnur Vəliyev çıxış edib.") == {"Elnur Vəliyev": "Chairman"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Yazıçılar Birliyinin katibi", "Secretary of the Yazıçılar Birliyi"),
        ("Gənclər Təşkilatının katibi", "Secretary of the Gənclər Təşkilatı"),
        ("Partiyanın baş katibi", "Secretary General"),
    ],
)
def test_the_title_alone(written: str, expected: str) -> None:
    assert canonical_role(written) == expected


def test_a_press_secretary_is_no_bodys_secretary() -> None:
    assert canonical_role("Nazirliyin mətbuat katibi") == "Press Secretary"
