"""Two kinds of Turkish reporting of 20 Ocak commemorations. The particle "da/de" ("too") written after a surname's
apostrophe as if it were the locative ("Fuad Muradov'da konuştu" for "Muradov da"): the name is the surname without
it, the subject of the verb that follows; a place's locative ("Ankara'da", "Rostov'da") is never cut so. And the head
of an association's branch written as a compound ("ASİMDER Ankara Şube Başkanı X"): the role keeps the body and the
branch, as "… Iğdır Şubesi Başkanı" does; so does the chairman of a body's board ("… Vakfı Yönetim Kurulu Başkanı X":
"Chairman of the Board of the … Foundation"), as its board's member does. The sentences are written for these tests;
the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract._name_words import oblique

from ._helpers import people, roles

HELD = "Iğdır'da Kanlı Ocak şehitleri için anma programı düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            HELD + "Diaspora Komitesi Başkanı Kamal Nuriyev'de 20 Ocak'ın büyük bir facia olduğunu söyledi.",
            "Kamal Nuriyev",
        ),
        (HELD + "Büyükelçi Tural Hasanov'da törende kısa bir konuşma yaptı.", "Tural Hasanov"),
        ("Anma törenine Başkonsolos Aynur Abbasova'da katıldı.", "Aynur Abbasova"),
        ("Programa Dernek Başkanı Elnur Rzazade'de katıldı.", "Elnur Rzazade"),
        (HELD + "Başkonsolos Hasanov'da bir konuşma yaptı.", "Hasanov"),
        # a place after the surname is where he spoke, no part of his name
        (HELD + "Büyükelçi Tural Hasanov Rostov'da bir konuşma yaptı.", "Tural Hasanov"),
    ],
)
def test_the_surname_before_the_particle_is_the_subject(text: str, mention: str) -> None:
    assert mention in [m for m, _ in people(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a place in the locative is no name
        HELD + "Büyükelçi Tural Hasanov Harkov'da törene katıldı.",
        HELD + "Büyükelçi Hasanov Kiev'de törene katıldı.",
        # a history sentence places nobody, the particle or not
        "1990 yılında Sovyet ordusu Bakü'ye girdi. Öğrenci Tural Hasanov'da o gece meydandaydı.",
    ],
)
def test_no_place_becomes_a_name(text: str) -> None:
    assert not any(m.endswith(("Harkov", "Kiev", "Rostov")) for m, _ in people(text))
    if text.startswith("1990"):
        assert people(text) == []


def test_the_particle_after_a_surname_is_no_case_ending() -> None:
    assert not oblique("Hasanov'da") and not oblique("Nuriyev’de") and not oblique("Abbasova'da")
    # a case ending, a place's locative, or a vowel that does not agree stays one
    assert oblique("Hasanov'un") and oblique("Rostov'da") and oblique("Ankara'da") and oblique("Hasanov'de")


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        (
            "Anma törenine ASİMDER Ankara Şube Başkanı Kerem Uslu katıldı.",
            "Kerem Uslu",
            "Chairman of the ASİMDER Ankara Şube",
        ),
        (
            "Törene Türkiye Azerbaycan Derneği Kars Şube Başkanı Kerem Uslu da katıldı.",
            "Kerem Uslu",
            "Chairman of the Türkiye Azerbaycan Derneği Kars Şube",
        ),
        (
            HELD + "TADDEF Bursa Şube Başkan Yardımcısı Selin Aksoy bir konuşma yaptı.",
            "Selin Aksoy",
            "Deputy Chairman of the TADDEF Bursa Şube",
        ),
        # the genitive form was read so already
        (
            "Anma törenine ASİMDER Ankara Şubesi Başkanı Kerem Uslu katıldı.",
            "Kerem Uslu",
            "Chairman of the ASİMDER Ankara Şubesi",
        ),
    ],
)
def test_a_branch_head_keeps_the_body_and_the_branch(text: str, mention: str, role: str) -> None:
    assert roles(text).get(mention) == role


def test_a_branch_rank_of_its_own_is_the_rank() -> None:
    # "Şube Müdürü", a civil service rank, keeps no body
    assert roles("Anma törenine İl Milli Eğitim Şube Müdürü Kerem Uslu katıldı.").get("Kerem Uslu") == "Director"


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        (
            "Anma törenine Kafkas Vakfı Yönetim Kurulu Başkanı Kerem Uslu katıldı.",
            "Kerem Uslu",
            "Chairman of the Board of the Caucasian Foundation",
        ),
        (
            HELD + "TÜRKAZDER Yönetim Kurulu Başkanı Selin Aksoy törende bir konuşma yaptı.",
            "Selin Aksoy",
            "Chairman of the Board of TURKAZDER",
        ),
        (
            "Törene Azerbaycan Kültür Derneği Yönetim Kurulu Başkan Yardımcısı Kerem Uslu da katıldı.",
            "Kerem Uslu",
            "Deputy Chairman of the Board of the Azerbaijani Culture Association",
        ),
        # a body English cannot name is kept as written
        (
            "Anma törenine Nizami Kültür Evi Yönetim Kurulu Başkanı Kerem Uslu katıldı.",
            "Kerem Uslu",
            "Chairman of the Board of the Nizami Kültür Evi",
        ),
        # no body named: the board's chairman alone
        ("Anma törenine Yönetim Kurulu Başkanı Kerem Uslu katıldı.", "Kerem Uslu", "Chairman of the Board"),
    ],
)
def test_a_board_chairman_keeps_the_body(text: str, mention: str, role: str) -> None:
    assert roles(text).get(mention) == role
