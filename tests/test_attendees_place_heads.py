"""A geographic name of two words whose last is a sea, lake, mountain, river, gulf, strait or island (`[names]
place_heads`) is a place, never a person: "Hazar Denizi", "Van Gölü", "Kür Çayı", "the Caspian Sea"."""

from __future__ import annotations

import pytest

from tests._helpers import names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hazar Denizi kıyısında demirli gemiler şehitleri anarken Vali Ahmet Yılmaz da törene katıldı.",
            ["Ahmet Yılmaz"],
        ),
        ("Marmara Denizi sahilindeki anma törenine Kaymakam Ahmet Yılmaz katıldı.", ["Ahmet Yılmaz"]),
        ("Van Gölü'nün kıyısında düzenlenen törene Vali Ahmet Yılmaz katıldı.", ["Ahmet Yılmaz"]),
        ("Fırat Nehri boyunca yürüyen gençlerin katıldığı törene Vali Ahmet Yılmaz da katıldı.", ["Ahmet Yılmaz"]),
        ("İzmit Körfezi'nde düzenlenen törene Belediye Başkanı Ahmet Yılmaz katıldı.", ["Ahmet Yılmaz"]),
        ("Kür Çayı sahilində keçirilən anım mərasimində Əli Kərimov iştirak edib.", ["Əli Kərimov"]),
        ("Şahdağ Dağının ətəyində keçirilən mərasimdə Əli Kərimov iştirak edib.", ["Əli Kərimov"]),
        (
            "Sailors on the Caspian Sea honoured the martyrs while Ambassador Ali Karimov laid a wreath.",
            ["Ali Karimov"],
        ),
        # (a place's word alone, as before, and a one-word sea)
        ("Karadeniz kıyısında düzenlenen törene Vali Ahmet Yılmaz katıldı.", ["Ahmet Yılmaz"]),
    ],
)
def test_a_geographic_name_is_no_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_ships_on_two_seas_are_nobody() -> None:
    assert names("Hazar Denizi ve Marmara Denizi kıyılarındaki gemiler şehitleri andı.") == []


def test_a_surname_like_a_word_stays_a_name() -> None:
    # (a person whose surname is no place head: "Deniz" is a given name, "Denizi" alone is not)
    assert names("Törene Vali Deniz Yılmaz katıldı.") == ["Deniz Yılmaz"]
