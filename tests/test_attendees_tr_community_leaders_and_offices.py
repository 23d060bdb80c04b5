"""Titles of Turkish reports of 20 Ocak commemorations that the role table did not know, or that left a title's word
in a name. A community's leader ("Türkiye Caferileri Lideri X": "Leader of the Ja'faris of Turkey"; any other
"… Lideri": "Leader"); the Ministry of Foreign Affairs' office in a province ("Dışişleri Bakanlığı Diyarbakır
Temsilcisi X": "Representative of the Ministry of Foreign Affairs in Diyarbakir"); a school named before its
director ("… Azerbaycan Okulu Müdürü X": "School Director", as "Okul Müdürü" is; a university's school keeps its
own row); an envoy written with the bare word ("Elçi X", "Harkov Elçisi X"): a title, never part of the name; and
the Presidency's boards ("Cumhurbaşkanlığı Güvenlik ve Dış Politikalar Kurulu Üyesi X"): "Cumhurbaşkanlığı" opens
a body's name, no person's. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people, roles

HELD = "Kanlı Ocak şehitleri İstanbul'da düzenlenen programla anıldı.\n\n"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            HELD + "Programa Türkiye Caferileri Lideri Nurettin Aksoy katıldı.",
            "Nurettin Aksoy",
            "Leader of the Ja'faris of Turkey",
        ),
        (
            HELD + "Anma gecesinde Türkiye Caferileri Lideri Nurettin Aksoy ile dernek üyeleri hazır bulundu.",
            "Nurettin Aksoy",
            "Leader of the Ja'faris of Turkey",
        ),
        (HELD + "Törene Kırım Tatarlarının Lideri Rüstem Emin katıldı.", "Rüstem Emin", "Leader"),
        (
            HELD + "Programa Dışişleri Bakanlığı Diyarbakır Temsilcisi Okan Sezer ve öğrenciler katıldı.",
            "Okan Sezer",
            "Representative of the Ministry of Foreign Affairs in Diyarbakir",
        ),
        (
            HELD + "Törene Vali Cem Yurt, Dışişleri Bakanlığı Diyarbakır Temsilcisi Okan Sezer katıldı.",
            "Okan Sezer",
            "Representative of the Ministry of Foreign Affairs in Diyarbakir",
        ),
        (
            HELD + "Programa Nurlu Yol Azerbaycan Okulu Müdürü Sinan Demirkol katıldı.",
            "Sinan Demirkol",
            "School Director",
        ),
        (HELD + "Programa Okul Müdürü Sinan Demirkol katıldı.", "Sinan Demirkol", "School Director"),
        # (a university's school keeps its own row)
        (
            HELD + "Programa Yabancı Diller Yüksekokulu Müdürü Sinan Demirkol katıldı.",
            "Sinan Demirkol",
            "Director of the School of Foreign Languages",
        ),
        (HELD + "Programa Elçi Kamran Abbaslı katıldı.", "Kamran Abbaslı", "Envoy"),
    ],
)
def test_the_role_of_the_title(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (HELD + "Programa Elçi Kamran Abbaslı Harkov'da katıldı.", "Kamran Abbaslı"),
        (HELD + "Törene Harkov Elçisi Kamran Abbaslı da katıldı.", "Kamran Abbaslı"),
        (
            HELD + "Programa Cumhurbaşkanlığı Güvenlik ve Dış Politikalar Kurulu Üyesi Doç. Dr. Levent Sarı katıldı.",
            "Levent Sarı",
        ),
        (HELD + "Törene Cumhurbaşkanlığı Başdanışmanı Levent Sarı ve Vali Cem Yurt katıldı.", "Levent Sarı"),
    ],
)
def test_no_title_word_is_a_name(text: str, name: str) -> None:
    found = [m for m, _ in people(text)]
    assert name in found
    assert not any(m.startswith(("Elçi", "Cumhurbaşkanlığı")) for m in found)
    assert not any(m.split()[0] in ("Güvenlik", "Elçisi") for m in found)


def test_a_given_name_that_opens_so_is_no_title() -> None:
    # the bare word opens a title; a given name that begins so is no title ("Elçin")
    assert "Elçin Qasımov" in [m for m, _ in people(HELD + "Programa Dernek Başkanı Elçin Qasımov katıldı.")]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            HELD + "Programa Cumhurbaşkanlığı Güvenlik ve Dış Politikalar Kurulu Üyesi Doç. Dr. Levent Sarı katıldı.",
            "Levent Sarı",
            "Member of the Security and Foreign Policies Board of the Presidency",
        ),
        (
            HELD + "Törene Cumhurbaşkanlığı İletişim Başkanı Kerem Dal ve Vali Cem Yurt katıldı.",
            "Kerem Dal",
            "Director of Communications of the Presidency",
        ),
        (
            HELD + "Programa İletişim Başkanı Kerem Dal katıldı.",
            "Kerem Dal",
            "Director of Communications of the Presidency",
        ),
        # (a body's own board keeps its row)
        (HELD + "Programa Dernek Yönetim Kurulu Üyesi Kerem Dal katıldı.", "Kerem Dal", "Member of the Board"),
    ],
)
def test_the_presidencys_posts(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role
