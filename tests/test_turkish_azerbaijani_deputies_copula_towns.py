"""Turkish and Azerbaijani reporting of commemorations: Turkey's vice president written with the bare title
("Cumhurbaşkanı Yardımcısı X", as "Cumhurbaşkanı X" is Turkey's president), the bare speaker and deputy speaker of
its parliament ("Meclis Başkanı", "Meclis Başkanvekili"), a lawyer's title written out before a name ("Avukat X"),
speakers named as the predicate with the copula glued to the last name ("… ve C Tan'dı"), a body's town the data does
not know kept in the body's name ("Samara Azərbaycan Muxtariyyətinin rəhbəri"), and a report heard at the event ("X-in
məruzəsi dinlənilib"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

from ._helpers import names, people, roles

HELD = "Kara Ocak şehitleri için Ankara'da bir anma programı düzenlendi. "
HELD_AZ = "Samarada 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Cumhurbaşkanı Yardımcısı Selim Ata da Bakü'deki Şehitler Hıyabanı'na gelerek çelenk bıraktı.",
        "Törene Cumhurbaşkanı Yardımcısı Selim Ata katıldı.",
        "Cumhurbaşkanı Yardımcısı Selim Ata, anma töreninde bir konuşma yaptı.",
        "Sayın Cumhurbaşkanı Yardımcısı Selim Ata şehitlerin anıtına karanfil bıraktı.",
        "Türkiye Cumhurbaşkanı Yardımcısı Selim Ata da törene katıldı.",
    ],
)
def test_the_bare_vice_presidents_title_is_turkeys(sentence: str) -> None:
    assert people(HELD + sentence) == [("Selim Ata", "Vice President of Turkey")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the text names him Azerbaijan's once: the bare title after is Azerbaijan's too)
        (
            "Törene Azerbaycan Cumhurbaşkanı Yardımcısı Nurlan Kazımov katıldı. Anma töreninde Cumhurbaşkanı "
            "Yardımcısı Kazımov bir konuşma yaptı.",
            "Vice President",
        ),
        # (Azerbaijan's first vice president, by the title or by the surname of its heads of state)
        ("Törene Birinci Cumhurbaşkanı Yardımcısı Leyla Aliyeva da katıldı.", "First Vice President"),
        ("Törene Cumhurbaşkanı Yardımcısı Leyla Aliyeva da katıldı.", "Vice President"),
    ],
)
def test_azerbaijans_vice_president_stays_azerbaijans(text: str, expected: str) -> None:
    assert people(HELD + text)[0][1] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Törende Cumhurbaşkanı Yardımcısı Selim Ata'nın mesajı okundu.",
        "Cumhurbaşkanı Yardımcısı Selim Ata törene bir çelenk gönderdi.",
        "Meclis Başkanı Deniz Ekin adına gönderilen çelenk anıta konuldu.",
    ],
)
def test_a_vice_president_or_speaker_who_only_sent_something_is_not_placed(sentence: str) -> None:
    assert names(HELD + sentence) == []


def test_the_bare_presidents_title_is_still_turkeys_and_aliyevs_azerbaijans() -> None:
    found = roles(HELD + "Anma törenine Cumhurbaşkanı Erdoğan ve Cumhurbaşkanı İlham Aliyev katıldı.")
    assert found == {"Erdoğan": "President of Turkey", "İlham Aliyev": "President"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Meclis Başkanı", "Speaker of the Parliament of Turkey"),
        ("Meclis Başkanvekili", "Deputy Speaker of the Parliament of Turkey"),
        ("Meclis Başkan Vekili", "Deputy Speaker of the Parliament of Turkey"),
        ("TBMM Başkanvekili", "Deputy Speaker of the Parliament of Turkey"),
        # (another council's, and Azerbaijan's parliament, keep theirs)
        ("İl Genel Meclisi Başkanı", "Chairman of the Provincial Council"),
        ("Milli Meclis Başkanı", "Speaker of the Milli Majlis"),
        ("Türkiye Cumhuriyeti Cumhurbaşkanı Yardımcısı", "Vice President of Turkey"),
        ("Birinci Cumhurbaşkanı Yardımcısı", "First Vice President"),
    ],
)
def test_turkish_parliament_and_deputy_head_titles(title: str, expected: str) -> None:
    assert canonical_role(title) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Törene Meclis Başkanvekili Deniz Ekin de katıldı.",
        "Meclis Başkanvekili Deniz Ekin, anıta çelenk bıraktı.",
    ],
)
def test_the_bare_deputy_speaker_attends_with_turkeys_role(sentence: str) -> None:
    assert people(HELD + sentence) == [("Deniz Ekin", "Deputy Speaker of the Parliament of Turkey")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Törene Avukat Deniz Ekin de katıldı.", {"Deniz Ekin": "Lawyer"}),
        (
            "Anma programına avukat Deniz Ekin ve gazeteci Oya Sezer katıldı.",
            {"Deniz Ekin": "Lawyer", "Oya Sezer": "Journalist"},
        ),
        ("Törende Avukat Deniz Ekin bir konuşma yaptı.", {"Deniz Ekin": "Lawyer"}),
        (
            "Avukat Deniz Ekin, Gazeteci Oya Sezer ve Öğretmen Can Uz törene katıldı.",
            {"Deniz Ekin": "Lawyer", "Oya Sezer": "Journalist", "Can Uz": "Teacher"},
        ),
    ],
)
def test_a_written_out_occupation_before_a_name_is_the_role(sentence: str, expected: dict[str, str]) -> None:
    assert roles(HELD + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Avukat Deniz Ekin törene bir mesaj gönderdi.",
        "Törende avukat Deniz Ekin'in gönderdiği çelenk anıta konuldu.",
        "Avukat Deniz Ekin'in kaleme aldığı yazı sitemizde yayımlandı.",
    ],
)
def test_a_lawyer_who_sent_or_wrote_something_is_not_placed(sentence: str) -> None:
    assert names(HELD + sentence) == []


TRIO = ["Ali Yurt", "Berk Sarı", "Cemil Tan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Panelin konuşmacıları Prof. Dr. Ali Yurt, Doç. Dr. Berk Sarı ve Dr. Cemil Tan'dı.",
        "Programın konuşmacıları Ali Yurt, Berk Sarı ile Cemil Tan'dı.",
        "Etkinliğin konuşmacıları ise Ali Yurt, Berk Sarı ve Cemil Tan'dılar.",
    ],
)
def test_the_copula_glued_to_the_last_speaker_is_cut_from_the_name(sentence: str) -> None:
    assert names(HELD + sentence) == TRIO


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        ("Programın konuşmacıları Ali Yurt ile Oya Sezer'di.", "Oya Sezer"),
        ("Programın konuşmacıları Ali Yurt ile Oya Kurt'tu.", "Oya Kurt"),
        ("Programın konuşmacıları Ali Yurt ile Oya Demiroğlu'ydu.", "Oya Demiroğlu"),
    ],
)
def test_the_copula_in_each_of_its_forms(sentence: str, last: str) -> None:
    assert names(HELD + sentence) == ["Ali Yurt", last]


@pytest.mark.parametrize(
    "sentence",
    [
        # (speakers to come, and the one who prepared the programme, are not speakers placed there)
        "Programın konuşmacıları Ali Yurt ile Oya Sezer olacak.",
        "Programı hazırlayan Oya Sezer'di.",
    ],
)
def test_no_speaker_is_placed_by_a_copula_alone(sentence: str) -> None:
    assert names(HELD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Tədbirdə Samara Azərbaycan Muxtariyyətinin rəhbəri Rauf Qasımov çıxış edib.",
            "Head of the Samara Azərbaycan Muxtariyyəti",
        ),
        (
            "Tədbirdə çıxış edənlər arasında Samara Azərbaycan Muxtariyyətinin rəhbəri Rauf Qasımov da olub.",
            "Head of the Samara Azərbaycan Muxtariyyəti",
        ),
        (
            "Tədbirdə səfir Elçin Nəsibov, Samara Azərbaycan Muxtariyyətinin rəhbəri Rauf Qasımov çıxış ediblər.",
            "Head of the Samara Azərbaycan Muxtariyyəti",
        ),
        (
            "Mərasimdə Tambov Azərbaycan İcmasının sədri Rauf Qasımov çıxış edib.",
            "Chairman of the Tambov Azerbaijani Community",
        ),
        (
            "Törende Kazan Azerbaycan Kültür Derneği Başkanı Rauf Qasımov bir konuşma yaptı.",
            "Chairman of the Kazan Azerbaijani Culture Association",
        ),
        (
            "Törende Tver Azerbaycan Kültür Derneği Başkanı Rauf Qasımov bir konuşma yaptı.",
            "Chairman of the Tver Azerbaycan Kültür Association",
        ),
    ],
)
def test_a_bodys_town_the_data_does_not_know_stays_in_its_name(sentence: str, role: str) -> None:
    assert roles(HELD_AZ + sentence)["Rauf Qasımov"] == role


def test_a_names_last_word_before_a_body_is_no_town() -> None:
    found = roles(HELD_AZ + "Tədbirdə Anar Vəliyev Azərbaycan Muxtariyyətinin rəhbəri kimi çıxış edib.")
    assert found.get("Anar Vəliyev") in (None, "Head of the Azərbaycan Muxtariyyəti")


@pytest.mark.parametrize(
    "sentence",
    [
        "Samara Azərbaycan Muxtariyyətinin rəhbəri Rauf Qasımov tədbirə məktub göndərib.",
        "Tədbirdə Samara Azərbaycan Muxtariyyətinin rəhbəri Rauf Qasımovun göndərdiyi əklil abidənin önünə qoyulub.",
    ],
)
def test_the_body_head_who_only_sent_something_is_not_placed(sentence: str) -> None:
    assert names(HELD_AZ + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ardından professor Vüsal Kərimovun məruzəsi dinlənilib.", {"Vüsal Kərimov": "Professor"}),
        ("Tədbir professor Vüsal Kərimovun məruzəsi ilə davam edib.", {"Vüsal Kərimov": "Professor"}),
        (
            "Sonra deputat Vüsal Kərimovun “Yanvar gecəsinin dərsləri” mövzusunda məruzəsi dinlənilib.",
            {"Vüsal Kərimov": "Member of Parliament"},
        ),
        (
            "Daha sonra dosent Vüsal Kərimovun və Nərmin Rzayevanın məruzələri dinlənilib.",
            {"Vüsal Kərimov": "Associate Professor", "Nərmin Rzayeva": None},
        ),
    ],
)
def test_a_report_heard_at_the_event_places_its_speaker(sentence: str, expected: dict[str, str | None]) -> None:
    assert roles(HELD_AZ + sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Vüsal Kərimovun məruzəsi gələn həftə dinləniləcək.",
        "Tədbirdə professor Vüsal Kərimovun məruzəsi əsasında çəkilmiş film göstərilib.",
    ],
)
def test_a_report_to_come_or_a_film_from_it_places_nobody(sentence: str) -> None:
    assert names(HELD_AZ + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bakü'deki Şehitler Hıyabanı'na Cumhurbaşkanı Yardımcısı Selim Ata da gelerek çelenk bıraktı.",
            ("Selim Ata", "Cumhurbaşkanı Yardımcısı", "Vice President of Turkey"),
        ),
        (
            "Bakü'deki Şehitler Hıyabanı'na Cumhurbaşkanı Erdoğan da gelerek karanfil bıraktı.",
            ("Erdoğan", "Cumhurbaşkanı", "President of Turkey"),
        ),
        ("Anıt'a Vali Deniz Ekin çelenk bıraktı.", ("Deniz Ekin", "Vali", "Governor")),
        ("Hıyaban'da Büyükelçi Deniz Ekin de çiçek bıraktı.", ("Deniz Ekin", "Büyükelçi", "Ambassador")),
        # (a genitive and "-deki" may be a title's: the post's country and city)
        (
            "Törene Azerbaycan'ın Ankara Büyükelçisi Deniz Ekin katıldı.",
            ("Deniz Ekin", "Azerbaycan'ın Ankara Büyükelçisi", "Ambassador of Azerbaijan to Turkey"),
        ),
    ],
)
def test_a_word_in_the_dative_accusative_or_locative_before_a_title_is_no_part_of_it(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert [(a.mention, a.role_as_written, a.role) for a in extract_attendees(HELD + sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gazeteci Ülkü Pirili'nin açılış konuşmasının ardından Rektör Nazlı Güngör kürsüye çıktı.",
            {"Ülkü Pirili": "Journalist", "Nazlı Güngör": "Rector"},
        ),
        ("Program, Rektör Nazlı Güngör'ün kapanış konuşmasının ardından sona erdi.", {"Nazlı Güngör": "Rector"}),
        # (a message read out, not a speech given there)
        ("Program, Cumhurbaşkanı Erdoğan'ın mesajının okunmasının ardından sona erdi.", {}),
    ],
)
def test_the_one_whose_opening_or_closing_speech_came_first_was_there(sentence: str, expected: dict[str, str]) -> None:
    assert roles(HELD + sentence) == expected
