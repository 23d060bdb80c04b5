"""Russian "жертвами … стали N" counts the dead only when its words name a killing or the event (the tragedy, the
massacre, the troops, that night), or name nothing ("Жертвами стали 147"): victims of repressions, censorship or
fraud are no casualties of the night."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def _killed(text: str) -> list[int]:
    return [c.low for c in extract_casualties(text) if c.category == "killed"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Жертвами той ночи стали 147 человек.", 147),
        ("Жертвами трагедии стали 147.", 147),
        ("Жертвами кровавой бойни в Баку стали 131 человек.", 131),
        ("Жертвами советских войск стали 147 мирных жителей.", 147),
        ("Жертвами январской трагедии 1990 года стали 147 человек.", 147),
        ("Жертвами расстрела на улицах города стали 150 человек.", 150),
        ("Жертвами стали 147 человек.", 147),
    ],
)
def test_victims_of_the_night_are_dead(text: str, count: int) -> None:
    assert _killed(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "Жертвами репрессий стали 40 человек.",
        "Жертвами сталинских репрессий стали 40 тысяч человек.",
        "Жертвами цензуры стали 12 журналистов.",
        "Жертвами мошенников стали 30 пенсионеров.",
        "Жертвами финансовой пирамиды в том году стали 200 вкладчиков.",
    ],
)
def test_victims_of_something_else_are_not(text: str) -> None:
    assert _killed(text) == []
