"""Turkish posts as local reports write them: the canonical English role of each title (fixtures in our own words)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # the courts, the government, the parliament
        ("Cumhuriyet Başsavcısı", "Chief Public Prosecutor"),
        ("Başsavcı", "Chief Public Prosecutor"),
        ("Bakan", "Minister"),
        ("Bakan Yardımcısı", "Deputy Minister"),
        ("Gençlik ve Spor Bakan Yardımcısı", "Deputy Minister of Youth and Sports"),
        ("Cumhurbaşkanı Yardımcısı", "Vice President"),
        ("TBMM Başkanı", "Speaker of the Parliament of Turkey"),
        ("TBMM Başkanvekili", "Deputy Speaker of the Parliament of Turkey"),
        ("CHP Grup Başkanvekili", "Deputy Chairman of the Republican People's Party Parliamentary Group"),
        ("AK Parti Grup Başkan Vekili", "Deputy Chairman of the AK Party Parliamentary Group"),
        ("MHP Sivas İl Başkanı", "Provincial Chairman of the Nationalist Movement Party"),
        # a province and its districts
        ("İl Genel Meclisi Başkanı", "Chairman of the Provincial Council"),
        ("İlçe Müftüsü", "District Mufti"),
        ("Yozgat İl Müftüsü", "Provincial Mufti"),
        ("Büyükşehir Belediye Başkan Vekili", "Deputy Mayor"),
        ("Sivas Büyükşehir Belediye Başkanı", "Mayor of Sivas"),
        # the army: a numbered unit keeps its number and arm, and the rank after the post is the name's
        ("7'nci Mekanize Piyade Tugay Komutanı Tuğgeneral", "Commander of the 7th Mechanized Infantry Brigade"),
        ("Mekanize Piyade Tugay Komutanı", "Brigade Commander"),
        ("Türk Silahlı Kuvvetler Ataşesi Albay", "Defence Attaché"),
        # universities: a department's head, a school's director and the deputy's post
        ("Tarih Anabilim Dalı Başkanı Doç. Dr.", "Head of Department"),
        ("Kimya Bölüm Başkanı Prof. Dr.", "Head of Department"),
        # (a school named by words the data has keeps its name, as a faculty's dean does)
        ("Turizm Yüksekokulu Müdürü", "Director of the School of Tourism"),
        ("Konservatuvar Yüksekokulu Müdürü", "Director"),
        ("Sağlık Yüksekokulu Müdür Yardımcısı", "Deputy Director"),
        ("Üniversitesi Rektör Yardımcıları Prof. Dr.", "Vice-Rector"),
        # press and diplomats
        ("Gazeteci", "Journalist"),
        ("Konsolos", "Consul"),
        ("Başkonsolos", "Consul General"),
        ("Azerbaycan Cumhuriyeti Bursa Konsolosu", "Consul of Azerbaijan in Bursa"),
        ("Azerbaycan Devlet Diaspora Komitesi Başkanı", "Chairman of the State Committee for Work with the Diaspora"),
        # a body named by its abbreviation, with a head of two words
        ("TADEK Genel Sekreteri", "Secretary General of TADEK"),
        # a deputy's post, not a deputy directorate ("Yardımcılığı"): the head of its department
        ("Genel Müdür Yardımcılığı Daire Başkanı", "Head of Department"),
    ],
)
def test_turkish_posts(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # an acting holder of a post ("vekili" after it)
        ("İl Emniyet Müdür Vekili", "Acting Provincial Police Chief"),
        ("Emniyet Müdür Vekili", "Acting Chief of Police"),
        ("Vali Vekili", "Acting Governor"),
        ("Tugay Komutan Vekili Jandarma Albay", "Acting Brigade Commander"),
        ("Büyükelçi Vekili", "Acting Ambassador"),
        # not a post whose row names the deputy's post itself
        ("Belediye Başkan Vekili", "Deputy Mayor"),
        ("Genel Başkan Vekili", "Deputy Chairman"),
        # and not a member of parliament ("milletvekili" is one word)
        ("AK Parti Rize Milletvekili", "Member of the Parliament of Turkey"),
        # English writes it before the post
        ("acting Minister of Culture", "Acting Minister of Culture"),
    ],
)
def test_acting_posts(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a member of the teaching staff is the rank written after the title
        ("Üniversitesi Öğretim Üyesi Prof. Dr.", "Professor"),
        ("Fakültesi Öğretim Üyesi Doç. Dr.", "Associate Professor"),
        ("Öğr. Üyesi", "Assistant Professor"),
        ("Öğr. Gör. Dr.", "Lecturer"),
        # a post is never replaced by the rank after it: a rank is not a role
        ("Üniversitesi Rektörü Prof. Dr.", "Rector"),
        ("Fakültesi Dekanı Doç. Dr.", "Dean"),
        ("Belediye Başkanı Prof. Dr.", "Mayor"),
        ("İl Jandarma Komutanı Jandarma Albay", "Provincial Gendarmerie Commander"),
    ],
)
def test_rank_after_a_title(written: str, role: str) -> None:
    assert canonical_role(written) == role


def _roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


def test_a_bare_office_takes_no_town_from_the_report() -> None:
    # a post without its town is what the text says, in a report from one town as from several
    text = (
        "Kars'ta 20 Ocak şehitleri için anma töreni düzenlendi. Törene Vali Vekili Tarık Sönmez, Belediye Başkanı "
        "Oya Çetin ve Cumhuriyet Başsavcısı Kerem Ateş katıldı."
    )
    assert _roles(text) == {
        "Tarık Sönmez": "Acting Governor",
        "Oya Çetin": "Mayor",
        "Kerem Ateş": "Chief Public Prosecutor",
    }


def test_staff_rank_and_post_in_one_list() -> None:
    text = (
        "Kanlı Ocak paneline Sakarya Üniversitesi Öğretim Üyesi Prof. Dr. Leyla Aksu, Tarih Bölüm Başkanı Doç. Dr. "
        "Umut Kaya ve Bakan Yardımcısı Rauf Hüseynli katıldı."
    )
    assert _roles(text) == {
        "Leyla Aksu": "Professor",
        "Umut Kaya": "Head of Department",
        "Rauf Hüseynli": "Deputy Minister",
    }


def test_metropolitan_office_names_no_town() -> None:
    # "Büyükşehir" (metropolitan) is a word of the office, not the town it is of
    text = "Anma törenine Büyükşehir Belediye Başkan Vekili Sinan Oral da katıldı."
    assert _roles(text) == {"Sinan Oral": "Deputy Mayor"}


def test_no_town_of_the_paragraph_in_a_report_from_several_towns() -> None:
    # a news agency's round-up: each paragraph tells of one town; an office written without its town stays bare
    text = (
        "Kars, Erzurum ve Iğdır'da 20 Ocak şehitleri için anma programları düzenlendi.\n\n"
        "Kars'taki programda şehitler için dua edildi. Vali Selim Karaca ve Belediye Başkanı Ece Tunç törene katıldı."
        "\n\nErzurum'da düzenlenen törene Vali Yardımcısı Murat Ekin katıldı.\n\n"
        "Program sonunda Belediye Başkanı Hakan Suna da çelenk bıraktı."
    )
    assert _roles(text) == {
        "Selim Karaca": "Governor",
        "Ece Tunç": "Mayor",
        "Murat Ekin": "Deputy Governor",
        "Hakan Suna": "Mayor",
    }


def test_no_town_after_a_sentence_naming_several() -> None:
    text = (
        "Kars ve Iğdır'da anma törenleri düzenlendi; törenlere Vali Yardımcısı Ozan Er ve Belediye Başkanı Ali Tan "
        "katıldı."
    )
    assert _roles(text) == {"Ozan Er": "Deputy Governor", "Ali Tan": "Mayor"}


def test_a_degree_after_a_list_item_is_not_the_post_of_the_name_before_it() -> None:
    # the consul general's post is Oktay Nuri's; the next item carries only a degree
    text = (
        "Törene Azerbaycan Kars Başkonsolosu Oktay Nuri, Prof. Dr. Selin Akar ve Cumhuriyet Başsavcısı Efe Kılıç "
        "katıldı."
    )
    assert _roles(text) == {
        "Oktay Nuri": "Consul General of Azerbaijan in Kars",
        "Selin Akar": "Professor",
        "Efe Kılıç": "Chief Public Prosecutor",
    }


def test_consulate_in_a_city_glossed_with_its_country() -> None:
    # the country in brackets after the city is where the post is, not a second sending country; and the headline's
    # "в Баку" before a dash is no place of the mission named after it
    text = (
        "Памятные мероприятия прошли в Баку - ФОТО Генконсульство Азербайджана в Актау провело вечер памяти.\n\n"
        "Генеральное консульство Азербайджана в Актау (Казахстан) пригласило гостей. На вечере выступил "
        "генеральный консул Эльчин Гасымов."
    )
    assert _roles(text) == {"Эльчин Гасымов": "Consul General of Azerbaijan in Aktau"}


def test_a_diplomats_town_is_not_where_the_office_is() -> None:
    # the report names Iğdır and Kars; Kars is only the consul general's post, not where the deputy governor serves
    text = (
        "Iğdır'da Kanlı Ocak şehitleri anıldı.\n\n"
        "Programa Vali Yardımcısı Emre Yalın ve Azerbaycan'ın Kars Başkonsolosu Orxan Tağıyev katıldı."
    )
    assert _roles(text) == {
        "Emre Yalın": "Deputy Governor",
        "Orxan Tağıyev": "Consul General of Azerbaijan in Kars",
    }
