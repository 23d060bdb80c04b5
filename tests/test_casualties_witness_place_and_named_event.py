"""Two casualty rules kept to what they mean. The dead where a witness stood are a part of the toll only when the
figure follows that place (`[casualties] partial_where`): a witness's story that goes on to the city's whole toll keeps
it total. And a sentence that names another event before this one gives its first figure to this event when the
figure's own words name it right after it (`named_next`), as the 2020 war told by its aim now counts as another event.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str, str]


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier, c.scope) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Where I was, the tanks crushed cars; that night 147 people were killed in the city.",
        "Where we stood in 1990, a memorial to the 147 victims now stands.",
        "Olduğum yerdə tanklar maşınları əzdi, o gecə şəhərdə 147 nəfər öldürüldü.",
        "Dayandığımız yerdə əsgərlər atəş açdı, ümumilikdə isə Bakıda 147 nəfər həlak oldu.",
        "Bulunduğum yerde tanklar arabaları ezdi, o gece şehirde 147 kişi öldü.",
        "Bulunduğumuz noktada toplanan halka askerler ateş açtı ve Bakü'de toplam 147 kişi öldü.",
        "Там, где я был, танки давили машины, а всего в ту ночь погибли 147 человек.",
        "На том месте, где мы стояли, сейчас стоит памятник 147 погибшим.",
    ],
)
def test_a_witness_place_far_from_the_figure_bounds_nothing(text: str) -> None:
    assert rows(text) == [("killed", 147, "exact", "total")]


@pytest.mark.parametrize(
    "text",
    [
        "At the corner where we stood, 12 people were shot dead.",
        "Olduğum yerdə 5 nəfər həlak oldu.",
        "Durduğumuz yerde 9 kişi öldü.",
        "Там, где я стоял, погибли 6 человек.",
    ],
)
def test_a_witness_place_right_before_its_figure_is_a_part(text: str) -> None:
    assert [r[3] for r in rows(text)] == ["partial"]


@pytest.mark.parametrize(
    "text",
    [
        "After the liberation of Karabakh, the families of the 147 victims of 20 January gathered at the Alley.",
        "The liberation of Karabakh honoured the memory of the 147 martyrs of 20 January.",
        "После освобождения Карабаха семьи 147 погибших 20 января собрались на Аллее.",
        "The troops sent after the Khojaly talks killed 147 people on 20 January 1990.",
    ],
)
def test_a_first_figure_whose_words_name_this_event_is_its(text: str) -> None:
    assert rows(text) == [("killed", 147, "exact", "total")]


@pytest.mark.parametrize(
    "text",
    [
        # the other event's figure, a comma or a number before this event's name
        "In Khojaly 613 people were killed, and on 20 January 1990 147 people died.",
        "Khojaly, where 613 died in 1992 and not 20 January, is remembered in February.",
        # a list's next item names this event: the figure before it stays the other's
        "Xocalıda qətlə yetirilən 613 nəfər və 20 Yanvarda həlak olan 147 nəfər anıldı.",
        "Qarabağ uğrunda döyüşlərdə şəhid olan 613 hərbçi və 20 Yanvarda həlak olan 147 nəfər anıldı.",
    ],
)
def test_an_other_events_figure_stays_its(text: str) -> None:
    assert 613 not in [r[1] for r in rows(text)]


def test_a_khojaly_lead_that_names_20_january_after_its_own_dead_is_khojalys() -> None:
    from jan20.archive.facts import about_another_event

    text = (
        "Today the country marks 31 years since the Khojaly massacre.\n\n"
        "Officials laid flowers at the monument in the capital, where veterans and students gathered in silence.\n\n"
        "The town fell that night. In the assault, 613 residents were killed and hundreds were taken hostage.\n\n"
        "It came two years after the tragedy of 20 January 1990, the speakers said.\n"
    )
    assert about_another_event(None, text) is True
