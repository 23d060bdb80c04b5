"""Turkish local protocol at a 20 January ceremony: who was there, as provincial reports write it, and who was only
named (fixtures in our own words)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.mention, m.role) for m in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # chaired by (after a genitive), took part in, with the participation of
        (
            "Kanlı Ocak anma töreni Vali Yardımcısı Kemal Tosun'un başkanlığında valilik salonunda yapıldı.",
            [("Kemal Tosun", "Deputy Governor")],
        ),
        (
            "Ardahan Valisi Hakan Yurt'un da katılım gösterdiği anma programında 20 Ocak şehitleri anıldı.",
            [("Hakan Yurt", "Governor of Ardahan")],
        ),
        (
            "20 Ocak şehitleri, Rektör Prof. Dr. Selin Acar'ın katılım sağladığı bir panelle anıldı.",
            [("Selin Acar", "Rector")],
        ),
        # the recitation of the Quran by an imam, in its forms
        (
            "Kara Ocak anma töreni, Merkez Cami İmamı Yusuf Demir'in Kuran-ı Kerim tilavetiyle başladı.",
            [("Yusuf Demir", "Imam")],
        ),
        ("20 Ocak anma töreninde Kuran-ı Kerim'i Yeni Cami imamı Ali Kaya okudu.", [("Ali Kaya", "Imam")]),
        (
            "20 Ocak anma töreninde şehitler için dua İl Müftüsü Osman Çelik tarafından yapıldı.",
            [("Osman Çelik", "Provincial Mufti")],
        ),
        # a title in lower case, a rank after the post
        (
            "20 Ocak anma törenine vali yardımcısı Mert Uslu, il emniyet müdürü Cem Aksoy ve belediye başkanı Ali Eren "
            "katıldı.",
            [("Mert Uslu", "Deputy Governor"), ("Cem Aksoy", "Provincial Police Chief"), ("Ali Eren", "Mayor")],
        ),
        (
            "20 Ocak anma törenine İl Jandarma Komutanı Albay Kenan Yıldız ve Garnizon Komutanı Tuğgeneral Ufuk Aras "
            "katıldı.",
            [("Kenan Yıldız", "Provincial Gendarmerie Commander"), ("Ufuk Aras", "Garrison Commander")],
        ),
        # the president's wife is the First Lady; another's is a spouse, present
        (
            "Kanlı Ocak töreninde Cumhurbaşkanı İlham Aliyev ve eşi Mihriban Aliyeva Şehitler Hıyabanı'nı "
            "ziyaret etti.",
            [("İlham Aliyev", "President"), ("Mihriban Aliyeva", "First Lady")],
        ),
        (
            "20 Ocak törenine Büyükelçi Reşad Memmedov ve eşi Gülnare Memmedova katıldı.",
            [("Reşad Memmedov", "Ambassador"), ("Gülnare Memmedova", "Spouse")],
        ),
    ],
)
def test_present(text: str, found: list[tuple[str, str | None]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # a leader remembered, a message, a case-marked word or a body, 1990's history
        "Törende Başkonsolos Zamin Aliyev'in mesajı okundu.",
        "Kars Valisi Ziya Tan, 20 Ocak dolayısıyla yayımladığı mesajda şehitleri rahmetle andı.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan'ın 20 Ocak mesajı törende okundu.",
        "Azerbaycan'ın Kars Başkonsolosluğu'nda düzenlenen törene Türkiye'nin ve Gürcistan'ın temsilcileri katıldı.",
    ],
)
def test_nobody_present(text: str) -> None:
    assert _found(text) == []


def test_a_leader_quoted_and_the_history_of_1990_are_not_attendees() -> None:
    text = (
        "20 Ocak 1990'da Mihail Gorbaçov'un emriyle Bakü'ye giren Sovyet ordusu sivilleri katletti. Anma töreninde "
        "konuşan Başkonsolos Elvin Kerimli, Haydar Aliyev'in 'Bir millet, iki devlet' dediği gibi iki ülkenin kardeş "
        "olduğunu söyledi. Programa Kars Valisi Ziya Tan da katıldı."
    )
    assert _found(text) == [("Elvin Kerimli", "Consul General"), ("Ziya Tan", "Governor of Kars")]


def test_a_case_ending_ends_a_name_before_a_capitalised_word() -> None:
    text = "Program, Cengiz Aral'ın şehitler için okuduğu Kur’an-ı Kerim tilavetiyle sürdü."
    assert _found(text) == [("Cengiz Aral", None)]
