"""Each item of a list of people with titles keeps its own title: a lower-case title after a comma is the next name's
when that name follows it ("A, head of the youth branch B and others spoke"), never an apposition of the name before
run into the next one; the first item after a scene's comma ("At the event, the chairman of the Society A, …") opens
the subject, no apposition of the scene; and a body's part in capitals ("the Youth Branch") is no word of a name."""

from __future__ import annotations

import pytest

from tests._helpers import people

_HELD = "The Azerbaijani community held a commemoration at the embassy. "


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Chairman of the Society ", "head of the youth branch"),
        ("", "head of the youth branch"),
        ("", "the head of the youth branch of the society"),
        ("Chairman of the “Vatan” Society ", "head of the youth branch"),
        ("", "Head of the Youth Branch of the Society"),
    ],
)
@pytest.mark.parametrize("tail", ["and others spoke about the tragedy.", "and others shared their memories."])
def test_the_title_after_a_comma_is_the_next_names(first: str, second: str, tail: str) -> None:
    found = dict(people(_HELD + f"{first}Ali Karimov, {second} Leyla Aliyeva {tail}"))
    assert list(found) == ["Ali Karimov", "Leyla Aliyeva"]
    assert found["Ali Karimov"] is None or "Head" not in found["Ali Karimov"]
    assert found["Leyla Aliyeva"] is not None and found["Leyla Aliyeva"].startswith("Head of the Youth Branch")


@pytest.mark.parametrize(
    "second", ["head of the youth branch Leyla Aliyeva", "Professor Leyla Aliyeva", "member of the board Leyla Aliyeva"]
)
def test_the_first_item_after_a_scene_comma_is_there(second: str) -> None:
    text = _HELD + f"At the event, the chairman of the Society Ali Karimov, {second} and others laid flowers."
    assert [name for name, _ in people(text)] == ["Ali Karimov", "Leyla Aliyeva"]
    assert dict(people(text))["Ali Karimov"] == "Chairman of the Society"


def test_a_body_part_in_capitals_is_no_name_word() -> None:
    text = (
        _HELD + "Chairman of the Society Ali Karimov, Head of the Youth Branch Leyla Aliyeva spoke about the tragedy."
    )
    assert people(text) == [
        ("Ali Karimov", "Chairman of the Society"),
        ("Leyla Aliyeva", "Head of the Youth Branch"),
    ]


def test_an_apposition_that_names_another_is_still_the_title() -> None:
    # (the name after a title's head is the title's: the assistant's, not a second visitor)
    assert people("Hikmet Hajiyev, assistant to President Ilham Aliyev, visited the Alley of Martyrs.") == [
        ("Hikmet Hajiyev", "Assistant to the President")
    ]


def test_an_apposition_after_a_name_is_still_dropped() -> None:
    # (a lower-case apposition between a name and the verb describes that name: one visitor)
    found = people(_HELD + "At the event, Ali Karimov, the chairman of the society, laid flowers.")
    assert found == [("Ali Karimov", "Chairman of the Society")]
