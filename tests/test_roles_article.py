"""Roles that an article completes: a person's most specific role among their mentions, and a bare diplomatic post
completed by the one mission the article names (invented names and sentences)."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a bare title, then the post in full: the most specific role is kept
        (
            "Ambassador Tomas Berg visited the Alley of Martyrs on 20 January. "
            "The Ambassador of Norway, Tomas Berg, laid a wreath at the Eternal Flame.",
            "Ambassador of Norway",
        ),
        (
            "The Ambassador of Norway, Tomas Berg, visited the Alley of Martyrs on 20 January. "
            "Ambassador Tomas Berg laid a wreath at the Eternal Flame.",
            "Ambassador of Norway",
        ),
        (
            "Consul General Ivan Petrov attended the ceremony. "
            "Consul General of Azerbaijan in Houston Ivan Petrov laid flowers at the monument.",
            "Consul General of Azerbaijan in Houston",
        ),
    ],
)
def test_most_specific_role_in_article(text: str, role: str) -> None:
    assert [m.role for m in extract_attendees(text)] == [role]


def test_other_roles_not_merged_as_specific() -> None:
    # "Minister" and "Ambassador of Norway" share no words: the first role stays
    text = (
        "Minister Tomas Berg visited the Alley of Martyrs on 20 January. "
        "The Ambassador of Norway, Tomas Berg, laid a wreath at the Eternal Flame."
    )
    assert [m.role for m in extract_attendees(text)] == ["Minister"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a bare post completed by the one mission of its kind the article names
        (
            "The Embassy of Azerbaijan in Canada held a commemoration. Ambassador Farid Kerimli laid flowers.",
            "Ambassador of Azerbaijan to Canada",
        ),
        (
            "Посольство Азербайджана в Грузии провело вечер памяти. В мероприятии приняли участие посол Фарид "
            "Керимли и гости.",
            "Ambassador of Azerbaijan to Georgia",
        ),
        (
            "Azərbaycanın Misirdəki səfirliyində anım mərasimi keçirilib. Tədbirdə səfir Fərid Kərimli çıxış edib.",
            "Ambassador of Azerbaijan to Egypt",
        ),
        (
            "Azerbaycan'ın İstanbul Başkonsolosluğu anma töreni düzenledi. Törene Başkonsolos Ferit Kerimli katıldı.",
            "Consul General of Azerbaijan in Istanbul",
        ),
        # the same mission named again less fully: the fullest
        (
            "The Embassy of Azerbaijan in Canada held a commemoration. Ambassador Farid Kerimli laid flowers. "
            "The Embassy of Azerbaijan thanked the guests.",
            "Ambassador of Azerbaijan to Canada",
        ),
        # no mission named, or two of them: the post stays bare
        ("Ambassador Farid Kerimli laid flowers at the Eternal Flame.", "Ambassador"),
        (
            "The Embassy of Azerbaijan in Canada and the Embassy of Azerbaijan in Mexico held commemorations. "
            "Ambassador Farid Kerimli laid flowers.",
            "Ambassador",
        ),
        # another post is not completed by a consulate
        (
            "The Consulate General of Azerbaijan in Houston held an evening. Ambassador Farid Kerimli laid flowers.",
            "Ambassador",
        ),
    ],
)
def test_post_completed_by_mission(text: str, role: str) -> None:
    assert [m.role for m in extract_attendees(text)] == [role]
