"""A name its clause of death describes is remembered, not present: a relative clause after its comma ("X, who was
killed in 1992,", "X, который погиб в 1990 году,"), a participle of death before it, with its date and a post between
("погибший в 1990 году поэт X", "1990-cı ildə həlak olmuş X", "1990'da hayatını kaybeden X"), or "the late", "покойный",
"mərhum", "merhum". So is the dead one the sentence speaks for or about before its verb, whose subject follows it ("От
имени погибшего в 1990 году X выступил его брат Y", "О шехиде X рассказал его отец Y"): only Y is there."""

import pytest

from ._helpers import people

_EN = "A memorial evening was held at the embassy. "
_RU = "В посольстве прошел вечер памяти. "
_AZ = "Səfirlikdə anım mərasimi keçirilib. "
_TR = "Büyükelçilikte anma töreni düzenlendi. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _EN + "Journalist Tofig Huseynov, who was killed in 1992, had told about the shootings in his dispatches.",
            [],
        ),
        (_EN + "Poet Ali Karimov, who perished in 1990, and Ambassador Rauf Aliyev were honoured.", []),
        (
            _EN + "Ambassador Rauf Aliyev spoke about Professor Ali Karimov, who died on 20 January 1990.",
            [("Rauf Aliyev", "Ambassador")],
        ),
        (
            _RU + "Журналист Фарид Алиев, который погиб в 1990 году, и посол Рауф Алиев открыли вечер.",
            [("Рауф Алиев", "Ambassador")],
        ),
        (_RU + "На вечере выступил покойный профессор Адиль Керимов.", []),
        (_RU + "Перед гостями выступил погибший в 1990 году поэт Фарид Алиев.", []),
        (
            _RU + "В вечере участвовали посол Рауф Алиев и покойный профессор Адиль Керимов.",
            [("Рауф Алиев", "Ambassador")],
        ),
        (
            _AZ + "Tədbirdə mərhum professor Adil Kərimov haqqında Rauf Əliyev danışıb.",
            [("Rauf Əliyev", None)],
        ),
        (_AZ + "1990-cı ildə həlak olmuş jurnalist Fərid Əliyev haqqında səfir Rauf Əliyev danışıb.", []),
        (
            _TR + "1990'da hayatını kaybeden gazeteci Ferit Aliyev'i Büyükelçi Rauf Aliyev anlattı.",
            [("Rauf Aliyev", "Ambassador")],
        ),
        (
            _TR + "Törende merhum profesör Adil Kerimov'u öğrencisi Rauf Aliyev anlattı.",
            [("Rauf Aliyev", "Student")],
        ),
    ],
)
def test_one_a_clause_of_death_describes_is_remembered(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _RU + "От имени погибшего в 1990 году Фарида Алиева выступил его брат Рауф Алиев.",
            [("Рауф Алиев", None)],
        ),
        (
            _RU + "От имени павшего 20 января 1990 года Эльдара Мамедова выступил его отец Расим Мамедов.",
            [("Расим Мамедов", None)],
        ),
        (_RU + "О шехиде Фариде Алиеве рассказал его отец Рауф Алиев.", [("Рауф Алиев", None)]),
        (_RU + "О погибшем студенте Эльдаре Мамедове рассказала его мать Лейла Мамедова.", [("Лейла Мамедова", None)]),
    ],
)
def test_the_dead_before_the_verb_is_not_its_subject(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected
