"""Misses of real reporting, written anew: a historical figure who leads a group inside a relative clause ("X başda
olmaqla … törətdiyi faciədən danışıb") is no subject of the main verb; an object-first opening with a title of twenty
words and more; "Congress" a body's word in English; a Turkish body's name with "ve" between verbal nouns; a second
post whose body has its abbreviation in brackets; two abbreviations after a Russian head. The sentences are written
for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı anım mərasimi keçirilib.\n\n"
TR = "20 Ocak katliamının 36. yıl dönümü dolayısıyla anma töreni düzenlendi.\n\n"
RU = "В Новосибирске прошёл вечер памяти жертв 20 января 1990 года.\n\n"
EN = "A commemoration of the 36th anniversary of the January 20 tragedy was held in Kyiv.\n\n"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Mərasimi İcma sədri Rauf Quliyev açmış, xalqımıza qarşı Mixail Qorbaçov başda olmaqla sovet imperiyası "
            "rəhbərlərinin törətdiyi faciədən danışmışdır.",
            ["Rauf Quliyev"],
        ),
        (
            "Mərasimi Birliyin sədri Nazim Kərimov açmış, xalqımıza qarşı M.Qorbaçov başda olmaqla imperiya "
            "rəhbərlərinin törətdiyi qırğından danışmışdır.",
            ["Nazim Kərimov"],
        ),
        (
            "Tədbirdə çıxış edən professor Nailə Həsənova xalqımıza qarşı Mixail Qorbaçov başda olmaqla Sovet "
            "rəhbərlərinin törətdiyi qırğından danışıb.",
            ["Nailə Həsənova"],
        ),
        (
            "Professor Nailə Həsənova xalqımıza qarşı Mixail Qorbaçov başda olmaqla Sovet rəhbərliyinin həyata "
            "keçirdiyi cinayətlərdən bəhs edib və faciənin mahiyyətindən danışıb.",
            ["Nailə Həsənova"],
        ),
        (
            "Mixail Qorbaçov başda olmaqla Sovet rəhbərliyinin həyata keçirdiyi cinayətdən İcma sədri Rauf Quliyev "
            "ətraflı danışıb.",
            ["Rauf Quliyev"],
        ),
    ],
)
def test_a_leader_inside_a_relative_clause_is_no_subject(text: str, who: list[str]) -> None:
    assert [m for m, _ in people(AZ + text)] == who


@pytest.mark.parametrize(
    "text",
    [
        "Rektor Elçin Babayev başda olmaqla əməkdaşlar Şəhidlər xiyabanını ziyarət ediblər.",
        "Səfir Elçin Babayev başda olmaqla səfirliyin əməkdaşları Şəhidlər xiyabanını ziyarət ediblər.",
        "Rektor Elçin Babayev başda olmaqla universitetin kollektivi şəhidlərin xatirəsini yad edib.",
    ],
)
def test_a_leader_of_the_group_that_came_is_still_there(text: str) -> None:
    assert [m for m, _ in people(AZ + text)] == ["Elçin Babayev"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Dernek Başkanı Ali Yılmaz, Gorbaçov başta olmak üzere Sovet yöneticilerinin işlediği katliamı anlattı.",
            ["Ali Yılmaz"],
        ),
        (
            "Törende konuşan Dernek Başkanı Ali Yılmaz, konuşmasında Mihail Gorbaçov başta olmak üzere Sovet "
            "yöneticilerinin işlediği suçları anlattı.",
            ["Ali Yılmaz"],
        ),
        (
            "Rektör Prof. Dr. Ayşe Demir başta olmak üzere akademisyenler Şehitler Anıtı'na çelenk bıraktı.",
            ["Ayşe Demir"],
        ),
    ],
)
def test_turkish_leaders_inside_and_outside_a_relative_clause(text: str, who: list[str]) -> None:
    assert [m for m, _ in people(TR + text)] == who


def test_russian_leader_of_the_soviet_power_is_no_attendee() -> None:
    text = (
        "Председатель общины Рауф Мамедов напомнил, что советская власть во главе с Михаилом Горбачевым совершила "
        "кровавое преступление."
    )
    assert [m for m, _ in people(RU + text)] == ["Рауф Мамедов"]


@pytest.mark.parametrize(
    "opening",
    [
        "Mərasimi Azərbaycan Respublikası Prezidentinin Administrasiyası aparatında Sənədlərlə və vətəndaşların "
        "müraciətləri ilə iş şöbəsinin müdiri Tofiq Həsənov açmış, xalqımıza qarşı törədilən faciədən danışmışdır.",
        "Tədbiri Azərbaycan Respublikası Nazirlər Kabinetinin aparatında Elm təhsil və gənclər siyasəti məsələləri "
        "ilə iş şöbəsinin müdiri Tofiq Həsənov açıb.",
        "Gecəni “Azərbaycan Dəmir Yolları” QSC-nin aparatında Kadrlarla və sosial məsələlərlə iş şöbəsinin müdiri "
        "Tofiq Həsənov aparıb.",
    ],
)
def test_who_opened_the_event_behind_a_title_of_twenty_words(opening: str) -> None:
    assert [m for m, _ in people(AZ + opening)] == ["Tofiq Həsənov"]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Chairman of the Congress of Ukrainian Azerbaijanis", "Chairman of the Congress of Ukrainian Azerbaijanis"),
        ("Chairman of the Congress of Azerbaijanis of Ukraine,", "Chairman of the Congress of Azerbaijanis of Ukraine"),
        ("Head of the Youth League of Polish Azerbaijanis", "Head of the Youth League of Polish Azerbaijanis"),
        ("Member of Congress", "Member of Congress"),
    ],
)
def test_a_congress_is_a_body_not_a_name(title: str, role: str) -> None:
    text = f"{title} Ilgar Mammadov, head of the Kyiv branch Rustam Aliyev and members of the community attended."
    found = dict(people(EN + text))
    assert found["Ilgar Mammadov"] == role
    assert "Rustam Aliyev" in found


@pytest.mark.parametrize(
    ("body", "role"),
    [
        (
            "Kars-Azerbaycan Dil, Tarih ve Kültür Birliğini Yaşatma ve Destekleme Derneği",
            "Chairman of the Kars-Azerbaycan Dil, Tarih ve Kültür Birliğini Yaşatma ve Destekleme Association",
        ),
        (
            "Iğdır Azerbaycan Türklerini Tanıtma ve Yaşatma Derneği",
            "Chairman of the Iğdır Azerbaycan Türklerini Tanıtma ve Yaşatma Association",
        ),
    ],
)
def test_a_turkish_body_with_and_between_verbal_nouns_is_whole(body: str, role: str) -> None:
    assert people(TR + f"Törene {body} Başkanı Mehmet Kaya da katıldı.") == [("Mehmet Kaya", role)]


def test_a_given_name_before_and_ends_no_body() -> None:
    found = people(TR + "Törene Vali Fatma Kaya ve Kültür Derneği Başkanı Ahmet Er katıldı.")
    assert [m for m, _ in found] == ["Fatma Kaya", "Ahmet Er"]


@pytest.mark.parametrize(
    "posts",
    [
        "Türkiye Azerbaycan Derneği (TÜRKAZDER) Iğdır Şubesi Başkanı ve Azerbaycan Diaspora Gençleri (ADG) Türkiye "
        "Koordinatörü",
        "Türkiye Azerbaycan Derneği Iğdır Şubesi Başkanı ve Azerbaycan Diaspora Gençleri (ADG) Türkiye Koordinatörü",
        "Türkiye Azerbaycan Derneği (TÜRKAZDER) Iğdır Şubesi Başkanı ve Kafkas Gençlik Ağı (KGA) Koordinatörü",
    ],
)
def test_the_first_post_is_kept_before_a_second_with_a_bracketed_abbreviation(posts: str) -> None:
    assert people(TR + f"Törene {posts} Kenan Doğan katıldı.") == [
        ("Kenan Doğan", "Chairman of the Igdir Branch of the Turkey Azerbaijani Association")
    ]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("исполнительный директор НРО ВАК", "Executive Director of НРО ВАК"),
        ("председатель НРО ВАК", "Chairman of НРО ВАК"),
        ("исполнительный директор АКЦ", "Executive Director of АКЦ"),
    ],
)
def test_a_russian_head_before_two_abbreviations(title: str, role: str) -> None:
    assert people(RU + f"На вечере выступил {title} Эльчин Гасанов.") == [("Эльчин Гасанов", role)]
