"""A body's plain secretary in Azerbaijani ("Yazıçılar Birliyinin katibi X"): "Secretary of <body>", the body in
English as far as the data reads it, as the numbered ones are ("Yazıçılar Birliyinin I katibi": "First Secretary of
the Writers' Union"); a body whose name is one word before its noun keeps it at a sentence's start too, while a
word of the scene there is no part of it; a press secretary is no body's secretary. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role
from tests._helpers import roles

AZ = "Muzeydə 20 Yanvar şəhidlərinin xatirəsinə anım mərasimi keçirilib.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yazıçılar Birliyinin katibi Elnur Vəliyev çıxış edib.", "Secretary of the Writers' Union"),
        ("Mərasimdə Rəssamlar İttifaqının katibi Elnur Vəliyev çıxış edib.", "Secretary of the Artists' Union"),
        (
            "Azərbaycan Yazıçılar Birliyinin katibi Elnur Vəliyev də mərasimdə iştirak edib.",
            "Secretary of the Azerbaijani Writers' Union",
        ),
        ("Jurnalistlər Birliyinin sədri Elnur Vəliyev çıxış edib.", "Chairman of the Journalists' Union"),
        ("Yazıçılar Birliyinin I katibi Elnur Vəliyev çıxış edib.", "First Secretary of the Writers' Union"),
    ],
)
def test_a_bodys_secretary(sentence: str, expected: str) -> None:
    assert roles(AZ + sentence) == {"Elnur Vəliyev": expected}


def test_a_scene_word_opens_no_bodys_name() -> None:
    assert roles(AZ + "Gecədə Birliyin sədri Elnur Vəliyev çıxış edib.") == {"Elnur Vəliyev": "Chairman"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Yazıçılar Birliyinin katibi", "Secretary of the Writers' Union"),
        ("Gənclər Təşkilatının katibi", "Secretary of the Youth Organisation"),
        ("Partiyanın baş katibi", "Secretary General"),
    ],
)
def test_the_title_alone(written: str, expected: str) -> None:
    assert canonical_role(written) == expected


def test_a_press_secretary_is_no_bodys_secretary() -> None:
    assert canonical_role("Nazirliyin mətbuat katibi") == "Press Secretary"
