"""A casualty word elided after another event's figure (issue #16): "32 were killed in Sumgait in 1988, and in
January 1990, 147" gives the 147, in English, Russian ("а в январе 1990 года — 147"), Azerbaijani ("1990-cı ildə isə
Bakıda 147 nəfər") and Turkish ("1990 Ocak'ında ise Bakü'de 147 kişi"); a second figure of another year or place is
none, and does not make the event's own figure a part. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sumgait saw 32 people killed in 1988, and 147 died in Baku in January 1990.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "In Sumgait in 1988, 26 people died, and in Baku in January 1990, 133.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "26 were killed in Sumgait in 1988, and in Baku in January 1990 — 131.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "В 1988 году в Сумгаите погибли 26 человек, а в январе 1990 года в Баку — 133.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "В Сумгаите в 1988 году были убиты 26 человек, а в Баку в 1990 году — 131 человек.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "1988-ci ildə Sumqayıtda 26 nəfər öldürülüb, 1990-cı ildə isə Bakıda 133 nəfər.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "1988-ci ildə Sumqayıtda 26 nəfər, 1990-cı ilin yanvarında isə Bakıda 131 nəfər qətlə yetirilib.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "1988'de Sumgayıt'ta 26 kişi öldürüldü, 1990 Ocak'ında ise Bakü'de 133 kişi.",
            [("killed", 133, "exact", "total", None)],
        ),
        # the event's figure first: the other year's is none, and the first stays the total
        (
            "Bakıda 1990-cı ildə 133 nəfər həlak olub, 1988-ci ildə isə Sumqayıtda 26 nəfər.",
            [("killed", 133, "exact", "total", None)],
        ),
        ("Bakü'de 1990'da 131 kişi öldü, 1988'de ise Sumgayıt'ta 26 kişi.", [("killed", 131, "exact", "total", None)]),
        # the same year, two places: two parts
        (
            "Bakıda 125 nəfər həlak olub, rayonlarda isə 8 nəfər.",
            [("killed", 125, "exact", "partial", None), ("killed", 8, "exact", "partial", None)],
        ),
        (
            "Bakü'de 125 kişi öldü, bölgelerde ise 8 kişi.",
            [("killed", 125, "exact", "partial", None), ("killed", 8, "exact", "partial", None)],
        ),
    ],
)
def test_elided_figures(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "26 people were killed in Sumgait in 1988, and 5 in Kirovabad later that year.",
        "В 1988 году в Сумгаите погибли 26 человек, а через год в Кировабаде — 5.",
        "1988'de Sumgayıt'ta 26 kişi öldü, 1989'da ise Tiflis'te 20 kişi.",
        "1988-ci ildə Sumqayıtda 26 nəfər həlak olub, 1989-cu ildə isə Tbilisidə 20 nəfər.",
        "In Sumgait in 1988, 26 people died, and in 1989, 20.",
    ],
)
def test_other_years_elided_give_none(text: str) -> None:
    assert rows(text) == []
