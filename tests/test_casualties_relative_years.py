"""A figure's time counted from another year named before it (issue #16): "In 1992 … ; two years earlier, 147
died" is 1990's figure, and "In 1990 …; two years later, 613 were killed" is not, in English, Russian ("двумя
годами ранее", "через два года"), Azerbaijani ("iki il əvvəl") and Turkish ("iki yıl önce"). The sentences are
written for these tests."""

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
            "In 1992 Khojaly lost 613 of its people; two years earlier, 133 had died in Baku.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "Khojaly's 613 victims were killed in 1992, and two years before, 131 people died in Baku.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "В 1992 году в Ходжалы были убиты 613 человек, а двумя годами ранее в Баку погибли 133.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "В 1992 году Ходжалы потерял 613 жителей, а за два года до этого в Баку были убиты 131 человек.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "1992-ci ildə Xocalıda 613 nəfər qətlə yetirilib, ondan iki il əvvəl isə Bakıda 133 nəfər həlak olub.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "1992'de Hocalı'da 613 kişi katledildi, bundan iki yıl önce ise Bakü'de 131 kişi öldü.",
            [("killed", 131, "exact", "total", None)],
        ),
        # counted forward from 1990: the later figure is another event's
        (
            "In January 1990, 133 people died in Baku; two years later, 613 more were killed.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "В январе 1990 года в Баку погибли 131 человек, а через два года в Ходжалы — 613.",
            [("killed", 131, "exact", "total", None)],
        ),
        (
            "1990-cı ildə Bakıda 133 nəfər həlak olub, iki il sonra isə Xocalıda 613 nəfər qətlə yetirilib.",
            [("killed", 133, "exact", "total", None)],
        ),
    ],
)
def test_relative_times(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counted to another year than 1990
        "In 1992, 613 civilians were killed in Khojaly; three years earlier, 20 people had died in Tbilisi.",
        "В 1988 году в Сумгаите погибли 26 человек, а годом позже в Тбилиси — 20 человек погибли.",
        "1992'de Hocalı'da 613 kişi öldürüldü, bundan dört yıl önce ise Sumgayıt'ta 26 kişi öldü.",
    ],
)
def test_counted_to_another_year(text: str) -> None:
    assert rows(text) == []
