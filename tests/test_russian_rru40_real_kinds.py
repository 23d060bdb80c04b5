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
            [("Рауфа Абдуллаева", "Conductor")],  # (the post; "под управлением" no word of it: rru41)
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


def test_mixed_case_abbreviation_is_no_name() -> None:
    """A body's abbreviation in mixed case before a name ("отделения АзИз X") is no part of the person's name."""
    assert people("Руководитель иерусалимского отделения АзИз Александр Аграновский прочитал стихи.") == [
        ("Александр Аграновский", "Head")
    ]
    assert people("Выступила член правления АзИз Виктория Долинская.") == [
        ("Виктория Долинская", "Member of the Board")
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Трагическим событиям 1990 года было посвящено траурное заседание правления общества.",
        "Памяти жертв Черного января был посвящен вечер в Доме дружбы.",
        "Годовщине трагедии посвящено собрание общины.",
    ],
)
def test_event_told_by_what_it_was_devoted_to(opening: str) -> None:
    """An event told by what it was devoted to is held: the speaker of the next paragraph was there."""
    text = opening + "\n\nДиректор центра Егяна Сальман рассказала о невинных людях."
    assert found(text) == [("Егяна Сальман", "Director of the Centre")]


def test_event_still_to_come_places_nobody() -> None:
    text = "Памяти жертв будет посвящено траурное заседание.\n\nДиректор центра Егяна Сальман рассказала о людях."
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Говоря о событиях в истории современного Азербайджана директор центра Егяна Сальман рассказала о людях.",
        "Вспоминая о трагедии Азербайджана директор центра Егяна Сальман рассказала о людях.",
    ],
)
def test_noun_in_genitive_before_head_is_no_title(text: str) -> None:
    """A noun in the genitive before a post's head in the nominative ends the title: the body follows the head."""
    assert people(text) == [("Егяна Сальман", "Director of the Centre")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Выступил руководитель Администрации Президента Самир Нуриев.",
            ("Самир Нуриев", "Head of the Presidential Administration"),
        ),
        ("Цветы возложила первая леди Мехрибан Алиева.", ("Мехрибан Алиева", "First Lady")),
        (
            "Выступил Чрезвычайный и Полномочный Посол Азербайджана Эльхан Полухов.",
            ("Эльхан Полухов", "Ambassador of Azerbaijan"),
        ),
    ],
)
def test_titles_kept_whole(text: str, expected: tuple[str, str]) -> None:
    assert people(text) == [expected]


REPORT = "20 января в посольстве прошел вечер памяти жертв трагедии 20 Января. Выступил посол Эльхан Полухов. "


@pytest.mark.parametrize(
    "sentence",
    [
        "3 декабря министр иностранных дел Сергей Лавров посетил Шехидляр хиябаны и возложил цветы к мемориалу.",
        "27 сентября посол Анар Гусейнов возложил цветы к могилам шехидов.",
        "20 ноября президент Александр Лукашенко почтил память погибших и возложил венок.",
    ],
)
def test_day_of_another_month_is_another_time(sentence: str) -> None:
    """A sentence opening with a day of another month than January's, with no year, tells another event."""
    assert found(REPORT + sentence) == [("Эльхан Полухов", "Ambassador")]


@pytest.mark.parametrize(
    "text",
    [
        REPORT + "19 января посол Анар Гусейнов возложил цветы к могилам шехидов.",
        "2 февраля в Лондоне прошел вечер памяти жертв 20 Января, на котором выступил посол Анар Гусейнов.",
        "Вечер памяти жертв 20 Января прошел 2 февраля 2024 года в Лондоне.\n\n2 февраля посол Анар Гусейнов возложил "
        "цветы к стенду.",
    ],
)
def test_day_of_the_event_month_or_the_report_is_its_own(text: str) -> None:
    assert ("Анар Гусейнов", "Ambassador") in found(text)
