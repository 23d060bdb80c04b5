"""Figures of other events in a commemoration's text (the world wars, pogroms, the Armenian bands of 1918, the March
1918 killings) are no figures of 20 January, in every language; and a number that counts some of the dead ("21 of
the victims were women") is a part of the toll, never a total. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int, str]]:
    return [(c.category, c.value, c.scope) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Kara Ocak'ta 147 kişi öldü. Birinci Dünya Savaşı yıllarında Kars'ta 570 kişi katledildi.",
        "Kara Ocak'ta 147 kişi öldü. Kars'taki toplu mezarda Ermeni çetelerince katledilen 570 kişi yatıyor.",
        "Kara Ocak'ta 147 kişi öldü. 1990 Ocak ayı başındaki pogromlarda 30 kişi öldürüldü.",
        "20 Yanvar faciəsində 147 nəfər həlak olub. Erməni silahlı dəstələri Qubada 400 nəfəri qətlə yetirib.",
        "20 Yanvar faciəsində 147 nəfər həlak olub. Birinci dünya müharibəsi illərində Qarsda 570 nəfər öldürülüb.",
        "20 января 1990 года погибли 147 человек. В ходе погромов в Баку погибли 90 человек.",
        "20 января 1990 года погибли 147 человек. В годы Первой мировой войны в Карсе погибли 570 человек.",
        "On 20 January 1990, 147 people were killed. In Sumgait, 26 people were killed in pogroms.",
        "On 20 January 1990, 147 people were killed. During the First World War, 570 people were killed in Kars.",
    ],
)
def test_another_events_figure_is_not_counted(text: str) -> None:
    assert figures(text) == [("killed", 147, "total")]


@pytest.mark.parametrize(
    "text",
    [
        # a comparison with a war is no other event's figure
        "Kara Ocak, İkinci Dünya Savaşı'ndan bu yana en kanlı olaydı: 147 kişi öldü.",
        "It was the bloodiest crackdown since World War II: 147 people were killed on 20 January 1990.",
        # pogroms named as the pretext of the army's entry
        "On 20 January 1990, Soviet troops entered Baku on the pretext of stopping pogroms and killed 147 people.",
    ],
)
def test_a_war_or_pogrom_named_in_passing_keeps_the_figure(text: str) -> None:
    assert figures(text) == [("killed", 147, "total")]


@pytest.mark.parametrize(
    "text",
    [
        "20 Yanvar faciəsində 147 nəfər həlak olub. Qurbanların 21-i qadın, 20-si uşaq idi.",
        "Kara Ocak'ta 147 kişi öldü. Şehitlerin 21'i kadın, 20'si çocuktu.",
        "20 января 1990 года погибли 147 человек, из них 21 женщина и 20 детей.",
        "On 20 January 1990, 147 people were killed, including 21 women and 20 children.",
    ],
)
def test_counts_of_some_of_the_dead_are_parts(text: str) -> None:
    assert figures(text) == [("killed", 147, "total"), ("killed", 21, "partial"), ("killed", 20, "partial")]


@pytest.mark.parametrize(
    "text",
    [
        "Kara Ocak'ta 147 kişi öldü. Ölenlerin 21'i kadındı.",
        "20 Yanvar faciəsində 147 nəfər həlak olub, onlardan 21-i qadın idi.",
    ],
)
def test_one_count_of_some_is_a_part(text: str) -> None:
    assert figures(text) == [("killed", 147, "total"), ("killed", 21, "partial")]


@pytest.mark.parametrize(
    "text",
    [
        # another event and this one in one sentence: each figure is of the event named before it
        "Sumqayıt hadisələrində 32 nəfər, 20 Yanvarda isə 147 nəfər həlak olub.",
        "Kara Ocak'ta 147 kişi, Hocalı'da ise 613 kişi öldürüldü.",
        "В Ходжалы погибли 613 человек, а 20 января 1990 года погибли 147 человек.",
        "On 20 January 1990, 147 people were killed; in the Khojaly massacre, 613 civilians were killed.",
        # the army's pretext named in the sentence before: no other event's figure
        "Pogroms broke out in Baku on 13 January. Then, on the night of 19-20 January, troops killed 147 people.",
        "Погромы в Баку начались 13 января. Тогда, в ночь на 20 января, войска убили 147 человек.",
    ],
)
def test_another_event_in_the_sentence_keeps_this_ones_figure(text: str) -> None:
    assert figures(text) == [("killed", 147, "total")]
