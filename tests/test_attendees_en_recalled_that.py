"""English: a speaker who recalls or reminds the audience that someone did something ("Ambassador X recalled that Y had
spoken to the press in Moscow the day after") remembers Y; only the speaker was at the event. Someone the report itself
says was there is still placed. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import people

HELD = "The Embassy of Azerbaijan in Spain held a ceremony for the victims of 20 January.\n"
HASANOV = ("Ramiz Hasanov", "Ambassador of Azerbaijan to Spain")


@pytest.mark.parametrize(
    "text",
    [
        "In his opening speech, Ambassador Ramiz Hasanov recalled that Heydar Aliyev had spoken to journalists in "
        "Moscow the day after.",
        "Ambassador Ramiz Hasanov recalled that Ayaz Karimov had visited the wounded in hospital that night.",
        "Speaking at the event, Ambassador Ramiz Hasanov reminded the audience that Ali Karimli had addressed the "
        "crowd.",
        "Ambassador Ramiz Hasanov, recalling that Ali Karimli had spoken at the funeral, thanked the guests.",
    ],
)
def test_one_a_speaker_recalls_is_not_there(text: str) -> None:
    assert people(HELD + text) == [HASANOV]


def test_one_the_report_places_is_still_there() -> None:
    text = "Ambassador Ramiz Hasanov and Professor Ali Karimli spoke at the event."
    assert people(HELD + text) == [HASANOV, ("Ali Karimli", "Professor")]
