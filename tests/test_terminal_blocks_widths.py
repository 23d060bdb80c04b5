"""A table split into blocks (a long id that leaves too little room for one table) gives each block's shortened
texts the room their block has left: a role or a title is not cut to 8 characters beside an empty half screen."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import ClassVar

from jan20 import records
from jan20.render import render
from jan20.render.terminal import Terminal


@dataclass(frozen=True)
class Article(records.Row):
    LAYOUT: ClassVar[records.Layout] = records.Layout(
        columns=("id", "date", "source", "title"), shorten=("source", "title")
    )

    id: str
    date: str
    source: str
    title: str


def table(rows: list[Article], width: int) -> str:
    buffer = io.StringIO()
    render(rows, "table", buffer, Terminal(is_tty=True, width=width, color=False))
    return buffer.getvalue()


def test_a_blocks_shortened_texts_take_the_room_it_has_left() -> None:
    # a saved page's long file name makes a long id: id, date, source and title do not fit 80 columns at once
    row = Article(
        "web-embassy-marks-anniversary-daily-caspian-herald",
        "2023-01-21",
        "Daily Caspian Herald",
        "Embassy of Azerbaijan in Canada marks the 33rd anniversary of the tragedy",
    )
    text = table([row], 80)
    lines = text.splitlines()
    assert text.count(row.id) == 2  # two blocks, each starting with the id
    assert max(len(line.rstrip()) for line in lines) <= 80
    source = next(line for line in lines if line.startswith("│") and "Daily" in line)
    assert "2023-01-21" in source and len(source.rstrip()) == 80  # the source fills what the id and date leave
    title = next(line for line in lines if line.startswith("│") and "Embassy" in line)
    assert len(title.rstrip()) >= 78  # the second block's title fills the width left to it
