"""Turkish and Azerbaijani reports: bodies whose name opens with an adjective ("Yeni Azərbaycan Partiyası",
"Ağsaqqallar Şurası") are kept whole; those thanked for coming were there. The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD_AZ = "Mərkəzdə 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib. "
HELD_TR = "Başkonsoloslukta 20 Ocak katliamının yıl dönümünde anma töreni düzenlendi. "


def found(held: str, text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(held + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Yeni Azərbaycan Partiyasının üzvü Rauf Mirzəli çıxış edib.",
            [("Rauf Mirzəli", "Member of the New Azerbaijan Party")],
        ),
        (
            "Sonra Milli Məclisin deputatı, Yeni Azərbaycan Partiyasının üzvü Rauf Mirzəli faciədən danışıb.",
            [("Rauf Mirzəli", "Member of the New Azerbaijan Party")],
        ),
        (
            "Tədbirdə Azərbaycan Ağsaqqallar Şurasının sədri, deputat, professor Rauf Mirzəli çıxış edib.",
            [("Rauf Mirzəli", "Chairman of the Azerbaijan Council of Elders")],
        ),
        (
            "Tədbirdə Ağsaqqallar Şurasının sədri Rauf Mirzəli çıxış edib.",
            [("Rauf Mirzəli", "Chairman of the Council of Elders")],
        ),
    ],
)
def test_a_body_named_with_an_adjective_first_is_kept_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_AZ, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Başkonsolos, programa katılan Vali Kenan Arslan'a teşekkür etti.",
            [("Kenan Arslan", "Governor")],
        ),
        (
            "Konuşmasının sonunda katılımlarından dolayı Selim Tunç'a ve Derya Aksoy'a teşekkür etti.",
            [("Selim Tunç", None), ("Derya Aksoy", None)],
        ),
        (
            "Başkonsolos, katılımları için Vali Kenan Arslan'a, Rektör Derya Aksoy'a ve Selim Tunç'a teşekkür etti.",
            [("Kenan Arslan", "Governor"), ("Derya Aksoy", "Rector"), ("Selim Tunç", None)],
        ),
        (
            "Başkonsolos, Vali Kenan Arslan'a ve Rektör Derya Aksoy'a katılımları için teşekkür etti.",
            [("Kenan Arslan", "Governor"), ("Derya Aksoy", "Rector")],
        ),
        (
            "Tören, Vali Kenan Arslan'ın ve Rektör Derya Aksoy'un katılımıyla yapıldı.",
            [("Kenan Arslan", "Governor"), ("Derya Aksoy", "Rector")],
        ),
    ],
)
def test_those_thanked_for_coming_were_there_every_one_listed(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD_TR, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Başkonsolos, Bakan Kenan Arslan'a desteği için teşekkür etti.",
        "Başkonsolos, katılımları için öğrencilere, desteği için de Bakan Kenan Arslan'a teşekkür etti.",
        "Başkonsolos, gönderdiği mesaj için Cumhurbaşkanı Kenan Arslan'a teşekkür etti.",
    ],
)
def test_thanks_for_something_else_places_no_one(text: str) -> None:
    assert found(HELD_TR, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə rektor vəzifəsini icra edən Rauf Mirzəli çıxış edib.", [("Rauf Mirzəli", "Acting Rector")]),
        (
            "Sonra institutun direktor vəzifəsini müvəqqəti icra edən Rauf Mirzəli və rektor Nigar Salahlı danışıblar.",
            [("Rauf Mirzəli", "Acting Director"), ("Nigar Salahlı", "Rector")],
        ),
        ("Tədbirdə vəzifəsini icra edən Rauf Mirzəli çıxış edib.", [("Rauf Mirzəli", None)]),
        ("Tədbirdə çıxış edən Rauf Mirzəli faciədən danışıb.", [("Rauf Mirzəli", None)]),
    ],
)
def test_a_post_made_acting_by_a_phrase_after_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(HELD_AZ, text) == expected


@pytest.mark.parametrize(
    ("held", "text", "expected"),
    [
        (
            HELD_TR,
            "Şehit Murat Koç'u saygıyla anan programda, Vali Kenan Arslan konuştu.",
            [("Kenan Arslan", "Governor")],
        ),
        (
            HELD_TR,
            "Şehitleri rahmetle anan törende, Belediye Başkanı Selim Tunç bir konuşma yaptı.",
            [("Selim Tunç", "Mayor")],
        ),
        (
            HELD_AZ,
            "Şəhid Tural Qasımovu ehtiramla anan tədbirdə, deputat Rauf Mirzəli çıxış edib.",
            [("Rauf Mirzəli", "Member of Parliament")],
        ),
        (
            HELD_AZ,
            "Şəhid Tural Qasımovu yad edən mərasimdə, deputat Rauf Mirzəli və rektor Nigar Salahlı çıxış ediblər.",
            [("Rauf Mirzəli", "Member of Parliament"), ("Nigar Salahlı", "Rector")],
        ),
        (
            HELD_AZ,
            "Deputat Rauf Mirzəli şəhidləri anan tədbirdə, faciədən danışaraq çıxış edib.",
            [("Rauf Mirzəli", "Member of Parliament")],
        ),
    ],
)
def test_a_speaker_after_a_clause_that_names_one_remembered(
    held: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(held, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törene Türkiye'nin Berlin Büyükelçisi Kemal Aksu, Berlin Başkonsolosu Okan Demir ile davetliler katıldı.",
            [("Kemal Aksu", "Ambassador of Turkey to Germany"), ("Okan Demir", "Consul General of Turkey in Berlin")],
        ),
        (
            "Törene Türkiye'nin Berlin Büyükelçisi Kemal Aksu ve Berlin Başkonsolosu Okan Demir katıldı.",
            [("Kemal Aksu", "Ambassador of Turkey to Germany"), ("Okan Demir", "Consul General of Turkey in Berlin")],
        ),
        (
            "Törene Berlin Büyükelçisi Kemal Aksu ve Berlin Başkonsolosu Okan Demir katıldı.",
            [("Kemal Aksu", "Ambassador to Germany"), ("Okan Demir", "Consul General in Berlin")],
        ),
    ],
)
def test_an_envoy_in_a_list_shares_the_country_named_for_the_first(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(HELD_TR, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törene Yeni Azerbaycan Partisi temsilcisi Kemal Aksu katıldı.",
            [("Kemal Aksu", "Representative of the New Azerbaijan Party")],
        ),
        (
            "Törene Yeni Azerbaycan Partisi Genel Başkan Yardımcısı Kemal Aksu katıldı.",
            [("Kemal Aksu", "Deputy Chairman of the New Azerbaijan Party")],
        ),
    ],
)
def test_turkish_keeps_the_new_azerbaijan_party_whole(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(HELD_TR, text) == expected
