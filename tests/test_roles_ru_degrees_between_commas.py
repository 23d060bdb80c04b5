"""A Russian post before a chain of degrees and honours written between commas, then the name: the post is the role,
not lost behind them ("директор музея, кандидат искусствоведения, заслуженный деятель культуры X": the Director of
the Museum; "под руководством дирижера, заслуженного артиста Азербайджана Y": the Conductor). The degrees and honours
are `[attendees] degree_phrases` in ru.toml. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

RU = "В музее прошёл вечер памяти жертв 20 Января.\n"


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(RU + text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Со вступительным словом к собравшимся обратилась директор музея, кандидат искусствоведения, "
            "заслуженный деятель культуры Севиль Гулиева.",
            "Севиль Гулиева",
            "Director of the Museum",
        ),
        (
            "Затем слово взял директор музея, кандидат исторических наук, заслуженный артист Азербайджана "
            "Тофик Мусаев.",
            "Тофик Мусаев",
            "Director of the Museum",
        ),
        (
            "Открыл вечер директор музея, доктор филологических наук, народный артист Азербайджана Тофик Мусаев.",
            "Тофик Мусаев",
            "Director of the Museum",
        ),
        (
            "Вечер вела директор музея, заслуженная артистка Азербайджана Севиль Гулиева.",
            "Севиль Гулиева",
            "Director of the Museum",
        ),
    ],
)
def test_the_post_before_degrees_and_honours_is_the_role(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role


@pytest.mark.parametrize(
    "text",
    [
        "Траурные мелодии прозвучали под руководством дирижера, заслуженного артиста Азербайджана Рауфа Нагиева.",
        "Реквием исполнил оркестр под руководством дирижера, народного артиста Азербайджанской Республики "
        "Рауфа Нагиева.",
    ],
)
def test_an_occupation_before_an_honour_in_the_genitive(text: str) -> None:
    assert roles(text).get("Рауфа Нагиева") == "Conductor"
