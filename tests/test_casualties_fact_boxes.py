"""Casualty figures as fact boxes, labels and opinion pieces state them, in English, Azerbaijani and Turkish: a label
and its value on two lines ("Deaths" then "133–137", "Ölü sayı" then "• 147"), a label before a colon or a dash
("Ölenler: 147 kişi", "Gözaltı: 841", "Şəhid: 147"), a dash standing for the verb ("147 people – killed, 744 –
wounded"), a qualifier said after the people ("150 nəfərə yaxın insan", "130 kişiyi aşkın"), a lone "hundred" after
"over"; and what is no figure of 1990's: another event named (the Sumgait events, the Tbilisi tragedy of April 1989),
or the year nearest a figure in a sentence that also names 1990 ("In Sumgait in 1988, 32 died, and in January 1990
…"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.archive.facts import about_another_event
from jan20.extract.casualties import extract_casualties
from jan20.text.numbers import find_numbers

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


def killed(value: int, qualifier: str = "exact", scope: str = "total", who: str | None = None) -> Row:
    return ("killed", value, qualifier, scope, who)


def injured(value: int, qualifier: str = "exact", scope: str = "total", who: str | None = None) -> Row:
    return ("injured", value, qualifier, scope, who)


def arrested(value: int, qualifier: str = "exact", scope: str = "total") -> Row:
    return ("arrested", value, qualifier, scope, None)


# A label on a line of its own, its value on the next (a fact box copied as text).
LABEL_THEN_VALUE: list[tuple[str, list[Row]]] = [
    (
        "Deaths\n133–137\nInjuries\n700–800",
        [("killed", 133, "range", "total", None), ("injured", 700, "range", "total", None)],
    ),
    ("Killed\n147\nWounded\n744\nArrested\n841", [killed(147), injured(744), arrested(841)]),
    ("Date\n20 January 1990\nDeaths\n147", [killed(147)]),
    ("Ölü sayı\n• 147\nYaralı sayı\n• 744", [killed(147), injured(744)]),
    ("Həlak olanlar\n147 nəfər\nYaralananlar\n744 nəfər", [killed(147), injured(744)]),
    ("Ölü\n131\nYaralı\n744", [killed(131), injured(744)]),
    ("Ölenler\n147 kişi\nGözaltı\n841", [killed(147), arrested(841)]),
]

# The reference marks of a page copied from an encyclopedia.
CITATIONS: list[tuple[str, list[Row]]] = [
    ("Deaths: 133–137[1]", [("killed", 133, "range", "total", None)]),
    ("131[1]–170[2] civilians killed", [("killed", 131, "range", "total", "civilians")]),
    ("According to official figures 133[3] people died and 611[4] were injured.", [killed(133), injured(611)]),
    (
        "Casualties and losses\nfrom 131 [1] to 170 [2] civilians killed,\n744 injured [1]",
        [("killed", 131, "range", "total", "civilians"), ("injured", 744, "exact", "total", "civilians")],
    ),
]

# A label and its value on one line, a colon or a dash between them.
LABELS: list[tuple[str, list[Row]]] = [
    ("Ölenler: 147 kişi", [killed(147)]),
    ("Gözaltı: 841", [arrested(841)]),
    ("Sonuç: 147 şehit, 744 yaralı, 841 gözaltı.", [killed(147), injured(744), arrested(841)]),
    ("Ölənlər: 147", [killed(147)]),
    ("Ölənlərin sayı - 147.", [killed(147)]),
    ("Ölənlərin sayı: 147 nəfər.", [killed(147)]),
    ("Şəhid: 147", [killed(147)]),
    ("Ölən 147 nəfər Şəhidlər xiyabanında dəfn edilib.", [killed(147)]),
    # a place in brackets, a breakdown of the figure before them, bounds no figure
    ("Dead: 147 (131 in Baku, 16 in the districts).", [killed(147)]),
    ("Lənkəranda (cənubda) 5 nəfər öldürülüb.", [killed(5, scope="partial")]),
    ("Ölü: 147, Yaralı: 744, Kayıp: 4", [killed(147), injured(744), ("missing", 4, "exact", "total", None)]),
    # a dash standing for the verb after each number, which is no aside around the next
    ("147 people – killed, 744 – wounded, 841 – arrested.", [killed(147), injured(744), arrested(841)]),
    ("147 nəfər – həlak olub, 744 nəfər – yaralanıb.", [killed(147), injured(744)]),
    ("147 kişi – öldü, 744 kişi – yaralandı.", [killed(147), injured(744)]),
    ("131 people — men and women — were killed.", [killed(131)]),
]

QUALIFIERS_AND_NUMBER_WORDS: list[tuple[str, list[Row]]] = [
    ("Operation Strike killed over hundred Azerbaijani civilians.", [killed(100, "at_least", who="civilians")]),
    ("More than hundred people died.", [killed(100, "at_least")]),
    ("Nearly hundred people were wounded.", [injured(100, "at_most")]),
    # "-odd" after a number: about so many
    ("130-odd people were killed.", [killed(130, "approx")]),
    ("Some 130-odd people were killed.", [killed(130, "approx")]),
    ("A hundred and thirty-odd people died.", [killed(130, "approx")]),
    # the qualifier after the people: "150 nəfərə yaxın insan" (close to 150 people)
    ("150 nəfərə yaxın insan həlak olub.", [killed(150, "at_most")]),
    ("Yüz əlli nəfərə yaxın insan həlak olub.", [killed(150, "at_most")]),
    ("Faciədə 800 nəfərdən artıq insan yaralanıb.", [injured(800, "at_least")]),
    ("Min nəfərə yaxın insan həbs olundu.", [arrested(1000, "at_most")]),
    ("150 kişiye yakın insan öldü.", [killed(150, "at_most")]),
    # a number word in the accusative before "aşkın", "aşan" (over): "yüzü aşkın" (over a hundred)
    ("Yüzü aşkın kişi hayatını kaybetti.", [killed(100, "at_least")]),
    ("Yedi yüzü aşkın kişi yaralandı.", [injured(700, "at_least")]),
    ("Bini aşkın kişi gözaltına alındı.", [arrested(1000, "at_least")]),
    ("Olaylarda yüzü aşan sivil öldürüldü.", [killed(100, "at_least", who="civilians")]),
    ("Annesinin yüzü gözyaşıyla ıslandı, 5 kişi yaralandı.", [injured(5)]),
    ("Olaylarda 130 kişiyi aşkın sivil hayatını kaybetti.", [killed(130, "at_least", who="civilians")]),
]

# "more" after a figure of another category in its sentence counts others, not more of the same.
MORE_OF_ANOTHER: list[tuple[str, list[Row]]] = [
    (
        "The army killed 82 civilians and severely wounded 20 others. 21 more civilians were murdered. In all, 131 "
        "civilians were killed and 744 more were wounded.",
        [
            killed(82, scope="partial", who="civilians"),
            injured(20, who="civilians"),  # the same people: "20 others"
            killed(21, scope="partial", who="civilians"),
            killed(131, who="civilians"),
            injured(744, who="civilians"),  # "744 more"
        ],
    ),
    ("As a result, 131 people were killed and 744 more were wounded.", [killed(131), injured(744)]),
    (
        "Then 147 were killed, 744 wounded and 21 more died of their wounds.",
        [killed(147), injured(744), killed(21, scope="partial")],
    ),
]

# The night and the days after it are the whole time of the event, not a part of it.
NIGHT_AND_DAYS_AFTER: list[tuple[str, list[Row]]] = [
    ("On that night and in the following days, 147 people were killed.", [killed(147)]),
    ("In the following days 21 people were killed.", [killed(21, scope="partial")]),
    (
        "Həmin gecə və sonrakı bir neçə gündə Bakıda və Azərbaycanın digər bölgələrində 147 nəfər öldürüldü, 744 "
        "nəfər yaralandı.",
        [killed(147), injured(744)],
    ),
    ("Sonrakı günlərdə 21 nəfər öldürülüb.", [killed(21, scope="partial")]),
    ("Azərbaycanın digər bölgələrində 16 nəfər həlak olub.", [killed(16, scope="partial")]),
    ("O gece ve sonraki günlerde 147 kişi öldürüldü.", [killed(147)]),
    ("Sonraki günlerde 21 kişi hayatını kaybetti.", [killed(21, scope="partial")]),
]

# A sentence naming 1990 and another year: each figure's time is the year named nearest it.
NEAREST_YEAR: list[tuple[str, list[Row]]] = [
    ("In Sumgait in 1988, 32 people were killed, and in January 1990 the army came.", []),
    ("In January 1990, troops killed 147 people, two years after 32 died in Sumgait in 1988.", [killed(147)]),
    ("Unlike in 1988, when 32 died in Sumgait, in January 1990 troops killed 147 people.", [killed(147)]),
    ("On 20 January 1990 troops killed 147 people, and in 1991 14 more died in Vilnius.", [killed(147)]),
    ("1988-ci ildə Sumqayıtda 32 nəfər öldürülüb, 1990-cı ilin yanvarında isə 147 nəfər həlak olub.", [killed(147)]),
    ("1988'de Sumgayıt'ta 32 kişi öldü, 1990 Ocak'ında ise 147 kişi hayatını kaybetti.", [killed(147)]),
    # a year of the commemorations, later, is no other event's
    ("In 2020, officials recalled that 147 people were killed.", [killed(147)]),
    # a later year that is not the figure's time
    ("In 1994, parliament recognised that 147 people were killed in January 1990.", [killed(147)]),
    ("On 20 January 2020 people remembered the 147 victims of January 1990.", [killed(147)]),
    # a place said of another year bounds none of 1990's figures
    ("Bakıda 1990-cı ilin yanvarında 147 nəfər həlak olub, 1988-ci ildə isə Sumqayıtda 32 nəfər.", [killed(147)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *LABEL_THEN_VALUE,
        *CITATIONS,
        *LABELS,
        *QUALIFIERS_AND_NUMBER_WORDS,
        *MORE_OF_ANOTHER,
        *NIGHT_AND_DAYS_AFTER,
        *NEAREST_YEAR,
    ],
)
def test_figures_of_fact_boxes_and_opinion_pieces(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # other events named
        "Two years earlier, the Sumgait events had claimed 32 lives.",
        "The Sumgait tragedy left 32 people dead.",
        "The Tbilisi tragedy of 9 April left 21 dead.",
        "On April 9, 1989 the crackdown in Tbilisi killed 21 people.",
        "The April 9 tragedy took 21 lives in the Georgian capital.",
        "Sumqayıt hadisələrində 32 nəfər öldürülüb.",
        "Tbilisi faciəsində 21 nəfər həlak olub.",
        "9 aprel faciəsində 21 nəfər həlak olub.",
        "Tiflis trajedisinde 21 kişi öldü.",
        "Sumgayıt katliamında 32 kişi öldürüldü.",
        "9 Nisan 1989 olaylarında 21 kişi hayatını kaybetti.",
        # a sentence timed later in the 1990s, without 1990: a later event's toll
        "In February 1992, 613 civilians were massacred in a town in Karabakh.",
        "In January 1991, Soviet troops killed 14 people at the television tower.",
        "1992-ci ilin fevralında 613 dinc sakin qətlə yetirildi.",
        "1992'de 613 sivil katledildi.",
        # a lone scale word without a word that makes it a count
        "Several hundred were wounded.",
        # a compound after a number is no figure's qualifier
        "A forty-year-old man was killed.",
        "A 16-year-old boy was killed.",
        "The hundred victims' families were never compensated.",
        # a label's word that is no label here
        "Şəhid ailələrinə 500 manat yardım verildi.",
        "Ölenlerin ailelerine 100 bin lira verildi.",
        # a number before a unit, joined to a figure by a comma
        "Troops killed people, two years later.",
        # a long line before a line starting with a number is no label
        "The commission of the Milli Majlis met on the fourth floor of the building\n12 members took part.",
    ],
)
def test_not_figures(text: str) -> None:
    assert rows(text) == []


def test_a_place_alone_is_no_other_event() -> None:
    """Tbilisi and Vilnius host commemorations of 1990 too: only "the Tbilisi tragedy" names another event."""
    assert rows("In Tbilisi, the embassy staff remembered the 147 people killed in Baku.") == [killed(147)]
    assert rows("Tbilisi events honoured the 147 victims.") == [killed(147)]
    assert rows("Vilnius'ta büyükelçilik, Bakü'de öldürülen 147 kişiyi andı.") == [killed(147)]
    assert rows("Kayıp 30 yılın ardından anıldı.") == []


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("The Tbilisi tragedy, 35 years on", True),
        ("Tiflis trajedisinin yıl dönümü", True),
        ("Sumgait events remembered in Yerevan", True),
        ("Tbilisi events honour the victims of Black January", False),
        ("Embassy in Tbilisi marks a day of mourning", False),
        ("Vilnius: Azerbaijanis remember their martyrs", False),
    ],
)
def test_a_story_about_another_event(title: str, other: bool) -> None:
    assert about_another_event(title, "The ceremony was held at noon.") is other


def test_turkish_accusative_number_words() -> None:
    """ "yüzü aşkın" (over a hundred) reads the accusative's ending; "biri" (one of them) and "birden" (suddenly)
    stay no numbers."""
    assert [n.value for n in find_numbers("Yüzü aşkın kişi, yedi yüzü aşkın yaralı.")] == [100, 700]
    assert find_numbers("Bu gün tarihin en acı sayfalarından biri olarak anılıyor.") == []
    assert find_numbers("Birden fazla tören düzenlendi.") == []
