"""English: a person with two posts joined by "and" before the name ("Member of Parliament and Chairman of the
Canada-Azerbaijan Inter-Parliamentary Friendship Group Barry Devolin") keeps the first, as after the name ("X, Member of
Parliament and Chairman of Y,") and as the Turkish "Vali ve Belediye Başkan Vekili X" does; the group's name is no part
of the person's. A rank or an occupation before "and" yields to the office after it ("Professor and Rector of X"), a
post after an apposition's comma or after another name is the next name's ("A, head of the department and deputy dean
B"), and one title with "and" inside stays whole ("Ambassador Extraordinary and Plenipotentiary"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role
from tests._helpers import people

HELD = "A reception for the victims of Black January was held in Ottawa on 20 January.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Member of Parliament and Chairman of the Canada-Azerbaijan Inter-Parliamentary Friendship Group Barry "
            "Devolin attended the reception.",
            [("Barry Devolin", "Member of Parliament")],
        ),
        (
            "The reception was attended by Member of Parliament and Deputy Chairman of the Friendship Group Anne Roy.",
            [("Anne Roy", "Member of Parliament")],
        ),
        (
            "Among the guests was Member of the House of Lords and Chair of the Parliamentary Friendship Group Lord "
            "David Evans.",
            [("David Evans", "Member of the House of Lords")],
        ),
        (
            "Barry Devolin, Member of Parliament and Chairman of the Canada-Azerbaijan Inter-Parliamentary "
            "Friendship Group, attended the reception.",
            [("Barry Devolin", "Member of Parliament")],
        ),
    ],
)
def test_the_first_of_two_posts_before_the_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected


def test_a_group_ends_a_title_not_a_name() -> None:
    text = HELD + "Chairman of the Canada-Azerbaijan Friendship Group Barry Devolin attended the reception."
    assert people(text) == [("Barry Devolin", "Chairman of the Canada-Azerbaijan Friendship Group")]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Member of Parliament and Deputy Chairman of the Friendship Group", "Member of Parliament"),
        ("Governor of Kars and Chairman of the Board", "Governor of Kars"),
        # a rank or occupation first: the office after it
        ("Professor and Rector of BSU", "Rector of BSU"),
        ("Writer and Member of Parliament", "Member of Parliament"),
        # one title with "and" inside
        ("Ambassador Extraordinary and Plenipotentiary of Norway", "Ambassador of Norway"),
        ("Chairman of the State Committee on Family, Women and Children Affairs", None),
    ],
)
def test_two_posts_as_written(written: str, role: str | None) -> None:
    assert canonical_role(written) == (role or written)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kamran Safarli, head of the department and deputy dean Lale Orucova laid flowers.",
            [("Kamran Safarli", "Head of Department"), ("Lale Orucova", "Deputy Dean")],
        ),
        (
            "Deputy Head of Mission Tural Aliyev and Defence Attaché Colonel Rauf Agayev laid flowers.",
            [("Tural Aliyev", "Deputy Head of Mission"), ("Rauf Agayev", "Defence Attaché")],
        ),
    ],
)
def test_a_post_after_a_name_or_its_comma_is_the_next_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(HELD + text) == expected
