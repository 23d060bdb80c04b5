"""Turkish reports of a visit or a meeting on 20 January whose only event is a minute of silence in the passive
("şehitler için saygı duruşunda bulunuldu", "saygı duruşu yapıldı"): the official who commemorated the martyrs and met
a society or its members was there, and so was the society's chair who spoke after "ise", however far from the verb;
not those only remembered, quoted from afar or from another time, nor the martyrs. Turkey's president written with
the bare title ("Cumhurbaşkanı Erdoğan") is Turkey's, Azerbaijan's stays "President"; a bare "milletvekili" is a
member of Turkey's parliament unless the title names Azerbaijan. The sentences and names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.people import canonical_role

TURKEY_MP = "Member of the Parliament of Turkey"


def names(text: str) -> list[str]:
    return [a.mention for a in extract_attendees(text)]


def roles(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


# --- the official who commemorated and met a society, in a report with a minute of silence in the passive ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iğdır Belediye Başkanı Mehmet Öz, Kanlı Ocak'ın yıl dönümünde şehitleri andı ve Azerbaycan Evi Derneği "
            "ile bir araya geldi. Şehitler anısına saygı duruşu yapıldı.",
            ["Mehmet Öz"],
        ),
        (
            "Belediye Başkanı Selma Kaya, Kafkas Dayanışma Derneği üyeleriyle görüştü. Şehitler için saygı duruşunda "
            "bulunuldu.",
            ["Selma Kaya"],
        ),
        (
            "Kars Valisi Hakan Tunç, 20 Ocak şehitlerini andı. Tunç, Azerbaycan Dernekleri Federasyonu temsilcileriyle "
            "görüştü. Valilikte şehitler için saygı duruşu yapıldı.",
            ["Hakan Tunç"],
        ),
        (
            "Kanlı Ocak'ın 36. yılında Başkan Deniz Ertan, Azerbaycan Türkleri Kültür ve Dayanışma Derneği "
            "yöneticileriyle bir araya gelerek şehitleri andı. Görüşmede şehitlerin anısına saygı duruşuna geçildi.",
            ["Deniz Ertan"],
        ),
        (
            "Vali Selim Koç, 20 Ocak şehitlerini rahmetle andı. Koç, şehit aileleriyle görüşerek taziyelerini iletti. "
            "Ardından bir dakikalık saygı duruşu gerçekleştirildi.",
            ["Selim Koç"],
        ),
        (
            "Belediye Başkanı Selma Kaya, dernek yöneticileri ile görüştü.\n\nBuluşmada 20 Ocak şehitlerinin aziz "
            "hatırası için saygı duruşunda da bulunuldu.",
            ["Selma Kaya"],
        ),
        # received them in the office, or chatted with them while commemorating
        (
            "Vali Selim Koç, Azerbaycan Kültür Derneği yöneticilerini makamında kabul etti. Ziyarette 20 Ocak "
            "şehitleri için saygı duruşunda bulunuldu.",
            ["Selim Koç"],
        ),
        (
            "Belediye Başkanı Selma Kaya, Dernek Başkanı Orhan Tuna'yı makamında ağırladı. Görüşmede şehitler için "
            "saygı duruşunda bulunuldu.",
            ["Selma Kaya"],
        ),
        (
            "Başkan Levent Uçar, şehitleri rahmetle anarken dernek üyeleriyle sohbet etti. Saygı duruşu yapıldı.",
            ["Levent Uçar"],
        ),
    ],
)
def test_who_commemorated_and_met_a_society_was_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- the society's chair after "ise", far from the verb ----------------------------------------------------------

OPENING = "Başkan Levent Uçar, 20 Ocak şehitlerini andı ve Kars Azerbaycan Derneği üyeleriyle bir araya geldi. "


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "Şehitlerin ruhuna saygı duruşu yapıldı. Dernek Başkanı Nermin Yalçın ise ziyaret için Başkan "
        "Uçar'a teşekkür ederek, Bakü sokaklarında yaşanan acının bugün de Türk dünyasının yüreğinde taze olduğunu "
        "ve şehitlerin hatırasını yaşatmak için çalışmayı sürdüreceklerini dile getirdi.",
        OPENING + "Şehitler için saygı duruşunda bulunuldu.\n\nDernek Başkanı Nermin Yalçın ise, belediyenin her yıl "
        "bu acı günü hatırlamasının kendileri için çok kıymetli olduğunu, iki kardeş ülkenin bu acıyı birlikte "
        "taşıdığını söyledi.",
        OPENING + "Şehitler için saygı duruşuna geçildi. Derneğin başkanı Nermin Yalçın ise kısa bir konuşma yaparak "
        "belediyeye destekleri için şükranlarını sundu ve Kanlı Ocak'ın unutulmaması gerektiğini vurguladı.",
        OPENING + "Şehitler anısına bir dakikalık saygı duruşunda bulunuldu. Azerbaycan Evi Derneği Başkanı Nermin "
        'Yalçın ise "Şehitlerimizi unutmadık, unutturmayacağız" diye konuştu.',
        OPENING + "Saygı duruşu yapıldı. Dernek Başkanı Nermin Yalçın ise sözlerine, o gece hayatını kaybeden "
        "yüzlerce sivili anarak başladı ve belediyenin desteğine teşekkür etti.",
        # the speech told before the minute of silence, after the meeting in its paragraph
        OPENING + "Dernek Başkanı Nermin Yalçın ise belediyeye teşekkür ederek Kanlı Ocak'ın unutulmayacağını "
        "söyledi. Görüşmede şehitler için saygı duruşunda bulunuldu.",
    ],
)
def test_the_chair_after_ise_spoke_there(text: str) -> None:
    assert names(text) == ["Levent Uçar", "Nermin Yalçın"]


# --- precision: the remembered, those who spoke from afar or another time, a meeting by phone --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the martyrs commemorated are no attendees
        (
            "Belediye Başkanı Selim Koç, 20 Ocak şehidi Fariz Rüstemov'u ve tüm şehitleri rahmetle andı. Şehitler "
            "için saygı duruşu yapıldı.",
            ["Selim Koç"],
        ),
        (
            "Belediye Başkanı Selim Koç, şehit Ayla Demir'in ailesiyle görüştü. Şehitler için saygı duruşu yapıldı.",
            ["Selim Koç"],
        ),
        # a poet read, a leader quoted, the martyrs named: only the speaker was there
        (
            "Şehitler için saygı duruşu yapıldı. Başkan Levent Uçar, şair Bahtiyar Vahapzade'nin 20 Ocak için yazdığı "
            "dizeleri okudu.",
            ["Levent Uçar"],
        ),
        (
            "Şehitler için saygı duruşu yapıldı. Başkan Levent Uçar, Ulu Önder Haydar Aliyev'in \"Bu acıyı "
            'unutmayacağız" sözlerini hatırlattı.',
            ["Levent Uçar"],
        ),
        (
            "Şehitler için saygı duruşu yapıldı. Başkan Levent Uçar, Dernek Başkanı Nermin Yalçın'ın geçen yıl "
            "söylediği sözleri aktardı.",
            ["Levent Uçar"],
        ),
        (
            "Şehitler için saygı duruşu yapıldı. Başkan Levent Uçar, Kanlı Ocak gecesi şehit düşen Ali Veliyev ve "
            "Zeynep Hüseyinova'yı andı.",
            ["Levent Uçar"],
        ),
        # quoted from another time, or from afar
        (
            OPENING + "Saygı duruşu yapıldı. Dernek Başkanı Nermin Yalçın ise, geçen yıl yaptığı açıklamada bu "
            "acının unutulmayacağını ifade etmişti.",
            ["Levent Uçar"],
        ),
        (
            OPENING + "Saygı duruşu yapıldı. Dernek Başkanı Nermin Yalçın ise sosyal medya hesabından yaptığı "
            "paylaşımda şehitlere rahmet diledi.",
            ["Levent Uçar"],
        ),
        (
            OPENING + "Dernek Başkanı Nermin Yalçın ise sosyal medya hesabından şehitlere rahmet diledi. Saygı duruşu "
            "yapıldı.",
            ["Levent Uçar"],
        ),
        (
            "Saygı duruşu yapıldı. Derneğin kurucusu merhum Kemal Arı ise yıllar önce bu anmaları başlatmıştı.",
            [],
        ),
        # one person met by phone may be far away
        (
            "Belediye Başkanı Selma Kaya, Bakan Orhan Tuna ile telefonda görüştü. Şehitler için saygı duruşu yapıldı.",
            [],
        ),
        # a minute of silence to come places no one; with no event, commemorating alone is no attendance
        (
            "Belediye Başkanı Selma Kaya, 20 Ocak şehitlerini andı. Yarın şehitler için saygı duruşunda bulunulacak.",
            [],
        ),
        ("Belediye Başkanı Selma Kaya, Kafkas Dayanışma Derneği üyeleriyle görüştü.", []),
        # accepting a thing is no meeting
        ("Belediye Başkanı Selma Kaya, derneğin üyeliği kabul etti. Şehitler için saygı duruşu yapıldı.", []),
        ("Belediye Başkanı Selma Kaya, öğrencilerin önerisini kabul etti. Şehitler için saygı duruşu yapıldı.", []),
    ],
)
def test_the_remembered_and_the_absent_are_not_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- Turkey's president by the bare title; Azerbaijan's stays "President" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan anma törenine katıldı.",
            [("Recep Tayyip Erdoğan", "President of Turkey")],
        ),
        (
            "Anma töreni düzenlendi. Törene Cumhurbaşkanı Erdoğan da katıldı.",
            [("Erdoğan", "President of Turkey")],
        ),
        (
            "Cumhurbaşkanımız Recep Tayyip Erdoğan anma programına katıldı.",
            [("Recep Tayyip Erdoğan", "President of Turkey")],
        ),
        (
            "Cumhurbaşkanı Erdoğan ve eşi Emine Erdoğan Şehitler Hıyabanı'nı ziyaret etti.",
            [("Erdoğan", "President of Turkey"), ("Emine Erdoğan", "First Lady")],
        ),
        (
            "Azerbaycan Cumhurbaşkanı Aliyev ve Cumhurbaşkanı Erdoğan Şehitler Hıyabanı'nı ziyaret etti.",
            [("Aliyev", "President"), ("Erdoğan", "President of Turkey")],
        ),
        # (and "Sayın", the honourable, before the title)
        (
            "Anma töreni düzenlendi. Törene Sayın Cumhurbaşkanımız Recep Tayyip Erdoğan da katıldı.",
            [("Recep Tayyip Erdoğan", "President of Turkey")],
        ),
        # Azerbaijan's president, by the country named, by his name, or by the text's own naming of him
        ("Cumhurbaşkanı Aliyev Şehitler Hıyabanı'nı ziyaret etti.", [("Aliyev", "President")]),
        (
            "Cumhurbaşkanı İlham Aliyev ve eşi Mehriban Aliyeva Şehitler Hıyabanı'nda saygı duruşunda bulundu.",
            [("İlham Aliyev", "President"), ("Mehriban Aliyeva", "First Lady")],
        ),
        (
            "Azerbaycan Cumhurbaşkanı Kamil Orucov Şehitler Hıyabanı'nı ziyaret etti. Cumhurbaşkanı Orucov anıta "
            "çelenk bıraktı.",
            [("Kamil Orucov", "President")],
        ),
        (
            "Anma töreni düzenlendi. Azerbaycan Cumhuriyeti Cumhurbaşkanı Kamil Orucov adına bir çelenk sunuldu. "
            "Törene Cumhurbaşkanı Orucov da katıldı.",
            [("Orucov", "President")],
        ),
        # the home president's name ends at a word with a case ending or at his surname: the next name is not his
        (
            "Azerbaycan Cumhurbaşkanı İlham Aliyev Erdoğan'ı kabul etti. Törene Cumhurbaşkanı Erdoğan da katıldı.",
            [("Erdoğan", "President of Turkey")],
        ),
        (
            "Azerbaycan Cumhurbaşkanı Aliyev Erdoğan'la görüştü. Anma törenine Cumhurbaşkanı Erdoğan da katıldı.",
            [("Erdoğan", "President of Turkey")],
        ),
        (
            "Azerbaycan Cumhurbaşkanı Kamil Orucov'un davetiyle Bakü'ye gelen Cumhurbaşkanı Erdoğan Şehitler "
            "Hıyabanı'nı ziyaret etti.",
            [("Erdoğan", "President of Turkey")],
        ),
        (
            "Azerbaycan Cumhurbaşkanı Kamil Orucov'u kabul eden heyet anıta çelenk bıraktı. Törene Cumhurbaşkanı "
            "Orucov da katıldı.",
            [("Orucov", "President")],
        ),
        # every other language's bare title is the home country's
        ("Президент Ильхам Алиев посетил Аллею шехидов.", [("Ильхам Алиев", "President")]),
        ("Prezident İlham Əliyev Şəhidlər xiyabanını ziyarət edib.", [("İlham Əliyev", "President")]),
    ],
)
def test_the_bare_president_of_a_turkish_text_is_turkeys(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert roles(text) == expected


# --- a bare "milletvekili" is Turkey's ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Milletvekili", TURKEY_MP),
        ("milletvekilleri", TURKEY_MP),
        ("Eski Milletvekili", TURKEY_MP),
        # the Milli Majlis's, where the title names Azerbaijan, a town of it or the Milli Majlis
        ("Azerbaycan Milletvekili", "Member of Parliament"),
        ("Azerbaycan Milli Meclisi milletvekili", "Member of Parliament"),
        ("Azerbaycan Cumhuriyeti Milli Meclisi Milletvekili", "Member of Parliament"),
        ("Milli Meclis milletvekili", "Member of Parliament"),
        ("Milli Meclis üyesi", "Member of Parliament"),
        ("Azerbaycanlı milletvekili", "Member of Parliament"),
        ("Bakü Milletvekili", "Member of Parliament"),
        # another country's, named
        ("Gürcistan Milletvekili", "Member of the Parliament of Georgia"),
        ("Gürcistan Milli Meclisi üyesi", "Member of the Parliament of Georgia"),
    ],
)
def test_a_bare_milletvekili_is_turkeys(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Sayın Cumhurbaşkanı", "President"),
        ("Sayın Türkiye Cumhurbaşkanı", "President of Turkey"),
        ("Sayın Azerbaycan Cumhurbaşkanı", "President"),
    ],
)
def test_the_honourable_is_no_part_of_a_title(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anma töreni düzenlendi. Törene Milletvekili Zeynep Arıkan katıldı.", [("Zeynep Arıkan", TURKEY_MP)]),
        (
            "Anma töreni düzenlendi. Törene Azerbaycan Milli Meclisi milletvekili Ganire Veliyeva ve milletvekili "
            "Zeynep Arıkan katıldı.",
            [("Ganire Veliyeva", "Member of Parliament"), ("Zeynep Arıkan", TURKEY_MP)],
        ),
    ],
)
def test_members_in_a_turkish_report(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert roles(text) == expected
