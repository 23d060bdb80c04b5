"""Figures with a relative clause between their people and their verb ("147 civilians who had gathered in the square
were killed", "133 человека, которые вышли на улицы, погибли"), figures inside a clause about the event ("the
assault, which killed nearly 150 civilians, …", "штурм, унёсший жизни почти 150 человек", "yaklaşık 150 kişinin
ölümüne yol açan saldırı", "təxminən 150 nəfərin ölümünə səbəb olub"), and the crowds and mourners such clauses
must not turn into the dead. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about the people, then their verb
        (
            "In Baku 147 civilians who had gathered in the square were killed.",
            [("killed", 147, "exact", "total", "civilians")],
        ),
        (
            "That night 147 people who had come out to defend the city were shot dead.",
            [("killed", 147, "exact", "total", None)],
        ),
        (
            "In January 1990 131 people who were in the streets lost their lives.",
            [("killed", 131, "exact", "total", None)],
        ),
        ("Some 147 residents who had gathered on 19 January were killed.", [("killed", 147, "approx", "total", None)]),
        ("Nearly 150 people who had blocked the roads were killed.", [("killed", 150, "at_most", "total", None)]),
        ("744 people who tried to flee the shooting were injured.", [("injured", 744, "exact", "total", None)]),
        ("21 soldiers who had entered the city were killed.", [("killed", 21, "exact", "total", "soldiers")]),
        # the relative clause is itself the casualty's
        (
            "The 147 people who were killed that night lie in the Alley of Martyrs.",
            [("killed", 147, "exact", "total", None)],
        ),
        # set off by commas
        ("147 civilians, who had gathered to protest, were killed.", [("killed", 147, "exact", "total", "civilians")]),
        ("Тогда 133 человека, которые вышли на улицы, погибли.", [("killed", 133, "exact", "total", None)]),
        # a qualified figure inside a clause about the event
        (
            "The assault, which killed nearly 150 civilians, shocked the republic.",
            [("killed", 150, "at_most", "total", "civilians")],
        ),
        (
            "The crackdown, which left almost 150 people dead, shocked the republic.",
            [("killed", 150, "at_most", "total", None)],
        ),
        ("Штурм, унёсший жизни почти 150 человек, потряс республику.", [("killed", 150, "at_most", "total", None)]),
        ("Операция, унесшая жизни 147 человек, стала трагедией.", [("killed", 147, "exact", "total", None)]),
        ("Войска, убившие около 150 человек, покинули город.", [("killed", 150, "approx", "total", None)]),
        ("Yaklaşık 150 kişinin ölümüne yol açan saldırı unutulmadı.", [("killed", 150, "approx", "total", None)]),
        ("Saldırı yaklaşık 150 sivilin ölümüne neden oldu.", [("killed", 150, "approx", "total", "civilians")]),
        ("Hücum təxminən 150 nəfərin ölümünə səbəb olub.", [("killed", 150, "approx", "total", None)]),
        ("Yaklaşık 150 kişinin hayatını kaybettiği baskın unutulmadı.", [("killed", 150, "approx", "total", None)]),
    ],
)
def test_a_clause_between_people_and_verb(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


NOT_FIGURES = [
    # crowds whose clause names the dead: they are no dead
    "500 people who came to honour the dead laid flowers.",
    "500 people who visited the graves of those killed laid flowers.",
    "500 people who mourned martyrs gathered at the memorial.",
    "500 people who remember those who died gathered on Sunday.",
    "500 people who knew that many died came to the square.",
    "500 students who watched a film about the wounded asked questions.",
    "200 relatives who had lost family members attended the ceremony.",
    "500 человек, которые пришли на Аллею, почтили память погибших.",
    # a negation or a modal in the clause
    "500 people who would have been killed were saved.",
    "500 people who were not injured went home.",
    # two categories joined: no figure of either
    "300 people who were injured and killed were counted.",
    # other events
    "In Khojaly, 613 people who had stayed in the town were killed.",
    "In Sumgait in 1988, 32 people who lived in the city were killed.",
    "В Ходжалы 613 человек, которые остались в городе, погибли.",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_no_figure_across_a_clause(text: str) -> None:
    assert rows(text) == []
