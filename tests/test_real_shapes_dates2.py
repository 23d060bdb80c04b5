"""Years, anniversaries and casualty figures in shapes real reports use (issue #16): a labelled ISO year and
month that opens a page's first line and runs on into its story ("date 2024-01 …"); a Russian title that counts
years to the crackdown in the dative ("30 лет подавлению …"); Russian "больше" (more than) before a figure; a
Turkish figure with a particle and "ciddi" (seriously) between its people and its verb; the Sumgait clashes
between Armenians and Azerbaijanis, another event whose dead are none of 1990's; the nationalities of a Russian
breakdown ("представители 5 национальностей"), which are no people counted. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.casualties import extract_casualties
from jan20.reading.articles import articles_from_document
from jan20.reading.years import head_years

Row = tuple[str, int, str, str]  # category, value, qualifier, scope


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope) for c in extract_casualties(text)]


def numbers(text: str) -> list[int]:
    return [a.number for a in find_stated_anniversaries(text)]


STORY = "Bu gün insanlar Şəhidlər Xiyabanına gəlib gül qoyublar.\n\nMərasimdə çıxışlar olub."


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (f" date 2024-01 20 yanvar faciəsi xalqın matəm günüdür. {STORY}", 2024),
        (f"date 2019-01 Посольство провело вечер памяти жертв.\n\n{STORY}", 2019),
        (f"Date 2022-01 The embassy held a memorial evening for the victims.\n\n{STORY}", 2022),
    ],
)
def test_a_labelled_iso_month_opening_the_first_line_gives_the_year(text: str, year: int) -> None:
    assert head_years(text).cover == year
    [article] = articles_from_document("x.txt", text)
    assert article.year == year and article.date is None


@pytest.mark.parametrize(
    "text",
    [
        f"2010-11 mövsümündə komanda çempion olub. {STORY}",  # no label: a season, not a date
        f"We met in 2019-01 and talked about the tragedy. {STORY}",  # inside prose
        f"date 1990-01 Troops entered Baku. {STORY}",  # the event's own month dates no article
    ],
)
def test_no_year_from_an_unlabelled_or_event_month(text: str) -> None:
    assert head_years(text).cover is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Чёрный январь. 30 лет подавлению протестов в Баку", 30),
        ("35 лет кровавой расправе над мирными жителями столицы", 35),
        ("Вспоминая ночь в Баку: 20 лет разгону митинга на площади", 20),
        ("25 лет бойне в Баку: как это было", 25),
    ],
)
def test_russian_years_to_the_crackdown_state_an_anniversary(text: str, number: int) -> None:
    assert numbers(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Следствие шло 30 лет, и подавление протестов так и не осудили.",
        "Ему было 30 лет, когда он узнал о расправе.",
    ],
)
def test_russian_years_without_the_dative_of_the_crackdown_are_no_anniversary(text: str) -> None:
    assert numbers(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Той ночью были задержаны больше 800 человек.", [("arrested", 800, "at_least", "total")]),
        (
            "Было убито больше 130 человек, ранено 744.",
            [("killed", 130, "at_least", "total"), ("injured", 744, "exact", "total")],
        ),
        ("Ранены были больше 700 жителей города.", [("injured", 700, "at_least", "total")]),
        ("В ту ночь погибли более чем 130 человек.", [("killed", 130, "at_least", "total")]),
        ("Ранены были больше чем 700 человек.", [("injured", 700, "at_least", "total")]),
        # "не больше" (no more than) is an upper bound
        ("Погибли не больше 150 человек, считали тогда власти.", [("killed", 150, "at_most", "total")]),
        ("Погибли не более чем 150 человек, писали газеты.", [("killed", 150, "at_most", "total")]),
    ],
)
def test_russian_bolshe_before_a_figure_is_at_least(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saldırıda 147 sivil öldürüldü, 744 kişi de ciddi yaralandı.",
            [("killed", 147, "exact", "total"), ("injured", 744, "exact", "total")],
        ),
        ("Askerlerin açtığı ateşte 20 kişi ciddi yaralandı.", [("injured", 20, "exact", "total")]),
        ("Askerlerin ateşiyle 744 kişi ciddî yaralandı.", [("injured", 744, "exact", "total")]),
        ("O gece 744 kişi ağır şekilde yaralandı.", [("injured", 744, "exact", "total")]),
        ("Bakü sokaklarında 700 kişi ciddi biçimde yaralandı.", [("injured", 700, "exact", "total")]),
    ],
)
def test_turkish_seriously_wounded(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sumgayt şehrinde Ermenilerle Azeriler arasında patlak veren bir çatışmada 40 kadar kişi öldü.",
        "Azerbaycanlılar ve Ermeniler arasındaki çatışmalarda iki taraftan 30 kişi hayatını kaybetti,"
        " ardından 20 Ocak 1990 gecesi ordu Bakü'ye girdi.",
        "Sumgait olaylarında 32 kişi öldürüldü.",
    ],
)
def test_turkish_clashes_between_armenians_and_azerbaijanis_are_another_event(text: str) -> None:
    assert rows(text) == []


def test_turkish_armenians_and_azerbaijanis_without_a_clash_leave_the_figure() -> None:
    text = "Ermeni ve Azerbaycanlı öğrenciler arasında dostluk vardı; 20 Ocak 1990 gecesi 147 kişi öldürüldü."
    assert rows(text) == [("killed", 147, "exact", "total")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Погибли 134 человека; среди погибших представители 5 национальностей и больше 20 женщин и детей.",
            [("killed", 134, "exact", "total"), ("killed", 20, "at_least", "partial")],
        ),
        (
            "Убито 130 человек, среди убитых люди 7 национальностей и 15 детей.",
            [("killed", 130, "exact", "total"), ("killed", 15, "exact", "partial")],
        ),
    ],
)
def test_russian_nationalities_in_a_breakdown_are_no_people_counted(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Konuşmacı, o gece 147 sivilin öldürüldüğünü hatırlattı.", [("killed", 147, "civilians")]),
        ("Raporda 20 askerin de yaralandığı yazıyordu.", [("injured", 20, "soldiers")]),
        ("Bakü'de 131 insanın hayatını kaybettiğini belirtti.", [("killed", 131, None)]),
    ],
)
def test_turkish_genitive_people_before_a_nominalised_verb(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert [(c.category, c.value, c.who) for c in extract_casualties(text)] == expected


def test_turkish_genitive_people_without_a_casualty_verb_are_no_figure() -> None:
    assert rows("Törene 300 vatandaşın katıldığı bildirildi.") == []
