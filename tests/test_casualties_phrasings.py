"""Casualty figures as real reports state them, in four languages: the verb before the number ("Погибли 131
человек", "Həlak olub 147 nəfər", "Hayatını kaybetti 147 kişi"), victims that are the dead ("147 victims", "147
жертв", "147 qurbanı", "147 kurbanı"), Turkish number words, and figures bounded in time ("in the first hours",
"в последующие дни", "ilk saatlarda", "sonraki günlerde") or in place (a town or the districts outside Baku), which
are parts. Figures of other events (Khojaly, the Karabakh wars) are none of 1990's. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties
from jan20.text.numbers import find_numbers

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


def killed(value: int, qualifier: str = "exact", scope: str = "total", who: str | None = None) -> Row:
    return ("killed", value, qualifier, scope, who)


def injured(value: int, qualifier: str = "exact", scope: str = "total") -> Row:
    return ("injured", value, qualifier, scope, None)


VERB_FIRST: list[tuple[str, list[Row]]] = [
    ("Killed were 147 people, and wounded were 744.", [killed(147), injured(744)]),
    ("Погибли 131 человек, ранены 744.", [killed(131), injured(744)]),
    ("Было убито 137 человек.", [killed(137)]),
    ("Получили тяжелые ранения 744 человека.", [injured(744)]),
    ("В ту ночь скончались 12 человек.", [killed(12)]),
    ("Лишились жизни 147 человек, среди них дети.", [killed(147)]),
    ("Трагедия унесла жизни 147 человек.", [killed(147)]),
    ("Жертвами расправы стали 147 человек.", [killed(147)]),
    ("Həlak olub 147 nəfər, yaralanıb 744 nəfər.", [killed(147), injured(744)]),
    ("O gecə şəhid oldu 131 nəfər.", [killed(131)]),
    ("Qanunsuz həbs edilib 841 nəfər.", [("arrested", 841, "exact", "total", None)]),
    ("İtkin düşüb 4 nəfər.", [("missing", 4, "exact", "total", None)]),
    ("Hayatını kaybetti 147 kişi, yaralandı 744 kişi.", [killed(147), injured(744)]),
    ("O gece şehit oldu 131 kişi.", [killed(131)]),
    ("Gözaltına alındı 841 kişi.", [("arrested", 841, "exact", "total", None)]),
]

VICTIMS: list[tuple[str, list[Row]]] = [
    ("The massacre claimed 147 victims.", [killed(147)]),
    ("The 147 victims were buried at the Alley of Martyrs.", [killed(147)]),
    ("The crackdown left 147 victims and 744 wounded.", [killed(147), injured(744)]),
    ("The number of victims later rose to 147.", [killed(147)]),
    ("Трагедия 20 января унесла 147 жизней.", [killed(147)]),
    ("Всего было 147 жертв.", [killed(147)]),
    ("Число жертв достигло 147.", [killed(147)]),
    ("147 человек стали жертвами расправы.", [killed(147)]),
    ("Faciənin 147 qurbanı Şəhidlər xiyabanında dəfn olunub.", [killed(147)]),
    ("Qurbanların sayı 147 nəfərdir.", [killed(147)]),
    ("Ordu 147 nəfərin həyatına son qoydu.", [killed(147)]),
    ("O gecə 147 nəfər qurban getdi.", [killed(147)]),
    ("Katliamın 147 kurbanı Şehitler Hıyabanı'na defnedildi.", [killed(147)]),
    ("Kanlı Ocak'ta 147 kişi kurban gitti.", [killed(147)]),
]

# A weak word gives way to a verb after it, and to a negation.
VICTIMS_OTHERWISE: list[tuple[str, list[Row]]] = [
    ("Some 800 victims were injured by gunfire.", [injured(800, "approx")]),
    ("Около 800 жертв были ранены.", [injured(800, "approx")]),
]

NUMBER_WORDS_AND_QUALIFIERS: list[tuple[str, list[Row]]] = [
    ("Saldırıda yüz otuz yedi kişi hayatını kaybetti.", [killed(137)]),
    ("O gece yüz kırk yedi kişi can verdi.", [killed(147)]),
    ("Olaylarda yedi yüz kırk dört kişi yaralandı.", [injured(744)]),
    ("Saldırıda yüzden fazla kişi öldü.", [killed(100, "at_least")]),
    ("Saldırıda iki yüze yakın kişi yaralandı.", [injured(200, "at_most")]),
    ("Katliamda 130 ila 170 arasında kişi hayatını kaybetti.", [("killed", 130, "range", "total", None)]),
    ("Katliamda yaklaşık 150 kişi öldü.", [killed(150, "approx")]),
    # a range whose numbers carry case endings: "from 130 to 170"
    ("Faciədə 130-dan 170-ə qədər insan həlak olub.", [("killed", 130, "range", "total", None)]),
    ("Faciədə 130-dan 170-ədək insan həlak olub.", [("killed", 130, "range", "total", None)]),
    ("Katliamda 130'dan 170'e kadar kişi öldü.", [("killed", 130, "range", "total", None)]),
    ("Katliamda en az 130 kişi öldürüldü.", [killed(130, "at_least")]),
    ("Faciədə yüz qırx yeddi nəfər həlak olub.", [killed(147)]),
    ("Faciədə təxminən 150 nəfər həlak olub.", [killed(150, "approx")]),
    ("Погибло сто тридцать семь человек.", [killed(137)]),
    ("Погибли порядка 150 человек.", [killed(150, "approx")]),
    ("Unofficial estimates run as high as 300 dead.", [killed(300, "at_most")]),
    ("Qeyri-rəsmi məlumata görə 300-ə qədər insan həlak olub.", [killed(300, "at_most")]),
    ("Faciədə 300-ədək insan həlak olub.", [killed(300, "at_most")]),
    ("Gayriresmi rakamlara göre 300'e kadar kişi hayatını kaybetti.", [killed(300, "at_most")]),
    # a dash between the number and its verb, an adjective inside the verb's phrase
    ("Öldürülənlər 147 nəfər idi, 744 - isə yaralandı.", [killed(147), injured(744)]),
    ("Погибли 147 человек, 744 - получили тяжелые ранения.", [killed(147), injured(744)]),
    # parts named by their case ending after the casualty word: "şəhidlərin 20-si" (20 of the martyrs)
    ("Şəhidlərin 20-si qadın, 7-si uşaq idi.", [killed(20, scope="partial"), killed(7, scope="partial")]),
    ("Şehitlerin 20'si kadın, 7'si çocuktu.", [killed(20, scope="partial"), killed(7, scope="partial")]),
    ("Həbs olunanların 112-si Rusiyaya aparılıb.", [("arrested", 112, "exact", "partial", None)]),
    # a part of a figure named by its case ending: "onlardan 112-si" (112 of them)
    (
        "Həmin günlərdə 841 nəfər həbs olunub, onlardan 112-si Rusiyaya aparılıb.",
        [("arrested", 841, "exact", "total", None), ("arrested", 112, "exact", "partial", None)],
    ),
    ("Не менее 130 человек погибли.", [killed(130, "at_least")]),
]

BOUNDED_IN_TIME: list[tuple[str, list[Row]]] = [
    ("In the first hours of the assault, 82 people were killed.", [killed(82, scope="partial")]),
    ("By the morning of 20 January, 93 people had been killed.", [killed(93, scope="partial")]),
    ("Over the following days 21 people were killed.", [killed(21, scope="partial")]),
    ("In the days that followed, 21 people died of their wounds.", [killed(21, scope="partial")]),
    ("Of the wounded, 12 later died in hospital.", [killed(12, scope="partial")]),
    ("В первые часы погибли 82 человека.", [killed(82, scope="partial")]),
    ("К утру 20 января были убиты 93 человека.", [killed(93, scope="partial")]),
    ("В последующие дни скончались 21 человек.", [killed(21, scope="partial")]),
    ("В течение следующих дней погибли 21 человек.", [killed(21, scope="partial")]),
    ("İlk saatlarda 82 nəfər həlak olub.", [killed(82, scope="partial")]),
    ("Səhərə qədər 93 nəfər öldürülüb.", [killed(93, scope="partial")]),
    ("Sonrakı günlərdə 21 nəfər öldürülüb.", [killed(21, scope="partial")]),
    ("İlk saatlerde 82 kişi öldürüldü.", [killed(82, scope="partial")]),
    ("Sabaha kadar 93 kişi hayatını kaybetti.", [killed(93, scope="partial")]),
    ("Sonraki günlerde 21 kişi hayatını kaybetti.", [killed(21, scope="partial")]),
    # the time of the whole event bounds nothing
    ("In the early hours of 20 January, troops killed 147 people.", [killed(147)]),
    ("В ночь на 20 января было убито 137 лиц.", [killed(137)]),
    # a total said so stays one
    ("In the first hours 82 people were killed; in total 147 died.", [killed(82, scope="partial"), killed(147)]),
]

BOUNDED_IN_PLACE: list[tuple[str, list[Row]]] = [
    ("In Lankaran, 5 people were shot dead.", [killed(5, scope="partial")]),
    ("Three people were killed in Neftchala on 25 January.", [killed(3, scope="partial")]),
    ("In the districts 8 people were killed.", [killed(8, scope="partial")]),
    ("В районах погибли 8 человек.", [killed(8, scope="partial")]),
    ("В Ленкорани были убиты 5 человек.", [killed(5, scope="partial")]),
    ("Rayonlarda 8 nəfər həlak olub.", [killed(8, scope="partial")]),
    ("Lənkəranda 5 nəfər öldürülüb.", [killed(5, scope="partial")]),
    ("Bölgelerde 8 kişi hayatını kaybetti.", [killed(8, scope="partial")]),
    ("Lenkeran'da 5 kişi öldürüldü.", [killed(5, scope="partial")]),
    # Baku is the event's own place; places joined to others are the whole
    ("In Baku 147 people were killed.", [killed(147)]),
    ("In Baku and the districts 147 people were killed.", [killed(147)]),
    ("Troops killed 147 people in Baku, Sumgait and Lankaran.", [killed(147)]),
    ("В Баку и районах погибли 147 человек.", [killed(147)]),
    ("Bakıda və ətraf rayonlarda 147 nəfər öldürülüb.", [killed(147)]),
    ("Bakı və digər bölgələrdə 147 nəfər həlak olub.", [killed(147)]),
    ("Bakü'de ve bölgelerde 147 kişi öldürüldü.", [killed(147)]),
]

# Before or after the state of emergency was declared, or where it never was: parts.
STATE_OF_EMERGENCY: list[tuple[str, list[Row]]] = [
    (
        "Until the state of emergency was made public, the troops killed 80 people and wounded 25.",
        [killed(80, scope="partial"), injured(25, scope="partial")],
    ),
    ("After the declaration of a state of emergency, 20 more people were killed.", [killed(20, scope="partial")]),
    ("Six people died in towns where the state of emergency was not declared.", [killed(6, scope="partial")]),
    ("Fövqəladə vəziyyətin elan edilmədiyi yerlərdə 6 nəfər öldürülüb.", [killed(6, scope="partial")]),
    ("Olağanüstü halin ilan edilmediği yerlerde 6 kişi öldürüldü.", [killed(6, scope="partial")]),
]

MORE_VERBS: list[tuple[str, list[Row]]] = [
    ("Tanks rolled in, slaughtering 133 people and wounding around 700.", [killed(133), injured(700, "approx")]),
    ("That night 147 civilians were slaughtered.", [killed(147, who="civilians")]),
    ("Были расстреляны 147 мирных жителей.", [killed(147, who="civilians")]),
    ("Katliamda yüzden fazla sivil öldürüldü.", [killed(100, "at_least", who="civilians")]),
    ("The assault ended in the death of 130 to 170 civilians.", [("killed", 130, "range", "total", "civilians")]),
    ("Nearly 800 people suffered gunshot wounds.", [injured(800, "at_most")]),
    ("29 soldiers of the Soviet army were killed too.", [killed(29, who="soldiers")]),
    ("Погибли также 21 военнослужащий.", [killed(21, who="soldiers")]),
    ("Sonra 21 kişi yaralarından öldü.", [killed(21)]),
    ("Daha 21 nəfər yaralarından dünyasını dəyişib.", [killed(21, scope="partial")]),
    ("147 бакинцев стали жертвами той ночи.", [killed(147)]),
    ("20 Yanvar şəhidlərinin sayı 147 nəfərdir.", [killed(147)]),
]

SOLDIERS: list[tuple[str, list[Row]]] = [
    ("21 Soviet servicemen were also killed.", [killed(21, who="soldiers")]),
    ("Погибли двадцать один военнослужащий.", [killed(21, who="soldiers")]),
    ("Faciədə 21 hərbçi də həlak olub.", [killed(21, who="soldiers")]),
    ("Olaylarda 21 Sovyet askeri de öldü.", [killed(21, who="soldiers")]),
    ("21 military personnel were also killed.", [killed(21, who="soldiers")]),
    ("The Soviet side lost 21 servicemen.", [killed(21, who="soldiers")]),
    ("Погиб 21 советский солдат.", [killed(21, who="soldiers")]),
    ("Faciə zamanı 21 hərbi qulluqçu da həlak olub.", [killed(21, who="soldiers")]),
    ("Sovet ordusunun 21 əsgəri öldürülüb.", [killed(21, who="soldiers")]),
    ("O gecə 147 nəfər gülləbaran edilib.", [killed(147)]),
    ("O gece 147 kişi kurşuna dizildi.", [killed(147)]),
    ("Həmin gecə 841 nəfər həbsə alındı.", [("arrested", 841, "exact", "total", None)]),
    ("841 vətəndaşımız həmin günlərdə qanunsuz həbslərə məruz qalıb.", [("arrested", 841, "exact", "total", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *VERB_FIRST,
        *VICTIMS,
        *VICTIMS_OTHERWISE,
        *NUMBER_WORDS_AND_QUALIFIERS,
        *BOUNDED_IN_TIME,
        *BOUNDED_IN_PLACE,
        *STATE_OF_EMERGENCY,
        *MORE_VERBS,
        *SOLDIERS,
    ],
)
def test_figures_as_reports_state_them(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # other events in the same texts
        "During the Khojaly massacre, 613 civilians were killed.",
        "More than 2,900 martyrs of the Patriotic War are buried in the new alley.",
        "Xocalı soyqırımında 613 nəfər qətlə yetirilib.",
        "Vətən müharibəsində 2900-dən çox şəhid verdik.",
        "Hocalı katliamında 613 sivil öldürüldü.",
        "44 günlük savaşta 2908 asker şehit oldu.",
        "В Ходжалинской трагедии погибли 613 человек.",
        "In the 2020 war, 2,908 Azerbaijani servicemen were killed.",
        "Missiles fired at Ganja in October 2020 killed 26 civilians.",
        "В Отечественной войне 2020 года погибли 2908 военнослужащих.",
        "В 44-дневной войне погибли 2908 военнослужащих.",
        "44 günlük müharibədə 2908 hərbçi şəhid olub.",
        "Vatan Muharebesi'nde 2908 asker şehit düştü.",
        "2020'deki savaşta 2908 asker şehit oldu.",
        # victims that are no count of the dead
        "None of the 147 victims' families was ever compensated.",
        "The 147 victims' relatives never saw a trial.",
        # the verb before a number that counts no people
        "Həlak olub 30 il keçib.",
        "Hayatını kaybetti 30 yıl önce.",
        "The country lost 20 percent of its land.",
        "He lost 30 years of his life in exile.",
        "Bakıya 5-dən 10-a qədər tank girdi.",
        # English words that are Turkish number words, in a text naming a Turkish diplomat
        "Ambassador Cahit Bağcı spoke on the anniversary; 10 min of silence followed.",
    ],
)
def test_not_figures(text: str) -> None:
    assert rows(text) == []


def test_turkish_words_that_are_english_are_no_numbers() -> None:
    text = "Ambassador Cahit Bağcı laid flowers on the graves and put a wreath by the bin."
    assert find_numbers(text) == []
