"""Azerbaijani: a name surely in the dative by its surname's ending ("Əliyevə", "Qasımlıya") right before a verb of
saying or thanks, after the subject and its title, is the verb's object (whom the speaker thanked), never a subject
placed at the event; with a list joiner or a comma before it the case may mark the whole list, which is left as it
was. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT = "Rayonda 20 Yanvar şəhidlərinin ailələri ilə görüş keçirilib.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cəmiyyətin sədri Tofiq Rəsulov Prezident Elmar Quliyevə təşəkkür etdi.", []),
        (
            "Daha sonra cəmiyyətin sədri Tofiq Rəsulov çıxış edərək göstərilən qayğıya görə Prezident Elmar "
            "Quliyevə minnətdarlığını bildirdi.",
            ["Tofiq Rəsulov"],
        ),
        (
            "Şəhid anası Sevda Rəsulova çıxış edərək bu diqqətə görə nazir Elmar Qasımlıya minnətdarlığını bildirib.",
            ["Sevda Rəsulova"],
        ),
    ],
)
def test_the_one_thanked_in_the_dative_is_no_subject(sentence: str, expected: list[str]) -> None:
    assert names(EVENT + sentence) == expected


def test_the_floor_given_in_the_dative_still_places() -> None:
    assert names(EVENT + "Sonra söz səfir Elmar Quliyevə verilib.") == ["Elmar Quliyevə"]


def test_one_with_whom_the_subject_came_is_still_there() -> None:
    """The comitative is no dative: "X-la birlikdə" (together with X) still places X."""
    assert names(EVENT + "Səfir Elmar Quliyevlə birlikdə tələbələr də iştirak etdi.") == ["Elmar Quliyevlə"]
