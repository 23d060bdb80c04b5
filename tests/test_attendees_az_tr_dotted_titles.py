"""Azerbaijani and Turkish titles abbreviated with full stops (issue 16): "v.i.e." (vəzifəsini icra edən, acting) with
or without its last stop, degrees written "t.ü.f.d." (PhD in History) or "t.e.d." after a post, and the Turkish
academic titles "Yrd. Doç." (Assistant Professor, its older name) and "Arş. Gör." (Research Assistant). None of these
full stops ends a sentence, and the title is kept whole. The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.text.sentences import sentences

from ._helpers import people

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı universitetdə anım tədbiri keçirilib.\n\n"
TR = "20 Ocak faciasının 36. yıl dönümü dolayısıyla üniversitede anma töreni düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("rektor v.i.e.", "Acting Rector"),
        ("rektor v.i.e", "Acting Rector"),
        ("səfir v.i.e", "Acting Ambassador"),
        ("baş konsul v.i.e", "Acting Consul General"),
        ("direktor v.m.i.e", "Acting Director"),
    ],
)
def test_an_acting_post_with_or_without_the_last_stop(title: str, role: str) -> None:
    text = AZ + f"Tədbirdə {title} Nərgiz Qasımova çıxış edib. Sonra tələbə Elvin Babayev şeir söyləyib."
    assert people(text)[0] == ("Nərgiz Qasımova", role)


@pytest.mark.parametrize("degree", ["t.ü.f.d.", "f.ü.f.d.", "s.ü.f.d", "t.e.d.", "f.e.n."])
@pytest.mark.parametrize("comma", [",", ""])
def test_a_degree_after_the_post_leaves_it_the_role(degree: str, comma: str) -> None:
    text = AZ + f"Tədbirdə kafedra müdiri{comma} {degree} Nərgiz Qasımova çıxış edib."
    assert people(text) == [("Nərgiz Qasımova", "Head")]


@pytest.mark.parametrize("degree", ["t.ü.f.d.", "t.ü.f.d", "T.ü.f.d.", "t.e.n."])
def test_a_degree_ends_no_sentence(degree: str) -> None:
    text = f"Tədbirdə {degree} Nərgiz Qasımova çıxış edib. Sonra tələbə Elvin Babayev şeir söyləyib."
    assert len(sentences(text)) == 2
    assert [a.mention for a in extract_attendees(AZ + text)] == ["Nərgiz Qasımova", "Elvin Babayev"]


def test_a_degree_alone_is_no_role() -> None:
    assert people(AZ + "Tədbirdə t.ü.f.d. Nərgiz Qasımova çıxış edib.") == [("Nərgiz Qasımova", None)]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Yrd. Doç.", "Assistant Professor"),
        ("Yrd. Doç. Dr.", "Assistant Professor"),
        ("Arş. Gör.", "Research Assistant"),
        ("Arş. Gör. Dr.", "Research Assistant"),
        ("Araştırma Görevlisi", "Research Assistant"),
        ("Doç. Dr.", "Associate Professor"),
        ("Prof. Dr.", "Professor"),
        ("Öğr. Gör.", "Lecturer"),
        ("Dr. Öğr. Üyesi", "Assistant Professor"),
    ],
)
def test_turkish_academic_titles(title: str, role: str) -> None:
    text = TR + f"Törende {title} Selin Aydoğan bir konuşma yaptı. Ardından Murat Demirci konuştu."
    assert people(text) == [("Selin Aydoğan", role), ("Murat Demirci", None)]


@pytest.mark.parametrize(
    ("opening", "verb"), [("Törene", "katıldı"), ("Programda", "yer aldı"), ("Anma programına", "katıldılar")]
)
def test_turkish_titles_in_a_list(opening: str, verb: str) -> None:
    text = TR + f"{opening} Arş. Gör. Selin Aydoğan ve Yrd. Doç. Murat Demirci {verb}."
    assert people(text) == [("Selin Aydoğan", "Research Assistant"), ("Murat Demirci", "Assistant Professor")]


def test_the_abbreviations_place_nobody_by_themselves() -> None:
    assert extract_attendees("Arş. Gör. Selin Aydoğan ve Yrd. Doç. Murat Demirci makale yazdı.") == []
    assert extract_attendees("Rektor v.i.e Nərgiz Qasımova müsahibə verib.") == []
