"""Tests for jan20.extract.casualties: figures of the killed, injured, arrested and missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jan20.extract.casualties import CasualtyFigure, extract_casualties

from ._helpers import examples

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(f.category, f.value, f.qualifier, f.scope, f.who) for f in extract_casualties(text)]


def k(value: int, qualifier: str = "exact", scope: str = "total", who: str | None = None) -> Row:
    return ("killed", value, qualifier, scope, who)


def inj(value: int, qualifier: str = "exact", scope: str = "total", who: str | None = None) -> Row:
    return ("injured", value, qualifier, scope, who)


def arr(value: int, qualifier: str = "exact", scope: str = "total") -> Row:
    return ("arrested", value, qualifier, scope, None)


def mis(value: int, qualifier: str = "exact", scope: str = "total") -> Row:
    return ("missing", value, qualifier, scope, None)


# The sentences of the sample documents, as written.
SEED_000 = "147 Azerbaijani citizens were killed, 638 were injured and 841 people were illegally arrested."
SEED_002 = (
    "As a result of the January 20 military aggression, which was committed against innocent people, "
    "including children, women, and the elderly, in violation of all international law norms, and was one "
    "of the most serious crimes against humanity of the last century, 150 civilians were killed, 744 were "
    "seriously injured, and 4 people went missing."
)
SEED_003 = (
    " On the night of January 19 – 20, Soviet Army units entered Baku and nearby regions without warning, "
    "massacring civilians, leaving an estimated 147 people dead and 638 were injured. An additional 841 "
    "people were illegally arrested and hundreds of others were tortured. Massacres and plunders of a large "
    "number of public and private property in Baku in those days spread to many areas throughout Azerbaijan. "
    "And among those killed there were 6 Russians, 3 Jews, 3 Tatars, as well as innocent bystanders – "
    "children, women and the elderly…"
)
SEED_004 = (
    "On the night of January 19-20, 1990, several units of the Soviet army entered Baku and some other "
    "cities of Azerbaijan to suppress the popular movement for independence and to introduce a state of "
    "emergency.\n\nAt the time, thousands of protest rallies were held daily in Baku.\n\nAccording to "
    "official data, 150 civilians were killed that night, 744 were seriously wounded, and 4 were missing."
)
SEED_001 = (
    "The carnage against peaceful citizens demanding their constitutional rights, cruel killing of hundreds "
    "of innocent people will remain in the history of humankind. Twenty-five years ago, on that horrific "
    "night, the courageous sons and daughters of Azerbaijan sacrificed their lives and became martyrs. "
    "Every year on this date, the people of Azerbaijan pay tribute to the 20 January martyrs.\n"
    "- *Nationwide commemoration of 14rd anniversary of Bloody January tragedy President Ilham Aliyev pays "
    "tribute to martyrs (20 January, 2004).....2*"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(SEED_000, [k(147), inj(638), arr(841)], id="seed-000"),
        pytest.param(SEED_002, [k(150, who="civilians"), inj(744), mis(4)], id="seed-002"),
        pytest.param(
            SEED_003,
            [k(147, "approx"), inj(638), arr(841), k(6, scope="partial"), k(3, scope="partial"), k(3, scope="partial")],
            id="seed-003",
        ),
        pytest.param(SEED_004, [k(150, who="civilians"), inj(744), mis(4)], id="seed-004"),
        pytest.param(SEED_001, [], id="seed-001"),
    ],
)
def test_seed_sentences(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


POSITIVE: list[tuple[str, list[Row]]] = [
    # killed, in its many wordings
    ("The death toll rose to 147.", [k(147)]),
    ("Soviet troops stormed the city, killing 131 people.", [k(131)]),
    ("131 people lost their lives that night.", [k(131)]),
    ("The dead numbered 133.", [k(133)]),
    ("We remember the 147 martyrs.", [k(147)]),
    ("The 1990 events claimed 147 lives.", [k(147)]),
    ("The tragedy claimed the lives of 147 people.", [k(147)]),
    ("Black January: 147 killed.", [k(147)]),
    ("There were 147 deaths.", [k(147)]),
    ("Fatalities: 147.", [k(147)]),
    ("The death toll stood at 147.", [k(147)]),
    ("Human Rights Watch put the number of dead at 122.", [k(122)]),
    ("The number of those killed was later revised to 147.", [k(147)]),
    ("The number of wounded exceeded 700.", [inj(700, "at_least")]),
    ("The number of missing persons is 4.", [("missing", 4, "exact", "total", None)]),
    ("Five people remain missing to this day.", [("missing", 5, "exact", "total", None)]),
    ("4 people are still listed as missing.", [("missing", 4, "exact", "total", None)]),
    ("The authorities arrested about 400 activists.", [arr(400, "approx")]),
    ("At least 40 members of the Popular Front were imprisoned.", [arr(40, "at_least")]),
    ("Among the 147 killed were 20 women and 7 children.", [k(147), k(20, scope="partial"), k(7, scope="partial")]),
    ("Among the 744 wounded were 30 children.", [inj(744), inj(30, scope="partial")]),
    # Russian and Azerbaijani ranges, "reached", "more than"
    ("От 130 до 170 человек погибли.", [("killed", 130, "range", "total", None)]),
    ("Погибли от 130 до 170 человек.", [("killed", 130, "range", "total", None)]),
    ("Между 130 и 170 человек погибли.", [("killed", 130, "range", "total", None)]),
    ("Число погибших достигло 147.", [k(147)]),
    ("Число погибших превысило 130.", [k(130, "at_least")]),
    ("Без вести пропали 4 человека.", [("missing", 4, "exact", "total", None)]),
    ("Сто сорок семь человек погибли.", [k(147)]),
    ("Погибли более ста тридцати человек, около восьмисот были ранены.", [k(130, "at_least"), inj(800, "approx")]),
    ("800-dən çox insan yaralanıb.", [inj(800, "at_least")]),
    ("130-dan artıq nəfər həlak olub.", [k(130, "at_least")]),
    ("150-yə yaxın insan həlak olub.", [k(150, "at_most")]),
    ("Faciə zamanı 131 ilə 170 arasında insan həlak olub.", [("killed", 131, "range", "total", None)]),
    # Azerbaijani number words, with the endings of approximations
    ("Faciə nəticəsində yüz qırx yeddi nəfər həlak olub, yeddi yüz qırx dörd nəfər yaralanıb.", [k(147), inj(744)]),
    ("İki nəfər itkin düşüb.", [("missing", 2, "exact", "total", None)]),
    ("Yüzdən çox insan həbs edilib.", [arr(100, "at_least")]),
    ("Yeddi yüzə yaxın insan yaralanıb.", [inj(700, "at_most")]),
    ("Üç min nəfər həbs olunub.", [arr(3000)]),
    ("Faciədə həlak olanların sayı yüz qırx yeddi nəfərdir.", [k(147)]),
    ("Sovet qoşunları Bakıda 147 dinc sakini qətlə yetirib.", [k(147, who="civilians")]),
    # tables, labels and headlines
    ("| Killed | 147 |", [k(147)]),
    ("| Injured | 744 | official |", [inj(744)]),
    ("Deaths: 147 (official figure)", [k(147)]),
    ("Soviet Army kills 93 in Baku", [k(93)]),
    ("The shelling injures 20 civilians.", [inj(20, who="civilians")]),
    ("The death toll rose to 137 after three more victims died in hospital.", [k(137), k(3, scope="partial")]),
    ("Среди погибших были 20 женщин.", [k(20, scope="partial")]),
    ("Среди погибших – 20 женщин и 7 детей.", [k(20, scope="partial"), k(7, scope="partial")]),
    # Azerbaijani "the number of those killed is N"
    ("Həlak olanların sayı 147 nəfərə çatıb.", [k(147)]),
    ("Həlak olanların sayı 147, yaralananların sayı isə 744 nəfərdir.", [k(147), inj(744)]),
    ("Həbs olunanların sayı 841-ə çatıb.", [arr(841)]),
    ("İtkin düşənlərin sayı 4 nəfərdir.", [("missing", 4, "exact", "total", None)]),
    # an aside in brackets between the number and its casualty word
    ("147 (some sources say 170) people were killed.", [k(147)]),
    ("Some 841 people (including members of the Popular Front) were arrested.", [arr(841, "approx")]),
    ("The 26,000 troops (from several regions) killed 147 people.", [k(147)]),
    ("Altogether 131 people — men and women, young and old — were killed that night.", [k(131)]),
    ("147 people – mostly civilians – died.", [k(147)]),
    # a revision gives the new figure only
    ("The death toll was later raised from 83 to 131.", [k(131)]),
    ("The death toll was revised from 83 to 131.", [k(131)]),
    ("Погибших было 131, раненых — 744.", [k(131), inj(744)]),
    ("Out of 744 wounded, 300 were seriously injured.", [inj(744), inj(300, scope="partial")]),
    ("The dead were over 300.", [k(300, "at_least")]),
    ("Officials placed the number of wounded at 744.", [inj(744)]),
    ("The Popular Front estimated the dead at over 300.", [k(300, "at_least")]),
    ("The number of people killed reached 147.", [k(147)]),
    ("147 people had been killed by morning.", [k(147)]),
    ("147 people in Baku were killed.", [k(147)]),
    ("147 people died on January 20, 1990.", [k(147)]),
    ("On January 20, 1990, 147 people were killed.", [k(147)]),
    ("The events of 19-20 January killed 147.", [k(147)]),
    ("One hundred and forty-seven people were killed.", [k(147)]),
    ("Soldiers shot dead 20 demonstrators.", [k(20)]),
    # injured, arrested, missing
    ("Troops opened fire, wounding 744.", [inj(744)]),
    ("There were 744 wounded.", [inj(744)]),
    ("The government said 147 died and 744 were hurt.", [k(147), inj(744)]),
    ("They arrested 841 people.", [arr(841)]),
    ("841 people were detained.", [arr(841)]),
    ("841 arrests were made.", [arr(841)]),
    ("4 people are still missing.", [mis(4)]),
    ("Seven people went missing and have never been found.", [mis(7)]),
    ("Three men disappeared.", [mis(3)]),
    # several figures in one sentence
    ("Casualties: 147 dead, 744 injured.", [k(147), inj(744)]),
    ("147 killed, 744 injured, 841 arrested, 4 missing.", [k(147), inj(744), arr(841), mis(4)]),
    ("Soviet troops killed 147 people, wounded 744 and arrested 841.", [k(147), inj(744), arr(841)]),
    ("It killed 147 and left 744 wounded.", [k(147), inj(744)]),
    (
        "According to official data, 150 civilians were killed that night, 744 were seriously wounded, "
        "and 4 were missing.",
        [k(150, who="civilians"), inj(744), mis(4)],
    ),
    ("More than 100 people were killed, 700 injured and 400 detained.", [k(100, "at_least"), inj(700), arr(400)]),
    # qualifiers
    ("An estimated 133 civilians died.", [k(133, "approx", who="civilians")]),
    ("About 150 people were killed.", [k(150, "approx")]),
    ("Around 700 were injured.", [inj(700, "approx")]),
    ("Roughly 40 were arrested.", [arr(40, "approx")]),
    ("Some 150 people were killed and approximately 700 wounded.", [k(150, "approx"), inj(700, "approx")]),
    ("A dozen people were arrested.", [arr(12, "approx")]),
    ("More than 800 people were injured.", [inj(800, "at_least")]),
    ("Over 130 people were killed.", [k(130, "at_least")]),
    ("At least 130 people were killed.", [k(130, "at_least")]),
    ("Upwards of 200 were detained.", [arr(200, "at_least")]),
    ("The soldiers killed at least 131 people and wounded over 700.", [k(131, "at_least"), inj(700, "at_least")]),
    ("130 or more people were killed.", [k(130, "at_least")]),
    ("Up to 150 people may have died.", [k(150, "at_most")]),
    ("Nearly 150 people were killed.", [k(150, "at_most")]),
    ("Fewer than 10 people went missing.", [mis(10, "at_most")]),
    ("As many as 300 people may have been killed.", [k(300, "at_most")]),
    ("No more than 20 people were arrested and less than 5 went missing.", [arr(20, "at_most"), mis(5, "at_most")]),
    ("Nearly 700 were wounded, 50 or so seriously.", [inj(700, "at_most")]),
    ("The death toll was estimated at 147.", [k(147, "approx")]),
    ("The death toll went up to 147.", [k(147)]),  # a new figure, not a ceiling
    ("The death toll rose from 131 to 147.", [k(147)]),  # the old figure is not one
    # who
    ("21 soldiers were killed.", [k(21, who="soldiers")]),
    ("Two policemen died.", [k(2, who="police")]),
    ("150 peaceful residents were killed.", [k(150, who="civilians")]),
    ("One policeman was killed and 2 soldiers were wounded.", [k(1, who="police"), inj(2, who="soldiers")]),
    ("26,000 Soviet soldiers killed 147 civilians.", [k(147, who="civilians")]),
    # parts and totals
    ("Eight more people died in hospital.", [k(8, scope="partial")]),
    ("147 people were killed. Eight more died in hospital.", [k(147), k(8, scope="partial")]),
    ("A further 16 people were killed in Sumgayit.", [k(16, scope="partial")]),
    ("In Baku alone, 131 people were killed.", [k(131, scope="partial")]),
    ("82 people were killed before the curfew. In total, 147 people died.", [k(82, scope="partial"), k(147)]),
    ("82 people were killed before the curfew and 65 after it; in total 147.", [k(82, scope="partial"), k(147)]),
    ("In total 147 people were killed, 82 of them before the curfew.", [k(147), k(82, scope="partial")]),
    ("147 people were killed, of whom 20 died in hospital.", [k(147), k(20, scope="partial")]),
    ("147 people died. Of them, 20 were children.", [k(147), k(20, scope="partial")]),
    ("Of the 147 killed, 20 were children.", [k(147), k(20, scope="partial")]),
    (
        "147 people were killed. Among them were 6 Russians, 3 Jews and 3 Tatars.",
        [k(147), k(6, scope="partial"), k(3, scope="partial"), k(3, scope="partial")],
    ),
    (
        "147 people were killed, including 21 soldiers and 2 policemen.",
        [k(147), k(21, scope="partial", who="soldiers"), k(2, scope="partial", who="police")],
    ),
    (
        "147 people were killed, including 20 children, and 744 were injured.",
        [k(147), k(20, scope="partial"), inj(744)],
    ),
    (
        "147 were killed and 638 injured. An additional 841 people were illegally arrested.",
        [k(147), inj(638), arr(841)],  # "additional" after other kinds of victim: still the arrested total
    ),
    # Russian and Azerbaijani
    ("погибли 147 человек, 744 ранены.", [k(147), inj(744)]),
    ("Более 130 человек погибли.", [k(130, "at_least")]),
    ("147 nəfər həlak olub, 744 nəfər yaralanıb.", [k(147), inj(744)]),
    ("150 mülki şəxs həlak olub.", [k(150, who="civilians")]),
    ("841 nəfər həbs edilib, 4 nəfər itkin düşüb.", [arr(841), mis(4)]),
    (
        "В результате погибли 147 человек, 744 были ранены, 841 человек арестован, 4 пропали без вести.",
        [k(147), inj(744), arr(841), mis(4)],
    ),
    ("20 января 1990 года в Баку погибли 147 человек.", [k(147)]),
    (
        "Troops killed 12 and fatally wounded 3 more.",
        [k(12, scope="partial"), k(3, scope="partial")],
    ),  # died of wounds: both parts of 15
    ("Some 90 residents sustained serious injuries and 15 were taken into custody.", [inj(90, "approx"), arr(15)]),
    ("Officially 120 died, 600 were hurt, 9 - missing.", [k(120), inj(600), mis(9)]),
    ("Killed – 120, wounded – 600.", [k(120), inj(600)]),
    (
        "By March 160 people, including 5 Georgians, 2 Greeks, Avars and Talysh, had died.",
        [k(160), k(5, scope="partial"), k(2, scope="partial")],
    ),
    ("The raid caused over one hundred civilian, mostly local, deaths.", [k(100, "at_least", who="civilians")]),
    (
        "Soldiers killed 60 people before dawn. Later 30 more died. Thus, 90 people were killed in all.",
        [k(60, scope="partial"), k(30, scope="partial"), k(90)],
    ),
    ("Солдаты убили 60 и тяжело ранили 12 человек.", [k(60), inj(12)]),
    ("Карательные отряды вошли в город, лишив жизни 90 человек.", [k(90)]),
    (
        "O gecə 120 nəfər öldürülüb, 600-ü ağır xəsarət alıb, 300 günahsız vətəndaş həbs olunub.",
        [k(120), inj(600), arr(300)],
    ),
    # vague amounts beside a figure
    ("Some 120 people died and several hundred were wounded.", [k(120, "approx")]),
    ("Dozens were killed and 100 injured.", [inj(100)]),
    ("Black January\n147 people were killed that night.", [k(147)]),
    ("The official figures, 131 dead and 744 wounded, were disputed.", [k(131), inj(744)]),
    # reported speech: "said/thought/estimated" read as passive only after "be" or before "to have/be"
    ("Roughly a hundred and fifty people are said to have died.", [k(150, "approx")]),
    ("About 130 people were thought to have been killed.", [k(130, "approx")]),
    ("700 are estimated to have been injured.", [inj(700)]),
    ("Some 200 were alleged to have been arrested.", [arr(200, "approx")]),
    ("150 people said to have died in clashes.", [k(150)]),
    ("150 people, officials said, were killed.", [k(150)]),
    ("150 people, according to the ministry, were killed.", [k(150)]),
    ("150 человек, по данным министерства, погибли.", [k(150)]),
    ("The official death toll of 147 is disputed.", [k(147)]),
    ("The number of the dead is 147 and has not changed.", [k(147)]),
    # numbers joined by "and" or commas, each with its people: parts of one toll
    (
        "At least 93 Azerbaijanis and 29 Soviet soldiers were killed, according to official figures.",
        [k(93, "at_least", "partial"), k(29, scope="partial", who="soldiers")],
    ),
    (
        "93 Azerbaijanis, 29 soldiers and 3 policemen were killed.",
        [k(93, scope="partial"), k(29, scope="partial", who="soldiers"), k(3, scope="partial", who="police")],
    ),
    ("Soldiers killed 93 Azerbaijanis and 29 Russians.", [k(93, scope="partial"), k(29, scope="partial")]),
    (
        "131 civilians and 21 servicemen died.",
        [k(131, scope="partial", who="civilians"), k(21, scope="partial", who="soldiers")],
    ),
    # ... but not clauses joined by "and", nor a part of a figure named before it
    ("The tragedy killed 147 people and 744 were wounded.", [k(147), inj(744)]),
    ("The army killed 131 people and 744 people were injured.", [k(131), inj(744)]),
    ("In total, 147 people died and 5 went missing.", [k(147), mis(5)]),
    ("The army killed 147 people, 20 of them children.", [k(147), k(20, scope="partial")]),
    # Azerbaijani breakdowns put the casualty word first; Russian lists the missing
    ("Şəhidlərin arasında 20 qadın və 7 uşaq var idi.", [k(20, scope="partial"), k(7, scope="partial")]),
    ("Həlak olanların arasında 20 qadın var idi.", [k(20, scope="partial")]),
    ("Şəhidlərin sayı 147 nəfərdir.", [k(147)]),
    ("Пропавшими без вести числятся 4 человека.", [mis(4)]),
    ("4 человека числятся пропавшими без вести.", [mis(4)]),
    # a part named before "among those killed"; breakdowns with nationalities in lower case
    ("Two police officers were among those killed.", [k(2, scope="partial", who="police")]),
    ("Среди погибших были 6 русских и 3 еврея.", [k(6, scope="partial"), k(3, scope="partial")]),
    ("Həlak olanlar arasında 6 rus və 3 yəhudi var idi.", [k(6, scope="partial"), k(3, scope="partial")]),
    # the casualty word first, or with a modifier between; a headline's present tense
    ("Ранения получили 744 человека.", [inj(744)]),
    ("Həmin gecə 744 nəfər müxtəlif dərəcəli xəsarət alıb.", [inj(744)]),
    ("Troops kill at least 83 in Baku crackdown", [k(83, "at_least")]),
    ("Tanks injure 40 as army enters Baku", [inj(40)]),
    ("Among the 131 killed, 12 days passed before burial.", [k(131)]),  # days are not people
    # Russian collective numerals and "the death of"; a quoted figure
    ("Пятеро пропали без вести.", [mis(5)]),
    ("Погибли трое военнослужащих.", [k(3, who="soldiers")]),
    ("В сообщении говорится о гибели 14 военнослужащих.", [k(14, who="soldiers")]),
    ('Some estimates say "up to 300 people" had died.', [k(300, "at_most")]),
    ("«Около 150 человек» погибли, по словам очевидцев.", [k(150, "approx")]),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_figures(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high", "phrase"),
    [
        ("131–170 people were killed, according to various sources.", 131, 170, "131–170"),
        ("131-170 people were killed.", 131, 170, "131-170"),
        ("Between 133 and 137 people were killed.", 133, 137, "133 and 137"),
        ("From 131 to 170 civilians died.", 131, 170, "131 to 170"),
        ("Two or three people were killed.", 2, 3, "Two or three"),
        ("Reports put the death toll at 131 to 170.", 131, 170, "131 to 170"),
        ("Estimates of the dead range from 133 to 300.", 133, 300, "133 to 300"),
        ("Figures for the dead vary between 131 and 170.", 131, 170, "131 and 170"),
    ],
)
def test_ranges(text: str, low: int, high: int, phrase: str) -> None:
    [fig] = extract_casualties(text)
    assert (fig.category, fig.qualifier, fig.value, fig.low, fig.high) == ("killed", "range", low, low, high)
    assert text[fig.start : fig.end] == phrase


NEGATIVE = [
    # the old figure of a revision, not read as a range or a total
    "The official toll of dead rose from 131 in February to 147 by the end of the year.",
    # two categories in one count
    "A total of 875 dead and wounded were counted in Baku hospitals.",
    "The operation left 900 people dead or wounded.",
    "Over 800 people were killed or injured.",
    "Troops killed or wounded 875 people.",
    "Погибли и были ранены более 800 человек.",
    "800-dən çox insan həlak olub və yaralanıb.",
    # an age, "many", a table row without a casualty word
    "Hadisələr zamanı iyirmi altı yaşlı gənc həlak olub.",
    "Bir çox insan yaralanıb.",
    "| 1990 | 147 |",
    "Blast kills 3 days after ceremony",
    # another event's figures
    "During the Khojaly massacre in 1992, 613 civilians were killed.",
    "Во время Ходжалинской трагедии в 1992 году погибли 613 человек.",
    "Xocalı soyqırımı zamanı 613 nəfər qətlə yetirilib.",
    "The First Karabakh War killed around 30,000 people.",
    "Birinci Qarabağ müharibəsində 30 mindən çox insan həlak olub.",
    "Troops killed 3 days after the ceremony.",
    # ages and ratios
    "The dead were under 30.",
    "Most of the dead were over 40.",
    "3 out of 4 of those killed were shot in the back.",
    "1 in 4 of those wounded was a woman.",
    "Three of every 4 wounded were young men.",
    "The army lost 1 soldier for every 6 civilians killed.",
    "Один из погибших был ребёнком.",  # "one of the dead"
    "Тысячи людей вышли на улицы, многие были ранены.",  # "thousands of people"
    "The dead were buried at 10 different cemeteries.",
    "They put the wounded in 5 ambulances at 9 pm.",
    "Witnesses saw the dead at 3 locations.",
    "26,000 troops entered Baku on the night of January 19-20, 1990.",
    "On the night of January 19-20, 1990, the army entered Baku.",
    "A 16-year-old boy was among the dead.",
    "After the 44-day war, thousands of protest rallies were held.",
    "Every year millions of people visit the Alley of Martyrs.",
    "Hundreds of innocent people were killed.",
    "Soviet troops killed and injured hundreds of peaceful residents.",
    "1,000 homes were destroyed and 50 cars burned.",
    "See page 147 for the list of those killed.",
    "The 20 January martyrs were remembered.",
    "President Ilham Aliyev paid tribute to the martyrs of January 20.",
    "Twenty-five years ago, they sacrificed their lives and became martyrs.",
    "27 years have passed since the tragedy in which so many were killed.",
    "She died 20 years later.",
    "He was killed 3 days later.",
    "The attack could have killed 1,000 people.",
    "147 people were not killed.",
    "No one was killed.",
    "The one who died was 17.",
    "Children under 16 were killed too.",
    "Two missing pages were found.",
    "In 1990 people were killed.",
    "Over 2 million people visited the Alley of Martyrs in 2020.",
    "Rallies of 100,000 people were held.",
    "26,000 troops had killed the protesters.",
    "In 1994 the parliament called the killings a crime; 5 officials were named.",
    "The memorial, 30 metres tall, honours those who died.",
    "The 34th anniversary of the tragedy was marked on 20 January 2024.",
    "Nationwide commemoration of 14rd anniversary.....2*",
    "Azernews 2025-01-19 22:01 (UTC+04:00): the dead were remembered.",
    "Order No. 147 on those arrested was signed.",
    "It cost $147 million; no one died.",
    "The army of 26,000 troops, including 3,000 paratroopers, entered the city.",
    "About 20% of the wounded were children.",
    "150 demonstrators thought they would be killed.",
    "150 protesters said they were wounded by nobody.",
    "150 people, he said, were safe.",
    "150 people, and then more, were killed.",
    "",
    "20 Yanvar şəhidlərinin xatirəsi anıldı.",
    "Soldiers were ordered to kill 100 protesters if needed.",
    "Гибели можно было избежать в 1990 году.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_figures(text: str) -> None:
    assert rows(text) == []


def test_offsets_and_quote() -> None:
    text = "Intro line\n\n  According   to data,\n150 civilians were killed that night,  744 were wounded."
    killed, injured = extract_casualties(text)
    assert text[killed.start : killed.end] == "150"
    assert text[injured.start : injured.end] == "744"
    assert killed.quote == "According to data, 150 civilians were killed that night, 744 were wounded."
    assert injured.quote == killed.quote


def test_word_number_offsets() -> None:
    text = "In all, Eight more people died in hospital."
    [fig] = extract_casualties(text)
    assert text[fig.start : fig.end] == "Eight"


def _shipped(name: str) -> str:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{name} is not in the shipped corpus")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("embassy-hungary-2017-01-20.txt", [k(147), inj(638), arr(841)]),
        ("president-az.txt", []),
        ("azernews-2025-01-19.txt", [k(150, who="civilians"), inj(744), mis(4)]),
        (
            "eureporter-black-january.txt",
            [k(147, "approx"), inj(638), arr(841), k(6, scope="partial"), k(3, scope="partial"), k(3, scope="partial")],
        ),
        ("jamnews-2024-01-20.txt", [k(150, who="civilians"), inj(744), mis(4)]),
    ],
)
def test_shipped_documents(name: str, expected: list[Row]) -> None:
    assert rows(_shipped(name)) == expected


def _check(text: str, figures: list[CasualtyFigure]) -> None:
    assert figures == sorted(figures, key=lambda f: f.start)
    for f in figures:
        assert f.low <= f.value <= f.high
        assert 0 <= f.start < f.end <= len(text)
        assert f.category in {"killed", "injured", "arrested", "missing"}
        assert f.qualifier in {"exact", "approx", "at_least", "at_most", "range"}
        assert (f.qualifier == "range") == (f.low < f.high)
        assert f.scope in {"total", "partial"} and f.who in {None, "civilians", "soldiers", "police"}
        assert f.quote and f.quote == " ".join(f.quote.split())


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    _check(text, extract_casualties(text))


_PIECES = [
    "147",
    "1,200",
    "one hundred and",
    "forty-seven",
    "Eight",
    "a dozen",
    "19-20",
    "131–170",
    "1990",
    "34th",
    "January",
    "killed",
    "were",
    "people",
    "civilians",
    "soldiers",
    "died",
    "dead",
    "wounded",
    "injured",
    "arrested",
    "missing",
    "went",
    "lives",
    "claimed",
    "death toll",
    "rose to",
    "from",
    "to",
    "between",
    "and",
    "or",
    "more",
    "more than",
    "nearly",
    "about",
    "an estimated",
    "up to",
    "at least",
    "additional",
    "among them",
    "of whom",
    "of them",
    "including",
    "in total",
    "alone",
    "not",
    "had",
    "-year-old",
    "-day",
    "page",
    "No.",
    ",",
    ".",
    ";",
    ":",
    "\n",
    "\n\n",
    "погибли",
    "человек",
    "nəfər",
    "həlak",
]


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_casualty_like_text(text: str) -> None:
    _check(text, extract_casualties(text))


def test_a_large_noisy_input_gives_the_figures_of_every_copy() -> None:  # (speed: benchmarks/)
    text = (SEED_003 + "\n" + SEED_001 + "\n") * 200 + "1 " * 5000 + "\x00\x1b" * 1000
    figures = extract_casualties(text)
    assert len(figures) == 1200


def test_the_casualty_words_tried_at_a_word_are_those_whose_edge_it_is_in_their_order() -> None:
    from jan20.extract._casualty_words import KEYWORDS, keywords_with_edge

    def brute(word: str, ending: bool) -> list[tuple[str, str, tuple[str, ...]]]:
        edge = -1 if ending else 0
        return [
            kw
            for kw in KEYWORDS
            if kw[2][edge] == word or (kw[2][edge].endswith("*") and word.startswith(kw[2][edge][:-1]))
        ]

    words = {w.rstrip("*") + tail for kw in KEYWORDS for w in (kw[2][0], kw[2][-1]) for tail in ("", "ib", "s")}
    for word in [*sorted(words), "", "the", "people"]:
        for ending in (False, True):
            assert list(keywords_with_edge(word, ending)) == brute(word, ending), (word, ending)


def test_a_casualty_phrase_with_a_gap_stands_for_each_noun_at_each_place_of_the_gap() -> None:
    from jan20.extract._casualty_words import keyword_phrases

    row = {"phrases": ["victims of", "x _ y"], "nouns": ["a", "b*"], "span": 3}
    assert keyword_phrases(row) == [
        ("victims", "of"),
        *(
            ("x", *gap, "y")
            for noun in ("a", "b*")
            for gap in [(noun,), (noun, "*"), ("*", noun), (noun, "*", "*"), ("*", noun, "*"), ("*", "*", noun)]
        ),
    ]
    assert keyword_phrases({"phrases": ["fell to the _", "fell to _"], "nouns": ["tanks"]}) == [
        ("fell", "to", "the", "tanks"),
        ("fell", "to", "tanks"),
    ]
    assert keyword_phrases({"phrases": ["died"]}) == [("died",)]


def test_a_gap_of_up_to_four_words_holds_the_event_in_russian_victims_phrase() -> None:
    for text in (
        "Жертвами кровавой ночи в Баку стали 147 человек.",
        "Жертвами советских войск стали 147 человек.",
        "Жертвами той страшной январской трагедии стали 147 человек.",
    ):
        assert [(f.category, f.value) for f in extract_casualties(text)] == [("killed", 147)], text
    assert extract_casualties("Жертвами этой долгой цензуры стали 40 человек.") == []


def test_a_phrase_looked_up_by_its_edge_word_may_not_have_a_stem_there() -> None:
    from jan20.extract._casualty_words import edge_words

    assert edge_words([("or", "more"), ("+",)], 0) == frozenset({"or", "+"})
    with pytest.raises(ValueError, match="whole"):
        edge_words([("fazla*", "olarak")], 0)
