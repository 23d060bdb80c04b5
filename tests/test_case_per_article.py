"""A Russian name the words before it put in the genitive is shown in the nominative in that article only: the same
letters in another article may be a name in the nominative ("Ивана Петрова" is a Bulgarian woman's name, "Фарида
Гулиева" an Azerbaijani woman's), and stay as written there. Names and sentences are invented for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from jan20.extract._case import certain_nominatives
from jan20.extract.people import canonical_spellings

EVENT = "В посольстве Азербайджана прошел вечер памяти, посвященный годовщине трагедии 20 Января. "


@pytest.mark.parametrize(
    ("written", "nominative", "woman"),
    [
        ("Ивана Петрова", "Иван Петров", "Выступила журналист Ивана Петрова."),
        ("Фарида Гулиева", "Фарид Гулиев", "Выступила певица Фарида Гулиева, исполнившая песню о той ночи."),
    ],
)
def test_a_genitive_in_one_article_renames_no_one_in_another(
    write_corpus: Callable[[dict[str, str | bytes]], Path],
    run: Callable[..., CompletedProcess[str]],
    written: str,
    nominative: str,
    woman: str,
) -> None:
    corpus = write_corpus(
        {
            "prague.txt": f"Вечер в Праге\n\n20 января 2024\n\n{EVENT}Вечер прошел с участием посла {written}.\n",
            "sofia.txt": f"Вечер в Софии\n\n21 января 2024\n\n{EVENT}{woman}\n",
        }
    )
    result = run("attendees", "--corpus", str(corpus), "-f", "json")
    rows = {(row["article"], row["mention"]): row["name"] for row in json.loads(result.stdout)}
    assert rows == {("prague", written): nominative, ("sofia", written): written}


def test_the_case_map_is_keyed_by_article() -> None:
    before = {"a": "Вечер прошел с участием посла ", "b": "На вечере выступила "}
    rows = [("Ивана Петрова", "посла", 30, "a"), ("Ивана Петрова", None, 20, "b"), ("Ивана Петрова", None, 90, "a")]
    known = certain_nominatives(rows, lambda article, start, length: before[article])
    assert known == {("a", "Ивана Петрова"): "Иван Петров"}
    forms = [known.get((article, mention)) for mention, _, _, article in rows]
    # every mention of the article the genitive is certain in, and none of the other's
    assert canonical_spellings([r[0] for r in rows], forms) == ["Иван Петров", "Ивана Петрова", "Иван Петров"]
