"""Turkish and Azerbaijani attendee names: titles written before a name in Turkish order (a post, then a rank or
degree), and capitalised phrases that are no people (ceremony terms, bodies, abbreviations with a case ending).
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._name_words import acronym
from jan20.extract.attendees import extract_attendees


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


def _names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


# --- titled names in lists closed by one verb ------------------------------------------------------------------


def test_a_post_then_a_rank_keeps_the_post_as_the_role() -> None:
    text = (
        "Kars'ta 20 Ocak şehitleri için tören düzenlendi. Törene İl Jandarma Komutanı Albay Sinan Kuzu, "
        "Garnizon Komutanı Tuğgeneral Oğuz Benli ve İl Jandarma Komutanı Jandarma Yarbay Kerem Ata katıldı."
    )
    assert _found(text) == [
        ("Sinan Kuzu", "Provincial Gendarmerie Commander"),
        ("Oğuz Benli", "Garrison Commander"),
        ("Kerem Ata", "Provincial Gendarmerie Commander"),
    ]


def test_a_title_word_is_never_part_of_the_name() -> None:
    text = "Anma törenine Vali Vekili Selim Sarı ile Vali Yardımcısı Ferhat Uz da katıldılar."
    assert _names(text) == ["Selim Sarı", "Ferhat Uz"]


def test_lower_case_titles_in_a_list_closed_by_one_verb() -> None:
    text = (
        "Iğdır'daki anma programına kaymakam Nuri Baysal, ilçe emniyet müdürü Tarık Önal, ilçe müftüsü "
        "Yavuz Er ile belediye başkan yardımcısı Sevda Kılıç iştirak etti."
    )
    found = _found(text)
    assert [name for name, _ in found] == ["Nuri Baysal", "Tarık Önal", "Yavuz Er", "Sevda Kılıç"]
    assert all(role for _, role in found)


def test_titles_with_a_place_before_them() -> None:
    text = (
        "Şehitler Hıyabanı'ndaki törende Kars Belediye Başkan Yardımcısı Nazlı Akın, Kafkas Üniversitesi "
        "Rektörü Prof. Dr. Cem Tural ve Azerbaycan'ın Kars Başkonsolosu Elnur Qasımov hazır bulundu."
    )
    assert _found(text) == [
        ("Nazlı Akın", "Deputy Mayor of Kars"),
        ("Cem Tural", "Rector of Kafkas University"),
        ("Elnur Qasımov", "Consul General of Azerbaijan in Kars"),
    ]


def test_a_genitive_name_before_besides_is_one_more_of_the_list() -> None:
    text = "Törene Vali Yardımcısı Ferhat Uz'un yanı sıra İl Emniyet Müdürü Tarık Önal katıldı."
    assert _found(text) == [("Ferhat Uz", "Deputy Governor"), ("Tarık Önal", "Provincial Police Chief")]


def test_a_genitive_name_without_besides_is_a_possessor() -> None:
    text = "Törene Vali Yardımcısı Ferhat Uz'un eşi Derya Uz katıldı."
    assert "Ferhat Uz" not in _names(text)


# --- capitalised phrases that are no people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anma Töreni Saygı Duruşu ile başladı, ardından Kafkas Üniversitesi öğrencileri törene katıldı.",
        "Törene İl Müdürlüğü çalışanları, Aile ve Sosyal Hizmetler İl Müdürlüğü görevlileri ve öğrenciler katıldı.",
        "Programa TBMM'nin heyeti, AK Parti'den temsilciler ve MHP İl Başkanlığı yöneticileri katıldı.",
        "Şehitler Hıyabanı'nda düzenlenen Anma Töreni'ne Türk Dünyası Dayanışma Vakfı üyeleri katıldı.",
        "Haber Merkezi Kars Haberleri Iğdır Haber törene katıldı.",
        "Etkinliğe Kars Valiliği, Iğdır Kaymakamlığı ve Garnizon Komutanlığı temsilcileri iştirak etti.",
    ],
)
def test_turkish_ceremony_terms_and_bodies_are_no_attendees(text: str) -> None:
    assert extract_attendees(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bu barədə MDU-dan AzEdu.az-a məlumat verilib. Konfransda MDU-nun müəllimləri iştirak edib.",
        "Tədbirdə BDU-nun əməkdaşları və ADPU-nun tələbələri iştirak ediblər.",
    ],
)
def test_abbreviations_with_a_case_ending_are_no_attendees(text: str) -> None:
    assert extract_attendees(text) == []


# --- people named but not present ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Törende merhum Haydar Aliyev'in 1990 yılındaki sözleri okundu.",
        "Dışişleri Bakanı Hakan Fidan yazılı bir açıklama yaparak 20 Ocak şehitlerini andı.",
        "1990 yılında Sovyet Savunma Bakanı Dmitri Yazov ordunun Bakü'ye girmesini emretti.",
    ],
)
def test_remembered_quoted_or_historical_people_are_no_attendees(text: str) -> None:
    assert extract_attendees(text) == []


def test_a_party_named_in_full_is_no_attendee() -> None:
    text = (
        "Panele Adalet ve Kalkınma Partisi (AK Parti) Kars Milletvekili Onur Deniz ile Eski Kamu Başdenetçisi "
        "Tahsin Ercan katıldı."
    )
    assert _names(text) == ["Onur Deniz", "Tahsin Ercan"]


def test_a_consul_title_is_never_part_of_the_name() -> None:
    text = "Törene Azerbaycan Cumhuriyeti İstanbul Konsolosu Rauf Eyvazlı ve dernek üyeleri katıldı."
    assert _names(text) == ["Rauf Eyvazlı"]


def test_a_degree_after_an_azerbaijani_post_leaves_the_post_as_the_role() -> None:
    text = "Tədbirdə universitetin tədris işləri üzrə prorektoru dosent Samirə Əlizadə çıxış edib."
    assert _found(text) == [("Samirə Əlizadə", "Vice-Rector for Academic Affairs")]


def test_a_long_list_with_degrees_after_a_place_is_read_whole() -> None:
    text = (
        "Kafkas Üniversitesi Kongre Merkezi'nde yapılan törene Kars Valisi Nuri Akdağ, Kafkas Üniversitesi "
        "Rektörü Prof. Dr. Sinan Okay, Kars Belediye Başkan Yardımcısı Gülşen Tan, Aile ve Sosyal Hizmetler İl "
        "Müdürlüğü personeli, MHP İl Başkanlığı yöneticileri ve öğrenciler katıldı."
    )
    assert _names(text) == ["Nuri Akdağ", "Sinan Okay", "Gülşen Tan"]


def test_who_could_not_attend_is_no_attendee() -> None:
    text = "AK Parti Kars Milletvekili Onur Deniz ise törene katılamadığı için gönderdiği mesajla şehitleri andı."
    assert extract_attendees(text) == []


def test_an_azerbaijani_list_item_naming_a_ruling_party_keeps_the_list_going() -> None:
    text = (
        "Qarsda anım mərasimi keçirilib. Baş konsul Elnur Qasımov, Türkiyənin hakim Ədalət və İnkişaf "
        "Partiyasının Qars vilayət təşkilatının sədri Kenan Uçar çıxış edərək faciədən söz açıblar."
    )
    assert _names(text) == ["Elnur Qasımov", "Kenan Uçar"]


def test_a_list_after_events_in_the_plural() -> None:
    text = (
        "Etkinliklere İl Emniyet Müdürü Cemil Karaca, Kafkas Üniversitesi Rektörü Prof. Dr. Okan Sezgin, "
        "polisler ve şehit aileleri katıldı."
    )
    assert _names(text) == ["Cemil Karaca", "Okan Sezgin"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("СПбГУ", True),  # three capitals in one word
        ("TADİV", True),
        ("TADİV'in", True),  # ... before a case ending after an apostrophe
        ("MDU-nun", True),  # ... or after a hyphen
        ("AzMİU-da", True),
        ("AB'nin", True),  # two capitals with a case ending
        ("AB", False),  # two capitals alone: initials, or a short name
        ("Aliyev'in", False),  # a name with its case ending
        ("McDonald", False),
        ("Jean-Paul", False),
        ("ABC-DEF", False),  # a double word is no abbreviation with an ending
        ("NATO-BMT-nin", False),
    ],
)
def test_an_abbreviation_of_a_body_is_no_name(word: str, expected: bool) -> None:
    assert acronym(word) is expected
