"""More kinds of Turkish reporting of the 20 January commemorations seen in real pages that the extractors missed: a
toll in a converb of "while" whose stem softens ("147 kişi hayatını kaybederken 744 kişi yaralandı"), a toll in a
relative clause timed from by a later date ("… yaralandığı faciadan sonra Azerbaycan 18 Ekim 1991'de …"), and more.
The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

from ._helpers import names, roles


def figures(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties(text)]


# --- a converb of "while" ends the toll's clause ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kanlı Ocak'ta 147 kişi hayatını kaybederken 744 kişi yaralandı.",
        "O gece 147 kişi hayatını kaybederken, 744 kişi de yaralandı.",
        "Sovyet saldırısında 147 kişi hayatlarını kaybederken 744 kişi yaralandı.",
        "Bakü'de 147 kişi ölürken 744 kişi yaralandı.",
        "Kanlı Ocak'ta 147 kişi Sovyet tanklarının altında hayatını kaybederken 744 kişi yaralandı.",
        "O gece 147 kişi Bakü sokaklarında can verirken 744 kişi ağır yaralandı.",
        "20 Ocak gecesi 147 kişi sokaklarda ölürken, 744 kişi yaralandı.",
    ],
)
def test_a_converb_of_while_ends_the_tolls_clause(text: str) -> None:
    assert figures(text) == [("killed", 147), ("injured", 744)]


def test_the_injured_first_in_a_converb() -> None:
    assert figures("O gece 744 kişi yaralanırken 147 kişi hayatını kaybetti.") == [("injured", 744), ("killed", 147)]


def test_a_converb_of_no_casualty_gives_none() -> None:
    assert figures("Törende 147 kişi ayakta dururken 20 öğrenci şiir okudu.") == []


# --- a later date timed from the toll's event -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak 1990'da 147 kişinin öldüğü, 744 kişinin yaralandığı faciadan sonra Azerbaycan 18 Ekim 1991'de "
        "bağımsızlığını ilan etti.",
        "20 Ocak 1990'da Bakü'de 147 kişinin hayatını kaybettiği, 744 kişinin yaralandığı katliamın ardından "
        "Azerbaycan 1991'de bağımsız oldu.",
        "20 Ocak 1990'da 147 kişinin şehit olduğu, 744 kişinin yaralandığı olaylardan sonra ülke 1991 yılında "
        "bağımsızlığına kavuştu.",
    ],
)
def test_a_later_date_timed_from_the_tolls_event(text: str) -> None:
    assert figures(text) == [("killed", 147), ("injured", 744)]


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak 1990'da 147 kişi öldü; 32 kişinin öldürüldüğü Sumgayıt olayları ise 1988'de yaşandı.",
        "Bakü'de 20 Ocak 1990'da 147 kişinin öldüğü faciadan iki yıl sonra, 1992'de Hocalı'da 613 kişi öldürüldü.",
    ],
)
def test_another_years_toll_stays_out(text: str) -> None:
    assert figures(text) == [("killed", 147)]


@pytest.mark.parametrize(
    "text",
    [
        "Kanlı Ocak'ta 147 kişinin şehit olduğu, 744 kişinin yaralandığı faciadan sonra Azerbaycan 18 Ekim 1991'de "
        "bağımsızlığını ilan etti.",
        "20 Ocak'ta 147 kişinin öldüğü, 744 kişinin yaralandığı katliamın ardından ülke 1991'de bağımsız oldu.",
        "147 kişinin şehit olduğu, 744 kişinin yaralandığı 20 Ocak faciasından sonra Azerbaycan 1991 yılında "
        "bağımsızlığını ilan etti.",
    ],
)
def test_this_event_by_its_name_and_a_later_date_timed_from_it(text: str) -> None:
    assert figures(text) == [("killed", 147), ("injured", 744)]


@pytest.mark.parametrize(
    "text",
    [
        "20 Yanvar 1990-cı ildə 147 nəfərin həlak olduğu, 744 nəfərin yaralandığı faciədən sonra Azərbaycan 18 oktyabr "
        "1991-ci ildə müstəqilliyini elan etdi.",
        "Qanlı Yanvarda 147 nəfərin həlak olduğu, 744 nəfərin yaralandığı faciədən sonra Azərbaycan 1991-ci ildə "
        "müstəqilliyini bərpa etdi.",
    ],
)
def test_the_same_in_azerbaijani(text: str) -> None:
    assert figures(text) == [("killed", 147), ("injured", 744)]


def test_an_earlier_years_toll_before_this_events_stays_out() -> None:
    text = "1988'de 32 kişinin öldüğü olaylardan sonra 20 Ocak 1990'da Bakü'de 147 kişi öldü."
    assert figures(text) == [("killed", 147)]


# --- a department's head inside a ministry's title; a party's own chairman and deputies -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Törene Dışişleri Bakanlığı Kafkasya Dairesi Başkanı Ertan Garip da katıldı.",
        "Anma programına Diyanet İşleri Başkanlığı Dış İlişkiler Dairesi Başkanı Ertan Garip katıldı.",
        "Panele Dışişleri Bakanlığı Orta Asya Genel Müdür Yardımcılığı Daire Başkanı Ertan Garip katıldı.",
        "Törene Kafkasya Dairesi Başkanı Ertan Garip katıldı.",
    ],
)
def test_a_departments_head_in_a_ministrys_title(text: str) -> None:
    assert roles(text).get("Ertan Garip") == "Head of Department"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Törene AK Parti Genel Başkan Yardımcısı Ertan Garip katıldı.", "Deputy Chairman of the AK Party"),
        (
            "Törende konuşan AK Parti Genel Başkan Yardımcısı Ertan Garip şehitleri andı.",
            "Deputy Chairman of the AK Party",
        ),
        (
            "Anma törenine MHP Genel Başkan Yardımcısı Ertan Garip katıldı.",
            "Deputy Chairman of the Nationalist Movement Party",
        ),
        ("Törene CHP Genel Başkan Yardımcısı Ertan Garip katıldı.", "Deputy Chairman of the Republican People's Party"),
        ("Törene AK Parti Genel Başkanı Ertan Garip katıldı.", "Chairman of the AK Party"),
    ],
)
def test_a_partys_own_chairman_and_deputies(text: str, role: str) -> None:
    assert roles(text).get("Ertan Garip") == role


def test_a_bodys_deputy_chairman_stays_the_bodys() -> None:
    text = "Törene Kafkas Vakfı Genel Başkan Yardımcısı Ertan Garip katıldı."
    assert roles(text).get("Ertan Garip") == "Deputy Chairman of the Caucasian Foundation"


# --- a slash between two posts of one person --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Törene Kars Valisi/Belediye Başkan Vekili Ertan Garip katıldı.", "Governor of Kars"),
        ("Törene Kars Valisi / Belediye Başkan Vekili Ertan Garip katıldı.", "Governor of Kars"),
        ("Anma törenine Mardin Valisi/Büyükşehir Belediye Başkan Vekili Ertan Garip de katıldı.", "Governor of Mardin"),
        ("Törende İl Valisi/Belediye Başkanı Ertan Garip bir konuşma yaptı.", "Governor"),
    ],
)
def test_a_slash_between_two_posts_gives_the_first(text: str, role: str) -> None:
    assert roles(text).get("Ertan Garip") == role


def test_a_slash_inside_a_bodys_name_joins_no_posts() -> None:
    assert roles("Törene TÜRKSAV/Bursa Başkanı Ertan Garip katıldı.").get("Ertan Garip") == "Chairman"


def test_the_next_name_after_two_posts_keeps_its_own() -> None:
    text = "Törene Kars Valisi/Belediye Başkan Vekili Ertan Garip ve Vali Yardımcısı Mehmet Er katıldı."
    assert roles(text) == {"Ertan Garip": "Governor of Kars", "Mehmet Er": "Deputy Governor"}


# --- the kin of a named relative: the kin is there, the relative only where the sentence places them ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene Cumhurbaşkanı Erdoğan'ın oğlu Bilal Erdoğan katıldı.", ["Bilal Erdoğan"]),
        (
            "Cumhurbaşkanı Erdoğan'ın oğlu Bilal Erdoğan da Gence'deki Şehitler Hıyabanı'nı ziyaret etti.",
            ["Bilal Erdoğan"],
        ),
        ("Törene Büyükelçi Reşad Memmedov'un kızı Aynur Memmedova da katıldı.", ["Aynur Memmedova"]),
        ("Anıta Kültür Bakanı Ahmet Karaca'nın oğlu Mehmet Karaca çelenk bıraktı.", ["Mehmet Karaca"]),
        ("Törene şehit Ali Kaya'nın annesi Aynur Kaya katıldı.", ["Aynur Kaya"]),
        ("Törene Büyükelçi Reşad Memmedov ve kızı Aynur Memmedova katıldı.", ["Reşad Memmedov", "Aynur Memmedova"]),
    ],
)
def test_the_kin_is_there_the_relative_only_if_placed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Törene Büyükelçi Reşad Memmedov'un eşi Aynur Memmedova katıldı.",
        "Törene Vali Reşad Memmedov'un eşi Aynur Memmedova katıldı.",
        "Törene Büyükelçinin eşi Aynur Memmedova katıldı.",
    ],
)
def test_a_titled_relatives_spouse_is_the_spouse(text: str) -> None:
    assert roles(text) == {"Aynur Memmedova": "Spouse"}
