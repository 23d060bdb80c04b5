"""After a word of the dead in Russian, the dead one's name in the genitive followed by a given name alone (the kin
named by the given name only, "вдова шехида Махира Гасанова Севда ханум") names no one in full: neither the dead man
nor a name glued of both words is placed; the kin named in full is ("… Махира Гасанова Севда Гасанова"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT = "В посольстве прошел вечер памяти шехидов 20 Января. "


@pytest.mark.parametrize(
    "text",
    [
        "Вдова шехида Ильгара Алиева Нигяр ханум рассказала о муже.",
        "Выступили сын шехида Ильгара Алиева Тимур и его дочь.",
        "Выступила мать погибшего в 1990 году Ильгара Алиева Нигяр.",
        "Своими воспоминаниями поделилась сестра погибшего 20 января Ильгара Алиева Нигяр.",
        "Вдова погибшего Ильгара Алиева выступила на вечере.",
    ],
)
def test_no_name_of_the_dead_nor_a_glued_one(text: str) -> None:
    assert names(EVENT + text) == []


def test_the_kin_named_in_full_is_there() -> None:
    assert names(EVENT + "На вечере выступила вдова шехида Ильгара Алиева Нигяр Алиева.") == ["Нигяр Алиева"]
