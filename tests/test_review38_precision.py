"""Near-misses of the rules merged for jan20's 38th round: a time counted from another event ("two years after the
Sumgait pogrom") in a sentence whose figure is of yet another, undated event ("… killed in the Baku pogroms"). The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

from ._helpers import people

EN = "A commemoration of the 20 January tragedy was held on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Two years after the Sumgait pogrom, 90 Armenians lost their lives in the Baku pogroms.",
        "Two years after the Sumgait pogrom, during the Baku pogrom some 90 Armenians were killed.",
        "Three years after the Sumgait pogroms, 40 people died in the pogroms in Baku.",
    ],
)
def test_a_count_from_one_event_does_not_date_the_dead_of_another(text: str) -> None:
    assert extract_casualties(EN + text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two years after the Sumgait pogrom, Soviet troops killed 147 people in Baku.", 147),
        ("Two years after the Sumgait pogrom, in which 32 died, 131 civilians were shot dead in Baku.", 131),
    ],
)
def test_a_count_from_a_dated_event_still_times_this_events_dead(text: str, value: int) -> None:
    assert [(c.category, c.value) for c in extract_casualties(EN + text)] == [("killed", value)]


TR = "20 Ocak Katliamı'nın yıl dönümü dolayısıyla anma töreni düzenlendi.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Geçen yıl anmaya katılan Büyükelçi Hazar İbrahim, bu yıl Bakü'deki törende söz aldı.",
        "Geçen yıl töreni açan Büyükelçi Hazar İbrahim bu sene de Iğdır'daki anmaya katıldı.",
        "Geçen yıl anmada konuşan Büyükelçi Hazar İbrahim, bu yılki törende çelenk bıraktı.",
    ],
)
def test_last_years_participle_with_this_year_named_keeps_the_person(text: str) -> None:
    assert people(TR + text) == [("Hazar İbrahim", "Ambassador")]


def test_this_year_in_contrast_does_not_bring_back_last_years_person() -> None:
    assert people(TR + "Geçen yıl anmada konuşan Vali Ali Kaya, bu yıl ise törene gelemedi.") == []


@pytest.mark.parametrize(
    "text",
    [
        "At the 1990 funeral, the cellist Mstislav Rostropovich played the cello.",
        "During the 1990 funerals, singer Alim Qasimov sang a mugham.",
        "At the 1989 rally, Ambassador Ali Hasanov laid a wreath.",
    ],
)
def test_an_event_of_1990_or_before_opening_the_sentence_places_nobody(text: str) -> None:
    assert people(EN + text) == []


def test_a_ceremony_named_after_a_year_of_history_still_places() -> None:
    assert people(EN + "At the event, pianist Farhad Badalbeyli played the piano.") == [
        ("Farhad Badalbeyli", "Pianist")
    ]


def test_a_ceremony_after_a_semicolon_keeps_the_person_of_a_history_opening() -> None:
    text = "At the 1990 funeral, crowds filled the streets; Ambassador Ali Hasanov recalled it at the ceremony."
    assert people(EN + text) == [("Ali Hasanov", "Ambassador")]


def test_this_year_named_after_a_titles_abbreviations_keeps_the_person() -> None:
    text = "Geçtiğimiz yıl anmada konuşan Rektör Prof. Dr. Ayşe Demir, bu yıl da şehitleri rahmetle andı."
    assert people(TR + text) == [("Ayşe Demir", "Rector")]
