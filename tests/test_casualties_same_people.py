"""A figure that counts the people of the figure before it in its sentence, or some of them, takes their who
("killed 131 civilians and wounded 744 more", "20 others", "112 of whom", "из них", "onlardan", "bunların"): only in
that sentence and only when it names no people of its own. Texts written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str | None]  # category, value, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In January 1990 the troops shot dead 131 civilians and wounded 744 more in Baku.",
            [("killed", 131, "civilians"), ("injured", 744, "civilians")],
        ),
        (
            "On 20 January 1990, 147 civilians lost their lives and 744 others were injured.",
            [("killed", 147, "civilians"), ("injured", 744, "civilians")],
        ),
        (
            "In January 1990 the army shot dead 147 civilians, 112 of whom were men, in the streets of Baku.",
            [("killed", 147, "civilians"), ("killed", 112, "civilians")],
        ),
        (
            "Twenty-one soldiers were killed in Baku in January 1990 and 90 more were wounded.",
            [("killed", 21, "soldiers"), ("injured", 90, "soldiers")],
        ),
        (
            "В январе 1990 года в Баку были убиты 147 мирных жителей, из них 20 женщин.",
            [("killed", 147, "civilians"), ("killed", 20, "civilians")],
        ),
        (
            "20 января 1990 года погибли 131 мирных жителей, ранены ещё 744 человека.",
            [("killed", 131, "civilians"), ("injured", 744, "civilians")],
        ),
        (
            "1990-cı ilin yanvarında 147 dinc sakin həlak olub, onlardan 20-si qadın idi.",
            [("killed", 147, "civilians"), ("killed", 20, "civilians")],
        ),
        (
            "Ocak 1990'da Bakü'de 147 sivil öldürüldü, bunların 20'si kadındı.",
            [("killed", 147, "civilians"), ("killed", 20, "civilians")],
        ),
    ],
)
def test_a_later_figure_of_the_same_people_takes_their_who(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word that refers back: the second figure's people are not said
        (
            "In January 1990 troops killed 131 civilians in Baku and 744 people were wounded.",
            [("killed", 131, "civilians"), ("injured", 744, None)],
        ),
        # people of its own
        (
            "In January 1990, 131 civilians were killed in Baku and 21 more soldiers died.",
            [("killed", 131, "civilians"), ("killed", 21, "soldiers")],
        ),
        # another sentence
        (
            "In January 1990 troops killed 131 civilians in Baku. 744 more were wounded that night.",
            [("killed", 131, "civilians"), ("injured", 744, None)],
        ),
        # the figure before has no who to give
        (
            "In January 1990, 147 people were killed in Baku and 744 others were wounded.",
            [("killed", 147, None), ("injured", 744, None)],
        ),
        (
            "В январе 1990 года погибли 147 человек, из них 20 женщин.",
            [("killed", 147, None), ("killed", 20, None)],
        ),
    ],
)
def test_no_who_is_carried_without_a_reference_back(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
