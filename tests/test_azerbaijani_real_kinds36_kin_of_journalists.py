"""Kin of a journalist or a martyr who speak at 20 January commemorations, as Azerbaijani agencies write it in English
and in Azerbaijani (read on agency, school and university pages): "the son of journalist X, Y, spoke" places Y, the
kin, not X, whose title in lower case after the kin's "of" is X's own, as "the daughter of Ambassador X" is; and
"şəhid X Əliyevin oğlu Y" is Y, the son, the particle "oğlu" after a surname in the genitive being no patronymic's.
The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT_EN = "A commemorative event was held at the embassy.\n\n"
EVENT_AZ = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The son of journalist Tofiq Bayramli, Rauf Bayramli, spoke at the event.", ["Rauf Bayramli"]),
        ("The brother of the journalist Tofiq Bayramli, Elnur Bayramli, addressed the guests.", ["Elnur Bayramli"]),
        (
            "The daughter of the late journalist Tofiq Bayramli, Sevinj Bayramli, spoke at the event.",
            ["Sevinj Bayramli"],
        ),
        ("The sister of professor Tofiq Bayramli, Nigar Bayramli, spoke at the event.", ["Nigar Bayramli"]),
        (
            "Ambassador Kamran Aliyev and the son of journalist Tofiq Bayramli laid flowers at the memorial.",
            ["Kamran Aliyev"],
        ),
    ],
)
def test_the_kin_of_a_titled_person_is_there_not_the_person(text: str, expected: list[str]) -> None:
    assert names(EVENT_EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tədbirdə şəhid Əlövsət Nəsirovun oğlu Ramil Nəsirov çıxış edib.", ["Ramil Nəsirov"]),
        ("Tədbirdə 20 Yanvar şəhidi Əlövsət Nəsirovun oğlu Ramil Nəsirov çıxış edib.", ["Ramil Nəsirov"]),
        ("Sonra jurnalist Tofiq Bayramlının qızı Sevinc Bayramlı xatirələrini bölüşüb.", ["Sevinc Bayramlı"]),
        ("Tədbirdə şəhid jurnalist Tofiq Bayramovun qardaşı Elnur Bayramov çıxış edib.", ["Elnur Bayramov"]),
    ],
)
def test_the_kin_after_a_genitive_name_is_there(text: str, expected: list[str]) -> None:
    assert names(EVENT_AZ + text) == expected


def test_a_patronymic_still_joins_the_name() -> None:
    assert names(EVENT_AZ + "Tədbirdə Ramil Əlövsət oğlu Nəsirov çıxış edib.") == ["Ramil Əlövsət oğlu Nəsirov"]
