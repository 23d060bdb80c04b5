"""Turkish reports of a ceremony put the verb last, often far from the name (issue 16): a speaker introduced with the
topic particle "ise", a quotation of several sentences, then "diye konuştu", "şeklinde konuştu", "ifadelerini
kullandı", "dedi", or "şöyle konuştu:" before it; the quotation first, then "diyen Vali X"; an official who
commemorated the dead ("… hayatını kaybeden şehitleri andı"), met students ("… öğrencilerle bir araya geldi"),
honoured the programme ("programı onurlandırdı"), opened the ceremony ("anma törenini başlattı"), addressed those
there ("salondakilere seslenen Rektör X") or presented a plaque ("X tarafından … plaket takdim edildi"); and an event
reported held in the active voice ("Dernek anma programı düzenledi") or by its dead ("hayatını kaybedenler törenle
anıldı"). Not present: the same words from a written statement, a post, a message, an earlier interview or a sent
wreath, a leader remembered, a participle ("Atatürk'ün andığı"), the school's oath ("Öğrenci Andı"), a meeting to come
or one that failed. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names, people

HELD = "Kanlı Ocak faciasının 36. yıl dönümü dolayısıyla Sakarya'da bir anma töreni düzenlendi.\n\n"
QUOTE = (
    "Otuz altı yıl önce Bakü sokaklarında yaşananlar insanlığa karşı işlenmiş bir suçtur. Biz bu acıyı hiçbir zaman"
    " unutmadık. Şehitlerimizin ruhu şad olsun."
)
GUILLEMETS = f"«{QUOTE}»"
CURLY = f"“{QUOTE}”"
STRAIGHT = f'"{QUOTE}"'

AFTER_THE_QUOTE = [
    (f"Dernek Başkanı Kerem Yalçın ise {GUILLEMETS} diye konuştu.", "Kerem Yalçın"),
    (f"Dernek Başkanı Kerem Yalçın ise {STRAIGHT} şeklinde konuştu.", "Kerem Yalçın"),
    (f"Üniversite Rektörü Prof. Dr. Nermin Aras ise, {CURLY} ifadelerini kullandı.", "Nermin Aras"),
    (f"Vali Yardımcısı Orhan Tekin ise {CURLY} dedi.", "Orhan Tekin"),
    (f"Dernek Başkanı Kerem Yalçın ise konuşmasında {GUILLEMETS} dedi.", "Kerem Yalçın"),
    # "şöyle konuştu:" (spoke thus) before the quotation, on the same line or the next paragraph
    (f"Dernek Başkanı Kerem Yalçın ise şöyle konuştu: {STRAIGHT}", "Kerem Yalçın"),
    (f"Belediye Başkanı Sevda Er ise törende şöyle konuştu:\n\n{CURLY}", "Sevda Er"),
    (f"Başkan Yardımcısı Sevda Er ise kısaca böyle konuştu: {CURLY}", "Sevda Er"),
    # the quotation first, the speaker after it
    (f"{GUILLEMETS} diyen Vali Ahmet Güner, törene katılanlara teşekkür etti.", "Ahmet Güner"),
    (f"{STRAIGHT} diyen Belediye Başkanı Sevda Er de şehitlere rahmet diledi.", "Sevda Er"),
]


@pytest.mark.parametrize(("sentence", "name"), AFTER_THE_QUOTE)
def test_a_speaker_whose_verb_follows_a_long_quotation_was_there(sentence: str, name: str) -> None:
    assert names(HELD + sentence) == [name]


FROM_AFAR = [
    f"Vali Ahmet Güner ise yazılı açıklamasında {GUILLEMETS} ifadelerini kullandı.",
    f"Milletvekili Nur Kaya ise sosyal medya paylaşımında {CURLY} dedi.",
    f"Dernek Başkanı Kerem Yalçın ise mesajında, {STRAIGHT} diye konuştu.",
    f"Bakan Cem Oral ise geçen yıl verdiği bir röportajda {CURLY} demişti.",
    f"{GUILLEMETS} diyen Bakan Cem Oral'ın mesajı törende okundu.",
    f"Cumhurbaşkanı Recep Tayyip Erdoğan ise yayımladığı mesajda {STRAIGHT} ifadelerini kullandı.",
    # with someone, not to those gathered
    "Dernek Başkanı Kerem Yalçın, şehitlerin yakınlarıyla konuştu.",
]


@pytest.mark.parametrize("sentence", FROM_AFAR)
def test_the_same_words_from_a_message_a_post_or_an_interview_place_nobody(sentence: str) -> None:
    assert names(HELD + sentence) == []


LONG_CLAUSE = [
    (
        "Belediye Başkanı Tarık Oral, 20 Ocak 1990'da Bakü'de Sovyet birliklerinin saldırısında hayatını kaybeden"
        " Azerbaycan şehitlerini andı.",
        "Tarık Oral",
    ),
    (
        "Belediye Başkanı Tarık Oral, o gece Bakü sokaklarında tankların altında hayatını kaybeden yüzlerce masum"
        " insanı rahmetle andı ve çelenk sundu.",
        "Tarık Oral",
    ),
    (
        "Rektör Prof. Dr. Nermin Aras, özgürlük uğruna canını veren kardeşlerimizi saygıyla anarak anıtın önünde"
        " kısa bir dua okudu.",
        "Nermin Aras",
    ),
    (
        "Vali Ahmet Güner, törenin ardından kentteki üniversitelerde eğitim gören Azerbaycanlı öğrencilerle makamında"
        " bir araya geldi.",
        "Ahmet Güner",
    ),
    ("Vali Ahmet Güner, Kanlı Ocak'ın yıl dönümünde Azerbaycanlı öğrencilerle buluştu.", "Ahmet Güner"),
    ("Vali Yardımcısı Orhan Tekin de programı onurlandırdı.", "Orhan Tekin"),
    ("Dernek Başkanı Kerem Yalçın anma törenini kısa bir konuşmayla başlattı.", "Kerem Yalçın"),
    ("Salondakilere seslenen Rektör Prof. Dr. Nermin Aras, acının ortak olduğunu söyledi.", "Nermin Aras"),
    ("Katılımcılara hitap eden Vali Ahmet Güner, Azerbaycan'ın yanında olduklarını belirtti.", "Ahmet Güner"),
    ("Program sonunda Dernek Başkanı Kerem Yalçın tarafından konuşmacılara plaket takdim edildi.", "Kerem Yalçın"),
]


@pytest.mark.parametrize(("sentence", "name"), LONG_CLAUSE)
def test_an_official_who_commemorated_or_met_far_before_the_verb_was_there(sentence: str, name: str) -> None:
    assert names(HELD + sentence) == [name]


NOT_THERE = [
    "Vali Ahmet Güner, yayımladığı mesajla 20 Ocak 1990'da Bakü'de hayatını kaybeden Azerbaycan şehitlerini andı.",
    "Vali Ahmet Güner, sosyal medya hesabından yaptığı paylaşımla şehitleri andı.",
    "Milletvekili Nur Kaya programa katılamadı; Kaya, gönderdiği çelenkle şehitleri andı.",
    "Atatürk'ün 1922'de Ankara'da düzenlenen bir toplantıda andığı şehitler bugün de hatırlanıyor.",
    "Ulu Önder Haydar Aliyev, Moskova'daki Azerbaycan temsilciliğinde yaptığı konuşmayla şehitleri andı.",
    "Törende İstiklal Marşı, Öğrenci Andı ve Gençliğe Hitabe okundu.",
    "Vali Ahmet Güner, Azerbaycanlı öğrencilerle bir araya gelecek.",
    "Vali Ahmet Güner, Azerbaycanlı öğrencilerle bir araya gelemedi.",
    "Bakan Cem Oral daha önce Bakü'de öğrencilerle bir araya gelmişti.",
    "Cumhurbaşkanı Recep Tayyip Erdoğan, İlham Aliyev'e gönderdiği mektupta şehitleri andı.",
]


@pytest.mark.parametrize("sentence", NOT_THERE)
def test_a_tribute_from_afar_a_leader_remembered_or_a_meeting_to_come_places_nobody(sentence: str) -> None:
    assert names(HELD + sentence) == []


SPEECH = f"\n\nDernek Başkanı Kerem Yalçın ise {CURLY} diye konuştu."
HELD_OTHERWISE = [
    "Sakarya Azerbaycan Kültür Derneği, Kanlı Ocak'ın 36. yılında bir anma programı düzenledi.",
    "Azerbaycan Başkonsolosluğu, Kanlı Ocak şehitleri için bir anma töreni tertipledi.",
    "Sakarya'da Kanlı Ocak katliamında hayatını kaybeden Azerbaycan Türkleri anıldı.",
    "Kanlı Ocak'ın yıl dönümünde Bakü'de hayatını kaybeden şehitler, Sakarya'da törenle anıldı.",
]


@pytest.mark.parametrize("opening", HELD_OTHERWISE)
def test_an_event_held_in_the_active_or_by_its_dead_places_the_next_paragraphs_speaker(opening: str) -> None:
    assert names(opening + SPEECH) == ["Kerem Yalçın"]


def test_an_event_to_come_places_no_later_speaker() -> None:
    assert names("Dernek, gelecek hafta bir anma programı düzenleyecek." + SPEECH) == []


def test_the_role_of_a_speaker_after_the_quote_is_kept() -> None:
    text = HELD + f"Kars Valisi Ahmet Güner ise {GUILLEMETS} diye konuştu."
    assert people(text) == [("Ahmet Güner", "Governor of Kars")]


AT_THE_CEREMONY = [
    ("Saygı duruşunda bulunan Vali Ahmet Güner, şehitlerin unutulmayacağını söyledi.", "Ahmet Güner"),
    ("Şehitler için dua eden İl Müftüsü Yusuf Acar, Azerbaycan halkına sabır diledi.", "Yusuf Acar"),
    ("Şehitlere Allah'tan rahmet dileyen Başkan Sevda Er, törene katılanları selamladı.", "Sevda Er"),
    ("Vali Ahmet Güner, törenin sonunda şehitlere Allah'tan rahmet diledi.", "Ahmet Güner"),
    ("Törende Vali Ahmet Güner tarafından anıta çelenk konuldu.", "Ahmet Güner"),
    ("Tören, Vali Ahmet Güner'in anıta çelenk koymasıyla başladı.", "Ahmet Güner"),
]


@pytest.mark.parametrize(("sentence", "name"), AT_THE_CEREMONY)
def test_a_tribute_paid_at_the_ceremony_places_its_subject(sentence: str, name: str) -> None:
    assert names(HELD + sentence) == [name]


TRIBUTE_FROM_AFAR = [
    "Bakan Cem Oral, yayımladığı mesajla şehitlere rahmet diledi.",
    "Cumhurbaşkanı Recep Tayyip Erdoğan, sosyal medya hesabından şehitlere rahmet diledi.",
    "Mesajında şehitlere rahmet dileyen Bakan Cem Oral, Azerbaycan halkına başsağlığı diledi.",
    "Bakan Cem Oral tarafından gönderilen çelenk anıta konuldu.",
]


@pytest.mark.parametrize("sentence", TRIBUTE_FROM_AFAR)
def test_a_tribute_paid_from_afar_places_nobody(sentence: str) -> None:
    assert names(HELD + sentence) == []


def test_an_event_attended_places_the_next_paragraphs_speaker() -> None:
    opening = "Sakarya'da Kanlı Ocak şehitleri için tören\n\nTörene çok sayıda vatandaş katıldı."
    assert names(opening + SPEECH) == ["Kerem Yalçın"]


@pytest.mark.parametrize("attended", ["Törene çok sayıda vatandaşın katılması bekleniyor.", "Törene Vali katılamadı."])
def test_an_event_to_come_or_missed_places_no_later_speaker(attended: str) -> None:
    assert names("Sakarya'da Kanlı Ocak şehitleri için tören\n\n" + attended + SPEECH) == []


ENDED_THE_SPEECH = [
    f"Rektör Nermin Aras ise, {CURLY} diyerek sözlerini tamamladı.",
    f"Rektör Nermin Aras ise {CURLY} diye konuşmasını sürdürdü.",
    f"Rektör Nermin Aras ise sözlerine şöyle devam etti: {CURLY}",
    f"Rektör Nermin Aras ise {GUILLEMETS} sözleriyle konuşmasını tamamladı.",
    f"Rektör Nermin Aras ise; {CURLY} ifadelerini kullandı.",
    "Rektör Nermin Aras'ın iştirakiyle gerçekleşen programda şiirler okundu.",
]


@pytest.mark.parametrize("sentence", ENDED_THE_SPEECH)
def test_a_speaker_who_went_on_or_ended_after_the_quote_was_there(sentence: str) -> None:
    assert names(HELD + sentence) == ["Nermin Aras"]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Bakan Cem Oral ise yazılı açıklamasında {CURLY} diyerek sözlerini tamamladı.",
        f"Bakan Cem Oral daha önce {CURLY} diyerek sözlerini tamamlamıştı.",
        "Bakan Cem Oral'ın iştirakiyle yapılacak programda şiirler okunacak.",
    ],
)
def test_words_in_a_statement_or_before_and_a_programme_to_come_place_nobody(sentence: str) -> None:
    assert names(HELD + sentence) == []
