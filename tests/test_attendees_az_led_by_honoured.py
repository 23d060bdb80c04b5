""" "X başda olmaqla" (a group led by X) where X's honorary title and name run to four capitalised words or more
("Xalq Artisti A B oğlu C"): the leader is placed, the name read whole with its patronymic and the title as the role
("People's Artist", "Honoured Artist"); a father's name that is also a word of 1918's story ("Paşa oğlu") is a
given name before the particle. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

VISIT = "Şəhidlər xiyabanını ziyarət edərək 20 Yanvar şəhidlərinin xatirəsini ehtiramla anıblar."


@pytest.mark.parametrize(
    ("lead", "mention", "role"),
    [
        (
            "Xalq Artisti Rövşən Tofiq oğlu Səfərli başda olmaqla teatrın kollektivi",
            "Rövşən Tofiq oğlu Səfərli",
            "People's Artist",
        ),
        (
            "Xalq artisti Rövşən Tofiq oğlu Səfərli başda olmaqla filarmoniyanın əməkdaşları",
            "Rövşən Tofiq oğlu Səfərli",
            "People's Artist",
        ),
        (
            "Əməkdar Artist Gülnarə Əli qızı Tağıyeva başda olmaqla teatrın aktyorları",
            "Gülnarə Əli qızı Tağıyeva",
            "Honoured Artist",
        ),
        ("Bu gün Xalq Artisti Rövşən Səfərli başda olmaqla teatrın kollektivi", "Rövşən Səfərli", "People's Artist"),
        (
            "Teatrın kollektivi Xalq Artisti Rövşən Tofiq oğlu Səfərli başda olmaqla",
            "Rövşən Tofiq oğlu Səfərli",
            "People's Artist",
        ),
        (
            "Xalq artisti Rövşən Paşa oğlu Səfərli başda olmaqla teatrın kollektivi",
            "Rövşən Paşa oğlu Səfərli",
            "People's Artist",
        ),
    ],
)
def test_the_leader_with_an_honorary_title(lead: str, mention: str, role: str) -> None:
    assert [(a.mention, a.role) for a in extract_attendees(f"{lead} {VISIT}")] == [(mention, role)]


def test_a_pasha_of_1918_is_still_remembered() -> None:
    assert (
        extract_attendees("Tədbirdə Nuru Paşa başda olmaqla Qafqaz İslam Ordusu xatırlanıb. Nuru Paşa Bakıya gəlib.")
        == []
    )
