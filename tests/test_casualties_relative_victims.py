"""Victims named by a relative clause are the dead of January 1990 only when the clause is about the event or a
killing: "the massacre, whose victims numbered 147", "трагедия, жертвами которой стали 147 человек", "qurbanları 147
nəfər olan faciə" give a figure; the same clause after repressions, deportations, censorship or an epidemic gives
none, as "жертвами репрессий стали" gives none. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]


def rows(text: str) -> list[Row]:
    return [(f.category, f.value, f.scope) for f in extract_casualties("Anniversary\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        # Russian
        "Он напомнил о массовых репрессиях, жертвами которых стали 40 тысяч человек.",
        "Позже началась депортация, жертвами которой стали 150 семей и 600 человек.",
        "Цензура тех лет, жертвами которой стали 300 человек, длилась долго.",
        "В городе вспыхнула эпидемия, жертвами которой стали 120 человек.",
        # English
        "He recalled the purges, whose victims numbered 40,000 people.",
        "The deportations, of which 150,000 people fell victim, were condemned.",
        "The censorship of those years, to which 300 writers fell victim, was recalled.",
        "She wrote about the famine, victims of which were 2,000 people.",
        # Azerbaijani
        "Məruzəçi qurbanları 40 min nəfər olan repressiyalardan danışdı.",
        "Sürgün, qurbanları 150 min nəfər olan, unudulmayıb.",
        # Turkish
        "Kurbanları 40 bin kişiyi bulan sürgünlerden bahsetti.",
        "Konuşmacı kurbanları 300 kişi olan sansürü anlattı.",
    ],
)
def test_victims_of_another_cause_give_no_figure(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Russian
        ("Январские события, жертвами которых стали 147 человек, потрясли страну.", 147),
        ("Он рассказал о трагедии 20 января, жертвами которой стали 147 человек.", 147),
        ("В ночь на 20 января войска учинили расправу, жертвами которой стали 147 человек.", 147),
        ("Черный январь, жертвами которого стали 147 человек, не забыт.", 147),
        # English
        ("He recalled the massacre in Baku, whose victims numbered 147 people.", 147),
        ("The January tragedy, of which 147 people fell victim, was recalled.", 147),
        ("The crackdown, to which 147 civilians fell victim, shocked the country.", 147),
        ("She wrote about the massacre, victims of which were 147 people.", 147),
        # Azerbaijani
        ("Məruzəçi qurbanları 147 nəfər olan 20 Yanvar faciəsindən danışdı.", 147),
        ("Faciə, qurbanları 147 nəfər olan, unudulmayıb.", 147),
        # Turkish
        ("Konuşmacı kurbanları 147 kişiyi bulan 20 Ocak faciasını anlattı.", 147),
    ],
)
def test_victims_of_the_event_are_the_dead(text: str, value: int) -> None:
    assert rows(text) == [("killed", value, "total")]


def test_falling_victim_to_another_cause_gives_no_figure() -> None:
    assert rows("In those years 300 writers fell victim to censorship.") == []
