"""Kinds of Turkish reporting of the 20 January commemorations seen in real pages (AA, İHA, embassy and local press)
that the extractors missed: an envoy whose title names the host state in the locative ("Azerbaycan'ın Kazakistan
Cumhuriyeti'ndeki Büyükelçisi", "Birleşik Krallık'taki"), and more. The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.casualties import extract_casualties

from ._helpers import people, roles

# --- an envoy's host state in the locative ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Azerbaycan'ın Kazakistan Cumhuriyeti'ndeki Büyükelçisi Orhan Sadıqlı anma törenine katıldı.",
            "Orhan Sadıqlı",
            "Ambassador of Azerbaijan to Kazakhstan",
        ),
        (
            "Törene Azerbaycan'ın Gürcistan Cumhuriyeti’ndeki Büyükelçisi Orhan Sadıqlı da katıldı.",
            "Orhan Sadıqlı",
            "Ambassador of Azerbaijan to Georgia",
        ),
        (
            "Azerbaycan'ın Rusya Federasyonu'ndaki Büyükelçisi Orhan Sadıqlı 20 Ocak anma törenine katıldı.",
            "Orhan Sadıqlı",
            "Ambassador of Azerbaijan to Russia",
        ),
        (
            "Londra'daki törene Azerbaycan'ın Birleşik Krallık'taki Büyükelçisi Kamran Novruzlu katıldı.",
            "Kamran Novruzlu",
            "Ambassador of Azerbaijan to the United Kingdom",
        ),
        (
            "Törene Türkiye'nin Birleşik Krallık Büyükelçisi Kamran Novruzlu da katıldı.",
            "Kamran Novruzlu",
            "Ambassador of Turkey to the United Kingdom",
        ),
        (
            "Paris'teki anma törenine Azerbaycan'ın Fransa Büyükelçisi Nigar Alıyeva katıldı.",
            "Nigar Alıyeva",
            "Ambassador of Azerbaijan to France",
        ),
        (
            "Azerbaycan'ın Özbekistan'daki Büyükelçisi Nigar Alıyeva de törene katıldı.",
            "Nigar Alıyeva",
            "Ambassador of Azerbaijan to Uzbekistan",
        ),
    ],
)
def test_an_envoys_host_state_in_the_locative(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role


def test_a_host_state_names_no_person() -> None:
    text = "Azerbaycan'ın Birleşik Krallık'taki Büyükelçisi Kamran Novruzlu anma törenine katıldı."
    assert [n for n, _ in people(text)] == ["Kamran Novruzlu"]


# --- a title in the possessive of "our" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "20 Ocak anma törenine Valimiz Ahmet Karaca ve Belediye Başkanımız Mustafa Er katıldı.",
            [("Ahmet Karaca", "Governor"), ("Mustafa Er", "Mayor")],
        ),
        (
            "Törene Genelkurmay Başkanımız Orgeneral Metin Gürak da katıldı.",
            [("Metin Gürak", "Chief of the General Staff")],
        ),
        (
            "Törene Genelkurmay Başkanı Orgeneral Metin Gürak da katıldı.",
            [("Metin Gürak", "Chief of the General Staff")],
        ),
        ("Anma programına Kaymakamımız Ali Sönmez katıldı.", [("Ali Sönmez", "District Governor")]),
        ("Törene Rektörümüz Prof. Dr. Selin Aras de katıldı.", [("Selin Aras", "Rector")]),
        (
            "Programa Valimiz Sayın Ahmet Karaca, Milletvekilimiz Ayşe Er ve İl Müftümüz Hasan Kaya katıldı.",
            [
                ("Ahmet Karaca", "Governor"),
                ("Ayşe Er", "Member of the Parliament of Turkey"),
                ("Hasan Kaya", "Provincial Mufti"),
            ],
        ),
        ("Kars Valimiz Ahmet Karaca da törene katıldı.", [("Ahmet Karaca", "Governor of Kars")]),
        ("Belediye Başkanımız Mustafa Er törende bir konuşma yaptı.", [("Mustafa Er", "Mayor")]),
        ("Törene Okul Müdürümüz Ali Veli katıldı.", [("Ali Veli", "School Director")]),
        ("Törene öğretmenimiz Ayşe Kaya katıldı.", [("Ayşe Kaya", "Teacher")]),
        ("Törene Komutanımız Tuğgeneral Ali Veli katıldı.", [("Ali Veli", "Commander")]),
        ("Törene Jandarma Komutanı Ali Veli katıldı.", [("Ali Veli", "Commander")]),
    ],
)
def test_a_post_in_the_possessive_of_our(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


# --- "emekli": a past post; "Hâkim" the title, "Hakim" before a surname a given name; "Bey" no name --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene emekli Büyükelçi Ali Demir de katıldı.", [("Ali Demir", "Former Ambassador")]),
        ("Emekli Vali Ali Demir de 20 Ocak anma törenine katıldı.", [("Ali Demir", "Former Governor")]),
        ("Törene emekli Hâkim Selim Aydın katıldı.", [("Selim Aydın", "Former Judge")]),
        ("Anma programına emekli hakim Selim Aydın da katıldı.", [("Selim Aydın", "Former Judge")]),
        (
            "Törene Azerbaycan emekli Büyükelçisi Ali Demir de katıldı.",
            [("Ali Demir", "Former Ambassador of Azerbaijan")],
        ),
        ("Törene emekli öğretmen Ali Demir de katıldı.", [("Ali Demir", "Former Teacher")]),
    ],
)
def test_emekli_marks_a_past_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene Hâkim Selim Aydın katıldı.", [("Selim Aydın", "Judge")]),
        ("Ağır Ceza Mahkemesi Hakimi Selim Aydın da törene katıldı.", [("Selim Aydın", "Judge")]),
        ("Törene Hakim Aliyev katıldı.", [("Hakim Aliyev", None)]),
        ("Hakim Quliyev de 20 Ocak anma törenine katıldı.", [("Hakim Quliyev", None)]),
        ("Törene Hakim Bey de katıldı.", []),
        ("Törene Vali Bey de katıldı.", []),
        ("Büyükelçi Hanım törene katıldı.", []),
    ],
)
def test_hakim_is_a_judge_only_as_a_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


# --- who presented the event, or read or sang at it -------------------------------------------------------------

HELD = "Azerbaycan Büyükelçiliğinde 20 Ocak şehitlerini anma töreni düzenlendi.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programı sunan öğrenci Ayşe Kaya oldu.", [("Ayşe Kaya", "Student")]),
        ("Töreni sunan Ayşe Kaya, şehitleri saygıyla andı.", [("Ayşe Kaya", None)]),
        ("Programı öğrenci Ayşe Kaya sundu.", [("Ayşe Kaya", "Student")]),
        ("Programın sunucusu Elif Demir idi.", [("Elif Demir", "Host")]),
        ("Elif Demir'in sunduğu programda şehitler saygıyla anıldı.", [("Elif Demir", None)]),
        ("Sunuculuğunu Elif Demir'in yaptığı program, saygı duruşuyla başladı.", [("Elif Demir", None)]),
        ("Şiir okuyan öğrenci Mehmet Yılmaz büyük alkış aldı.", [("Mehmet Yılmaz", "Student")]),
        ("Törende şiir okuyan Mehmet Yılmaz duygulu anlar yaşattı.", [("Mehmet Yılmaz", None)]),
        (
            "Şiir okuyan öğrencilerden Mehmet Yılmaz ve Ayşe Kaya büyük alkış aldı.",
            [("Mehmet Yılmaz", "Student"), ("Ayşe Kaya", "Student")],
        ),
        ("Kur'an-ı Kerim okuyan İmam Ömer Çelik şehitler için dua etti.", [("Ömer Çelik", "Imam")]),
        ("Türküleri Ali Kaya seslendirdi.", [("Ali Kaya", None)]),
        ("Şiirleri Ayşe Kaya ve Fatma Aksoy seslendirdi.", [("Ayşe Kaya", None), ("Fatma Aksoy", None)]),
    ],
)
def test_a_presenter_or_reader_was_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Programı sunacak olan Ayşe Kaya henüz gelmedi.",
        "Programın sunucusu Elif Demir olacak.",
        "O gece şiir okuyan öğrenci Ali Kaya şehit düştü.",
        "Meydanda şiir okuyan öğrenci Ali Kaya o gece hayatını kaybetti.",
        "1990'da meydanda şiir okuyan şair Ali Kaya da o gece şehit oldu.",
        "Gelecek yıl programı sunacak Ayşe Kaya hazırlıklara başladı.",
    ],
)
def test_no_presenter_or_reader_to_come_nor_one_who_died(text: str) -> None:
    assert people(HELD + text) == []


# --- an occupation, its comma, then the name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gazeteci, Ahmet Kara da törene katıldı.", [("Ahmet Kara", "Journalist")]),
        ("Yazar, Fatma Aksoy törende anılarını anlattı.", [("Fatma Aksoy", "Writer")]),
        (
            "Törene Gazeteci, Ahmet Kara ve Yazar, Fatma Aksoy katıldı.",
            [("Ahmet Kara", "Journalist"), ("Fatma Aksoy", "Writer")],
        ),
        (
            "Törene Vali, Ahmet Kara ve Rektör, Ali Veli katıldı.",
            [("Ahmet Kara", "Governor"), ("Ali Veli", "Rector")],
        ),
        ("Törene Gazeteci, Ahmet Kara ve öğrenciler katıldı.", [("Ahmet Kara", "Journalist")]),
        ("Gecede Gazeteci, Seyfullah Türkkan 20 Ocak'a dair anılarını anlattı.", [("Seyfullah Türkkan", "Journalist")]),
        ("Törende Yazar, Ali Veli Bakü'de yaşadıklarını anlattı.", [("Ali Veli", "Writer")]),
        (
            "The ceremony was attended by Journalist, John Smith and Writer, Mary Jones.",
            [("John Smith", "Journalist"), ("Mary Jones", "Writer")],
        ),
    ],
)
def test_an_occupation_then_a_comma_then_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(HELD + text) == expected


def test_a_title_and_comma_before_two_names_is_neither_ones() -> None:
    # (which of the two the title is, the sentence does not say)
    assert people(HELD + "Törene Gazeteci, Ahmet Kara ve Ali Veli katıldı.") == [
        ("Ahmet Kara", None),
        ("Ali Veli", None),
    ]


# --- figures in a sentence that names another date too; a toll in a genitive relative clause -------------------


def figures(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak 1990 gecesi 147 kişi şehit oldu, 744 kişi yaralandı; 18 Ekim 1991'de ise bağımsızlık ilan edildi.",
        "20 Ocak 1990'da 147 kişi hayatını kaybetti, 744 kişi yaralandı ve Azerbaycan 18 Ekim 1991'de bağımsızlığını "
        "ilan etti.",
        "Sovyet ordusu 20 Ocak 1990'da 147 kişiyi öldürdü, 744 kişiyi yaraladı; ülke 18 Ekim 1991'de bağımsız oldu.",
        "On 20 January 1990, 147 people were killed, 744 were wounded; Azerbaijan declared independence on 18 October "
        "1991.",
        "On 20 January 1990 147 people were killed and 744 were wounded, and Azerbaijan regained independence on 18 "
        "October 1991.",
    ],
)
def test_a_later_date_in_another_clause_drops_no_figure(text: str) -> None:
    assert figures(text) == [("killed", 147), ("injured", 744)]


@pytest.mark.parametrize(
    "text",
    [
        "In February 1992, 613 people were killed in Khojaly, and in January 1990, 147 died in Baku.",
        "1988'de Sumgayıt'ta 32 kişi öldürüldü; 20 Ocak 1990'da ise Bakü'de 147 kişi şehit oldu.",
    ],
)
def test_a_figure_of_another_year_stays_out(text: str) -> None:
    assert figures(text) == [("killed", 147)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törende, 137 kişinin şehit düştüğü 20 Ocak olayları anıldı.", [("killed", 137)]),
        (
            "Vali, 147 kişinin hayatını kaybettiği ve 744 kişinin yaralandığı 20 Ocak faciasını anlattı.",
            [("killed", 147), ("injured", 744)],
        ),
        ("Büyükelçi, 131 sivilin öldürüldüğü Kanlı Ocak olaylarını hatırlattı.", [("killed", 131)]),
        ("Kadın ve çocuklar dahil 147 kişinin can verdiği 20 Ocak katliamı anıldı.", [("killed", 147)]),
        ("Bakü'de 147 Azerbaycan vatandaşının şehit edildiği 20 Ocak olayları anıldı.", [("killed", 147)]),
        ("20 Ocak 1990'da 147 soydaşımızın şehit edildiği katliam anıldı.", [("killed", 147)]),
        ("Çocuk, kadın, yaşlı demeden 147 kardeşimizin katledildiği 20 Ocak katliamını kınıyoruz.", [("killed", 147)]),
    ],
)
def test_a_toll_in_a_genitive_relative_clause(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bakü'de Ali Kaya ve Veli Can'ın şehit düştüğü 20 Ocak olayları törende anıldı.",
        "Şehit Ali Kaya'nın hayatını kaybettiği sokakta anma töreni yapıldı.",
        "Törende, 147 kişinin şehit düştüğü olaylar anlatıldı.",
    ],
)
def test_the_dead_of_a_relative_clause_are_no_attendees(text: str) -> None:
    assert people(HELD + text) == []


def test_the_speaker_of_a_toll_is() -> None:
    assert people(HELD + "Vali Ahmet Karaca, 147 kişinin şehit düştüğü olayları anlattı.") == [
        ("Ahmet Karaca", "Governor")
    ]


# --- years and anniversaries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aradan 36 yıl geçse de 20 Ocak faciası unutulmadı.",
        "20 Ocak şehitleri, katliamın 36. senesinde anıldı.",
        "Kanlı Ocak üzerinden 36 sene geçti.",
        "Kanlı Ocak faciasının 36. sene-i devriyesinde şehitler anıldı.",
        "Kanlı Ocak'ın 36'ncı senesinde Bakü'de tören yapıldı.",
    ],
)
def test_an_anniversary_in_sene_and_a_concessive(text: str) -> None:
    assert [a.number for a in find_stated_anniversaries(text)] == [36]


@pytest.mark.parametrize(
    "text",
    [
        "Faciadan 36 sene önce Bakü sakin bir şehirdi.",
        "Tiyatronun 36. senesinde yeni oyun sahnelendi.",
    ],
)
def test_no_anniversary_of_another_thing_in_sene(text: str) -> None:
    assert find_stated_anniversaries(text) == []


# --- a district's party chair by the district's name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Törene CHP Karabağlar İlçe Başkanı Volkan Günay, belediye meclis üyeleri ve muhtarlar katıldı.",
            "District Chairman of the Republican People's Party",
        ),
        ("Törene AK Parti Keçiören İlçe Başkanı Ali Veli katıldı.", "District Chairman of the AK Party"),
        ("Törene MHP Bornova İlçe Başkanı Ali Veli de katıldı.", "District Chairman of the Nationalist Movement Party"),
        ("Törene Daire Başkanı Ali Veli katıldı.", "Head of Department"),
    ],
)
def test_a_district_chair_by_the_districts_name(text: str, role: str) -> None:
    assert [r for _, r in people(HELD + text)] == [role]


# --- the object of the verb after a name, no part of it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Programda İmam Ömer Çelik Kur'an-ı Kerim okudu.", [("Ömer Çelik", "Imam")]),
        ("Ardından İmam Ömer Çelik Kuran okudu.", [("Ömer Çelik", "Imam")]),
        ("Törende İl Müftüsü Ömer Çelik Kur'an-ı Kerim tilavet etti.", [("Ömer Çelik", "Provincial Mufti")]),
        ("Programda Ömer Çelik Kur'an-ı Kerim okudu.", [("Ömer Çelik", None)]),
    ],
)
def test_the_verbs_object_ends_the_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mehmet Akif Ersoy Orta Okulu öğrencileri törene katıldı.",
        "Tören Haydar Aliyev Kanlı Ocak Parkı'nda yapıldı.",
    ],
)
def test_a_body_or_place_named_after_a_person_stays_whole(text: str) -> None:
    assert people(HELD + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak 1990 gecesi şehit düşen 147 kişi törende anıldı.",
        "Kanlı Ocak'ta şehit edilen 147 sivil için dua edildi.",
        "Özgürlük uğruna can veren 147 kişi 20 Ocak'ta anıldı.",
    ],
)
def test_a_participle_of_death_before_the_toll(text: str) -> None:
    assert figures(text) == [("killed", 147)]


def test_a_participle_of_death_in_another_war_gives_none() -> None:
    assert figures("Karabağ savaşında şehit düşen 2 bin 900 asker de anıldı.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kanlı Ocak'ta 147 kişi şehit edilirken, 744 kişi yaralandı.",
        "Kanlı Ocak'ta 147 kişi öldürülürken 744 kişi yaralandı.",
        "Kanlı Ocak'ta 147 kişi şehit edilirken 744 kişi yaralandı.",
    ],
)
def test_a_converb_of_while_is_no_participle(text: str) -> None:
    assert figures(text) == [("killed", 147), ("injured", 744)]
