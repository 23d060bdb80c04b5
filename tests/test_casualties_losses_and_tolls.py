"""An army's loss of its people ("the army lost 21 soldiers", "21 askerini kaybetti", "21 hərbçisini itirdi", "потеряла
21 военнослужащего": the soldiers killed), the toll of the event named before its number ("the toll of the tragedy
was 147", "число жертв трагедии составило 147"), "closer to 300" (approximately), and a relative clause that goes on
past a time ("who were in the streets that night lost their lives"). Texts written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loss of soldiers, in every language
        (
            "During the night of 20 January 1990 the Soviet army lost 21 servicemen.",
            [("killed", 21, "exact", "total", "soldiers")],
        ),
        ("Ocak 1990'da Sovyet ordusu da Bakü'de 21 askerini kaybetti.", [("killed", 21, "exact", "total", "soldiers")]),
        (
            "1990-cı ilin yanvarında sovet ordusu da 21 hərbçisini itirdi.",
            [("killed", 21, "exact", "total", "soldiers")],
        ),
        (
            "В январе 1990 года советская армия потеряла 21 военнослужащего в Баку.",
            [("killed", 21, "exact", "total", "soldiers")],
        ),
        (
            "По данным командования, в январе 1990 года армия потеряла 21 солдата.",
            [("killed", 21, "exact", "total", "soldiers")],
        ),
        # the toll of the event, with its name between
        ("The toll of the January tragedy was 147.", [("killed", 147, "exact", "total", None)]),
        ("The death toll of the massacre was put at 137.", [("killed", 137, "exact", "total", None)]),
        ("Число жертв январской трагедии составило 147 человек.", [("killed", 147, "exact", "total", None)]),
        # "closer to": approximately
        (
            "In January 1990 the real number of dead was closer to 300.",
            [("killed", 300, "approx", "total", None)],
        ),
        # a relative clause that names a time ("that night") before its people's verb
        (
            "In Baku, 147 people who were out in the streets that night lost their lives.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "In January 1990, 131 civilians who had come out that evening to the square were shot dead.",
            [("killed", 131, "exact", "total", "civilians")],
        ),
    ],
)
def test_losses_tolls_and_clauses_that_give_a_figure(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a loss of things, not people
        "In January 1990 the army lost 21 tanks and armoured vehicles in Baku.",
        "Ocak 1990'da ordu Bakü'de 21 aracını kaybetti.",
        "1990-cı ilin yanvarında ordu 21 maşınını itirdi.",
        "В январе 1990 года армия потеряла 21 танк.",
        # another event's toll, named between
        "The death toll of the Khojaly tragedy was 613.",
        # the event named, then no toll: mourners
        "The anniversary of the tragedy was marked by 300 people at the Alley of Martyrs.",
        # a relative clause with a time, about mourners, ended by another clause
        "On 20 January 2020, 500 people who came that day to honour those who died laid flowers.",
        "On 20 January 2020, 500 people who gathered that morning remembered the dead of 1990.",
    ],
)
def test_no_figure_from_things_other_events_or_mourners(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В январе 1990 года 133 человека в ту ночь в Баку погибли от пуль.",
            [("killed", 133, "exact", "total", None)],
        ),
        (
            "В ночь на 20 января 1990 года 131 мирный житель на улицах Баку был убит.",
            [("killed", 131, "exact", "total", "civilians")],
        ),
        (
            "В ночь на 20 января 1990 года 147 мирных жителей на улицах Баку были убиты солдатами.",
            [("killed", 147, "exact", "total", "civilians")],
        ),
        (
            "В январе 1990 года около 744 человек в ту ночь получили ранения.",
            [("injured", 744, "approx", "total", None)],
        ),
        ("В январе 1990 года 841 человек в Баку были задержаны.", [("arrested", 841, "exact", "total", None)]),
    ],
)
def test_russian_people_then_a_place_or_time_then_their_verb(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # mourners: another verb, the dead named after it
        "20 января 2020 года 500 человек в тот день почтили память погибших.",
        "20 января 2020 года 500 человек на Аллее шехидов почтили память погибших в 1990 году.",
        # a clause of its own, after a comma
        "20 января 2022 года 500 человек в Баку собрались там, где погибли люди.",
        # negated
        "В январе 1990 года 300 человек в ту ночь на площади не погибли, их спасли врачи.",
        # the verb has its own number: the first is the whole the figure is of
        "Из 2000 человек в тот вечер на площади погибли 13.",
    ],
)
def test_russian_stretch_gives_no_figure_of_mourners_or_other_clauses(text: str) -> None:
    assert all(value != 500 and value != 300 and value != 2000 for _, value, *_ in rows(text))
