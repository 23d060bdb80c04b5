"""A figure that heads a participial or relative clause, and "close to N" in every language (issue #16)."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str | None]


def read(text: str) -> list[Row]:
    return [(f.category, f.value, f.qualifier, f.who) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people after an active participle are its object, whatever the sentence's own verb is
        (
            "Anmada, askerlerin katlettiği 147 sivil için bir dakikalık saygı duruşu yapıldı.",
            [("killed", 147, "exact", "civilians")],
        ),
        ("Ordunun öldürdüğü 147 kişinin adı tek tek okundu.", [("killed", 147, "exact", None)]),
        ("Tanklarla kurşunladığı 131 kişinin aileleri de törendeydi.", [("killed", 131, "exact", None)]),
        ("Askerlerin yaraladığı 744 kişi hastanelere kaldırıldı.", [("injured", 744, "exact", None)]),
        (
            "Sovet qoşunlarının qətlə yetirdiyi 147 nəfərin xatirəsi bir dəqiqəlik sükutla anıldı.",
            [("killed", 147, "exact", None)],
        ),
        ("Ordunun öldürdüyü 147 nəfərin adları oxundu.", [("killed", 147, "exact", None)]),
        ("Qoşunların həbs etdiyi 841 nəfər sonradan buraxıldı.", [("arrested", 841, "exact", None)]),
        ("They stood in silence for the 147 civilians killed by the troops.", [("killed", 147, "exact", "civilians")]),
        # people who only stood in silence, or a participle that counts no one
        ("Törende 147 kişi saygı duruşunda bulundu.", []),
        ("Mərasimdə 147 nəfər bir dəqiqəlik sükutla şəhidləri andı.", []),
        ("At noon 147 people stood in silence.", []),
        ("Askerlerin katlettiği insanların anısına 147 fidan dikildi.", []),
    ],
)
def test_a_figure_heads_a_participial_clause(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O gece 150'ye yakın insan hayatını kaybetti.", [("killed", 150, "at_most", None)]),
        ("150’e yakın insanın hayatını kaybettiği olaylar anıldı.", [("killed", 150, "at_most", None)]),
        ("O gecə 150-yə yaxın insan həlak olub.", [("killed", 150, "at_most", None)]),
        ("150-yə yaxın dinc sakinin həlak olduğu faciə anıldı.", [("killed", 150, "at_most", "civilians")]),
        ("В ту ночь погибли близко к 150 человек.", [("killed", 150, "at_most", None)]),
        ("В ту ночь погибли почти 150 человек.", [("killed", 150, "at_most", None)]),
        ("Без малого 150 человек погибли в ту ночь.", [("killed", 150, "at_most", None)]),
        ("В ту ночь погибли около 150 человек.", [("killed", 150, "approx", None)]),
        # "близко к" that is no qualifier, and "yakın" that is a place
        ("Он стоял близко к 150 солдатам, которые охраняли площадь.", []),
        ("Meydana yakın 150 kişi toplandı.", []),
    ],
)
def test_close_to_a_number(text: str, expected: list[Row]) -> None:
    assert read(text) == expected
