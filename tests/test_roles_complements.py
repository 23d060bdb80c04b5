"""The complement written before a role's head (issue 16): a subject, a faculty's or department's name, a directorate's
area, a quoted body with the words of its kind, an English body in the possessive. Known words are put in English, a
quoted name is kept as written, and the head alone is left when a word is unknown; an owner or an event in the genitive
is no complement."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

from ._helpers import roles as _roles


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Aqronomluq fakültəsinin dekanı", "Dean of the Faculty of Agronomy"),
        ("Xarici dillər kafedrasının müdiri", "Head of the Department of Foreign Languages"),
        ("fizika müəllimi", "Teacher of Physics"),
        ("liseyin coğrafiya müəllimi", "Teacher of Geography"),
        ("Biyoloji öğretmeni", "Teacher of Biology"),
        ("okulun matematik öğretmeni", "Teacher of Mathematics"),
        ("chemistry teacher", "Teacher of Chemistry"),
        ("the school's music teacher", "Teacher of Music"),
        ("İl Sağlık Müdürü", "Provincial Director of Health"),
        ("İlçe Milli Eğitim Müdürü", "District Director of National Education"),
        ("Kağızman İlçe Tarım Müdürü", "District Director of Agriculture in Kagizman"),
        ("“Vətən” cəmiyyətinin sədri", "Chairman of the Vətən Society"),
        ("“Körpü” regional ictimai təşkilatının sədri", "Chairman of the Körpü Regional Public Organisation"),
        ("“Köprü” Derneği Başkanı", "Chairman of the Köprü Association"),
        ("Azerbaycan Evi Derneği Başkanı", "Chairman of the Azerbaijan House Association"),
        ("the Museum's director", "Director of the Museum"),
        ("“Dizayn” kafedrasının müdiri", "Head of the Department of Design"),
        ("Kimya fakültəsinin dekan müavini", "Deputy Dean of the Faculty of Chemistry"),
        ("Çankaya Belediyesi Başkanı", "Mayor of Çankaya"),
        ("the Association's chairman", "Chairman of the Association"),
    ],
)
def test_a_complement_the_data_can_read(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        # (a word the data does not have: the head alone, never a guess)
        ("Dülgərlik fakültəsinin dekanı", "Dean"),
        ("rəqs müəllimi", "Teacher"),
        ("Resim öğretmeni", "Teacher"),
        ("dance teacher", "Teacher"),
        ("kafedranın müəllimi", "Teacher"),
        # (the police's directorate is its own post; a province's director of an unknown area is the head alone)
        ("İl Emniyet Müdürü", "Provincial Police Chief"),
        ("İl Göç Müdürü", "Provincial Director"),
        # (a quoted name before words of a kind the data cannot name in English)
        ("“Vətən” xeyriyyə fondunun sədri", "Chairman"),
        # (a school's military instructor is no head of the school)
        ("məktəbin hərbi rəhbəri", "Military Instructor"),
        # (a quoted unit whose words the data does not all have)
        ("“Ərəb dili” kafedrasının müdiri", "Head of Department"),
        ("“Rus dili” kafedrasının müdiri", "Head of the Department of Russian"),  # (one it has)
        # (a possessive of what is no body)
        ("the Mayor's adviser", "Mayor's Adviser"),
        # (a body whose name says its kind already)
        ("Azerbaycan Evi Başkanı", "Chairman of the Azerbaijan House"),
    ],
)
def test_no_complement_without_every_word(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anım tədbirində Aqronomluq fakültəsinin dekanı Tural Nəsibov və riyaziyyat müəllimi Könül Əhmədova "
            "iştirak ediblər.",
            {"Tural Nəsibov": "Dean of the Faculty of Agronomy", "Könül Əhmədova": "Teacher of Mathematics"},
        ),
        (
            "Tədbirdə “Vətən” cəmiyyətinin sədri Elçin Bağırov çıxış edib.",
            {"Elçin Bağırov": "Chairman of the Vətən Society"},
        ),
        (
            "Anma programına İl Kültür ve Turizm Müdürü Selim Acar ve tarih öğretmeni Derya Koç katıldı.",
            {"Selim Acar": "Provincial Director of Culture and Tourism", "Derya Koç": "Teacher of History"},
        ),
        (
            "Tədbirdə “Dizayn” kafedrasının müdiri Lalə Abbasova və Kimya fakültəsinin dekan müavini Orxan Səfərli "
            "çıxış ediblər.",
            {
                "Lalə Abbasova": "Head of the Department of Design",
                "Orxan Səfərli": "Deputy Dean of the Faculty of Chemistry",
            },
        ),
        (
            "Törene “Köprü” Derneği Başkanı Murat Ekinci katıldı.",
            {"Murat Ekinci": "Chairman of the Köprü Association"},
        ),
        (
            "The vigil was attended by geography teacher Clara Holm and the Centre's director Peter Vance.",
            {"Clara Holm": "Teacher of Geography", "Peter Vance": "Director of the Centre"},
        ),
    ],
)
def test_complements_in_sentences(text: str, expected: dict[str, str | None]) -> None:
    roles = _roles(text)
    assert all(not (r or "").startswith("və ") for r in roles.values())
    for name, role in expected.items():
        assert roles.get(name, "(not found)") == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # (a joiner before a subject is the list's, not the subject's)
        (
            "Tədbirdə dekan Anar Vəliyev və tarix müəllimi Səma Rzayeva iştirak ediblər.",
            "Səma Rzayeva",
            "Teacher of History",
        ),
        # (the event's host is no complement of the post after it)
        (
            "Tədbirin aparıcısı, kimya müəllimi Rəşad Hüseynov da iştirak edib.",
            "Rəşad Hüseynov",
            "Teacher of Chemistry",
        ),
        ("Törenin sunucusu, tarih öğretmeni Eda Sarı da törene katıldı.", "Eda Sarı", "Teacher of History"),
        # (a school's military instructor, not its head)
        ("Tədbirdə məktəbin hərbi rəhbəri Azər Kərimli iştirak edib.", "Azər Kərimli", "Military Instructor"),
    ],
)
def test_no_other_words_glued_to_a_role(text: str, name: str, role: str) -> None:
    roles = _roles(text)
    assert roles.get(name, "(not found)") == role
    assert not any("Tədbir" in (r or "") or "Tören" in (r or "") for r in roles.values())


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirin aparıcısı Nərmin Talıbova olub, sonra şeirlər səslənib.",
        "Törenin sunucusu Eda Sarı idi.",
    ],
)
def test_an_events_host_is_no_post(text: str) -> None:
    assert all(m.role is None or "Aparıcı" not in m.role for m in extract_attendees(text))


@pytest.mark.parametrize(
    "title",
    ["Səhiyyə Nazirliyinin Həmkarlar Komitəsinin sədri", "Təhsil Nazirliyinin həmkarlar komitəsinin sədri"],
)
def test_a_ministrys_union_committee_is_no_parliaments(title: str) -> None:
    role = canonical_role(title) or ""
    assert role.startswith("Chairman") and "Milli Majlis" not in role
