"""A group's visit to a memorial reports the event held, as "прошла церемония" does: who speaks after it was there
("Представители общины посетили Аллею шехидов и возложили цветы. Председатель общины X отметил, что …"), in the
same paragraph in Russian, Azerbaijani and Turkish, whose reports run the event and its speeches together, and in
the paragraph after it in every language. A representative of a body is the body's ("Представитель татарской
диаспоры в Азербайджане": "Representative of the Tatar Diaspora in Azerbaijan"). Not placed: someone remembered, the
sender of a message, a speaker after one person's visit in English. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people

TITLE = "Память шехидов\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TITLE + "Представители польской общины посетили Аллею шехидов и возложили цветы. Председатель польской "
            "общины Ян Ковальский отметил, что они ежегодно вспоминают павших.",
            [("Ян Ковальский", "Chairman of the Polish Community")],
        ),
        (
            TITLE + "Члены общины побывали у мемориала жертвам 20 Января.\n\nПредставитель татарской диаспоры в "
            "Азербайджане Эмин Рамазанов подчеркнул, что память жива.",
            [("Эмин Рамазанов", "Representative of the Tatar Diaspora in Azerbaijan")],
        ),
        (
            TITLE + "Студенты университета возложили гвоздики к памятнику шехидам. Ректор Олег Белов напомнил о "
            "событиях той ночи.",
            [("Олег Белов", "Rector")],
        ),
        (
            "Community honours the martyrs\n\nMembers of the Polish community visited the Alley of Martyrs and laid "
            "flowers.\n\nChairman of the community Jan Kowalski noted that the day is not forgotten.",
            [("Jan Kowalski", "Chairman of the Community")],
        ),
        (
            "İcma şəhidləri andı\n\nİcma üzvləri Şəhidlər xiyabanını ziyarət edib, gül dəstələri qoyublar. İcmanın "
            "sədri Ramiz Əliyev qeyd edib ki, faciə unudulmayıb.",
            [("Ramiz Əliyev", "Chairman")],
        ),
        (
            "Dernek şehitleri andı\n\nDernek üyeleri Şehitler Hıyabanı'nı ziyaret ederek çiçek bıraktı. Dernek Başkanı "
            "Selim Uçar, trajedinin unutulmadığını belirtti.",
            [("Selim Uçar", "Chairman")],
        ),
    ],
)
def test_speaker_after_a_group_visit(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a speaker in a text that reports no visit nor event
        TITLE + "Председатель общины Ян Ковальский отметил, что они ежегодно вспоминают павших.",
        # a message sent from afar after the visit
        TITLE + "Представители общины посетили Аллею шехидов. В своем обращении председатель общины Ян Ковальский "
        "отметил, что память жива.",
        # a visit by one person in English tells of no group's event
        "A visit\n\nThe minister visited the Alley of Martyrs.\n\nChairman of the community Jan Kowalski noted "
        "that the day is not forgotten.",
        # a group's visit to a place that is no memorial
        TITLE + "Представители общины посетили выставку в музее. Председатель общины Ян Ковальский отметил, что "
        "память жива.",
    ],
)
def test_no_one_placed(text: str) -> None:
    assert people(text) == []


def test_a_remembered_leader_is_not_placed() -> None:
    text = (
        TITLE + "Представители общины посетили Аллею шехидов. Председатель общины Ян Ковальский отметил, что "
        "общенациональный лидер Гейдар Алиев выступил 21 января 1990 года в Москве."
    )
    assert people(text) == [("Ян Ковальский", "Chairman of the Community")]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Представитель диаспоры в Азербайджане", "Representative of the Diaspora in Azerbaijan"),
        ("Председатель общины в Москве", "Chairman of the Community in Moscow"),
        ("председатель русской общины Азербайджана", "Chairman of the Russian Community of Azerbaijan"),
        ("Представительница украинской общины", "Representative of the Ukrainian Community"),
        ("Председатель общины поляков Азербайджана", "Chairman of the Community of Poles of Azerbaijan"),
        (
            "представитель общины украинцев в Азербайджане",
            "Representative of the Community of Ukrainians in Azerbaijan",
        ),
    ],
)
def test_a_representative_of_a_body(written: str, role: str) -> None:
    assert canonical_role(written) == role
