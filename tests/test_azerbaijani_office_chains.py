"""An Azerbaijani title that lists a person's offices with commas before their degree ("komitəsinin sədri, deputat,
professor X"): the first office, closed by its head, is the role; and the deputies of a body's chairman named by the
chairman ("sədrin müavini", "sədrin birinci müavini"). The sentences are written for these tests; the names are
invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

HELD = "Məclisdə 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib. "


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(HELD + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Milli Məclisin Mədəniyyət komitəsinin sədri, deputat, professor Samirə Qədirli çıxış edib.",
            [("Samirə Qədirli", "Chairman of the Culture Committee of the Milli Majlis")],
        ),
        (
            "Sonra cəmiyyətin sədri, deputat, akademik Fərhad Talıblı faciədən danışıb.",
            [("Fərhad Talıblı", "Chairman")],
        ),
        (
            "Daha sonra sədrin birinci müavini, deputat, akademik Fərhad Talıblı çıxış edib.",
            [("Fərhad Talıblı", "First Deputy Chairman")],
        ),
        ("Tədbirdə sədrin müavini Fərhad Talıblı çıxış edib.", [("Fərhad Talıblı", "Deputy Chairman")]),
        ("Tədbirdə universitetin prorektoru, dosent Fərhad Talıblı çıxış edib.", [("Fərhad Talıblı", "Vice-Rector")]),
    ],
)
def test_the_first_of_a_persons_offices_is_the_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group before the comma is no office of the name after it
        (
            "Tədbirdə universitetin müəllimləri, deputat, professor Fərhad Talıblı çıxış ediblər.",
            [("Fərhad Talıblı", "Member of Parliament")],
        ),
        # one office alone stays that office
        ("Tədbirdə deputat, professor Fərhad Talıblı çıxış edib.", [("Fərhad Talıblı", "Member of Parliament")]),
    ],
)
def test_no_office_of_the_same_person_before_the_comma(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə idarə heyətinin üzvləri Ramil Sadıqlı və Günay Babayeva çıxış ediblər.",
            [("Ramil Sadıqlı", "Member of the Board"), ("Günay Babayeva", "Member of the Board")],
        ),
        (
            "Tədbirdə icmanın üzvləri Ramil Sadıqlı və Günay Babayeva çıxış ediblər.",
            [("Ramil Sadıqlı", "Member"), ("Günay Babayeva", "Member")],
        ),
        ("Tədbirdə icmanın üzvləri və tələbələr iştirak ediblər.", []),  # a group, no one named
    ],
)
def test_members_named_after_their_plural(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə universitetin rektor v.i.e. Orxan Vəliyev çıxış edib.", [("Orxan Vəliyev", "Acting Rector")]),
        ("Tədbirdə rektor v.i.e., professor Orxan Vəliyev çıxış edib.", [("Orxan Vəliyev", "Acting Rector")]),
        ("Tədbirdə direktor v.m.i.e. Nərmin Sultanova çıxış edib.", [("Nərmin Sultanova", "Acting Director")]),
        ("Tədbirdə rektor Orxan Vəliyev çıxış edib.", [("Orxan Vəliyev", "Rector")]),  # no abbreviation: the post
    ],
)
def test_an_acting_post_abbreviated(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
