"""Russian reports of commemorations read in December 2026 (rru40): the authors of works read or played, named in
the genitive right after the work ("прочитал стихи A и B", "поэма C «…»", "произведения — D «…»"), were not there; a
reader named with a title after the work was. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import people as found

EVENT = "В посольстве прошел вечер памяти жертв трагедии 20 Января. "


def people(text: str) -> list[tuple[str, str | None]]:
    return found(EVENT + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Председатель общины Ильгар Гасанов рассказал о погибших. Он прочитал стихи Лейлы Бегим и Михаила "
            "Сальмана.",
            [("Ильгар Гасанов", "Chairman of the Community")],
        ),
        ("Студент Орхан Алиев прочитал стихи поэта Бахтияра Вагабзаде и Наби Хазри.", [("Орхан Алиев", "Student")]),
        (
            "В исполнении оркестра под управлением дирижера, профессора Рауфа Абдуллаева прозвучали произведения — "
            "Гара Гараева «Траурная ода», поэма Солтана Гаджибекова «Караван».",
            [("Рауфа Абдуллаева", "Professor")],
        ),
        (
            "Посол Эльхан Полухов открыл вечер. Затем прозвучали стихотворения Мамеда Араза и Расула Рзы.",
            [("Эльхан Полухов", "Ambassador")],
        ),
        # the reader, with a title between the work and the name, was there
        ("Затем стихи прочитала студентка Айгюн Мамедова.", [("Айгюн Мамедова", "Student")]),
        ("Прочитала стихи студентка Лала Керимова.", [("Лала Керимова", "Student")]),
    ],
)
def test_authors_of_works_not_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name of several words in quotation marks right after the head, in the genitive
        (
            "На вечере выступила глава «Еврейских женщин Азербайджана» Лариса Рейхрудель.",
            [("Лариса Рейхрудель", "Head of the Jewish Women of Azerbaijan")],
        ),
        (
            'Слово взяла глава "Еврейских женщин Азербайджана" Лариса Рейхрудель, затем посол Эльхан Полухов.',
            [("Лариса Рейхрудель", "Head of the Jewish Women of Azerbaijan"), ("Эльхан Полухов", "Ambassador")],
        ),
        (
            "Выступил председатель «Конгресса азербайджанцев Украины» Ильгар Аббасов.",
            [("Ильгар Аббасов", "Chairman of the Congress of Azerbaijanis of Ukraine")],
        ),
        (
            "Цветы к стенду возложил глава «Азербайджанского конгресса» Расим Гулиев.",
            [("Расим Гулиев", "Head of the Azerbaijani Congress")],
        ),
        # the council in its Ukrainian word, and its co-chairman
        (
            "В мероприятии участвовали председатель Рады азербайджанцев Украины Рустам Мамедов и сопредседатель Рады "
            "азербайджанцев Украины Хикмет Гаджиев.",
            [
                ("Рустам Мамедов", "Chairman of the Council of Azerbaijanis of Ukraine"),
                ("Хикмет Гаджиев", "Co-Chairman of the Council of Azerbaijanis of Ukraine"),
            ],
        ),
    ],
)
def test_quoted_bodies_and_councils(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "written",
    ["председатель Консультационного совета по инвестициям", "консультант посольства", "консультант"],
)
def test_consultant_is_no_consul(written: str) -> None:
    assert "Consul" not in (canonical_role(written) or "")
