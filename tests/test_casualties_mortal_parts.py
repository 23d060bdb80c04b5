"""The mortally wounded are counted with the killed (README, "Extraction"), so beside another figure of the killed in
their sentence they are a part of the toll, not its whole: "82 were killed and 20 mortally wounded" gives 82 and a
part of 20, in every language, in either order; alone they are the toll ("20 were mortally wounded"). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def rows(text: str) -> list[Row]:
    return [(f.category, f.value, f.scope) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English
        (
            "In January 1990, 82 people were killed and 20 mortally wounded in Baku.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "On that night in Baku the army killed 82 civilians and mortally wounded 20 others.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "That night 82 residents of Baku died on the spot, while 20 were fatally injured.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "In Baku 20 people were mortally wounded and 82 were shot dead.",
            [("killed", 20, "partial"), ("killed", 82, "partial")],
        ),
        # Russian
        (
            "Той ночью в Баку погибли 82 человека, ещё 20 были смертельно ранены.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "Солдаты расстреляли 82 жителя Баку и смертельно ранили 20.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "В ту ночь 82 человека были убиты, а 20 получили смертельные ранения.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        # Azerbaijani
        (
            "Hərbçilər o gecə 82 nəfəri qətlə yetirib, 20 nəfəri ölümcül yaralayıb.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "1990-cı il yanvarın 20-də Bakıda 82 nəfər həlak olub, 20 nəfər ölümcül yaralanıb.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        # Turkish
        (
            "20 Ocak 1990 gecesi Bakü'de 82 kişi öldürüldü, 20 kişi ölümcül şekilde yaralandı.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
        (
            "Sovyet askerleri o gece 82 kişiyi öldürdü, 20 kişiyi ölümcül yaraladı.",
            [("killed", 82, "partial"), ("killed", 20, "partial")],
        ),
    ],
)
def test_mortally_wounded_beside_the_killed_are_a_part(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alone in their sentence, the mortally wounded are the toll they give
        ("In Baku that night 20 people were mortally wounded.", [("killed", 20, "total")]),
        ("В ту ночь в Баку 20 человек были смертельно ранены.", [("killed", 20, "total")]),
        ("O gecə Bakıda 20 nəfər ölümcül yaralanıb.", [("killed", 20, "total")]),
        # beside the injured, not the killed, they are no part of those
        (
            "In Baku 744 people were wounded and 20 mortally wounded.",
            [("injured", 744, "total"), ("killed", 20, "total")],
        ),
    ],
)
def test_mortally_wounded_alone_are_the_toll(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "102 people were killed, 20 of them mortally wounded.",
        "In all 102 people lost their lives that night, and 20 of them had been mortally wounded.",
        "Погибли 102 человека, из них 20 были смертельно ранены.",
        "102 nəfər həlak olub, onlardan 20-si ölümcül yaralanıb.",
    ],
)
def test_the_whole_with_its_mortally_wounded_broken_down_stays_the_whole(text: str) -> None:
    # (the mortally wounded are then a part of the figure before them, which is the toll)
    assert [(f.category, f.low, f.scope) for f in extract_casualties(text)] == [
        ("killed", 102, "total"),
        ("killed", 20, "partial"),
    ]
