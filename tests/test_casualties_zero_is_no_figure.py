"""A zero counts nobody: "0 people were killed" gives no figure, in every language, nor does "no one was killed"."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def read(text: str) -> list[tuple[str, int, int]]:
    return [(f.category, f.low, f.high) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That evening 0 people were killed and 12 were wounded.", [("injured", 12, 12)]),
        ("Zero people were killed in the clash on the square.", []),
        ("No one was killed, but 20 were wounded.", [("injured", 20, 20)]),
        ("Nobody was killed; 3 people were arrested.", [("arrested", 3, 3)]),
        ("В тот вечер погибло 0 человек, ранено 7.", [("injured", 7, 7)]),
        ("В ту ночь ни один человек не погиб, ранены 5 человек.", [("injured", 5, 5)]),
        ("Не погиб ни один из 30 демонстрантов.", []),
        ("Həmin axşam 0 nəfər həlak olub, 5 nəfər yaralanıb.", [("injured", 5, 5)]),
        ("Heç kim həlak olmayıb.", []),
        ("O akşam 0 kişi öldü, 8 kişi yaralandı.", [("injured", 8, 8)]),
        ("Hiç kimse ölmedi.", []),
        # a range from zero is a figure: at most its upper end; a zero beside a figure leaves that figure alone
        ("Between 0 and 5 people were killed.", [("killed", 0, 5)]),
        ("147 people were killed and 0 went missing.", [("killed", 147, 147)]),
    ],
)
def test_a_zero_is_no_figure(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert read(text) == expected
