"""The mortally wounded are counted in the death toll in every language, as the README says of Azerbaijani "ölümcül
yaralanıb" ("mortally wounded", "смертельно ранены", "ölümcül yaralandı"), with or without "были" and after a figure
of the killed ("82 человека были убиты и 20 смертельно ранены", where they are a part of the toll); the badly and
lightly wounded are injured ("20 тяжело ранены", "20 легко ранены"). A figure timed before or after the decree on
the state of emergency came into force is a part of the toll, as one before it was declared is ("до вступления в
силу указа", "before the decree took effect", "qüvvəyə minənədək", "yürürlüğe girmeden önce"). A number whose verb
is before it keeps it across a breakdown set off by commas ("погибли 147 человек, из них 21 женщина, ранены были
744"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(sentence: str) -> list[tuple[str, int, str, str]]:
    return [(f.category, f.value, f.qualifier, f.scope) for f in extract_casualties("Годовщина\n\n" + sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "В ночь на 20 января 1990 года в Баку 82 человека были убиты и 20 смертельно ранены.",
            [("killed", 82, "exact", "partial"), ("killed", 20, "exact", "partial")],
        ),
        (
            "В январе 1990 года в Баку 82 человека погибли, а 20 были смертельно ранены.",
            [("killed", 82, "exact", "partial"), ("killed", 20, "exact", "partial")],
        ),
        (
            "В январе 1990 года в Баку 82 человека убиты, 20 человек смертельно ранены.",
            [("killed", 82, "exact", "partial"), ("killed", 20, "exact", "partial")],
        ),
        (
            "В январе 1990 года в Баку 20 человек получили смертельные ранения.",
            [("killed", 20, "exact", "total")],
        ),
        (
            "В январе 1990 года 20 человек в ту ночь на улицах Баку были смертельно ранены пулями.",
            [("killed", 20, "exact", "total")],
        ),
        (
            "В январе 1990 года в Баку было убито более 130 человек и около 20 смертельно ранены.",
            [("killed", 130, "at_least", "partial"), ("killed", 20, "approx", "partial")],
        ),
        # the badly and the lightly wounded are the injured
        (
            "Советские войска вошли в Баку 20 января 1990 года: 82 человека были убиты и 20 тяжело ранены.",
            [("killed", 82, "exact", "total"), ("injured", 20, "exact", "total")],
        ),
        (
            "В январе 1990 года в Баку 82 человека были убиты и 20 легко ранены.",
            [("killed", 82, "exact", "total"), ("injured", 20, "exact", "total")],
        ),
        # English, Turkish and Azerbaijani read the same
        (
            "On 20 January 1990 in Baku, 82 people were killed and 20 were mortally injured.",
            [("killed", 82, "exact", "partial"), ("killed", 20, "exact", "partial")],
        ),
        ("20 Ocak 1990'da Bakü'de 20 kişi ölümcül şekilde yaralandı.", [("killed", 20, "exact", "total")]),
        ("20 Ocak 1990'da Bakü'de 20 kişi o gece sokaklarda ölümcül yaralandı.", [("killed", 20, "exact", "total")]),
        ("1990-cı il yanvarın 20-də 20 nəfər Bakı küçələrində ölümcül yaralanıb.", [("killed", 20, "exact", "total")]),
        ("1990-cı il yanvarın 20-də Bakıda 20 nəfər ağır yaralanıb.", [("injured", 20, "exact", "total")]),
    ],
)
def test_mortally_wounded_are_killed(sentence: str, expected: list[tuple[str, int, str, str]]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # another event's figures
        "В Сумгаите в феврале 1988 года 26 человек были убиты и 5 смертельно ранены.",
        "В Ходжалы 613 человек были убиты и 20 смертельно ранены.",
        # a person mortally wounded, no figure
        "Смертельно раненный 20 января 1990 года Ильгар Алиев скончался в больнице.",
    ],
)
def test_no_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "В январе 1990 года до вступления в силу указа о чрезвычайном положении в Баку были убиты 82 человека.",
        "До вступления в силу указа о введении чрезвычайного положения в Баку погибли 82 человека.",
        "Указ о чрезвычайном положении вступил в силу лишь утром, а до этого в Баку погибли 82 человека.",
        "Ещё до того как указ вступил в силу, 20 января 1990 года в Баку погибли 82 человека.",
        "До того, как было объявлено чрезвычайное положение, в Баку 20 января 1990 года погибли 82 человека.",
        "До оповещения жителей о введении чрезвычайного положения в Баку было убито 82 человека.",
        "On 20 January 1990, before the emergency decree took effect, 82 people were killed in Baku.",
        "On 20 January 1990, before the decree came into force, 82 people were killed in Baku.",
        "1990-cı il yanvarın 20-də fövqəladə vəziyyət haqqında fərman qüvvəyə minənədək Bakıda 82 nəfər həlak olub.",
        "1990-cı il yanvarın 20-də fövqəladə vəziyyət elan edilməzdən qabaq Bakıda 82 nəfər həlak olub.",
        "20 Ocak 1990'da olağanüstü hal kararnamesi yürürlüğe girmeden önce Bakü'de 82 kişi hayatını kaybetti.",
        "20 Ocak 1990'da olağanüstü hal ilan edilmeden evvel Bakü'de 82 kişi hayatını kaybetti.",
    ],
)
def test_before_the_decree_came_into_force_is_a_part(sentence: str) -> None:
    assert [f.scope for f in extract_casualties("Годовщина\n\n" + sentence)] == ["partial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the troops' entry is the whole event, not a bound
        "После того как советские войска были введены в город 20 января 1990 года, погибли 147 человек.",
        # another law's coming into force, no bound of the figure
        "Закон вступил в силу в 1992 году, а в январе 1990 года в Баку погибли 147 человек.",
        "В январе 1990 года в Баку были убиты 82 человека.",
        # the end of the state of emergency, another time
        "После отмены чрезвычайного положения в 1991 году жертв не было, а в январе 1990 года погибли 147 человек.",
    ],
)
def test_a_total_stays_a_total(sentence: str) -> None:
    assert [f.scope for f in extract_casualties("Годовщина\n\n" + sentence)] == ["total"]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("В январе 1990 года в Баку погибли 147 человек, из них 21 женщина, ранены были 744.", 21),
        ("В январе 1990 года в Баку было убито 147 человек, в том числе 20 женщин, ранения получили 744.", 20),
    ],
)
def test_a_verb_before_the_number_is_its_own_across_a_breakdown(sentence: str, part: int) -> None:
    """The number's verb is before it; the verb after the breakdown's closing comma is the next figure's."""
    found = [(f.category, f.value, f.scope) for f in extract_casualties("Годовщина\n\n" + sentence)]
    assert found == [("killed", 147, "total"), ("killed", part, "partial"), ("injured", 744, "total")]
