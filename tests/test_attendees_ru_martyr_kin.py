"""The dead named after a kin word and a word of a martyr (issue: "Мать шехида Ильгара Мамедова" placed the son): the
name in a man's genitive after "шехида", "погибшего" is the dead one's, whoever the kin and wherever the verb; the kin
is there only when named. The sentences are written for these tests, after the way Russian reports word them."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT = "В посольстве прошел вечер памяти шехидов 20 Января. "


@pytest.mark.parametrize(
    "text",
    [
        "На вечере выступила мать шехида Ильгара Мамедова.",
        "Слово было предоставлено вдове шехида Ильгара Мамедова.",
        "В церемонии приняли участие сестра шехида Ильгара Мамедова и студенты.",
        "Мать шехида Ильгара Мамедова возложила цветы к стенду.",
        "Цветы к стенду возложили вдова погибшего Фикрета Гасанова и гости.",
        "Затем выступил отец шехида Фикрета Гасанова.",
        "В церемонии приняли участие мать погибшей Айгюн Керимовой и гости.",
    ],
)
def test_the_dead_after_a_kin_word_is_not_there(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kin named after the dead one's name, or alone in the nominative: she is there
        ("Мать шехида Ильгара Мамедова Севиль Мамедова выступила на вечере.", ["Севиль Мамедова"]),
        ("Мать шехида Севиль Мамедова возложила цветы к стенду.", ["Севиль Мамедова"]),
    ],
)
def test_the_kin_named_is_there(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a woman's given name that ends as a man's genitive: hers, in the nominative
        ("В церемонии приняли участие мать шехида Сабина Алиева и студенты.", ["Сабина Алиева"]),
        # the kin in the dative, her name in the dative
        ("Слово было предоставлено вдове шехида Зарифе Алиевой.", ["Зарифе Алиевой"]),
    ],
)
def test_a_womans_name_after_the_word_of_a_dead_man_is_hers(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected
