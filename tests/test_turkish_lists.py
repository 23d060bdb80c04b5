"""Turkish lists of attendees as real reports write them: long lists of titled names closed by one verb at the end of
the sentence (every tense and person of "took part"), the event in the locative before "yer aldı", the names in the
genitive before a participle ("X'in de katıldığı tören"), a host ("X ev sahipliğinde"), an ordinal inside a title
("14. Mekanize Piyade Tugay Komutanı"), and what places nobody (someone thanked, a son named after his father, a
message). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.reading.chrome import strip_chrome

from ._helpers import names

HELD = "Kanlı Ocak şehitleri için anma töreni düzenlendi. "


# --- a list closed by one verb at the end of the sentence ----------------------------------------------------------


LONG = (
    "Kanlı Ocak şehitlerini anma törenine Kars Valisi Ahmet Yılmaz, Kars Belediye Başkanı Mehmet Kaya, garnizon "
    "komutanı Tuğgeneral Murat Şen, il müftüsü Osman Kara, kaymakam Ersin Tunç, Kafkas Üniversitesi Dekanı Prof. Dr. "
    "Filiz Acar, milletvekili Cem Koç ve çok sayıda vatandaş {verb}."
)
LONG_NAMES = ["Ahmet Yılmaz", "Mehmet Kaya", "Murat Şen", "Osman Kara", "Ersin Tunç", "Filiz Acar", "Cem Koç"]


@pytest.mark.parametrize(
    "verb",
    [
        "katıldı",
        "katıldılar",
        "katılmıştı",
        "katılmışlardı",
        "katılmıştır",
        "iştirak etti",
        "iştirak etmiştir",
        "hazır bulundu",
        "katılım sağladı",
    ],
)
def test_a_long_list_is_closed_by_one_verb_in_any_tense(verb: str) -> None:
    assert names(LONG.format(verb=verb)) == LONG_NAMES


@pytest.mark.parametrize("verb", ["katılacak", "katılamadı", "katılmadı", "iştirak etmedi", "katılmayı planlıyor"])
def test_a_list_before_a_future_or_negated_verb_places_nobody(verb: str) -> None:
    assert names(LONG.format(verb=verb)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event in the dative, other nouns of an event
        (
            "20 Ocak anma toplantısına Azerbaycan'ın Ankara Büyükelçisi Rauf Aliyev, Rektör Prof. Dr. Zeynep Arslan "
            "ve öğrenciler katılmıştı.",
            ["Rauf Aliyev", "Zeynep Arslan"],
        ),
        (
            "Kanlı Ocak sempozyumuna Doç. Dr. Nur Aksoy ile Dr. Öğr. Üyesi Kerem Balcı iştirak etti.",
            ["Nur Aksoy", "Kerem Balcı"],
        ),
        # the event named in a sentence before, the verb alone at the end
        (
            HELD + "Vali Yardımcısı Hasan Çelik, İl Emniyet Müdürü Ali Demir ve davetliler iştirak etti.",
            ["Hasan Çelik", "Ali Demir"],
        ),
        # a surname that is a word of another language's list (Turan, Can): a name here
        (
            "Kanlı Ocak programına Iğdır Valisi Ercan Turan, Kaymakam Can Aksoy ve davetliler katıldı.",
            ["Ercan Turan", "Can Aksoy"],
        ),
    ],
)
def test_other_events_and_tenses(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_ordinal_inside_a_title_does_not_end_the_list() -> None:
    text = (
        HELD + "Programa katılan Azerbaycan'ın Kars Başkonsolosu Elnur Hasanov, 14. Mekanize Piyade Tugay Komutanı "
        "Tuğgeneral Hakan Tunç, Cumhuriyet Başsavcısı Ayşe Kılıç ile il protokolü, önce fotoğraf sergisini gezdi."
    )
    assert names(text) == ["Elnur Hasanov", "Hakan Tunç", "Ayşe Kılıç"]
    later = "Törene 3. Zırhlı Tugay Komutanı Albay Kemal Er ve İl Müftüsü Osman Kara katıldı."
    assert names(later) == ["Kemal Er", "Osman Kara"]


# --- the event in the locative: "Programda A, B ve C yer aldı" -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "20 Ocak anma programında Vali Ahmet Yılmaz, Başkonsolos Elnur Hasanov ve Rektör Zeynep Arslan yer aldı.",
        "Kanlı Ocak töreninde Vali Ahmet Yılmaz, Başkonsolos Elnur Hasanov ile Rektör Zeynep Arslan da yer aldılar.",
        "Kanlı Ocak panelinde Vali Ahmet Yılmaz, Başkonsolos Elnur Hasanov ve Rektör Zeynep Arslan hazır bulundu.",
    ],
)
def test_people_took_part_in_an_event_named_in_the_locative(text: str) -> None:
    assert names(text) == ["Ahmet Yılmaz", "Elnur Hasanov", "Zeynep Arslan"]


@pytest.mark.parametrize(
    "text",
    [
        "Kanlı Ocak programında Ulu Önder Haydar Aliyev'in konuşmasından bölümler yer aldı.",
        "20 Ocak töreninde şiirler, ağıtlar ve Ressam Aydın Kurt'un tabloları yer aldı.",
        "20 Ocak programında Vali Ahmet Yılmaz'ın yer alması bekleniyor.",
    ],
)
def test_what_an_event_held_is_no_person(text: str) -> None:
    assert names(text) == []


# --- names in the genitive before a participle or a host --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HELD + "Vali Ahmet Yılmaz'ın da katıldığı törende şehitler anıldı.", ["Ahmet Yılmaz"]),
        (
            HELD + "Başkonsolos Nermin Aliyeva, Rektör Yardımcısı Doç. Dr. Nur Aksoy ve Prof. Dr. Selim Aydın'ın "
            "konuşmacı olarak katıldıkları panelde 20 Ocak anlatıldı.",
            ["Nermin Aliyeva", "Nur Aksoy", "Selim Aydın"],
        ),
        (
            HELD + "Törene Büyükelçi Rauf Aliyev'in de aralarında bulunduğu çok sayıda diplomat katıldı.",
            ["Rauf Aliyev"],
        ),
        (HELD + "İl Müftüsü Osman Kara'nın da hazır bulunduğu törende dualar okundu.", ["Osman Kara"]),
        (
            "Kanlı Ocak anma programı Azerbaycan'ın Ankara Büyükelçisi Rauf Aliyev ev sahipliğinde yapıldı.",
            ["Rauf Aliyev"],
        ),
        (
            HELD + "Başkonsolos Elnur Hasanov'un konuşmasının ardından söz alan Dekan Prof. Dr. Filiz Acar "
            "şehitleri andı.",
            ["Elnur Hasanov", "Filiz Acar"],
        ),
    ],
)
def test_names_in_the_genitive_before_a_participle_took_part(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        HELD + "Vali Ahmet Yılmaz'ın katılamadığı törende mesajı okundu.",
        HELD + "Cumhurbaşkanı Erdoğan'ın mesajının ardından tören sona erdi.",
        HELD + "Başkonsolos Elnur Hasanov'un katılacağı program ertelendi.",
    ],
)
def test_a_genitive_before_other_nouns_places_nobody(text: str) -> None:
    assert names(text) == []


# --- who spoke, prayed or gave a talk ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Başkonsolos Elnur Hasanov'un konuşmasının ardından Doç. Dr. Yaşar Demir bir sunum yaptı.",
            ["Elnur Hasanov", "Yaşar Demir"],
        ),
        (HELD + "Tarihçi Doç. Dr. Yaşar Demir 20 Ocak olayları üzerine bir sunum gerçekleştirdi.", ["Yaşar Demir"]),
        (HELD + "Törende Vali Ahmet Yılmaz katılımcılara hitap etti.", ["Ahmet Yılmaz"]),
        (HELD + "İl Müftüsü Osman Kara şehitler için dua etti.", ["Osman Kara"]),
        (HELD + "Törende şehitler için İl Müftüsü Osman Kara tarafından dua edildi.", ["Osman Kara"]),
        (
            HELD + "Konuşmacılar arasında kaymakam Ersin Tunç ve dekan Prof. Dr. Filiz Acar yer aldı.",
            ["Ersin Tunç", "Filiz Acar"],
        ),
    ],
)
def test_who_spoke_or_prayed_at_the_event(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # from afar: a message, a post
        "Cumhurbaşkanı Ahmet Kaya, 20 Ocak şehitleri için yayımladığı mesajda dua etti.",
        "Dışişleri Bakanı Ahmet Kaya sosyal medya hesabından 20 Ocak şehitlerini rahmetle andı ve dua etti.",
        # no event placed: a statement
        "Milletvekili Cem Koç, Kanlı Ocak'ın yıl dönümünde şehitleri rahmetle anıyoruz diyerek bir açıklama yaptı.",
    ],
)
def test_prayers_and_talks_from_afar_place_nobody(text: str) -> None:
    assert names(text) == []


# --- what places nobody ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        HELD + "Başkonsolos Elnur Hasanov, Vali Ahmet Yılmaz ve Rektör Zeynep Arslan'a teşekkür etti.",
        HELD + "Başkonsolos Elnur Hasanov, törene katıldıkları için Vali Ahmet Yılmaz ve Rektör Zeynep Arslan'a "
        "teşekkür etti.",
    ],
)
def test_the_people_thanked_are_not_the_subject(text: str) -> None:
    assert names(text) == ["Elnur Hasanov"]


def test_a_list_of_subjects_before_a_place_in_a_case_ending_is_kept() -> None:
    text = (
        HELD + "Başkonsolos Elnur Hasanov, Vali Ahmet Yılmaz ve Rektör Zeynep Arslan Şehitler Hıyabanı'nı ziyaret etti."
    )
    assert names(text) == ["Elnur Hasanov", "Ahmet Yılmaz", "Zeynep Arslan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HELD + "Cumhurbaşkanı Erdoğan'ın oğlu Bilal Erdoğan da Gence'deki Şehitler Hıyabanı'nı ziyaret etti.",
            ["Bilal Erdoğan"],
        ),
        (HELD + "Vali Ahmet Yılmaz'ın kızı Elif Yılmaz da törene katıldı.", ["Elif Yılmaz"]),
        (HELD + "Heydər oğlu Əliyev törene katıldı.", ["Heydər oğlu Əliyev"]),  # a patronymic, no case ending
    ],
)
def test_a_child_named_after_a_parent_in_the_genitive(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Soviet leaders and the remembered, in a report of the ceremony
        HELD + "Sovyet lideri Mihail Gorbaçov'un emriyle Bakü'ye giren ordunun katliamı anlatıldı.",
        HELD + "Konuşmalarda Ulu Önder Haydar Aliyev'in 21 Ocak 1990'da Moskova'da yaptığı açıklama hatırlatıldı.",
        # a message read out, the sender not there
        HELD + "Törende Diaspora Komitesi Başkanı Fuad Muradov'un mesajı okundu.",
        HELD + "Milletvekili Cem Koç ise gönderdiği mesaj ve çelenkle şehitleri andı.",
    ],
)
def test_the_remembered_and_senders_of_messages_are_not_attendees(text: str) -> None:
    assert names(text) == []


# --- the clauses of a verb-final sentence, each with its own subject -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kanlı Ocak şehitleri anıldı. Törende önce Başkonsolos Elnur Hasanov konuştu, ardından Vali Ahmet Yılmaz "
            "katılımcılara hitap etti.",
            ["Elnur Hasanov", "Ahmet Yılmaz"],
        ),
        (
            HELD
            + "Büyükelçi Rauf Aliyev anıta çelenk bıraktı, Rektör Zeynep Arslan ise şehitlerin mezarlarını ziyaret "
            "etti.",
            ["Rauf Aliyev", "Zeynep Arslan"],
        ),
        (
            HELD
            + "Vali Ahmet Yılmaz şehitliği ziyaret etti, daha sonra Belediye Başkanı Mehmet Kaya bir konuşma yaptı.",
            ["Ahmet Yılmaz", "Mehmet Kaya"],
        ),
    ],
)
def test_each_clause_has_its_own_subject(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the later clause names no subject of its own, or only one in a case ending (an object, a possessor)
        HELD + "Vali Ahmet Yılmaz anıta çelenk bıraktı, Sovyet lideri Gorbaçov'un emrini kınadı.",
        HELD + "Vali Ahmet Yılmaz anıta çelenk bıraktı, Ulu Önder Haydar Aliyev'in büstünü ziyaret etti.",
    ],
)
def test_a_later_clause_without_a_subject_adds_nobody(text: str) -> None:
    assert names(text) == ["Ahmet Yılmaz"]


# --- visits in every form -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HELD + "Büyükelçi Rauf Aliyev Şehitler Hıyabanı'nı ziyaret ederek şehitleri andı.", ["Rauf Aliyev"]),
        (HELD + "Büyükelçi Rauf Aliyev Şehitler Hıyabanı'nı ziyaret edip dua etti.", ["Rauf Aliyev"]),
        (
            HELD + "Vali Ahmet Yılmaz ve Başkonsolos Elnur Hasanov şehitliğe ziyarette bulundu.",
            ["Ahmet Yılmaz", "Elnur Hasanov"],
        ),
        (HELD + "Büyükelçi Rauf Aliyev anıtı ziyaret edemedi.", []),
        (HELD + "Ulu Önder Haydar Aliyev'in ziyaret edilen kabrine çiçek konuldu.", []),
    ],
)
def test_visits_in_every_form(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# --- page chrome: related headlines after the story are no report of it ---------------------------------------


STORY = (
    "Kanlı Ocak şehitleri Kars'ta anıldı\n\n"
    "Azerbaycan'ın Kars Başkonsolosluğunca düzenlenen anma programına Kars Valisi Ahmet Yılmaz ve Başkonsolos Elnur "
    "Hasanov katıldı. Programda şehitler için saygı duruşunda bulunuldu ve iki ülkenin milli marşları okundu. "
    "Katılımcılar daha sonra 20 Ocak 1990 gecesini anlatan fotoğraf sergisini gezdi.\n\n"
    "Kaynak: AA\n\n"
)
RELATED = (
    "Belediye Başkanı Mehmet Kaya yeni park alanını ziyaret etti\n"
    "Kafkas Üniversitesi Rektörü Prof. Dr. Hüsnü Kaplan mezuniyet törenine katıldı\n"
)


@pytest.mark.parametrize(
    "heading",
    ["İLGİNİZİ ÇEKEBİLİR", "Benzer Haberler", "ÇOK OKUNAN HABERLER", "Bunları da beğenebilirsiniz", "Diğer Haberler"],
)
def test_the_headlines_after_a_related_news_heading_are_chrome(heading: str) -> None:
    text = strip_chrome(STORY + heading + "\n" + RELATED + "Sizin düşünceleriniz neler ?\n")
    assert "Mehmet Kaya" not in text
    assert names(text) == ["Ahmet Yılmaz", "Elnur Hasanov"]


def test_without_a_heading_the_last_lines_stay_and_tags_go() -> None:
    text = strip_chrome(STORY + "Etiketler: Ahmet Yılmaz, Elnur Hasanov, Kars, Kanlı Ocak\n" + "Muhabir: Kemal Ak\n")
    assert "Etiketler" not in text
    assert text.endswith("Muhabir: Kemal Ak")
    assert strip_chrome("Benzer Haberler\n" + STORY).startswith("Benzer Haberler")  # a toolbar at the top stays


# --- bodies and places are no people ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Törene Iğdır, Kars ve Ardahan'dan gelen vatandaşlar ile Nahçıvan temsilcileri katıldı.",
        "Programa Iğdır Ticaret Borsası, Eğitim Gücü Sendikası ve Kars Barosu temsilcileri de katıldı.",
        "Anma programına Kafkas Üniversitesi Atatürk İlkeleri ve İnkılap Tarihi Bölümü öğretim üyeleri katıldı.",
        "Etkinliğe Türk Kızılay Kars Şubesi gönüllüleri ile Kars Kent Konseyi üyeleri katıldı.",
        "Törene Erzurum, Bursa ve İzmir'den Azerbaycanlı öğrenciler katıldı.",
    ],
)
def test_bodies_places_and_the_event_word_are_no_attendees(text: str) -> None:
    assert names(text) == []


def test_the_head_of_a_body_that_ends_a_run_is_still_a_person() -> None:
    found = extract_attendees(
        "Törene Iğdır Ticaret Borsası Başkanı Murat Ay, Iğdır Barosu Başkanı Leyla Kaya ve Kars Barosu katıldı."
    )
    assert [(a.mention, a.role) for a in found] == [("Murat Ay", "Chairman"), ("Leyla Kaya", "Chairman")]
    opening = extract_attendees(
        "Törene Türkiye Azerbaycan Dostluk Dernekleri Federasyonu Başkanı Serdar Kılınç katıldı."
    )
    assert [a.role for a in opening] == ["Chairman of the Federation of Turkey Azerbaijani Friendship Associations"]


# --- a given name that is also a title's modifier ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene Vali Fahri Solak katıldı.", [("Fahri Solak", None)]),
        ("Törene Belediye Başkanı Adalet Kaya katıldı.", [("Adalet Kaya", "Mayor")]),
        ("Törene Genel Başkan Yardımcısı Devlet Yurt katıldı.", [("Devlet Yurt", "Deputy Chairman")]),
        # the modifier before a head stays in the title
        ("Törene Fahri Konsolos Ali Solak katıldı.", [("Ali Solak", "Honorary Consul")]),
        ("Törene Milli Eğitim Müdürü Ali Can katıldı.", [("Ali Can", None)]),
    ],
)
def test_a_titles_modifier_after_a_complete_title_is_a_given_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    found = [(a.mention, a.role) for a in extract_attendees(text)]
    assert len(found) == len(expected)
    for (name, role), (want_name, want_role) in zip(found, expected, strict=True):
        assert name == want_name
        assert want_role is None or role == want_role  # (a role the data does not know yet is left as written)
