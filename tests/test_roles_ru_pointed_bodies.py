"""A post whose body a pointer names in Russian ("председатель этой организации", "руководитель данной структуры",
"Её председатель X"): the body is the one the sentence before names, when it names exactly one and no person; two
bodies, a person, another kind of body or no sentence before leave the bare post. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Траурный вечер подготовило Общество азербайджанцев Самары. Председатель этой организации Рамиз Гулиев "
            "выступил с речью.",
            [("Рамиз Гулиев", "Chairman of the Society of Azerbaijanis of Samara")],
        ),
        (
            "Вечер памяти прошел в Конгрессе азербайджанцев Украины. Руководитель данной структуры Рамиз Гулиев "
            "рассказал о трагедии.",
            [("Рамиз Гулиев", "Head of the Congress of Azerbaijanis of Ukraine")],
        ),
        (
            "В траурной церемонии приняли участие члены Ассоциации азербайджанцев Казахстана. Её председатель "
            "Рамиз Гулиев "
            "выступил с речью.",
            [("Рамиз Гулиев", "Chairman of the Association of Azerbaijanis of Kazakhstan")],
        ),
        # a possessive that agrees with the body's noun
        (
            "В Центре азербайджанской культуры прошел вечер памяти шехидов. Его руководитель Рамиз Гулиев рассказал о "
            "трагедии.",
            [("Рамиз Гулиев", "Head of the Centre of Azerbaijani Culture")],
        ),
        (
            "Траурный вечер подготовил Центр азербайджанской культуры.\n\nРуководитель этого центра Рамиз Гулиев "
            "выступил с речью.",
            [("Рамиз Гулиев", "Head of the Centre of Azerbaijani Culture")],
        ),
    ],
)
def test_the_body_the_sentence_before_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # two bodies before: which one is not said
        (
            "Траурный вечер подготовили Общество азербайджанцев Самары и Центр азербайджанской культуры. Председатель "
            "этой организации Рамиз Гулиев выступил с речью.",
            "Chairman",
        ),
        # a person before, whom "её" may point to
        (
            "Вечер подготовило Общество азербайджанцев Самары, его открыла Лейла Гулиева. Её председатель Рамиз Гулиев "
            "выступил с речью.",
            "Chairman",
        ),
        # the pointer's own word names another kind of body
        (
            "Траурный вечер подготовило Общество азербайджанцев Самары. Руководитель этого центра Рамиз Гулиев "
            "выступил с речью.",
            "Head",
        ),
        # a possessive that does not agree with the body's noun
        (
            "В Центре азербайджанской культуры прошел вечер памяти шехидов. Её председатель Рамиз Гулиев рассказал о "
            "трагедии.",
            "Chairman",
        ),
        # no sentence before
        ("На траурном вечере выступил председатель этой организации Рамиз Гулиев.", "Chairman"),
    ],
)
def test_the_bare_post_when_the_body_is_not_plain(text: str, role: str) -> None:
    assert people(text) == [("Рамиз Гулиев", role)]
