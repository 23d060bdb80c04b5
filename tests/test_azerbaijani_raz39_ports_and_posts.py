"""Azerbaijani real kinds, round 39: a port, a station, a stadium or an airport named in capitals is a place, never a
person ("Dəniz" is a given name too), and a commemoration made only in a social-network post places nobody. The
sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, roles

HEAD = "20 Yanvar faciəsinin 35-ci ildönümü ilə bağlı anım günü keçirilib.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bakı Dəniz Limanına yan alan gəmilər səs siqnalı verərək şəhidlərin xatirəsini yad edib.",
        "Səhər saatlarında Dəniz Limanının kollektivi də şəhidlərin xatirəsini anıb.",
        "Dəniz Vağzalından çıxan sərnişinlər də şəhidlərin xatirəsini yad ediblər.",
        "Şəhər Stadionunun işçiləri abidəni ziyarət ediblər.",
    ],
)
def test_a_port_or_a_station_is_no_person(sentence: str) -> None:
    assert names(HEAD + sentence) == []


def test_a_person_named_dəniz_still_is_one() -> None:
    text = HEAD + "Limanın rəisi Dəniz Quliyev Şəhidlər xiyabanını ziyarət edib."
    assert names(text) == ["Dəniz Quliyev"]
    assert roles(text)["Dəniz Quliyev"] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Millət vəkili Rauf Nağıyev sosial şəbəkə hesabında 20 Yanvar şəhidlərinin xatirəsini yad edib.",
        "Nazir Rauf Nağıyev feysbuk səhifəsində paylaşım edərək 20 Yanvar şəhidlərinin xatirəsini ehtiramla anıb.",
        "Deputat Rauf Nağıyev instaqram hesabındakı paylaşımında şəhidlərin əziz xatirəsini yad edib.",
    ],
)
def test_honour_paid_in_a_post_places_nobody(sentence: str) -> None:
    assert names(HEAD + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Millət vəkili Rauf Nağıyev sosial şəbəkə hesabında Şəhidlər xiyabanını ziyarət etdiyini yazıb.",
        "Nazir Rauf Nağıyev feysbuk səhifəsində yazıb ki, bu gün Şəhidlər xiyabanında şəhidlərin xatirəsini yad edib.",
        "Nazir Rauf Nağıyev Şəhidlər xiyabanını ziyarət edib və feysbuk səhifəsində foto paylaşıb.",
        "Tədbirdə səfirliyin əməkdaşı Rauf Nağıyev 20 Yanvar şəhidlərinin xatirəsini yad edib.",
    ],
)
def test_a_visit_the_post_tells_of_still_places(sentence: str) -> None:
    assert names(HEAD + sentence) == ["Rauf Nağıyev"]


def test_a_headline_over_a_report_of_a_post_places_nobody() -> None:
    """The headline says the honour, the report says it was a post, and no event is placed."""
    text = (
        "Aynur Qasımlı 20 Yanvar şəhidlərinin xatirəsini yad edib\n"
        "Millət vəkili Aynur Qasımlı 20 Yanvar faciəsinin ildönümü ilə bağlı paylaşım edib.\n"
        "“Şəhidlərimizi heç vaxt unutmayacağıq”, – deyə paylaşımda qeyd olunub."
    )
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a visit told besides the post
        "Aynur Qasımlı 20 Yanvar şəhidlərinin xatirəsini yad edib\n"
        "Millət vəkili Aynur Qasımlı Şəhidlər xiyabanını ziyarət edib, sonra feysbuk səhifəsində paylaşım edib.",
        # an event placed: the honour was paid there
        "Aynur Qasımlı 20 Yanvar şəhidlərinin xatirəsini yad edib\n"
        "Səfirlikdə anım tədbiri keçirilib, onun feysbuk səhifəsində paylaşım edilib.",
        # no post told
        "Millət vəkili Aynur Qasımlı 20 Yanvar şəhidlərinin xatirəsini yad edib.",
    ],
)
def test_honour_with_a_visit_an_event_or_no_post_still_places(text: str) -> None:
    assert names(text) == ["Aynur Qasımlı"]
