"""A sentence that follows one timing another event in another year ("The Khojaly massacre took place in 1992.") and
names no time of its own goes on about that event: its figures are none of 1990's, in every language. A time counted
from that year ("Two years later"), this event named, a new line, or a passing mention with no year before it keep
the figure. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Khojaly massacre took place in February 1992. Officially, 613 civilians were killed.",
        "Xocalı soyqırımı 1992-ci il fevralın 26-da törədilib. Faciə zamanı 613 nəfər qətlə yetirilib.",
        "В 1992 году произошла Ходжалинская трагедия. Тогда погибли 613 человек.",
        "Hocalı katliamı 1992 yılında yaşandı. Katliamda 613 kişi hayatını kaybetti.",
        "The Sumgait pogroms broke out in 1988. Some 32 people were killed in three days.",
    ],
)
def test_a_figure_after_another_timed_event_is_its(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a time counted from the other year, or this event named
        "The Sumgait events shook the republic in 1988. Two years later, 147 people were killed in Baku.",
        "The Sumgait events shook the republic in 1988. On 20 January 147 people were killed in Baku.",
        "Sumqayıt hadisələri 1988-ci ildə baş verib. 1990-cı ilin yanvarında isə 147 nəfər həlak olub.",
        # a new line between them
        "The Khojaly massacre took place in 1992.\nSoviet troops killed 147 people in Baku.",
        # a passing mention, with no year
        "The delegation also visited the Khojaly memorial. Soldiers killed 147 people that night in Baku.",
    ],
)
def test_the_figure_stays_this_events(text: str) -> None:
    assert [(r[0], r[1]) for r in rows(text)] == [("killed", 147)]
