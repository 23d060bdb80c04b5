"""Soldiers of the 2020 war in a story about 20 January: the war told by its aim ("the liberation of Karabakh", "в
боях за Карабах", "Qarabağ uğrunda döyüşlərdə", "Karabağ'ın kurtuluşu için": `[casualties] other_event`), or
soldiers' deaths in a sentence timed in this century and not 1990 ("2020-ci ildə 2908 hərbçimiz şəhid olub"), give no
figure; 1990's recalled in a later year, and Armenia's claims on Karabakh beside 1990's toll, still do. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the war told by its aim
        "The guests also honoured 2,908 servicemen martyred during the liberation of Karabakh.",
        "Many of the 2,908 soldiers killed in the battles for Karabakh rest in the same alley.",
        "Участники почтили память 2908 военнослужащих, погибших за освобождение Карабаха.",
        "В боях за Карабах шехидами стали 2908 военнослужащих.",
        "Qarabağ uğrunda döyüşlərdə 2908 hərbçimiz şəhid olub.",
        "Torpaqlarımızın işğaldan azad edilməsi uğrunda 2908 əsgər həlak olub.",
        "Torpaqlarımızın azadlığı uğrunda 2908 hərbçimiz şəhid olub.",
        "Karabağ'ın kurtuluşu için 2908 asker şehit oldu.",
        "Karabağ'ı kurtarmak için savaşan 2908 şehit de anıldı.",
        # soldiers' deaths in a year of this century
        "2020-ci ildə 2908 hərbçimiz şəhid olub.",
        "In 2020, 2,908 Azerbaijani soldiers lost their lives.",
        "В 2020 году погибли 2908 военнослужащих.",
        "2020 yılında 2908 Azerbaycan askeri şehit oldu.",
    ],
)
def test_a_later_wars_soldiers_are_none(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1990's toll recalled in a later year
        ("In 2020, officials recalled that 147 people were killed.", [("killed", 147, "exact", "total", None)]),
        (
            "In 2020 the ministry recalled that 21 soldiers were also killed on 20 January.",
            [("killed", 21, "exact", "total", "soldiers")],
        ),
        # Armenia's claims on Karabakh are no war
        (
            "Protesting Armenia's claims on Karabakh, 147 people were killed by Soviet troops.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "Ermənistanın Qarabağa ərazi iddialarına etiraz edən 147 nəfər həlak olub.",
            [("killed", 147, "exact", "total", None)],
        ),
    ],
)
def test_this_events_figures_stay(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The speakers recalled the 44-day war. 2,908 servicemen were martyred.",
        "Tədbirdə Vətən müharibəsindən danışıldı. 2908 hərbçimiz şəhid oldu.",
        "Выступавшие вспомнили 44-дневную войну. В тех боях погибли 2908 военнослужащих.",
        "Konuşmacılar Vatan Muharebesi'ni hatırlattı. 2908 asker şehit düştü.",
    ],
)
def test_soldiers_right_after_a_later_war_are_its_own(text: str) -> None:
    assert rows(text) == []


def test_soldiers_after_a_paragraph_on_the_war_or_of_this_event_stay() -> None:
    """A new paragraph, or a sentence naming 20 January, is read on its own."""
    assert rows("The speakers recalled the 44-day war.\n21 soldiers were also killed on 20 January.") == [
        ("killed", 21, "exact", "total", "soldiers")
    ]
    assert rows("The speakers recalled the 44-day war. On 20 January, 21 soldiers were also killed.") == [
        ("killed", 21, "exact", "total", "soldiers")
    ]
