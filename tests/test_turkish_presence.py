"""Who Turkish reports place at a commemoration, in the ways real pages write it (probes of Turkish news pages about
the 20 January commemorations): a list after the event and a semicolon ("Programa; A, B … katıldı"), an exhibition
as the event ("sergide konuşan X"), a word between "yaptığı" and the speech ("yaptığı etkileyici konuşmada"), a name
in the genitive before one's coming, recitation, wreath or chairing ("X'in programa katılımı", "X'in okuduğu Kur'an",
"X'in anıta çelenk koyduğu", "X'in oturum başkanlığını yaptığı panel"), the one who signs the book or visits the
alley, and a speaker's words about 1990 ("X, 1990 yılında yaşanan … belirtti"). What places nobody: a message sent
and read out, a wreath sent, a speech to come, the year of another speech. The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names
from ._helpers import people as roles

HELD = "Kanlı Ocak şehitleri için anma programı düzenlendi.\n\n"


# --- a list after the event and a semicolon -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Programa; Vali Yardımcısı Okan Ersoy, İl Emniyet Müdürü Tarık Uysal, Rektör Yardımcısı Prof. Dr. Sevgi "
        "Aydın’ın yanı sıra çok sayıda kamu kurumu müdürü ve akademisyen katıldı.",
        "Törene; Kaymakam Okan Ersoy, Emniyet Müdürü Tarık Uysal ve Prof. Dr. Sevgi Aydın ile öğrenciler iştirak etti.",
        "Etkinliğe; Okan Ersoy, Tarık Uysal, Sevgi Aydın ve davetliler katılmıştı.",
        "Anma programında; Okan Ersoy, Tarık Uysal ve Sevgi Aydın da yer aldı.",
    ],
)
def test_a_list_after_the_event_and_a_semicolon(text: str) -> None:
    assert names(HELD + text) == ["Okan Ersoy", "Tarık Uysal", "Sevgi Aydın"]


def test_a_list_after_a_semicolon_with_a_future_verb_places_nobody() -> None:
    assert names(HELD + "Programa; Vali Okan Ersoy ve Prof. Dr. Sevgi Aydın katılacak.") == []


# --- an exhibition as the event --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Öğrenciler 20 Ocak katliamı konulu bir fotoğraf sergisi açtı. Sergide konuşan dernek başkanı Nurlan Ahmedli, "
        "o geceyi anlattı.",
        "20 Ocak katliamını anlatan fotoğraf sergisi kütüphanede açıldı.\n\nÖğrenci temsilcisi Nurlan Ahmedli, burada "
        "yaptığı konuşmada, katliamın acılarını anlattı.",
        "Kanlı Ocak fotoğraf sergisine Dernek Başkanı Nurlan Ahmedli katıldı.",
    ],
)
def test_an_exhibition_is_an_event(text: str) -> None:
    assert names(text) == ["Nurlan Ahmedli"]


def test_a_word_of_displaying_alone_is_no_event() -> None:
    # (no event: photographs shown in a statement's story; whoever spoke is not placed anywhere)
    text = "Bakanlık, 20 Ocak fotoğraflarının sergilendiğini açıkladı. Bakan Nurlan Ahmedli, katliamı anlattı."
    assert names(text) == []


# --- a word between "yaptığı" and the speech ------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["etkileyici", "kısa", "duygusal", "açılış"])
def test_a_word_between_the_participle_and_the_speech(word: str) -> None:
    text = HELD + f"Dernek Başkanı Kemal Arıkan, yaptığı {word} konuşmada 20 Yanvar'ın önemine değindi."
    assert names(text) == ["Kemal Arıkan"]


def test_a_word_between_in_a_report_with_no_event_places_nobody() -> None:
    text = "Dernek Başkanı Kemal Arıkan, yaptığı kısa konuşmada 20 Yanvar'ın önemine değindi."
    assert names(text) == []


# --- a name in the genitive before one's coming, recitation, wreath or chairing --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Başkan, Vali Serdar Özkan’ın programa katılımının anlamlı olduğunu belirterek teşekkür etti.",
            ["Serdar Özkan"],
        ),
        ("Rektör Prof. Dr. Aylin Tekin'in törene katılımı öğrencileri sevindirdi.", ["Aylin Tekin"]),
        (
            "Program, dernek başkanı Yusuf Demirel’in şehitler için okuduğu Kur’an-ı Kerim ile başladı.",
            ["Yusuf Demirel"],
        ),
        ("Tören, İl Müftüsü Harun Sezer'in okuduğu dua ile sona erdi.", ["Harun Sezer"]),
        ("Büyükelçi Cavid Rzayev’in anıta çelenk koyduğu törende saygı duruşunda bulunuldu.", ["Cavid Rzayev"]),
        (
            "Vali Orhan Kılıç ile Başkan Leyla Önal'ın karanfil bıraktığı tören duygusal anlara sahne oldu.",
            ["Orhan Kılıç", "Leyla Önal"],
        ),
        ("Oturum başkanlığını Doç. Dr. Emre Yücel`in yaptığı panelde iki bildiri sunuldu.", ["Emre Yücel"]),
        ("Prof. Dr. Emre Yücel'in moderatörlüğünü yaptığı panelde konuşmacılar söz aldı.", ["Emre Yücel"]),
    ],
)
def test_a_genitive_before_coming_reciting_laying_or_chairing(text: str, expected: list[str]) -> None:
    assert names(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vali Serdar Özkan’ın programa katılımı bekleniyordu, ancak Vali programa katılamadı.",
        "Tören, Ulu Önder Haydar Aliyev'in anıtına çelenk konulmasıyla başladı.",
        "Şair Nazım Talay’ın yazdığı şiir öğrenciler tarafından okundu.",
        "Bakan Selim Ergün'ün yaptığı açıklama salonda okundu.",
    ],
)
def test_a_genitive_of_someone_not_there_places_nobody(text: str) -> None:
    assert [n for n in names(HELD + text) if n != "Serdar Özkan"] == []


# --- who signs the book, who visits the alley ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anı defterini imzalayan Büyükelçi Tamer Sarı, daha sonra şehit aileleriyle görüştü.",
        "Şehitler Hıyabanı'nı ziyaret eden Büyükelçi Tamer Sarı, mezarlara karanfil bıraktı.",
        "Şeref defterini imzalayan Tamer Sarı, şehitleri rahmetle andı.",
    ],
)
def test_who_signs_the_book_or_visits_the_alley(text: str) -> None:
    assert names(HELD + text) == ["Tamer Sarı"]


# --- a speaker's words about 1990, and the year of another speech ---------------------------------------------------


@pytest.mark.parametrize(
    "verb",
    [
        "yaşanan dehşetin bir darbe olduğunu belirtti",
        "işlenen katliamın unutulmayacağını söyledi",
        "şehit olanları rahmetle andığını ifade etti",
    ],
)
def test_a_speaker_tells_of_1990(verb: str) -> None:
    assert names(HELD + f"Başkonsolos Rauf Ağalarov, 1990 yılında {verb}.") == ["Rauf Ağalarov"]


def test_the_year_of_another_speech_places_nobody() -> None:
    text = HELD + "Başkonsolos Rauf Ağalarov, 1995 yılında Moskova'da yaptığı konuşmada bu olayları anlatmıştı."
    assert names(text) == []


# --- titles before a name -------------------------------------------------------------------------------------------


def test_a_coordinator_is_a_title_and_sayin_an_honorific() -> None:
    text = (
        HELD + "Dernek Şubesi Başkanı ve Gençlik Platformu Türkiye Koordinatörü Ferhat Aslan da yaptığı konuşmada "
        "olayları anlattı. Başkan, Vali Sayın Kenan Işık'ın programa katılımı için teşekkür etti."
    )
    assert names(text) == ["Ferhat Aslan", "Kenan Işık"]


def test_a_long_name_of_an_association_is_no_person() -> None:
    text = HELD + "Kars Dil, Tarih ve Kültür Birliğini Yaşatma Derneği başkanı Selim Arda programa katıldı."
    assert names(text) == ["Selim Arda"]


# --- messages sent and read out -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Levent Ekinci tarafından gönderilen mesaj okundu.",
        "Milletvekili Levent Ekinci tarafından iletilen taziye mesajı salonda okundu.",
        "Milletvekili Levent Ekinci ise gönderdiği mesaj ve çelenkle şehitleri andı.",
        "Panelde Dr. Levent Ekinci moderatörlük yapacak.",
    ],
)
def test_a_message_sent_or_a_talk_to_come_places_nobody(text: str) -> None:
    assert names(HELD + text) == []


# --- whose title a degree-only name has -----------------------------------------------------------------------------


def test_a_post_before_a_named_item_is_not_the_next_graded_name_s() -> None:
    text = HELD + "Törene Kars Başkonsolosu Reşat Nuriyev, Prof. Dr. Gül Ersoy ve Vali Kaan Uzun katıldı."
    assert roles(text) == [
        ("Reşat Nuriyev", "Consul General in Kars"),
        ("Gül Ersoy", "Professor"),
        ("Kaan Uzun", "Governor"),  # (a bare post: the report's town is not the title's)
    ]


def test_a_plural_title_goes_on_past_the_next_name_s_degrees() -> None:
    text = HELD + "Programa Rektör Yardımcıları Prof. Dr. Kerem Atalay ve Doç. Dr. Ebru Sönmez katıldı."
    assert roles(text) == [("Kerem Atalay", "Vice-Rector"), ("Ebru Sönmez", "Vice-Rector")]


def test_a_singular_title_stays_with_its_name() -> None:
    text = HELD + "Programa Rektör Yardımcısı Kerem Atalay ve Prof. Dr. Ebru Sönmez katıldı."
    assert roles(text) == [("Kerem Atalay", "Vice-Rector"), ("Ebru Sönmez", "Professor")]


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("imzaladı", ["Tamer Sarı"]), ("imzalamıştı", ["Tamer Sarı"]), ("imzalamadı", []), ("imzalayacak", [])],
)
def test_who_signed_the_book(verb: str, expected: list[str]) -> None:
    assert names(HELD + f"Sergiyi gezen Büyükelçi Tamer Sarı anı defterini {verb}.") == expected
