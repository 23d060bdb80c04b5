"""Who Turkish reports of the 20 January commemorations place at the event when they name them with no post (issue
16, read from Turkish agency and local reports): citizens and students quoted at the Alley or the ceremony ("Törene
katılan vatandaşlardan X, … dedi", "Ziyaretçilerden X ise … anlattı": present, no role), a lone occupation before the
name ("Gazeteci X, törende konuştu", "Şair X şiirini okudu", "Diplomat X": the word is the title, never part of the
name), the poem a poet wrote and read ("yazdığı şiirini okudu": no message written from afar), a witness telling at
the ceremony what they lived through in 1990. What places nobody: a person quoted from a message, a post, an
interview; a leader remembered. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "Kanlı Ocak faciasının yıl dönümü nedeniyle Şehitler Hıyabanı'nda anma töreni düzenlendi.\n\n"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(HELD + text)]


# --- citizens and students quoted on the spot -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Törene katılan vatandaşlardan Ayten Quliyeva, "Şehitlerimizi hiç unutmayacağız" dedi.',
        "Şehitler Hıyabanı'nı ziyaret eden Ayten Quliyeva, o geceyi unutmadığını ifade etti.",
        'Şehitlere rahmet dileyen vatandaş Ayten Quliyeva, "Allah rahmet eylesin" dedi.',
        'Vatandaş Ayten Quliyeva, "Her yıl buraya geliyoruz" dedi.',
        "Ziyaretçilerden Ayten Quliyeva ise o gece babasını kaybettiğini anlattı.",
        "Vatandaşlardan Ayten Quliyeva, o gece yaşananları anlattı.",
        "Katılımcılardan Ayten Quliyeva, duygularını dile getirdi.",
        'Mezarlara karanfil bırakan Ayten Quliyeva, "Onlar bizim gururumuz" diye konuştu.',
    ],
)
def test_a_citizen_quoted_at_the_alley_is_there_with_no_role(text: str) -> None:
    assert found(text) == [("Ayten Quliyeva", None)]


def test_a_second_citizen_quoted_with_ise_is_there_too() -> None:
    text = 'Vatandaş Ayten Quliyeva, "Unutmadık" dedi.\n\nRüstəm Kərimli ise, "Onlar bizim için öldü" diye konuştu.'
    assert found(text) == [("Ayten Quliyeva", None), ("Rüstəm Kərimli", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaycan Dışişleri Bakanı Tofiq Rəhimli, yazılı açıklamasında şehitleri andı.",
        "AK Parti Kars Milletvekili Oğuz Taner, yayımladığı mesajda 20 Ocak şehitlerini rahmetle andı.",
        "Kars Valisi Oğuz Taner, gönderdiği mesajla anmaya destek verdi.",
        "Tarihçi Oğuz Taner, bir gazeteye verdiği röportajda katliamı anlattı.",
        "Şair Oğuz Taner, sosyal medya hesabından yazdığı mesajda şehitleri andı.",
        "Ulu Önder Haydar Aliyev, 21 Ocak 1990'da Moskova'da bir açıklama yaptı.",
    ],
)
def test_one_quoted_from_a_message_or_an_interview_is_not_there(text: str) -> None:
    assert found(text) == []


def test_a_statement_alone_places_no_citizen() -> None:
    text = "Kanlı Ocak'ın yıl dönümü dolayısıyla bir açıklama yayımlandı. Vatandaşlardan Ayten Quliyeva, gazetemize "
    text += 'yaptığı açıklamada "Unutmadık" dedi.'
    assert [a.mention for a in extract_attendees(text)] == []


# --- a lone occupation before the name -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Gazeteci Orhan Demirci, törende konuştu.", "Journalist"),
        ("Şair Orhan Demirci şiirini okudu.", "Poet"),
        ("Yazar Orhan Demirci, törende o günleri anlattı.", "Writer"),
        ("Gazeteci-Yazar Orhan Demirci de törende bir konuşma yaptı.", "Journalist"),
        ("Diplomat Orhan Demirci, törende bir konuşma yaptı.", "Diplomat"),
        ("Törene Diplomat Orhan Demirci ve vatandaşlar katıldı.", "Diplomat"),
        # the poem they wrote and read is no message written from afar
        ("Programda Şair Orhan Demirci, 20 Ocak'a yazdığı şiirini okudu.", "Poet"),
        ("Şair Orhan Demirci, yazdığı şiiri okudu.", "Poet"),
        ("Şair Orhan Demirci şiirini okuyarak şehitleri andı.", "Poet"),
        # a witness tells at the ceremony what they lived through in 1990
        ("Gazeteci Orhan Demirci, 1990 yılında Bakü'de yaşadıklarını törende anlattı.", "Journalist"),
    ],
)
def test_a_lone_occupation_is_the_title_not_the_name(text: str, role: str) -> None:
    assert found(text) == [("Orhan Demirci", role)]


@pytest.mark.parametrize(
    "text",
    [
        "Şair Orhan Demirci, şehitler için bir şiir yazdı.",  # wrote, somewhere
        "Gazeteci Orhan Demirci, 1990 yılında Bakü'de yaptığı konuşmada Sovyet ordusunu kınadı.",  # a speech of 1990
    ],
)
def test_an_occupation_with_no_deed_at_the_event_places_nobody(text: str) -> None:
    assert found(text) == []


# --- the floor taken, a student among many, the event's name before the verb, those who came greeted ---------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kırlı'nın ardından sözü alan Rektör Yardımcısı Prof. Dr. Orhan Demirci ise katliamı kınadı.", "Vice-Rector"),
        ("Ardından Dernek Başkanı Orhan Demirci sözü aldı.", "Chairman"),
        ("Törene katılan üniversite öğrencilerinden Orhan Demirci, duygularını paylaştı.", "Student"),
        # the event's name in the dative between the subject and the verb is no name of a person
        ("Programda öğrenci Orhan Demirci da Kanlı Ocak'a adanmış bir şiir okudu.", "Student"),
        ("Programda öğrenci Orhan Demirci de Kanlı Yanvar'a adanmış bir şiir okudu.", "Student"),
    ],
)
def test_more_ways_of_speaking_at_the_event(text: str, role: str) -> None:
    assert found(text) == [("Orhan Demirci", role)]


def test_one_who_greets_those_who_came_by_a_message_is_not_there() -> None:
    text = "Dostluk Grubu Başkanı Orhan Demirci ise programa gönderdiği mesajla panele katılanları selamladı."
    assert found(text) == []


def test_a_surname_alone_later_is_the_one_named_in_full() -> None:
    text = "Türkiye'nin Bakü Büyükelçisi Selim Aksoy da Şehitler Hıyabanı'nı ziyaret etti.\n\n"
    text += "Büyükelçilik müşavir ve çalışanlarının eşlik ettiği Aksoy, şehit mezarlarına karanfil bıraktı."
    assert found(text) == [("Selim Aksoy", "Ambassador of Turkey")]


@pytest.mark.parametrize(
    "text",
    [
        "Sanatçı Orhan Demirci törende türküler seslendirdi.",
        "Besteci Orhan Demirci, törende eserlerinden birini seslendirdi.",
        "Törene ressam Orhan Demirci katıldı.",
    ],
)
def test_an_occupation_with_no_post_in_english_is_no_part_of_the_name(text: str) -> None:
    assert [a.mention for a in extract_attendees(HELD + text)] == ["Orhan Demirci"]
