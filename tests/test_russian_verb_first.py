"""Russian sentences whose verb of speech comes first ("Выступила X.", "Выступили A и B."): the capitalised verb is
no word of a name or of a title, and every speaker after it is found. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

_EVENT = "В Киеве прошел вечер памяти жертв 20 Января. "


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(_EVENT + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выступила Севиль Мамедова.", [("Севиль Мамедова", None)]),
        ("Выступил Рамиз Кулиев.", [("Рамиз Кулиев", None)]),
        ("Выступили Рамиз Кулиев и Севиль Мамедова.", [("Рамиз Кулиев", None), ("Севиль Мамедова", None)]),
        ("Затем выступили Рамиз Кулиев и Севиль Мамедова.", [("Рамиз Кулиев", None), ("Севиль Мамедова", None)]),
        ("Выступил посол Азербайджана Рамиз Кулиев.", [("Рамиз Кулиев", "Ambassador of Azerbaijan to Ukraine")]),
        ("Выступила посол Азербайджана Севиль Мамедова.", [("Севиль Мамедова", "Ambassador of Azerbaijan to Ukraine")]),
    ],
)
def test_verb_first_finds_the_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_verb_first_is_no_word_of_the_title() -> None:
    roles = [role for _, role in found("Выступили директор школы Рамиз Кулиев и Севиль Мамедова.")]
    assert roles[0] is not None and "Выступили" not in roles[0]


@pytest.mark.parametrize(
    "text",
    [
        "Выступили ученики местной школы.",  # no name
        "Выступила против этого оппозиция.",  # no person
    ],
)
def test_verb_first_without_a_name_finds_nobody(text: str) -> None:
    assert found(text) == []
