"""A title in the plural before a bracket or a dash that opens a list of names is each one's, in the singular and
over any degree a name carries ("deputatlar (A, B) çıxış ediblər", "sədr müavinləri – professor A, professor B",
"Rektör Yardımcıları (Prof. Dr. A ve Prof. Dr. B)"). The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD_AZ = "Universitetdə 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib. "
HELD_TR = "Üniversitede 20 Ocak katliamının yıl dönümü nedeniyle anma programı düzenlendi. "


def found(held: str, text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(held + text)]


@pytest.mark.parametrize(
    ("held", "text", "expected"),
    [
        (
            HELD_AZ,
            "Tədbirdə deputatlar (Nurlan Əsgərov, Aygün Məmmədli) çıxış ediblər.",
            [("Nurlan Əsgərov", "Member of Parliament"), ("Aygün Məmmədli", "Member of Parliament")],
        ),
        (
            HELD_AZ,
            "Sonra Milli Məclisin deputatları (Nurlan Əsgərov və Aygün Məmmədli) faciədən danışıblar.",
            [("Nurlan Əsgərov", "Member of Parliament"), ("Aygün Məmmədli", "Member of Parliament")],
        ),
        (
            HELD_AZ,
            "Daha sonra sədr müavinləri – professor Vüsal Kərimli, dosent Səbinə Orucova çıxış ediblər.",
            [("Vüsal Kərimli", "Deputy Chairman"), ("Səbinə Orucova", "Deputy Chairman")],
        ),
        (
            HELD_AZ,
            "Tədbirdə professorlar (Vüsal Kərimli, Səbinə Orucova və Kamal Hüseynli) çıxış ediblər.",
            [("Vüsal Kərimli", "Professor"), ("Səbinə Orucova", "Professor"), ("Kamal Hüseynli", "Professor")],
        ),
        (
            HELD_AZ,
            "Tədbirdə professorlar Vüsal Kərimli və Səbinə Orucova çıxış ediblər.",
            [("Vüsal Kərimli", "Professor"), ("Səbinə Orucova", "Professor")],
        ),
        (
            HELD_TR,
            "Programa Rektör Yardımcıları (Prof. Dr. Cengiz Ateş ve Prof. Dr. Gül Sönmez) katıldı.",
            [("Cengiz Ateş", "Vice-Rector"), ("Gül Sönmez", "Vice-Rector")],
        ),
        (
            HELD_AZ,
            "Sonra idarə heyətinin üzvləri – deputat Nurlan Əsgərov, Aygün Məmmədli və Kamal Hüseynli çıxış ediblər.",
            [
                ("Nurlan Əsgərov", "Member of Parliament"),  # (a post of one's own stays one's own)
                ("Aygün Məmmədli", "Member of the Board"),
                ("Kamal Hüseynli", "Member of the Board"),
            ],
        ),
        (
            HELD_AZ,
            "Sonra sədr müavinləri – deputat, professor Nurlan Əsgərov, professor Aygün Məmmədli çıxış ediblər.",
            [("Nurlan Əsgərov", "Member of Parliament"), ("Aygün Məmmədli", "Deputy Chairman")],
        ),
        (
            HELD_TR,
            "Programa milletvekilleri (Cengiz Ateş, Gül Sönmez) katıldı.",
            [
                ("Cengiz Ateş", "Member of the Parliament of Turkey"),
                ("Gül Sönmez", "Member of the Parliament of Turkey"),
            ],
        ),
    ],
)
def test_a_plural_title_before_a_bracket_is_each_ones(
    held: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(held, text) == expected


@pytest.mark.parametrize(
    ("held", "text", "expected"),
    [
        # a name's own post stays its own; a bracket after a name is no list
        (
            HELD_AZ,
            "Tədbirdə deputatlar (Yeni Azərbaycan Partiyası) və səfir Nurlan Əsgərov iştirak ediblər.",
            [("Nurlan Əsgərov", "Ambassador")],
        ),
        (HELD_AZ, "Tədbirdə rektor Nurlan Əsgərov (professor) çıxış edib.", [("Nurlan Əsgərov", "Rector")]),
        (HELD_AZ, "Tədbirdə tələbələr (təxminən 200 nəfər) və müəllimlər iştirak ediblər.", []),
        # a plural title the data cannot name in English gives no one a post (never the plural word as written)
        (
            HELD_AZ,
            "Sonra görüşü hazırlayan cəmiyyətlərin rəhbərləri – Nurlan Əsgərov, Aygün Məmmədli çıxış ediblər.",
            [("Nurlan Əsgərov", None), ("Aygün Məmmədli", None)],
        ),
        # a degree alone, with no plural title before the list, stays the degree
        (
            HELD_TR,
            "Programa Prof. Dr. Cengiz Ateş ve Doç. Dr. Gül Sönmez katıldı.",
            [("Cengiz Ateş", "Professor"), ("Gül Sönmez", "Associate Professor")],
        ),
    ],
)
def test_no_plural_title_no_shared_post(held: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(held, text) == expected
