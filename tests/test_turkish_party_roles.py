"""A Turkish party's post before a name keeps its party, whether the party is written by its full name ("Cumhuriyet
Halk Partisi Genel Başkan Yardımcısı", "Adalet ve Kalkınma Partisi İl Başkanı") or its abbreviation ("AK Parti",
"CHP", "MHP"), as the posts of other bodies do; a party the table does not know keeps its name as written. The
sentences are written for these tests, after the way Turkish reports word them."""

from __future__ import annotations

import pytest

from ._helpers import roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anma törenine Adalet ve Kalkınma Partisi Genel Başkan Yardımcısı Ayşe Demir de katıldı.",
            "Deputy Chairman of the AK Party",
        ),
        (
            "Şehitler için düzenlenen programa Cumhuriyet Halk Partisi Genel Başkan Yardımcısı Ayşe Demir katıldı.",
            "Deputy Chairman of the Republican People's Party",
        ),
        (
            "Milliyetçi Hareket Partisi Genel Başkan Yardımcısı Ayşe Demir anıta çelenk bıraktı.",
            "Deputy Chairman of the Nationalist Movement Party",
        ),
        ("Törene Adalet ve Kalkınma Partisi İl Başkanı Ayşe Demir katıldı.", "Provincial Chairman of the AK Party"),
        (
            "Törene Cumhuriyet Halk Partisi İlçe Başkanı Ayşe Demir katıldı.",
            "District Chairman of the Republican People's Party",
        ),
        ("Törene MHP Genel Başkan Yardımcısı Ayşe Demir katıldı.", "Deputy Chairman of the Nationalist Movement Party"),
        # a party the table does not know: its name as written
        (
            "Anma programına Büyük Birlik Partisi Genel Başkanı Ayşe Demir katıldı.",
            "Chairman of the Büyük Birlik Partisi",
        ),
    ],
)
def test_a_party_post_keeps_its_party(text: str, expected: str) -> None:
    assert roles(text) == {"Ayşe Demir": expected}


def test_two_party_posts_each_keep_their_own() -> None:
    text = "Törene Vali Mehmet Öz ve Adalet ve Kalkınma Partisi Genel Başkan Yardımcısı Ayşe Demir katıldı."
    assert roles(text) == {"Mehmet Öz": "Governor", "Ayşe Demir": "Deputy Chairman of the AK Party"}
