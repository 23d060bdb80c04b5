"""Casualty figures of a place's share beside the whole toll, of the disabled, of a city's or a country's people, of
another event's relative clause, and of a fact box's civilians' row. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str, str | None]  # category, value, qualifier, scope, who


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope, c.who) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's share and the whole toll in one sentence: the share is a part, the toll stays the whole
        (
            "Our district gave three martyrs of the 147 who died that night.",
            [("killed", 3, "exact", "partial", None), ("killed", 147, "exact", "total", None)],
        ),
        (
            "Lankaran lost five of its sons; 147 people died in all that night.",
            [("killed", 5, "exact", "partial", None), ("killed", 147, "exact", "total", None)],
        ),
        (
            "Of the 147 who died, 8 were killed in Lankaran.",
            [("killed", 147, "exact", "total", None), ("killed", 8, "exact", "partial", None)],
        ),
        (
            "Ленкорань потеряла пятерых своих сынов из 147 погибших в ту ночь.",
            [("killed", 5, "exact", "partial", None), ("killed", 147, "exact", "total", None)],
        ),
        (
            "Из 147 погибших пятеро были жителями Ленкорани.",
            [("killed", 147, "exact", "total", None), ("killed", 5, "exact", "partial", None)],
        ),
        (
            "В ту ночь погибли 147 человек, а Гёйчайский район потерял двух своих сыновей.",
            [("killed", 147, "exact", "total", None), ("killed", 2, "exact", "partial", None)],
        ),
        (
            "Sovet ordusu həmin gecə 147 nəfəri qətlə yetirdi, Lənkəran da üç övladını itirdi.",
            [("killed", 147, "exact", "total", None), ("killed", 3, "exact", "partial", None)],
        ),
        # ... and alone, the share stays a part
        ("The Goychay district gave three martyrs.", [("killed", 3, "exact", "partial", None)]),
        ("Qusar rayonu üç şəhid verdi.", [("killed", 3, "exact", "partial", None)]),
    ],
)
def test_a_share_beside_the_whole_toll(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an Azerbaijani place's share in a freer order: the town, "da/də" (also), a few words, the count
        ("Lənkəran da azadlıq uğrunda üç şəhid verdi.", [("killed", 3, "exact", "partial", None)]),
        ("Göyçay da o qanlı gecədə iki şəhid vermişdi.", [("killed", 2, "exact", "partial", None)]),
        ("O günlərdə Zaqatala da azadlıq, torpaq uğrunda iki şəhid verdi.", [("killed", 2, "exact", "partial", None)]),
        ("O günlərdə Masallı rayonu da beş övladını itirdi.", [("killed", 5, "exact", "partial", None)]),
        ("Həmin gecə Salyan da dörd övladını itirib.", [("killed", 4, "exact", "partial", None)]),
        # not the country's, the people's nor Baku's: the event's own
        ("Azərbaycan da azadlıq uğrunda 147 şəhid verdi.", [("killed", 147, "exact", "total", None)]),
        ("Bakı da o gecə 147 övladını itirdi.", [("killed", 147, "exact", "total", None)]),
    ],
)
def test_an_azerbaijani_share_in_a_freer_order(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those left disabled are among the injured: a part of them, never their whole
        ("That night 10 people became disabled for life.", [("injured", 10, "exact", "partial", None)]),
        (
            "Over 700 people were wounded, and 12 people were left disabled.",
            [("injured", 700, "at_least", "total", None), ("injured", 12, "exact", "partial", None)],
        ),
        ("Тогда 10 человек стали инвалидами на всю жизнь.", [("injured", 10, "exact", "partial", None)]),
        ("Həmin gecə 10 nəfər ömürlük əlil oldu.", [("injured", 10, "exact", "partial", None)]),
        ("O gecə 10 nəfər əlil qaldı.", [("injured", 10, "exact", "partial", None)]),
        ("O gece 10 kişi ömür boyu sakat kaldı.", [("injured", 10, "exact", "partial", None)]),
        ("Olaylarda 10 kişi engelli kaldı.", [("injured", 10, "exact", "partial", None)]),
    ],
)
def test_the_disabled_are_a_part_of_the_injured(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the disabled as people present, no casualty
        "10 disabled veterans laid flowers at the memorial.",
        "Tədbirdə 10 müharibə əlili iştirak edib.",
        "Törene 10 engelli gazi katıldı.",
    ],
)
def test_the_disabled_present_are_no_figure(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's or a country's people are people; their side is not said
        ("82 бакинца были убиты солдатами в ту ночь.", [("killed", 82, "exact", "total", None)]),
        ("В ту ночь были убиты 82 бакинца.", [("killed", 82, "exact", "total", None)]),
        ("В ту ночь от пуль погибли 93 азербайджанца.", [("killed", 93, "exact", "total", None)]),
        ("The troops killed 82 Bakuvians that night.", [("killed", 82, "exact", "total", None)]),
        ("O gece 82 Bakülü hayatını kaybetti.", [("killed", 82, "exact", "total", None)]),
        ("Həmin gecə 82 bakılı həlak olub.", [("killed", 82, "exact", "total", None)]),
    ],
)
def test_a_demonym_counts_people(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause about another event's dead: no figure of 1990's
        "Speakers also recalled Stalin's repressions, which claimed 40,000 victims in the republic.",
        "The deportations, which took some 40,000 lives, were also mentioned.",
        "Репрессии, унёсшие 40 тысяч жизней, также вспоминали на вечере.",
        "Упомянули и депортацию, которая унесла жизни 40 тысяч человек.",
        "Tədbirdə 40 min nəfərin ölümünə səbəb olan sürgün də xatırlandı.",
        "Anmada 40 bin kişinin ölümüne yol açan sürgün de hatırlatıldı.",
    ],
)
def test_a_clause_of_another_event_gives_no_figure(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ... but one about the event or a killing counts
        (
            "The assault, which claimed 147 lives, shocked the republic.",
            [("killed", 147, "exact", "total", None)],
        ),
        ("Штурм, унёсший жизни 147 человек, потряс республику.", [("killed", 147, "exact", "total", None)]),
        ("Hücum 147 nəfərin ölümünə səbəb olub.", [("killed", 147, "exact", "total", None)]),
        ("147 kişinin ölümüne yol açan saldırı unutulmadı.", [("killed", 147, "exact", "total", None)]),
    ],
)
def test_a_clause_of_the_event_counts(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fact box's bare row under the civilians' toll is the civilians', as one under the soldiers' is theirs
        (
            "Casualties\n131–170 civilians killed\n700–800 injured\n21–29 soldiers killed\n90 injured",
            [
                ("killed", 131, "range", "total", "civilians"),
                ("injured", 700, "range", "total", "civilians"),
                ("killed", 21, "range", "total", "soldiers"),
                ("injured", 90, "exact", "total", "soldiers"),
            ],
        ),
        (
            "Потери\n147 мирных жителей погибли\n744 ранены",
            [("killed", 147, "exact", "total", "civilians"), ("injured", 744, "exact", "total", "civilians")],
        ),
        # prose before it: as written
        (
            "Some 131 civilians were killed in the streets that night, the commission later found.\n700 injured",
            [("killed", 131, "approx", "total", "civilians"), ("injured", 700, "exact", "total", None)],
        ),
    ],
)
def test_a_civilians_row(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The assault resulted in over one hundred civilian, mostly Azeri, deaths.",
        "The assault resulted in over one hundred civilian, mostly Azerbaijani, deaths.",
    ],
)
def test_a_peoples_adjective_in_an_aside_is_no_people_noun(text: str) -> None:
    # (the demonyms are plural nouns, "82 Azeris"; the adjective of a nationality between the figure and its word is
    # an aside: the word lists of every language are one, so a Turkish "azeri" would be an English one too)
    assert [(f.category, f.low, f.who) for f in extract_casualties(text)] == [("killed", 100, "civilians")]
