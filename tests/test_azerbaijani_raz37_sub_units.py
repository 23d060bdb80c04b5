"""A speaker named after a long genitive chain of bodies ending in a sub-unit, as institutes' and universities' pages
write them ("… Universitetinin … Laboratoriyasının … bölməsinin müdiri X", "… İnstitutunun … şöbəsinin aparıcı
elmi işçisi X"): the name is found, no word of the bodies is a person, and the role is the post of the last unit
("Head of the Section", "Head of the Laboratory", "Head of the Sector", "Head of Department", a research fellow of
any grade "Research Fellow"). A degree written as a phrase between commas after the post leaves the role to it, and a
plural of a post in the possessive is each name's. Sentences written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Gəncə Dövlət Universitetinin Biologiya Problemləri Laboratoriyasının Genetika bölməsinin müdiri "
            "Samirə Tağızadə çıxış edib.",
            [("Samirə Tağızadə", "Head of the Section")],
        ),
        (
            "Sonra Səhiyyə Nazirliyinin Elmi Mərkəzinin Klinik Analizlər Laboratoriyasının Hematologiya bölməsinin "
            "rəhbəri Samirə Tağızadə məruzə ilə çıxış edib.",
            [("Samirə Tağızadə", "Head of the Section")],
        ),
        (
            "Tədbirdə AMEA Kimya İnstitutunun Polimerlər şöbəsinin aparıcı elmi işçisi Vüqar Nəbiyev çıxış edib.",
            [("Vüqar Nəbiyev", "Research Fellow")],
        ),
        (
            "Məruzə ilə akademik Yusif Məmmədəliyev adına Kimya İnstitutunun Kataliz laboratoriyasının böyük elmi "
            "işçisi Vüqar Nəbiyev çıxış edib.",
            [("Vüqar Nəbiyev", "Research Fellow")],
        ),
        (
            "Tədbirdə Memarlıq Universitetinin Rəqəmsal Modelləşdirmə laboratoriyasının müdiri Ramil Qafarlı "
            "çıxış edib.",
            [("Ramil Qafarlı", "Head of the Laboratory")],
        ),
        (
            "Agentliyin Planlaşdırma şöbəsinin Statistika sektorunun müdiri Nigar Sultanlı çıxışında faciədən danışıb.",
            [("Nigar Sultanlı", "Head of the Sector")],
        ),
        (
            "Tədbirdə Tarix İnstitutunun Yeni tarix şöbəsinin müdiri, tarix elmləri doktoru Ramil Qafarlı çıxış edib.",
            [("Ramil Qafarlı", "Head of Department")],
        ),
        (
            "Tarix kafedrasının dosentləri Nurlan Əmrahov və Sabir Qədimli çıxış ediblər.",
            [("Nurlan Əmrahov", "Associate Professor"), ("Sabir Qədimli", "Associate Professor")],
        ),
    ],
)
def test_the_post_of_the_last_unit_is_the_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə elmi işçi Zaur Məlikov çıxış edib.", [("Zaur Məlikov", "Research Fellow")]),
        ("Tədbirdə zavodun işçisi Zaur Məlikov çıxış edib.", [("Zaur Məlikov", "Staff Member")]),
        (
            "Tədbirdə Dövlət Reklam Agentliyinin işçisi Zaur Məlikov çıxış edib.",
            [("Zaur Məlikov", "Staff Member of the State Advertising Agency")],
        ),
    ],
)
def test_a_staff_member_and_a_research_fellow(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(EVENT + text) == expected
