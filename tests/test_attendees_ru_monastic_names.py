"""A cleric known by one (monastic) name, with his rank and the see it names, in any case and either order: the one
name is a person, shown in the nominative, his role the see's rank ("Bishop of Baku and Azerbaijan"); the see's
adjectives are no name, nor is the owner of a grave named after its word with a title in the genitive. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract._case import certain_nominatives
from jan20.extract.attendees import extract_attendees
from jan20.extract.people import canonical_spellings

from ._helpers import people

EVENT = "В храме прошла панихида по шехидам 20 Января. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joint participants after "совместно с", "вместе с", "в сопровождении": the instrumental, the genitive
        (
            "Прихожане собора совместно с архиепископом Бакинским и Азербайджанским Александром посетили Аллею "
            "шехидов.",
            [("Александром", "Archbishop of Baku and Azerbaijan")],
        ),
        (
            "Вместе с епископом Бакинским и Азербайджанским Алексием члены общины возложили цветы к могилам.",
            [("Алексием", "Bishop of Baku and Azerbaijan")],
        ),
        (
            "Члены общины в сопровождении епископа Бакинского и Азербайджанского Алексия посетили Аллею шехидов.",
            [("Алексия", "Bishop of Baku and Azerbaijan")],
        ),
        # the rank in apposition after the name, after an honorific of the clergy that is no part of it
        (
            "Высокопреосвященный Александр, архиепископ Бакинский и Азербайджанский, возложил венок к Вечному огню.",
            [("Александр", "Archbishop of Baku and Azerbaijan")],
        ),
        (
            "Цветы к мемориалу возложили прихожане совместно с архиереем Русской православной церкви Алексием, "
            "епископом Бакинским и Азербайджанским.",
            [("Алексием", "Bishop of Baku and Azerbaijan")],
        ),
        # the rank and the see opening the sentence; a see the data cannot name in English: the rank alone
        (
            "Епископ Бакинский и Азербайджанский Алексий выступил на панихиде.",
            [("Алексий", "Bishop of Baku and Azerbaijan")],
        ),
        ("Митрополит Пятигорский и Черкесский Феофилакт посетил Аллею шехидов.", [("Феофилакт", "Metropolitan")]),
        ("В церемонии участвовал архимандрит Алексий и прихожане храма.", [("Алексий", "Archimandrite")]),
    ],
)
def test_a_cleric_of_one_name_is_there(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(EVENT + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Архиепископ Кентерберийский выступил на панихиде.",  # the see, no name
        "Участники церемонии посетили могилу архиепископа Бакинского и Азербайджанского Александра.",  # the grave's
        "Прихожане возложили цветы к могиле епископа Александра.",
        "Панихида прошла по благословению епископа Бакинского и Азербайджанского Алексия.",
    ],
)
def test_no_cleric_is_placed(text: str) -> None:
    assert people(EVENT + text) == []


def test_the_owner_of_a_grave_with_a_title_in_the_genitive_is_not_there() -> None:
    assert people(EVENT + "Участники церемонии посетили могилу посла Ивана Петрова и возложили цветы.") == []


@pytest.mark.parametrize(
    ("mention", "role", "nominative"),
    [
        ("Александром", "архиепископом Бакинским и Азербайджанским", "Александр"),
        ("Алексия", "епископа Бакинского и Азербайджанского", "Алексий"),
        ("Алексием", "епископом Бакинским и Азербайджанским", "Алексий"),
        ("Феофилакта", "митрополита", "Феофилакт"),
    ],
)
def test_the_one_name_is_shown_in_the_nominative(mention: str, role: str, nominative: str) -> None:
    known = certain_nominatives([(mention, role, 0, "a")], lambda _a, _s, _n: "")
    assert known == {("a", mention): nominative}
    assert canonical_spellings([mention, "Алексий"], [known["a", mention], None])[0] == nominative


def test_a_name_after_a_rank_in_the_nominative_stays() -> None:
    assert certain_nominatives([("Алексий", "епископ Бакинский и Азербайджанский", 0, "a")], lambda *_: "") == {}


@pytest.mark.parametrize(
    "text",
    ["# Who Came To Greet The Professors", "Notes From The Dinner With Ambassadors", "Митрополиты"],
)
def test_a_run_of_capitals_that_ends_the_text_with_a_title_is_read_without_error(text: str) -> None:
    """A heading whose capitalised run ends the text with a title's word leaves no name to read a see before."""
    assert extract_attendees(text) == []
