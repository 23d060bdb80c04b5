"""Azerbaijani lists of attendees as official reports write them: a long list of titled names (a chain of genitives
before each name, a plural title before several names) closed by one plural verb at the end of the sentence; the
chairman of a municipality; and what places nobody (the martyrs named, people remembered, a statement made in some
people's name). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names
from ._helpers import roles as people

# --- a long list closed by one plural verb --------------------------------------------------------------------------

PARLIAMENT = (
    "Yanvarın 19-da Milli Məclis sədrinin birinci müavini Kamal Rzayev, sədr müavinləri Orxan Qasımov, Tural "
    "Səfərli və Nigar Hüseynova, komitə sədrləri, deputatlar, Milli Məclis Aparatının rəhbəri Rauf Bağırov {verb}."
)


@pytest.mark.parametrize(
    "verb",
    [
        "Şəhidlər xiyabanını ziyarət ediblər",
        "Şəhidlər xiyabanına gələrək şəhidlərin məzarlarını ziyarət ediblər",
        "Şəhidlər xiyabanında “Əbədi məşəl” abidəsi önünə əklil qoyublar",
        "anım mərasimində iştirak ediblər",
        "şəhidlərin xatirəsini ehtiramla yad ediblər",
    ],
)
def test_a_long_list_of_titled_names_is_closed_by_one_plural_verb(verb: str) -> None:
    found = people(PARLIAMENT.format(verb=verb))
    assert list(found) == ["Kamal Rzayev", "Orxan Qasımov", "Tural Səfərli", "Nigar Hüseynova", "Rauf Bağırov"]
    assert found["Kamal Rzayev"] == "First Deputy Speaker of the Milli Majlis"


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (PARLIAMENT.format(verb="Şəhidlər xiyabanını ziyarət ediblər"), "Deputy Chairman", 3),
        (
            "Mərasimdə Nazirlər Kabinetinin üzvləri, Baş nazirin müavinləri Samir Abbasov və Fuad Rəhimli, Bakı şəhər "
            "İcra Hakimiyyətinin başçısı Eldar Əzizov iştirak ediblər.",
            "Deputy Prime Minister",
            2,
        ),
        (
            "Universitetin prorektorları Aynur Cəfərova, Elvin Sadıqov və Ramin Həsənli, dekan Toğrul Əhmədov "
            "tədbirdə iştirak ediblər.",
            "Vice-Rector",
            3,
        ),
    ],
)
def test_a_plural_title_is_every_name_joined_after_it(text: str, title: str, expected: int) -> None:
    assert list(people(text).values()).count(title) == expected


def test_a_plural_title_after_a_name_is_the_next_item_not_the_names_title() -> None:
    found = people(
        "Sədr müavinləri Orxan Qasımov və Nigar Hüseynova, deputatlar, ziyalılar Şəhidlər xiyabanını ziyarət ediblər."
    )
    assert found == {"Orxan Qasımov": "Deputy Chairman", "Nigar Hüseynova": "Deputy Chairman"}


@pytest.mark.parametrize("verb", ["ziyarət edəcəklər", "ziyarət etməyiblər", "iştirak etməyiblər"])
def test_a_list_before_a_future_or_negated_verb_places_nobody(verb: str) -> None:
    assert names(PARLIAMENT.format(verb=f"Şəhidlər xiyabanını {verb}" if "ziyarət" in verb else verb)) == []


# --- the chairman of a municipality ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tədbirdə bələdiyyə sədri Elçin Məmmədov çıxış edib.", "Chairman of the Municipality"),
        (
            "Tədbirdə Xətai rayon İcra Hakimiyyətinin başçısı Rəşad Əliyev, rayon bələdiyyə sədri Vüqar Kərimov "
            "iştirak ediblər.",
            "Chairman of the Municipality",
        ),
        ("Binəqədi bələdiyyəsinin sədri Elçin Məmmədov tədbirdə çıxış edib.", "Chairman of the Binəqədi Municipality"),
        # a town's mayor stays one
        ("Rustavi bələdiyyəsinin meri Zurab Beridze tədbirdə çıxış edib.", "Mayor of Rustavi"),
    ],
)
def test_the_chairman_of_a_municipality(text: str, role: str) -> None:
    assert list(people(text).values())[-1] == role


# --- what places nobody ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the martyrs named, every one of the list
        "Tədbirdə şəhidlər Əli Məmmədov, Vəli Həsənov və Leyla Quliyevanın xatirəsi ehtiramla yad edilib.",
        "Şəhidlərin valideynləri şəhid Əli Məmmədov, Vəli Həsənov və Fərid Quliyevin məzarlarını ziyarət ediblər.",
        "Tədbirdə 20 Yanvar şəhidləri Əli Məmmədov, Vəli Həsənov və Fərid Quliyev ehtiramla anılıb.",
        # people remembered, in the passive or as the owners of the memory
        "Mərasimdə ümummilli lider Heydər Əliyevin və akademik Zərifə Əliyevanın xatirəsi yad edilib.",
        "Tələbələr Heydər Əliyevin və akademik Zərifə Əliyevanın xatirəsini ehtiramla yad ediblər.",
        # a statement in some people's name
        "Bəyanat Milli Məclisin deputatları Qənirə Paşayeva, Elman Nəsirov və Sahib Alıyev adından verilib.",
        "Tədbirdə deputatlar Qənirə Paşayeva, Elman Nəsirov və Sahib Alıyev adından müraciət oxunub.",
    ],
)
def test_martyrs_people_remembered_and_a_statement_in_their_name_are_no_attendees(text: str) -> None:
    assert names(text) == []


def test_the_visitor_of_a_martyrs_grave_is_there_and_the_martyr_is_not() -> None:
    assert names("Deputat Qənirə Paşayeva şəhid Fərid Quliyevin məzarını ziyarət edib.") == ["Qənirə Paşayeva"]


def test_a_martyrs_parent_after_the_martyr_is_there() -> None:
    found = names("Tədbirdə şəhid Əli Məmmədovun atası Vəli Məmmədov və deputat Qənirə Paşayeva iştirak ediblər.")
    assert found == ["Vəli Məmmədov", "Qənirə Paşayeva"]
