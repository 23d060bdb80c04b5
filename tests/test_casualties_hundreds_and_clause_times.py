"""Figures in words of the hundreds ("полутора сотен", "две сотни", "yüz elliyi aşkın", "150'nin üzerinde"),
figures of a sentence that names an earlier event's year beside this event's name ("в 1988 году … а в Баку
20 января — погибли 147"), each timed by the year named nearest it in its own clause, and English verbs with an
adverb between ("were mercilessly killed") or a noun of arrest ("the arrest of 841 people"). Texts written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties
from jan20.text.numbers_ru import russian_numbers

Row = tuple[str, int, str, str]  # category, value, qualifier, scope


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one and a half hundred, in every case, with and without a qualifier
        ("В ту январскую ночь в Баку погибли около полутора сотен человек.", [("killed", 150, "approx", "total")]),
        ("Полторы сотни мирных жителей стали жертвами расправы.", [("killed", 150, "exact", "total")]),
        ("Более полутора сотен мирных жителей были убиты солдатами.", [("killed", 150, "at_least", "total")]),
        ("Почти полторы сотни человек погибли в ту ночь.", [("killed", 150, "at_most", "total")]),
        ("Погибли полтораста человек, сотни получили ранения.", [("killed", 150, "exact", "total")]),
        # a unit times the hundreds; one and a half thousand
        ("Около двух сотен человек получили ранения.", [("injured", 200, "approx", "total")]),
        ("Три сотни человек были арестованы.", [("arrested", 300, "exact", "total")]),
        ("Свыше полутора тысяч человек были задержаны.", [("arrested", 1500, "at_least", "total")]),
        # Turkish: the accusative after a vowel before "aşkın", the genitive before "üzerinde"
        ("O gece yüz elliyi aşkın kişi hayatını kaybetti.", [("killed", 150, "at_least", "total")]),
        ("Bakü'de 150'yi aşkın sivil öldürüldü.", [("killed", 150, "at_least", "total")]),
        ("Olaylarda 700'ün üzerinde kişi yaralandı.", [("injured", 700, "at_least", "total")]),
        ("Ordu 800'ün üzerinde kişiyi tutukladı.", [("arrested", 800, "at_least", "total")]),
    ],
)
def test_hundreds_in_words(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # hundreds with no count before them, or a vague one, are "hundreds of"; no casualty word, no figure
        "Сотни людей были убиты и ранены.",
        "Несколько сотен человек получили ранения.",
        "Полторы сотни танков вошли в город.",
        "Полтора года спустя в городе открыли памятник.",
        "İkiyi aşkın saat boyunca yollar kapandı.",
        "Yüzlerce kişi yaralandı.",
    ],
)
def test_no_figure(text: str) -> None:
    assert rows(text) == []


def test_the_half_is_read_only_before_hundreds_or_thousands() -> None:
    assert [n.value for n in russian_numbers("полтора года и полутора сотен")] == [150]
    assert [n.value for n in russian_numbers("две сотни, пять сотен и сотни")] == [200, 500]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # number words run into plural hundreds they do not multiply: no number ("двести две" is not 202 here)
        ("двести две сотни", []),
        ("сто три сотни человек", []),
        ("тысяча две сотни", []),
        ("двадцать сотен", []),
        ("около двухсот двух сотен раненых", []),
        # what is well formed still reads: a unit before the hundreds, and a run apart from them
        ("двести две", [202]),
        ("три сотни", [300]),
        ("двести две, три сотни", [202, 300]),
        ("сто сорок семь погибших и сотни раненых", [147]),
    ],
)
def test_a_run_into_hundreds_it_does_not_multiply_is_no_number(text: str, expected: list[int]) -> None:
    assert [n.value for n in russian_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another event's year, then this event by its name: each figure of its own clause's time
        ("В 1988 году в Сумгаите погибли 32 человека, а в Баку 20 января — погибли 147 человек.", [("killed", 147)]),
        ("В 1988 году в Сумгаите погибли 32 человека, в 1990 году в Баку — погибли 147 человек.", [("killed", 147)]),
        ("В феврале 1992 года в Ходжалы были убиты 613 человек, а 20 января — погибли 147 человек.", [("killed", 147)]),
        ("1988-ci ildə Sumqayıtda 32 nəfər öldürülüb, 20 Yanvarda isə Bakıda 147 nəfər həlak olub.", [("killed", 147)]),
        ("1988'de Sumgayıt'ta 32 kişi öldü, 20 Ocak'ta ise Bakü'de 147 kişi hayatını kaybetti.", [("killed", 147)]),
        # this event's name in another clause than the figure, or as the day of another year: the other year's
        ("В 1992 году, через два года после 20 января, в Карабахе погибли 300 человек.", []),
        ("В 1988 году в Сумгаите, 20 января 1988 года, погибли 32 человека.", []),
        ("1988 yılında, 20 Ocak 1994'te açıklanan verilere göre, Sumgayıt'ta 32 kişi öldü.", []),
        # only another event's year: no figure (as before)
        ("В 1988 году в Сумгаите погибли 32 человека.", []),
        ("In Sumgait in 1988, 32 people were killed, and in January 1990 the army came.", []),
    ],
)
def test_each_figure_takes_the_time_of_its_clause(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.value) for c in extract_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before the curfew was announced, 82 people were mercilessly killed by the troops.",
            [("killed", 82, "exact", "partial")],
        ),
        ("Soldiers ruthlessly gunned down 120 protesters.", [("killed", 120, "exact", "total")]),
        (
            "The crackdown led to the deaths of 131 people and the illegal arrest of 841 people.",
            [("killed", 131, "exact", "total"), ("arrested", 841, "exact", "total")],
        ),
        ("It ended with the detention of about 800 people.", [("arrested", 800, "approx", "total")]),
    ],
)
def test_english_adverbs_and_nouns_of_arrest(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another event's figure, then this event's after a dash standing for the same verb: this event's toll
        ("В 44-дневной войне погибли 2908 военнослужащих, а 20 января 1990 года — 147 человек.", [("killed", 147)]),
        ("Sumqayıtda 1988-ci ildə 32 nəfər öldürülüb, Bakıda isə 20 Yanvarda — 147 nəfər.", [("killed", 147)]),
        ("Sumgait'te 1988'de 32 kişi öldü; Bakü'de ise 20 Ocak'ta — 147 kişi.", [("killed", 147)]),
        ("In Khojaly 613 civilians were killed, and in Baku on 20 January — 147 people.", [("killed", 147)]),
        # the other event's own breakdown after a dash stays its own
        ("В 1992 году в Ходжалы были убиты 613 человек — 106 женщин и 63 ребёнка.", []),
    ],
)
def test_a_dash_after_another_events_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.value) for c in extract_casualties(text)] == expected


def test_a_dash_after_this_events_total_is_no_elision() -> None:
    assert rows("Погибли 147 человек — 131 в Баку.") == [("killed", 147, "exact", "total")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В ту ночь погибли 150 с лишним человек.", [("killed", 150, "at_least", "total")]),
        ("Погибли сто тридцать с лишним мирных жителей.", [("killed", 130, "at_least", "total")]),
        ("Ранены были семьсот с небольшим человек.", [("injured", 700, "at_least", "total")]),
    ],
)
def test_russian_a_little_over(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
