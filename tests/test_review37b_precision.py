"""Near-misses of the rules merged after the first review of jan20's 37th round, which they must not read as their
own kind: a Turkish night ("gece") and a cause or gunfire ("yol açan", "ateş açan") before "açan", which the
Azerbaijani cue of the one who opened an event now reaches in its plain letters; the Turkish "ziyaret edebilir" (may
visit); a mayor's name with no ending the data knows before the next item's post ("Mayor of London Sadiq Khan,
Ambassador X"); a body's word or "Aidə" typed without accents ("Dovlet Himni", the anthem; "Aide"), now that the
cues read such pages; a body's abbreviation with its case ending after a name ("Xanım Sultanova BSU-da"); a figure
with its own people after the part of a whole a sentence opens with ("Of the 147 killed, 20 were women, and 744
people were wounded": the toll's). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

from ._helpers import people, roles

AZ = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
TR = "20 Ocak Katliamı'nın yıl dönümü dolayısıyla anma töreni düzenlendi.\n\n"
EN = "A commemoration of the 20 January tragedy was held on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "O gece yaşananlara yol açan Mihail Gorbaçov hiçbir zaman özür dilemedi.",
        "O gece 147 kisinin olumune yol acan Mihail Gorbacov hicbir zaman ozur dilemedi.",
        "Gece yarısı kapıları açan askerler halka ateş açtı, Komutan Ali Kaya emri verdi.",
        "O gece ateş açan askerlerin komutanı General Ali Kaya yargılanmadı.",
        "Vali Ahmet Yılmaz anıtı ziyaret edebilir.",
        "Vali Ahmet Yilmaz aniti ziyaret edebilir.",
    ],
)
def test_a_turkish_night_or_a_cause_before_acan_places_nobody(text: str) -> None:
    assert people(TR + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "O gecə qırğına yol açan Mixail Qorbaçov heç vaxt üzr istəmədi.",
        "Gecə boyu atəş açan əsgərlərin komandiri general İvan Petrov idi.",
    ],
)
def test_one_who_caused_the_tragedy_or_opened_fire_is_no_opener_in_azerbaijani_either(text: str) -> None:
    assert people(AZ + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gecəni açan Xalq artisti Zaur Rzayev şəhidlərin xatirəsini yad etdi.", [("Zaur Rzayev", "People's Artist")]),
        ("Tedbiri acan prorektor Samir Huseynov cixis etdi.", [("Samir Huseynov", "Vice-Rector")]),
        ("Toplantıyı açan Rektör Prof. Dr. Kemal Öztürk olayların önemine değindi.", [("Kemal Öztürk", "Rector")]),
    ],
)
def test_the_opener_of_an_event_still_spoke(text: str, expected: list[tuple[str, str]]) -> None:
    assert people((TR if "Rektör" in text else AZ) + text) == expected


def test_a_name_before_the_next_items_post_ends_the_place_of_the_title() -> None:
    text = "The ceremony was attended by Mayor of London Sadiq Khan, Ambassador Tahir Taghizade and others."
    found = roles(EN + text)
    assert found.get("Tahir Taghizade") == "Ambassador"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 147 people killed, 20 were women, and 744 people were wounded.",
            [("killed", 147, "total"), ("injured", 744, "total")],
        ),
        (
            "Of the 147 dead, 8 were in Lankaran; over 700 more were injured and 841 were arrested.",
            [("killed", 147, "total"), ("killed", 8, "partial"), ("injured", 700, "total"), ("arrested", 841, "total")],
        ),
        (
            "Of the 300 people at the square, 20 were killed; 744 were wounded across the city.",
            [("killed", 20, "partial"), ("injured", 744, "total")],
        ),
        (
            "Of our 400 students, 20 were killed and 50 wounded.",
            [("killed", 20, "partial"), ("injured", 50, "partial")],
        ),
    ],
)
def test_a_figure_with_its_own_people_after_a_part_is_the_toll(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(c.category, c.value, c.scope) for c in extract_casualties(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tedbirde Azerbaycan Respublikasinin Dovlet Himni seslendirildi.",
        "Tedbirin evvelinde Dovlet Himni seslendirilib, sehidlerin xatiresi yad edilib.",
    ],
)
def test_a_bodys_word_typed_without_accents_is_no_name(text: str) -> None:
    assert people(AZ + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə Xanım Sultanova BSU-da keçirilən tədbirlərdən danışdı.", [("Xanım Sultanova", None)]),
        ("Tədbirdə müəllim Hakim Rzayev UNEC-də çalışdığını dedi.", [("Hakim Rzayev", "Teacher")]),
        (
            "Tədbiri giriş sözü ilə açan Tərbiyə işləri üzrə prorektor Xanım Sultanova BSU-da silsilə tədbirlərin "
            "keçirildiyini bildirib.",
            [("Xanım Sultanova", "Vice-Rector")],
        ),
    ],
)
def test_an_abbreviation_with_its_case_ending_leaves_a_given_name_before_one_surname(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(AZ + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tedbirde edebiyyat muellimi Aide Mirzeyeva cixis etdi.", [("Aide Mirzeyeva", "Teacher of Literature")]),
        ("Tedbirde laboratoriyanin elmi iscisi Aide Memmedzade cixis etdi.", [("Aide Memmedzade", "Research Fellow")]),
        ("Tedbirde Aide Mirzeyeva cixis etdi.", [("Aide Mirzeyeva", None)]),
    ],
)
def test_aide_typed_without_accents_is_a_given_name_before_one_surname(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(AZ + text) == expected


def test_an_english_aide_stays_a_post() -> None:
    assert roles(EN + "The ceremony was attended by Presidential Aide Ali Hasanov.") == {
        "Ali Hasanov": "Assistant to the President"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mərasimdə Azərbaycan İşçi Partiyasının sədri Kamran Əliyev iştirak edib.",
            [("Kamran Əliyev", "Chairman of the Azərbaycan İşçi Party")],
        ),
        ("Tədbirdə zavodun işçisi Rəşad Quliyev çıxış edib.", [("Rəşad Quliyev", "Staff Member")]),
        ("Mərasimdə muzeyin işçiləri Nərmin Həsənova və Elnur Babayev iştirak ediblər.", None),
    ],
)
def test_a_workers_party_is_a_body_and_a_bodys_worker_a_staff_member(
    text: str, expected: list[tuple[str, str]] | None
) -> None:
    # (a body's worker takes the possessive, "işçisi", "işçiləri"; the bare "İşçi" of a party's name is no post)
    found = people(AZ + text)
    if expected is None:
        assert {role for _, role in found} == {"Staff Member"} and len(found) == 2
    else:
        assert found == expected
