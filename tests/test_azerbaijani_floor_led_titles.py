"""Azerbaijani reports of the commemorations, in the ways real pages write them (probes of AZERTAC, Report.az,
embassy, diaspora and university pages): the one given the floor ("Söz səfir X-ə verilib") spoke, a delegation or a
ceremony led or chaired by someone ("nazir X-in başçılığı ilə", "X-in sədrliyi ilə keçirilib") had them there (an
army led by the head of state did not), and the posts of branches, colleges, societies, diaspora bodies and the
ruling party in English. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import find_stated_anniversaries
from jan20.extract.attendees import extract_attendees
from jan20.extract.people import canonical_names
from jan20.extract.roles import canonical_role

HELD = "Səfirlikdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib. "


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


# --- the floor given to someone ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Söz səfir Tural Babayevə verilib.", "Tural Babayev", "Ambassador"),
        ("Sonra söz icmanın sədri Elnur Həsənova verildi.", "Elnur Həsənov", "Chairman"),
        ("Daha sonra söz diaspor təşkilatının sədri Aygün Kərimovaya verilib.", "Aygün Kərimova", "Chairman"),
        ("Tədbirdə söz həmçinin konsul Orxan Talıbzadəyə verilmişdir.", "Orxan Talıbzadə", "Consul"),
    ],
)
def test_the_one_given_the_floor_spoke(text: str, name: str, role: str) -> None:
    people = found(HELD + text)
    assert [r for _, r in people] == [role]
    # the name in the dative is the person named in the nominative
    assert canonical_names([people[0][0], name])[people[0][0]] == name


@pytest.mark.parametrize(
    "text",
    [
        "Söz səfir Tural Babayevə veriləcək.",  # the floor to come
        "Səfir Tural Babayev söz verib ki, gələn il yenə gələcək.",  # a promise, not the floor
    ],
)
def test_no_floor_given_places_nobody(text: str) -> None:
    assert found("Səfirlikdə anım tədbiri keçirilib. " + text) == []


# --- led or chaired by ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nazirliyin kollektivi nazir Rauf Cəfərovun başçılığı ilə Şəhidlər xiyabanını ziyarət edib.",
            [("Rauf Cəfərov", "Minister")],
        ),
        (
            "Səfir Tural Babayevin başçılığı ilə heyət Şəhidlər xiyabanını ziyarət edib.",
            [("Tural Babayev", "Ambassador")],
        ),
        ("Anım tədbiri universitetin rektoru Rauf Cəfərovun sədrliyi ilə keçirilib.", [("Rauf Cəfərov", "Rector")]),
    ],
)
def test_a_delegation_or_ceremony_led_by_someone(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ali Baş Komandan İlham Əliyevin rəhbərliyi ilə Müzəffər Ordumuzun apardığı müharibədə qələbə qazanıldı.",
        "Prezident İlham Əliyevin başçılığı ilə ərazilərimiz azad edildi, tədbirdə qeyd olunub.",
        "Ulu öndər Heydər Əliyevin rəhbərliyi ilə tədbirlər həyata keçirilib.",
    ],
)
def test_a_war_or_a_policy_led_by_someone_places_nobody(text: str) -> None:
    assert found(HELD + text) == []


# --- titles -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("filialın direktoru", "Branch Director"),
        ("universitetin Şəki filialının direktoru", "Branch Director"),
        ("baş müəllim", "Senior Lecturer"),
        ("kafedranın baş müəllimi", "Senior Lecturer"),
        ("senior lecturer", "Senior Lecturer"),
        ("lecturer", "Lecturer"),
        ("məktəbin direktoru", "School Director"),
        ("Kollecin direktoru", "Director"),
        ("Muzeyin direktor müavini", "Deputy Director"),
        ("Cəmiyyətin sədri", "Chairman"),
        ("Azərbaycan diasporunun sədri", "Chairman"),
        ("Mədəniyyət İdarəsinin rəis müavini", "Deputy Head of the Culture Department"),
        ("Quba MKS-nin direktoru", "Director"),
        ("Yeni Azərbaycan Partiyasının sədr müavini", "Deputy Chairman of the New Azerbaijan Party"),
        ("YAP Qusar rayon təşkilatının sədri", "Chairman"),
    ],
)
def test_posts_of_branches_societies_and_parties(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_a_ministry_service_head_is_kept_as_written() -> None:
    written = "Xarici İşlər Nazirliyinin mətbuat xidmətinin rəhbəri"
    assert canonical_role(written) == "Xarici İşlər Nazirliyinin Mətbuat Xidmətinin Rəhbəri"


# --- teachers in the plural, an event opening a sentence, "N illiyi" ----------------------------------------------


def test_teachers_in_the_plural_share_their_title() -> None:
    text = HELD + "Tədbirdə məktəbin müəllimləri Samir Nəbili və Lalə Qədirova çıxış ediblər."
    assert found(text) == [("Samir Nəbili", "Teacher"), ("Lalə Qədirova", "Teacher")]


def test_the_event_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = HELD + "Tədbir Samir Nəbili, Lalə Qədirova və Orxan Sadıqovun çıxışları ilə davam edib."
    assert [name for name, _ in found(text)] == ["Samir Nəbili", "Lalə Qədirova", "Orxan Sadıqov"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Məktəbdə 20 Yanvar faciəsinin 35 illiyi ilə əlaqədar tədbir keçirildi.", 35),
        ("Kitabxanada 20 Yanvar faciəsinin 34-illiyinə həsr olunmuş sərgi açılıb.", 34),
        ("Tədbir faciənin 33 illiyində keçirildi.", 33),
    ],
)
def test_an_anniversary_as_n_illiyi(text: str, number: int) -> None:
    found_ = find_stated_anniversaries(text)
    assert [a.number for a in found_] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Müstəqilliyin 30 illiyi qeyd edildi.",  # another anniversary
        "Müəllimin 35 illik iş təcrübəsi var.",  # 35 years of work, no anniversary
    ],
)
def test_no_anniversary_of_this_event(text: str) -> None:
    assert find_stated_anniversaries(text) == []


def test_a_students_year_of_study_is_part_of_the_title() -> None:
    text = HELD + "Tədbir professor Samir Nəbili və IV kurs tələbəsi Orxan Sadıqovun çıxışları ilə davam edib."
    assert found(text) == [("Samir Nəbili", "Professor"), ("Orxan Sadıqov", "Student")]
