"""A post's head that is a surname too (`[names] surname_heads`: "Hekim", "Yazar", "Öğretmen", "Həkim"), written
right after a given name and before no capitalised word, ends that person's name; it is not the title of the next
person ("Vali Ali Hekim ve Büyükelçi X": Governor Ali Hekim, and the Ambassador). Before a name it is still the post
("Hekim X": a Physician). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anma törenine Vali Murat Hekim ve Büyükelçi Rahman Mustafayev katıldı.",
            [("Murat Hekim", "Governor"), ("Rahman Mustafayev", "Ambassador")],
        ),
        (
            "Törene Milletvekili Selin Hekim ile Vali Murat Demir katıldı.",
            [("Selin Hekim", "Member of the Parliament of Turkey"), ("Murat Demir", "Governor")],
        ),
        (
            "Anma törenine Vali Murat Yazar ve Büyükelçi Rahman Mustafayev katıldı.",
            [("Murat Yazar", "Governor"), ("Rahman Mustafayev", "Ambassador")],
        ),
        (
            "Anma törenine Vali Murat Öğretmen ve Büyükelçi Rahman Mustafayev katıldı.",
            [("Murat Öğretmen", "Governor"), ("Rahman Mustafayev", "Ambassador")],
        ),
        (
            # a title word of a unit, "Topçu" (artillery), as a surname
            "Kocaeli'de anma töreni düzenlendi. "
            "Programda konuşan Cumhurbaşkanı Başdanışmanı Kerem Topçu, şehitleri andı.",
            [("Kerem Topçu", "Chief Adviser to the President")],
        ),
        (
            "Anım mərasimində deputat Sevinc Həkim və səfir Rahman Mustafayev iştirak ediblər.",
            [("Sevinc Həkim", "Member of Parliament"), ("Rahman Mustafayev", "Ambassador")],
        ),
    ],
)
def test_a_head_that_is_a_surname_ends_the_name_before_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hekim Selin Demir anıta karanfil bıraktı.", [("Selin Demir", "Physician")]),
        ("Yazar Selin Demir anma törenine katıldı.", [("Selin Demir", "Writer")]),
    ],
)
def test_before_a_name_the_head_is_still_the_post(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
