"""Turkish reports of commemorations by Azerbaijan's missions and associations in Turkey (probes of AA, TRT Haber,
local papers and the consulates' own pages): Azerbaijan's envoys named by the city of their post ("Azerbaycan'ın
Ankara Büyükelçisi", "Azerbaycan'ın İstanbul Başkonsolosu"), the mission's named staff with their posts
("Başkonsolosluk çalışanları A ve B", "Büyükelçilik çalışanı", "ataşe", "birinci katip"), an association's head in
the genitive before his speech or coming ("Dernek Başkanı X'in konuşmasıyla", "Federasyonu Başkanı X'in
katılımıyla"), a journalist who shared his memories, and an adverb of sequence that opens the sentence ("Ardından
Gazeteci X"), which is no part of the title. What places nobody: the staff as a group, a speech or an event to come,
memories shared on social media, a message read out. The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

from ._helpers import people

HELD = "Kanlı Ocak şehitleri için anma programı düzenlendi.\n\n"


# --- Azerbaijan's envoys by the city of their post -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Programa Azerbaycan'ın Ankara Büyükelçisi Tamerlan Şirinli katıldı.", "Ambassador of Azerbaijan to Turkey"),
        (
            "Törene Azerbaycan'ın İstanbul Başkonsolosu Tamerlan Şirinli de katıldı.",
            "Consul General of Azerbaijan in Istanbul",
        ),
        (
            "Program, Azerbaycan'ın Kars Başkonsolosu Tamerlan Şirinli'nin katılımıyla gerçekleştirildi.",
            "Consul General of Azerbaijan in Kars",
        ),
        ("Türkiye'nin Bakü Büyükelçisi Tamerlan Şirinli Şehitler Hıyabanı'nı ziyaret etti.", "Ambassador of Turkey"),
    ],
)
def test_an_envoy_by_the_city_of_the_post(text: str, role: str) -> None:
    assert people(HELD + text) == [("Tamerlan Şirinli", role)]


# --- the mission's named staff --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Törene Başkonsolosluk çalışanları Elvin Rüstemli ve Kamran Velizade de katıldı.",
            [("Elvin Rüstemli", "Consulate Staff Member"), ("Kamran Velizade", "Consulate Staff Member")],
        ),
        (
            "Büyükelçilik çalışanı Elvin Rüstemli de törende hazır bulundu.",
            [("Elvin Rüstemli", "Embassy Staff Member")],
        ),
        (
            "Törene Müsteşar Elvin Rüstemli, ataşe Kamran Velizade ve birinci katip Orhan Bağırlı katıldı.",
            [
                ("Elvin Rüstemli", "Counsellor of the Embassy"),
                ("Kamran Velizade", "Attaché"),
                ("Orhan Bağırlı", "First Secretary of the Embassy"),
            ],
        ),
        (
            "Törene Büyükelçilik İkinci Katibi Orhan Bağırlı da katıldı.",
            [("Orhan Bağırlı", "Second Secretary of the Embassy")],
        ),
        ("Askeri Ataşe Tuğgeneral Kamran Velizade de törene katıldı.", [("Kamran Velizade", "Defence Attaché")]),
    ],
)
def test_named_staff_are_there_with_their_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(HELD + text) == expected


def test_the_staff_as_a_group_are_no_one() -> None:
    assert people(HELD + "Başkonsolosluk çalışanları ve öğrenciler törene katıldı.") == []


# --- an association's head in the genitive --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Program, Azerbaycan Kültür Derneği Başkanı Ahmet Yıldızlı'nın konuşmasıyla başladı.",
            [("Ahmet Yıldızlı", "Chairman of the Azerbaijani Culture Association")],
        ),
        (
            "Anma, Azerbaycan Dernekleri Federasyonu Genel Başkanı Ahmet Yıldızlı'nın konuşmasıyla sona erdi.",
            [("Ahmet Yıldızlı", "Chairman of the Federation of Azerbaijani Associations")],
        ),
        ("Dernek Başkanı Ahmet Yıldızlı'nın açılış konuşması ile program başladı.", [("Ahmet Yıldızlı", "Chairman")]),
        (
            "Tören, Azerbaycan Kültür ve Dayanışma Derneği Başkanı Ahmet Yıldızlı ile Büyükelçilik Müsteşarı Elvin "
            "Rüstemli'nin katılımıyla yapıldı.",
            [
                ("Ahmet Yıldızlı", "Chairman of the Azerbaijani Culture and Solidarity Association"),
                ("Elvin Rüstemli", "Counsellor of the Embassy"),
            ],
        ),
        (
            "Program, Dernek Başkanı Ahmet Yıldızlı'nın ve Başkonsolos Elvin Rüstemli'nin konuşmalarıyla devam etti.",
            [("Ahmet Yıldızlı", "Chairman"), ("Elvin Rüstemli", "Consul General")],
        ),
    ],
)
def test_an_association_head_in_the_genitive(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Program, Azerbaycan Kültür Derneği Başkanı Ahmet Yıldızlı'nın katılımıyla yapılacak.",
        "Gelecek haftaki panel, Dernek Başkanı Ahmet Yıldızlı'nın konuşmasıyla açılacak.",
        "Dernek Başkanı Ahmet Yıldızlı'nın mesajı okundu.",
    ],
)
def test_a_genitive_head_not_placed(text: str) -> None:
    assert people(HELD + text) == []


# --- memories shared, and a sentence opened by an adverb of sequence ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gazeteci Seyfullah Türksoylu o günlere dair anılarını paylaştı.",
        "Gazeteci Seyfullah Türksoylu, hatıralarını katılımcılarla paylaştı.",
        "Ardından Gazeteci Seyfullah Türksoylu o günlere dair anılarını anlattı.",
        "Akabinde gazeteci Seyfullah Türksoylu 20 Ocak'a dair gözlemlerini anlattı.",
    ],
)
def test_a_journalist_shared_memories(text: str) -> None:
    [found] = extract_attendees(HELD + text)
    assert (found.mention, found.role, found.role_as_written.lower()) == (
        "Seyfullah Türksoylu",
        "Journalist",
        "gazeteci",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gazeteci Seyfullah Türksoylu o günlere dair anılarını sosyal medya hesabından paylaştı.",
        "Gazeteci Seyfullah Türksoylu yarın anılarını paylaşacak.",
    ],
)
def test_memories_shared_from_afar_or_to_come(text: str) -> None:
    assert people(HELD + text) == []


# --- a name beside a group in the genitive ("X'in ve öğrencilerin katılımıyla") --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Program, Vali Ercan Turanlı'nın ve öğrencilerin katılımıyla gerçekleştirildi.",
            [("Ercan Turanlı", "Governor")],
        ),
        ("Program, Vali Ercan Turanlı ve kurum temsilcilerinin katılımıyla yapıldı.", [("Ercan Turanlı", "Governor")]),
        (
            "Program, Vali Ercan Turanlı'nın, Rektör Ali Demirli'nin ve çok sayıda vatandaşın katılımıyla yapıldı.",
            [("Ercan Turanlı", "Governor"), ("Ali Demirli", "Rector")],
        ),
        (
            "Tören, Dernek Başkanı Ali Demirli'nin ve dernek üyelerinin katılımıyla gerçekleştirildi.",
            [("Ali Demirli", "Chairman")],
        ),
    ],
)
def test_a_name_beside_a_group_in_the_genitive(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(HELD + text) == expected


def test_a_group_in_the_genitive_before_an_event_to_come() -> None:
    assert people(HELD + "Program, Vali Ercan Turanlı'nın ve öğrencilerin katılımıyla yapılacak.") == []
