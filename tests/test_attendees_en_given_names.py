"""English reports of embassy, consulate and diaspora evenings often name the host in full once, then by the given
name alone ("Elin then welcomed the guests", "Nasimi opened the evening"): that given name is the one person the text
named before with it in full, shown with the full name and the title of the full mention. Nobody is placed by a given
name two people of the text share, one that is also a surname there, one of a person remembered, a given name inside
a quotation, or one named in full only later. The sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jan20.extract import _given_names
from tests._helpers import people

EMBASSY = (
    "The Embassy of Azerbaijan to the United Kingdom marked the anniversary of 20 January 1990 with a memorial "
    "evening in London. The embassy has been headed by Ambassador Elin Suleymanov since 2023. "
)
CONSULATE = (
    "Azerbaijan's Consulate General in Los Angeles held a commemorative evening for the victims of Black January. "
    "The consulate is led by Consul General Nasimi Aghayev. "
)
UK = "Ambassador of Azerbaijan to the United Kingdom"  # (the bare post completed by the one embassy named)
SOCIETY = (
    "A memorial evening for the victims of Black January was held in Houston. It was prepared for weeks by Kamala "
    "Rzayeva, chairwoman of the Azerbaijani Society of Texas. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EMBASSY + "Elin welcomed the guests at the event.", [("Elin Suleymanov", UK)]),
        (EMBASSY + "Elin then addressed the audience.", [("Elin Suleymanov", UK)]),
        (EMBASSY + "After a minute of silence, Elin spoke at the event.", [("Elin Suleymanov", UK)]),
        (EMBASSY + "Ambassador Elin opened the evening.", [("Elin Suleymanov", UK)]),
        (
            CONSULATE + "Nasimi opened the evening and recalled the night of the curfew.",
            [("Nasimi Aghayev", "Consul General of Azerbaijan in Los Angeles")],
        ),
        (
            CONSULATE + "In his welcoming remarks, Nasimi thanked the guests for coming.",
            [("Nasimi Aghayev", "Consul General of Azerbaijan in Los Angeles")],
        ),
        (
            SOCIETY + "Kamala also took part in the vigil.",
            [("Kamala Rzayeva", "Chairwoman of the Azerbaijani Society of Texas")],
        ),
    ],
)
def test_a_given_name_alone_is_the_one_person_named_before_with_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CONSULATE + "Mr. Nasimi opened the evening.",
            [("Nasimi Aghayev", "Consul General of Azerbaijan in Los Angeles")],
        ),
        (
            CONSULATE + "Nasimi and Professor James Coyle spoke at the event.",
            [("Nasimi Aghayev", "Consul General of Azerbaijan in Los Angeles"), ("James Coyle", "Professor")],
        ),
        # the rule reads tokens, not English words: a Russian report alike
        (
            "Генеральное консульство Азербайджана в Лос-Анджелесе провело вечер памяти жертв 20 Января. Консульство "
            "возглавляет генеральный консул Насими Агаев. Насими открыл вечер и выступил перед гостями.",
            [("Насими Агаев", "Consul General of Azerbaijan in Los Angeles")],
        ),
    ],
)
def test_a_given_name_after_an_honorific_in_a_list_or_in_russian(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


def test_the_given_name_and_the_full_name_are_one_person() -> None:
    text = (
        "The Embassy of Azerbaijan to the United Kingdom held a memorial evening. Ambassador Elin Suleymanov laid "
        "flowers at the banner. Elin then welcomed the guests at the event."
    )
    assert people(text) == [("Elin Suleymanov", UK)]


@pytest.mark.parametrize(
    "text",
    [
        # two people of the text share the given name
        "A memorial evening was held at the society. Its chairman Ali Hasanov and its secretary Ali Mammadov "
        "prepared it. Ali spoke at the event.",
        # the word is a surname in the text too
        "A memorial evening was held at the society, prepared by Ali Hasan and Hasan Aliyev. Hasan spoke at the event.",
        # the one named in full is remembered
        "A memorial evening was held at the school. The martyr Elin Mammadov studied there. Elin spoke at the event.",
        "A memorial evening was held at the school. The late Elin Mammadov taught there. Elin was at the event.",
        # inside a quotation
        EMBASSY + '"Elin spoke at the event," a student said.',
        # named in full only after the given name
        "A memorial evening was held at the embassy. Elin spoke at the event. Elin Suleymanov is the ambassador.",
        # named with no word of presence or speech
        EMBASSY + "Elin lives in London with his family.",
        EMBASSY + "Elin did not attend the event.",
    ],
)
def test_no_given_name_alone_places_anyone_else(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a given name that is a common word too: "barış" (peace), "vətən" (homeland)
        "Milletvekili Barış Yılmaz 1975 yılında doğdu. 20 Ocak anmasında, Barış ve huzur için dualar edildi, "
        "öğrenciler Şehitler Hiyabanı'nı ziyaret etti.",
        "Deputy Vətən Məmmədov 1970-ci ildə anadan olub. Tədbirdə Vətən uğrunda şəhid olanların xatirəsi anıldı, "
        "iştirakçılar Şəhidlər xiyabanını ziyarət etdilər.",
        # a district named like a person, before a noun
        "Milletvekili Nesimi Ağayev Bakü'de yaşıyor. 20 Ocak'ta Nesimi ilçe sakinleri Şehitler Hiyabanı'nı ziyaret "
        "etti.",
        # a given name before a noun: the students of Azer, not Azer
        "Rector Azer Aliyev was born in Ganja in 1960. On 20 January, Azer students laid flowers at the Alley of "
        "Martyrs.",
        # a person of history, quoted at the event
        "Poet Nizami Ganjavi lived in the 12th century. At the ceremony attended by diplomats, Nizami was quoted.",
    ],
)
def test_a_word_that_is_only_like_a_given_name_places_nobody(text: str) -> None:
    assert people(text) == []


def test_the_text_is_indexed_once_for_all_its_given_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """The capitalised words where a full name can stand are found in one pass over the text, not one pass for each
    given name asked about (which took 24 s on 2,000 lone capitalised words)."""
    index: Callable[[str], object] = _given_names._index
    calls: list[str] = []

    def counted(text: str) -> object:
        calls.append(text)
        return index(text)

    monkeypatch.setattr(_given_names, "_index", counted)
    _given_names._runs.cache_clear()
    _given_names._one_named.cache_clear()
    hosts = ["Elin Suleymanov", "Nasimi Aghayev", "Kamala Rzayeva", "Orkhan Mammadov", "Leyla Huseynova"]
    others = ["Tural", "Sabina", "Rauf", "Gunel", "Emin", "Farid", "Aysel", "Vugar"]
    text = (
        "The embassy held a memorial evening. "
        + " ".join(f"Counsellor {h} attended the evening." for h in hosts)
        + " "
        + " ".join(f"{w.split()[0]} then laid flowers at the monument." for w in [*hosts, *others])
    )
    assert [p for p, _ in people(text)] == hosts
    assert calls == [text]
