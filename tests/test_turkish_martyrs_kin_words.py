"""The words of a martyr's family before a name ("Şehit Annesi X", "Şehit Ailesi/Gazi X", "Şehit Yakını X") are
no part of the name (`[names] non_name` in tr.toml): the person is X. Our own words."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Programa Şehit Annesi Ayşe Kaya da katıldı.", ["Ayşe Kaya"]),
        ("Anma törenine Şehit Ailesi/Gazi Ali Yılmaz da katıldı.", ["Ali Yılmaz"]),
        ("Törende Şehit Babası Hasan Demir kısa bir konuşma yaptı.", ["Hasan Demir"]),
        ("Törene Şehit Yakını Elif Çelik ve Vali Murat Aksoy katıldı.", ["Elif Çelik", "Murat Aksoy"]),
        ("Törene Şehit Aileleri Derneği Başkanı Ali Yılmaz katıldı.", ["Ali Yılmaz"]),
    ],
)
def test_a_martyrs_kin_word_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert [a.mention for a in extract_attendees(text)] == names


def test_the_families_as_a_group_are_no_one() -> None:
    assert extract_attendees("Törene şehit aileleri ve gaziler katıldı.") == []
