"""Azerbaijani reports of embassy and consulate evenings (probes of AZERTAC, Report, Trend and the missions' own pages):
an envoy named with the country that sends them and the one they serve in, however formally ("Azərbaycan
Respublikasının Almaniyadakı fövqəladə və səlahiyyətli səfiri"), a city of the post after the name ("X Berlində
keçirilən ... iştirak edib": Berlin is no part of the name), and the mission's named staff with their posts
("səfirliyin müşaviri", "I katibi", "attaşe", "baş konsulluğun əməkdaşları A və B"). What places nobody: the staff as a
group, an envoy who only sent a message, a visit to come. The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

from ._helpers import people

HELD = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı səfirlikdə anım tədbiri keçirilib.\n\n"


# --- an envoy with both countries named -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Azərbaycanın Gürcüstandakı səfiri Tamerlan Şirinov anım mərasimində iştirak edib.",
            "Ambassador of Azerbaijan to Georgia",
        ),
        ("Türkiyənin Azərbaycandakı səfiri Tamerlan Şirinov Şəhidlər xiyabanını ziyarət edib.", "Ambassador of Turkey"),
        (
            "Azərbaycan Respublikasının Almaniyadakı fövqəladə və səlahiyyətli səfiri Tamerlan Şirinov Berlində "
            "keçirilən anım mərasimində iştirak edib.",
            "Ambassador of Azerbaijan to Germany",
        ),
        (
            "Azərbaycanın Serbiyadakı səfiri Tamerlan Şirinov Belqradda təşkil olunan tədbirdə çıxış edib.",
            "Ambassador of Azerbaijan to Serbia",
        ),
        (
            "Azərbaycanın Təbrizdəki baş konsulu Tamerlan Şirinov Təbrizdə keçirilən mərasimdə çıxış edib.",
            "Consul General of Azerbaijan in Tabriz",
        ),
    ],
)
def test_an_envoy_with_both_countries(text: str, role: str) -> None:
    assert people(text) == [("Tamerlan Şirinov", role)]


@pytest.mark.parametrize("city", ["Berlində", "Təbrizdə", "Belqradda", "Yekaterinburqda", "Varşavada"])
def test_a_city_after_the_name_is_no_part_of_it(city: str) -> None:
    text = f"Səfir Tamerlan Şirinov {city} keçirilən anım mərasimində iştirak edib."
    assert [a.mention for a in extract_attendees(text)] == ["Tamerlan Şirinov"]


@pytest.mark.parametrize(
    "text",
    [
        "Tədbir Azərbaycanın Gürcüstandakı səfiri Tamerlan Şirinovun çıxışı ilə başlayıb.",
        "Tədbir Azərbaycanın Gürcüstandakı səfiri Tamerlan Şirinovun iştirakı ilə keçirilib.",
        "Mərasim Azərbaycanın Gürcüstandakı səfiri Tamerlan Şirinovun çıxışı ilə açılıb.",
    ],
)
def test_the_event_before_a_genitive_envoy_is_no_part_of_the_title(text: str) -> None:
    [found] = extract_attendees(HELD + text)
    assert (found.mention, found.role, found.role_as_written) == (
        "Tamerlan Şirinov",
        "Ambassador of Azerbaijan to Georgia",
        "Azərbaycanın Gürcüstandakı səfiri",
    )


# --- the mission's named staff --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə səfirliyin müşaviri Elnur Qasımlı və diaspor nümayəndələri iştirak ediblər.",
            [("Elnur Qasımlı", "Counsellor of the Embassy")],
        ),
        (
            "Tədbirdə səfirliyin birinci katibi Orxan Bağırlı və attaşe Kamran Vəlizadə iştirak ediblər.",
            [("Orxan Bağırlı", "First Secretary of the Embassy"), ("Kamran Vəlizadə", "Attaché")],
        ),
        (
            "Sonra səfirliyin I katibi Orxan Bağırlı və III katibi Kamran Vəlizadə fikirlərini bölüşüblər.",
            [
                ("Orxan Bağırlı", "First Secretary of the Embassy"),
                ("Kamran Vəlizadə", "Third Secretary of the Embassy"),
            ],
        ),
        (
            "Səfirliyin II katibi Orxan Bağırlı da tədbirdə çıxış edib.",
            [("Orxan Bağırlı", "Second Secretary of the Embassy")],
        ),
        ("Səfirliyin əməkdaşı Orxan Bağırlı da tədbirdə çıxış edib.", [("Orxan Bağırlı", "Embassy Staff Member")]),
        (
            "Mərasimdə baş konsulluğun əməkdaşları Orxan Bağırlı, Kamran Vəlizadə də çıxış edərək danışıblar.",
            [("Orxan Bağırlı", "Consulate Staff Member"), ("Kamran Vəlizadə", "Consulate Staff Member")],
        ),
        (
            "Tədbir icmanın sədri Elnur Qasımlının və səfirliyin müşaviri Kamran Vəlizadənin çıxışları ilə davam edib.",
            [("Elnur Qasımlı", "Chairman"), ("Kamran Vəlizadə", "Counsellor of the Embassy")],
        ),
    ],
)
def test_named_staff_are_there_with_their_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the staff as a group, no one named
        "Tədbirdə səfirliyin əməkdaşları və diaspor nümayəndələri iştirak ediblər.",
        "Mərasimdə baş konsulluğun əməkdaşları da çıxış ediblər.",
        # a staff member to speak, or only a message
        "Səfirliyin müşaviri Elnur Qasımlı sabah tədbirdə çıxış edəcək.",
        "Səfirliyin birinci katibi Orxan Bağırlı tədbir iştirakçılarına məktub göndərib.",
    ],
)
def test_staff_not_placed(text: str) -> None:
    assert people(HELD + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sabah səfir Tamerlan Şirinovun iştirakı ilə daha bir tədbir keçiriləcək.",
        "Növbəti tədbir səfirliyin müşaviri Elnur Qasımlının çıxışı ilə başa çatacaq.",
    ],
)
def test_a_genitive_before_an_event_to_come_places_nobody(text: str) -> None:
    assert people(HELD + text) == []


# --- the acting head of a consulate general, and the one who opened the evening -------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Azərbaycanın Sankt-Peterburqdakı Baş Konsulluğunda anım tədbiri keçirilmişdir.\n\nTədbiri giriş sözü ilə "
            "açan Baş konsulluğun başçısı vəzifəsini icra edən Anar Yusifli faciənin səbəblərindən danışmışdır.",
            "Acting Consul General of Azerbaijan in Saint Petersburg",
        ),
        (
            "Azərbaycanın Yekaterinburqdakı Baş konsulluğunda anım tədbiri keçirilib.\n\nTədbirdə Azərbaycanın "
            "Yekaterinburqdakı baş konsulunun səlahiyyətlərini icra edən Anar Yusifli çıxış edib.",
            "Acting Consul General of Azerbaijan in Yekaterinburg",
        ),
        (
            "Azərbaycanın Təbrizdəki baş konsulluğunda anım mərasimi keçirilib.\n\nMərasimdə baş konsul vəzifəsini "
            "icra edən Anar Yusifli çıxış edib.",
            "Acting Consul General of Azerbaijan in Tabriz",
        ),
    ],
)
def test_an_acting_consul_general(text: str, role: str) -> None:
    assert people(text) == [("Anar Yusifli", role)]


@pytest.mark.parametrize("opening", ["giriş sözü", "çıxış sözü", "açılış sözü"])
def test_who_opened_the_evening_with_a_word_was_there(opening: str) -> None:
    text = HELD + f"Tədbiri {opening} ilə açan səfir Qüdsi Osmanlı iştirakçıları salamlayıb."
    assert [a.mention for a in extract_attendees(text)] == ["Qüdsi Osmanlı"]


def test_an_evening_to_be_opened_places_nobody() -> None:
    text = HELD + "Sabahkı tədbiri giriş sözü ilə açacaq səfir Qüdsi Osmanlı iştirakçıları salamlayacaq."
    assert extract_attendees(text) == []


# --- "our embassy": the writer's own mission is Azerbaijan's ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Rumıniyadakı səfirliyimizdə anım tədbiri keçirilib.\n\nSəfir Qüdsi Osmanlı tədbirdə çıxış edib.",
            "Ambassador of Azerbaijan to Romania",
        ),
        (
            "Meksikadakı səfirliyimizdə anım mərasimi keçirilib.\n\nSəfir Qüdsi Osmanlı qonaqlara faciədən bəhs edib.",
            "Ambassador of Azerbaijan to Mexico",
        ),
        # another country's embassy in Baku is that country's
        (
            "Rumıniyanın Azərbaycandakı səfirliyində anım tədbiri keçirilib.\n\nSəfir Qüdsi Osmanlı çıxış edib.",
            "Ambassador of Romania",
        ),
    ],
)
def test_our_embassy_is_azerbaijans(text: str, role: str) -> None:
    assert people(text) == [("Qüdsi Osmanlı", role)]


def test_our_embassy_in_a_turkish_paper_is_not_azerbaijans() -> None:
    text = (
        "Berlin Büyükelçiliğimizde Kanlı Ocak şehitleri için anma töreni düzenlendi.\n\nBüyükelçi Nasir Ağalı törende "
    )
    text += "bir konuşma yaptı."
    [(name, role)] = people(text)
    assert name == "Nasir Ağalı" and role is not None and not role.startswith("Ambassador of Azerbaijan")


def test_who_presented_the_exhibition_to_the_participants_was_there() -> None:
    text = HELD + "Səfirliyin müşaviri Elvin Qasımlı tədbir iştirakçılarına fotosərgini təqdim edib."
    assert people(text) == [("Elvin Qasımlı", "Counsellor of the Embassy")]


def test_a_presentation_with_no_event_places_nobody() -> None:
    assert people("Səfirliyin müşaviri Elvin Qasımlı yeni kitabını təqdim edib.") == []


def test_an_attache_of_our_embassy() -> None:
    text = "Rumıniyadakı səfirliyimizdə anım tədbiri keçirilib.\n\nAttaşe Tural Həsənzadə tədbirdə çıxış edib."
    assert people(text) == [("Tural Həsənzadə", "Attaché of Azerbaijan in Romania")]


@pytest.mark.parametrize(
    ("title", "role"),
    [("baş konsulun müavini", "Deputy Consul General"), ("səfirin müavini", "Deputy Ambassador")],
)
def test_an_envoys_deputy_is_not_the_envoy(title: str, role: str) -> None:
    assert people(HELD + f"Tədbirdə {title} Elnur Qasımlı çıxış edib.") == [("Elnur Qasımlı", role)]
