"""More ways Azerbaijani reports of 20 January commemorations state who was there (issue 16; read on the pages of
AZƏRTAC, APA, Report, Day.Az, Metbuat, district executive power sites, Baku school and university news, embassy and
consulate pages in Azerbaijani, diaspora sites): a visit told through the video or photos its subject shared (a video
about the tragedy itself places nobody), a district's head named with the district ("Head of the Qusar District
Executive Power"), the first deputy written with a Roman "I", a school's director written without the genitive
("məktəb direktoru"), a musician who performed, compatriots named by where they live, and anniversaries whose ordinal
suffix is glued, spaced or after an en dash. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary

from ._helpers import people

EVENT = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prezident Elvin Qasımlı Şəhidlər xiyabanını ziyarət etməsi ilə bağlı video paylaşıb.",
            [("Elvin Qasımlı", "President")],
        ),
        (
            "Prezident Elvin Qasımlı yanvarın 20-də Şəhidlər xiyabanını ziyarət etməsi ilə bağlı rəsmi Instagram "
            "səhifəsində video paylaşıb.",
            [("Elvin Qasımlı", "President")],
        ),
        (
            "Prezident Elvin Qasımlı sosial şəbəkədə Şəhidlər xiyabanının ziyarətindən fotolar paylaşıb.",
            [("Elvin Qasımlı", "President")],
        ),
        (
            "Birinci vitse-prezident Lamiə Qasımlı Şəhidlər xiyabanını ziyarət etdiyi anlardan görüntülər paylaşıb.",
            [("Lamiə Qasımlı", "First Vice President")],
        ),
        # a video about the tragedy, or a visit's video that others shared, places nobody
        ("Prezident Elvin Qasımlı 20 Yanvar faciəsinin ildönümü ilə bağlı sosial şəbəkədə video paylaşıb.", []),
        ("Birinci vitse-prezident Lamiə Qasımlı şəhidlərin xatirəsinə həsr olunmuş videoçarx paylaşıb.", []),
        ("Prezident Elvin Qasımlının xiyabanı ziyarət etməsi ilə bağlı video paylaşılıb.", []),
    ],
)
def test_visit_told_through_what_was_shared(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "Mərasimdə Qusar rayon İcra Hakimiyyətinin başçısı Ramil Alıyev iştirak edib.",
            [("Ramil Alıyev", "Head of the Qusar District Executive Power")],
        ),
        (
            EVENT + "Ağstafa RİH başçısı Seymur Ocaqlı abidənin önünə əklil qoyub.",
            [("Seymur Ocaqlı", "Head of the Ağstafa District Executive Power")],
        ),
        (
            EVENT + "Tədbirdə Şəki Rayon İcra Hakimiyyəti başçısının birinci müavini Nuranə Baxşılı çıxış edib.",
            [("Nuranə Baxşılı", "First Deputy Head of the Shaki District Executive Power")],
        ),
        (
            EVENT + "Tədbirdə Sabunçu rayon İcra Hakimiyyəti başçısının I müavini Nuranə Baxşılı çıxış edib.",
            [("Nuranə Baxşılı", "First Deputy Head of the Sabunçu District Executive Power")],
        ),
        # no district named: the office alone; a town's head is its mayor
        (
            EVENT + "Tədbirdə rayon İcra Hakimiyyəti başçısının müavini Nuranə Baxşılı çıxış edib.",
            [("Nuranə Baxşılı", "Deputy Head of the Executive Power")],
        ),
        (
            EVENT + "Tədbirdə Sumqayıt şəhər İcra Hakimiyyətinin başçısı Zakir Dəmirli çıxış edib.",
            [("Zakir Dəmirli", "Mayor of Sumgait")],
        ),
        (
            EVENT + "Məktəb direktoru Nəsrin Abbaslı tədbiri açıb.",
            [("Nəsrin Abbaslı", "School Director")],
        ),
        (
            EVENT + "Tədbiri açan məktəb direktoru Nəsrin Abbaslı faciə haqqında məlumat verib.",
            [("Nəsrin Abbaslı", "School Director")],
        ),
    ],
)
def test_district_and_school_posts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EVENT + "Parisdə yaşayan musiqiçi Tural Sədili muğam ifa edib.", [("Tural Sədili", "Musician")]),
        (
            EVENT + "Sonra tələbə Aysu Kərimli faciəyə həsr olunmuş mahnını ifa etdi.",
            [("Aysu Kərimli", "Student")],
        ),
        (
            EVENT + "Kölndə yaşayan həmyerlimiz Elnur Cəbrayıllı iştirakçılara o gecə barədə məlumat verib.",
            [("Elnur Cəbrayıllı", None)],
        ),
        (
            EVENT + "Tədbirdə səfir Rauf Həsənzadə, icma sədri Mehman Süleymanlı və Hamburqda yaşayan soydaşımız "
            "Ülvi Nəbili çıxış ediblər.",
            [("Rauf Həsənzadə", "Ambassador"), ("Mehman Süleymanlı", "Chairman"), ("Ülvi Nəbili", None)],
        ),
        # the future, a recording, an old interview and a compatriot remembered place nobody
        (EVENT + "Parisdə yaşayan musiqiçi Tural Sədili axşam muğam ifa edəcək.", []),
        (EVENT + "Niderlandda yaşayan soydaşımız Elçin Həsənli illər öncə müsahibədə o günləri xatırlayıb.", []),
        (EVENT + "Tədbirdə faciə zamanı həlak olan soydaşımız Ramiz Əliyevin xatirəsi yad edilib.", []),
    ],
)
def test_performers_and_compatriots(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("20 Yanvar faciəsinin 34cü il dönümü ilə əlaqədar tədbir keçirildi.", 34),
        ("20 Yanvar faciəsinin 31 ci ildönümü qeyd olunub.", 31),
        ("20 Yanvar faciəsinin 31-ci il-dönümü qeyd olunub.", 31),
        ("20 Yanvar faciəsinin 36–cı ildönümü anılıb.", 36),
        ("20 Yanvar faciəsinin 29-cu ildönumu anılıb.", 29),
        ("20 YANVAR FACİƏSİNİN 32-Cİ İL DÖNÜMÜ", 32),
    ],
)
def test_anniversary_spellings(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "text",
    ["Müstəqilliyin 30-cu il dönümü qeyd olunub.", "Xocalı soyqırımının 32–ci ildönümü anılıb.", "131–170 nəfər"],
)
def test_other_anniversaries_not_read(text: str) -> None:
    assert stated_anniversary(text) is None


MISSION = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı səfirlikdə anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranks after the names, each after a dash: the title after a dash is the name's before it
        (
            MISSION + "Tədbirdə səfirliyin əməkdaşları – Rəşid Abbaslı – müşavir, Orxan Zeynallı – ikinci katib "
            "iştirak ediblər.",
            [("Rəşid Abbaslı", "Counsellor of the Embassy"), ("Orxan Zeynallı", "Second Secretary of the Embassy")],
        ),
        # (the same with the Unicode hyphen U+2010 standing alone for the dash)
        (
            MISSION + "Səfirliyin əməkdaşlarından Nigar Əfəndiyeva \u2010 müşavir, Tural Bağırlı \u2010 birinci katib "
            "tədbirdə iştirak ediblər.",
            [("Nigar Əfəndiyeva", "Counsellor of the Embassy"), ("Tural Bağırlı", "First Secretary of the Embassy")],
        ),
        (
            MISSION
            + "Tədbirdə səfirliyin əməkdaşları: müşavir Rəşid Abbaslı, III katib Aytən Səmədli iştirak ediblər.",
            [("Rəşid Abbaslı", "Counsellor of the Embassy"), ("Aytən Səmədli", "Third Secretary of the Embassy")],
        ),
        # the post of an adviser to a head of state is no mission's
        (
            MISSION + "Tədbirdə Prezidentin müşaviri Rəşid Abbaslı iştirak edib.",
            [("Rəşid Abbaslı", "Assistant to the President")],
        ),
        (
            MISSION + "Tədbiri açan baş konsulun səlahiyyətlərini icra edən Şöhrət Mustafazadə çıxış edib.",
            [("Şöhrət Mustafazadə", "Acting Consul General")],
        ),
        # the host country named with its state's word in the locative
        (
            MISSION + "Azərbaycanın Gürcüstan Respublikasındakı səfiri Fariz Quluzadə çıxış edib.",
            [("Fariz Quluzadə", "Ambassador of Azerbaijan to Georgia")],
        ),
        (
            MISSION + "Azərbaycan Respublikasının Rusiya Federasiyasındakı səfiri Fariz Quluzadə çıxış edib.",
            [("Fariz Quluzadə", "Ambassador of Azerbaijan to Russia")],
        ),
        # a consul's city in the locative ("Batumidəki")
        (
            MISSION + "Azərbaycanın Batumidəki baş konsulu Fariz Quluzadə çıxış edib.",
            [("Fariz Quluzadə", "Consul General of Azerbaijan in Batumi")],
        ),
        (
            MISSION + "Türkiyə Respublikasının Azərbaycan Respublikasındakı səfiri Cahit Bozkurt çıxış edib.",
            [("Cahit Bozkurt", "Ambassador of Turkey")],
        ),
    ],
)
def test_mission_staff_and_envoys(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVENT + "Tbilisidə yaşayan müğənni Aygün Səlimli faciəyə həsr olunmuş mahnını ifa edib.",
            [("Aygün Səlimli", "Singer")],
        ),
        # pupils named after the plural that opens the sentence: the word is no part of a name
        (
            EVENT + "Şagirdlər Leyla Məmmədli və Tofiq Əlizadə şəhidlərə həsr olunmuş şeirlər söylədilər.",
            [("Leyla Məmmədli", None), ("Tofiq Əlizadə", None)],
        ),
        # martyrs remembered in the passive after "o cümlədən" (including) are not there; those who visited are
        (EVENT + "Şəhidlər, o cümlədən Vəfa Eminli və Rəşid İsmayıllı ehtiramla yad edilib.", []),
        (
            EVENT + "Rəsmilər, o cümlədən nazir Kamil Həsənli və deputat Vüsal Əliyev xiyabanı ziyarət ediblər.",
            [("Kamil Həsənli", "Minister"), ("Vüsal Əliyev", "Member of Parliament")],
        ),
    ],
)
def test_singers_pupils_and_lists(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name that is a title word too, capitalised after a post in lower case ("Şair": poet)
        (
            EVENT + "Mərasimdə Qusar rayon İcra Hakimiyyətinin başçısı Şair Alxaslı iştirak edib.",
            [("Şair Alxaslı", "Head of the Qusar District Executive Power")],
        ),
        (EVENT + "Tədbirdə müəllim Hakim Rzalı çıxış edib.", [("Hakim Rzalı", "Teacher")]),
        # the title before a full name, or opening the sentence, is still a title
        (EVENT + "Şair Nəriman Həsənli şeir oxuyub.", [("Nəriman Həsənli", "Poet")]),
        (EVENT + "Tədbirdə mədəniyyət naziri Adil Kərimli çıxış edib.", [("Adil Kərimli", "Minister of Culture")]),
    ],
)
def test_given_names_that_are_titles(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
