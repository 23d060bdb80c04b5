"""Turkish posts in canonical English that keep their town, body or unit, and Turkish titles no row knows read by
their head (fixtures in our own words)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a town's mufti and prosecutor; a province's own post is no town's
        ("Ardahan Müftüsü", "Mufti of Ardahan"),
        ("Iğdır Müftüsü", "Mufti of Igdir"),
        ("Erzurum İl Müftüsü", "Provincial Mufti"),
        ("İlçe Müftüsü", "District Mufti"),
        ("Sivas Cumhuriyet Başsavcısı", "Chief Public Prosecutor of Sivas"),
        ("Cumhuriyet Başsavcısı", "Chief Public Prosecutor"),
        # a university's rector, its degrees after the post being the name's; its vice-rector keeps it too
        ("Ardahan Üniversitesi Rektörü", "Rector of Ardahan University"),
        ("Atatürk Üniversitesi Rektörü Prof. Dr.", "Rector of Ataturk University"),
        ("Erzurum Teknik Üniversitesi Rektörü", "Rector of Erzurum Technical University"),
        ("Üniversitesi Rektörü", "Rector"),
        ("Rektör", "Rector"),
        ("Ardahan Üniversitesi Rektör Yardımcısı", "Vice-Rector of Ardahan University"),
        # a numbered unit: its number in English, its arm and kind, an acting commander, the rank after the post
        ("9. Motorize Piyade Tugay Komutanı", "Commander of the 9th Motorized Infantry Brigade"),
        ("2'nci Zırhlı Tugay Komutanı Tuğgeneral", "Commander of the 2nd Armoured Brigade"),
        ("1. Kolordu Komutanı Korgeneral", "Commander of the 1st Corps"),
        ("23. Hudut Alay Komutanı", "Commander of the 23rd Border Regiment"),
        ("11. Komando Tabur Komutan vekili Yarbay", "Acting Commander of the 11th Commando Battalion"),
        ("Tugay Komutanı", "Brigade Commander"),
        ("Kolordu Komutanı", "Corps Commander"),
        # the police and gendarmerie of a province and a region
        ("İl Emniyet Müdürü", "Provincial Police Chief"),
        ("Emniyet Müdürü", "Chief of Police"),
        ("Bölge Jandarma Komutanı", "Regional Gendarmerie Commander"),
        ("Jandarma Bölge Komutanı", "Regional Gendarmerie Commander"),
        ("Gençlik ve Spor İl Müdürü", "Provincial Director"),
        ("Aile ve Sosyal Hizmetler İl Müdürü", "Provincial Director"),
        # heads of state, in their case forms, and Turkey's own
        ("Cumhurbaşkanının", "President"),
        ("Azerbaycan Cumhurbaşkanı", "President"),
        ("Türkiye Cumhurbaşkanı", "President of Turkey"),
        ("Türkiye Cumhuriyeti Cumhurbaşkanının", "President of Turkey"),
        # religious posts, a hospital's chief, a spokesperson, a journalist
        ("Merkez Cami İmamı", "Imam"),
        ("Yeni Cami İmamı", "Imam"),
        ("Müftü", "Mufti"),
        ("Devlet Hastanesi Başhekimi", "Chief Physician"),
        ("Parti Sözcüsü", "Spokesperson"),
        ("Gazeteci Yazar", "Journalist"),
        # two posts of one person joined by "ve": the first is the role
        ("Sivas Valisi ve Belediye Başkan Vekili", "Governor of Sivas"),
        ("Vali ve Belediye Başkan Vekili", "Governor"),
        ("Kültür ve Turizm Bakanı", "Minister of Culture"),
        # an unknown title read by its head in English, not left in Turkish
        ("Muharip Gaziler Dernek Başkanı", "Chairman"),
        ("Halk Eğitim Merkezi Şube Müdürü", "Director"),
        ("Bayraktepe Müftüsü Vekili", "Acting Mufti of Bayraktepe"),
        # ... but not another country's office
        ("Gürcistan Milli Meclis Başkanı", "Gürcistan Milli Meclis Başkanı"),
    ],
)
def test_turkish_posts_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.mention, m.role) for m in extract_attendees(text)]


def test_a_protocol_list_keeps_each_post_with_its_town_body_and_unit() -> None:
    text = (
        "Azerbaycan'ın Kars Başkonsolosluğunca düzenlenen 20 Ocak anma programına Ardahan Valisi ve Belediye Başkan "
        "Vekili Cengiz Aral, 9. Motorize Piyade Tugay Komutanı Tuğgeneral Metin Sarı, Ardahan Cumhuriyet Başsavcısı "
        "Orhan Keskin, Ardahan Üniversitesi Rektörü Prof. Dr. Leyla Tan ve İl Emniyet Müdürü Bora Ünsal katıldı."
    )
    assert _found(text) == [
        ("Cengiz Aral", "Governor of Ardahan"),
        ("Metin Sarı", "Commander of the 9th Motorized Infantry Brigade"),
        ("Orhan Keskin", "Chief Public Prosecutor of Ardahan"),
        ("Leyla Tan", "Rector of Ardahan University"),
        ("Bora Ünsal", "Provincial Police Chief"),
    ]


def test_a_mufti_of_a_town_and_an_acting_commander_at_a_ceremony() -> None:
    text = (
        "Kanlı Ocak şehitleri için düzenlenen törende Iğdır Müftüsü Cemal Ateş dua etti. Törene 23. Hudut Alay "
        "Komutan vekili Yarbay Sinan Koç ve Bölge Jandarma Komutanı Albay Tarık Eren de katıldı."
    )
    assert _found(text) == [
        ("Cemal Ateş", "Mufti of Igdir"),
        ("Sinan Koç", "Acting Commander of the 23rd Border Regiment"),
        ("Tarık Eren", "Regional Gendarmerie Commander"),
    ]
