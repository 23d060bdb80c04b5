"""Figures set against rumours, parts named among a category, Russian participles and martyrs, shared people, other
events by place (Tbilisi, Afghanistan), a pretext's own dead in the next sentence, the pogrom week before the troops
came, and counts of nobody (README, "Extraction", "Casualties"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties


def figures(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties("Remembrance\n\n" + text)]


def whos(text: str) -> list[tuple[str, int, str | None]]:
    return [(f.category, f.value, f.who) for f in extract_casualties("Remembrance\n\n" + text)]


@pytest.mark.parametrize(
    "text",
    [
        "In spite of all the talk, and despite rumours of tens of thousands dead, 131 people lost their lives.",
        "Rumours told of thousands of bodies, but the commission counted 131 people killed.",
        "Несмотря на слухи о тысячах жертв, комиссия насчитала 131 погибшего.",
        "По городу ходили слухи о 10 тысячах убитых, однако погибли 131 человек.",
        "Minlərlə qurban barədə şayiələrə baxmayaraq, komissiya 131 nəfərin həlak olduğunu təsdiqlədi.",
        "On binlerce ölü söylentilerine rağmen 131 kişi hayatını kaybetti.",
        "10 bin kişinin öldüğü söylentileri çıktı, ama gerçekte 131 kişi öldü.",
    ],
)
def test_a_toll_set_against_rumours_stays(text: str) -> None:
    assert figures(text) == [("killed", 131)]


@pytest.mark.parametrize(
    "text",
    [
        "Rumours had it that 12,000 people were shot.",
        "Rumours told of 12,000 dead, but later rumours spoke of 20,000 killed.",
        "Despite the curfew, rumours said 12,000 were dead.",
    ],
)
def test_rumoured_figures_still_give_none(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "800 were wounded; 30 women and 12 babies were among the wounded.",
        "800 were wounded. 30 women and 12 infants were among the wounded.",
        "800 человек получили ранения. 30 женщин и 12 младенцев были среди раненых.",
    ],
)
def test_parts_named_among_a_category(text: str) -> None:
    assert figures(text) == [("injured", 800), ("injured", 30), ("injured", 12)]
    assert [f.scope for f in extract_casualties(text)] == ["total", "partial", "partial"]


@pytest.mark.parametrize(
    "text",
    [
        "Собравшиеся почтили память 131 человека, погибших в ту ночь.",
        "Память 131 человека, павших за свободу, почтили минутой молчания.",
        "Əsgərlər şəhərin 131 sakinini qətlə yetirdi.",
        "Askerler şehrin 131 sakinini öldürdü.",
        "Some 131 residents of the town who had gone out that night have been killed.",
        "Victims of the crackdown that claimed 131 lives on that night in 1990 were remembered.",
    ],
)
def test_people_named_far_from_their_word(text: str) -> None:
    assert figures(text) == [("killed", 131)]


def test_the_soviet_army_dead_after_also() -> None:
    assert whos("Погибли 131 мирный житель, погибли и 25 военнослужащих Советской армии.") == [
        ("killed", 131, "civilians"),
        ("killed", 25, "soldiers"),
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # two parallel clauses, a verb then its number, share the people said once
        ("Войска убили 131 и ранили 700 мирных жителей.", "civilians"),
        ("The soldiers killed 131 and wounded 700 civilians.", "civilians"),
        # a number before its own verb is a clause of its own: the civilians are the later number's alone
        ("131 погибли и ранены 700 мирных жителей.", None),
        ("131 were killed and 700 civilians wounded.", None),
    ],
)
def test_people_said_once_after_two_numbers(text: str, first: str | None) -> None:
    assert whos(text) == [("killed", 131, first), ("injured", 700, "civilians")]


@pytest.mark.parametrize(
    "text",
    [
        "In Vilnius 14 died, in Black January 131.",
        "In the Tbilisi tragedy 19 died, in Black January 131.",
    ],
)
def test_another_citys_toll_in_the_same_sentence(text: str) -> None:
    assert figures(text) == [("killed", 131)]


@pytest.mark.parametrize(
    "text",
    [
        "In Tbilisi 19 people died when troops broke up the rally.",
        "В Тбилиси тогда погибли 19 человек.",
        "Tbilisidə 19 nəfər həlak olmuşdu.",
        "More than 13,000 Soviet soldiers died in Afghanistan.",
        "В Афганистане погибли более 13 тысяч советских солдат.",
        "Afganistan'da 13 binden fazla Sovyet askeri öldü.",
        "Əfqanıstanda 13 mindən çox sovet əsgəri həlak olub.",
    ],
)
def test_figures_of_other_places_wars(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Moscow named the Sumgait events as the pretext for the operation. There 32 people had died.",
        "Kreml Sumqayıt hadisələrini qoşun yeritmək üçün bəhanə etdi. Orada 32 nəfər həlak olmuşdu.",
        "Moskova Sumgayıt olaylarını bahane etti. Orada 32 kişi ölmüştü.",
        "Под предлогом сумгаитских событий войска вошли в город. Там погибли 32 человека.",
    ],
)
def test_a_pretexts_own_dead_in_the_next_sentence(text: str) -> None:
    assert figures(text) == []


def test_there_were_after_a_pretext_is_no_pointer() -> None:
    text = "Moscow named the pogroms as the pretext for the operation. There were 131 people killed that night."
    assert figures(text) == [("killed", 131)]


@pytest.mark.parametrize(
    "text",
    [
        "14 Ocak 1990'da Bakü'de başlayan olaylarda 60 kişi öldü.",
        "Bakü'de 14-18 Ocak 1990 tarihlerinde yaşanan karışıklıklarda 60 kişi hayatını kaybetti.",
        "On 14 January 1990 unrest began in Baku, and 60 people died.",
        "14 января 1990 года в Баку начались беспорядки, погибли 60 человек.",
        "1990-cı il yanvarın 14-də Bakıda başlayan iğtişaşlarda 60 nəfər öldü.",
        "Bakü'de 14-19 Ocak 1990 tarihlerinde olaylar yaşandı. Olaylarda 60 kişi öldü.",
    ],
)
def test_the_week_before_the_troops(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "19-20 Ocak 1990 gecesi 131 kişi öldü.",
        "On 14 January 1990 unrest began. On 20 January 131 people were killed.",
        "Yanvarın 14-də universitetdə anım keçirildi: 1990-cı ildə 131 nəfər həlak olub.",
    ],
)
def test_the_troops_night_stays(text: str) -> None:
    assert figures(text) == [("killed", 131)]


@pytest.mark.parametrize("text", ["0 people were killed in the first hour.", "Nobody died, and 0 were wounded."])
def test_a_count_of_nobody_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("Gece 131 sivil öldü; 12 kişi daha sonra hastanede öldü.", None),
        ("O gecə 131 dinc sakin həlak oldu, 12 nəfər daha sonra xəstəxanada öldü.", None),
        ("Gece 131 sivil öldü, 12 kişi daha öldü.", "civilians"),
    ],
)
def test_later_is_not_more_of_the_same_people(text: str, later: str | None) -> None:
    assert whos(text)[1] == ("killed", 12, later)


@pytest.mark.parametrize(
    "text",
    [
        "O gece 131 sivil ve 12 asker hayatını kaybetti.",
        "O gecə 131 dinc sakin və 12 hərbçi həlak olub.",
    ],
)
def test_two_numbers_before_one_verb_at_the_end(text: str) -> None:
    assert whos(text) == [("killed", 131, "civilians"), ("killed", 12, "soldiers")]
    assert [f.scope for f in extract_casualties(text)] == ["partial", "partial"]


@pytest.mark.parametrize(
    "text",
    [
        "Bakıda 125 nəfər və rayonlarda 6 nəfər həlak olub.",
        "Bakü'de 125 kişi ve bölgelerde 6 kişi öldü.",
    ],
)
def test_a_verb_said_once_after_two_placed_numbers(text: str) -> None:
    assert figures(text) == [("killed", 125), ("killed", 6)]
    assert [f.scope for f in extract_casualties(text)] == ["partial", "partial"]


def test_an_event_and_a_crowd_joined_give_no_figure() -> None:
    assert figures("Anmaya 300 kişi ve 20 Ocak şehitlerinin aileleri katıldı.") == []
