"""Russian leftovers of issue 16 (ru17): companions that open a sentence whose subject names nobody ("Вместе с
послом X гости возложили цветы") were there; the one who invited the guests ("по приглашению посла Y") is not
said to be; a leader of a group at the event ("под руководством доцента X") was, with the title before the genitive
name. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import people as found

EVENT = "В культурном центре состоялся вечер памяти жертв трагедии 20 Января. "


def people(text: str) -> list[tuple[str, str | None]]:
    return found(EVENT + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вместе с послом Ниязи Бахшалиевым гости возложили цветы к мемориалу.", [("Ниязи Бахшалиевым", "Ambassador")]),
        ("Совместно с консулом Эмилем Рзаевым участники возложили венок.", [("Эмилем Рзаевым", "Consul")]),
        (
            "«Вместе с генконсулом Тураном Гасымовым студенты почтили память шехидов.",
            [("Тураном Гасымовым", "Consul General")],
        ),
        (
            "Студенты под руководством доцента Вугара Алиева возложили цветы к памятнику.",
            [("Вугара Алиева", "Associate Professor")],
        ),
        (
            "Волонтеры под руководством профессора Эльчина Гусейнова посетили Аллею шехидов.",
            [("Эльчина Гусейнова", "Professor")],
        ),
    ],
)
def test_companions_and_leaders_were_there(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name with no title opening the sentence, of that time: no companion at the event
        "Вместе с Гейдаром Алиевым 21 января 1990 года в постпредство пришли сотни людей.",
        "Вместе с великим лидером Гейдаром Алиевым в тот год пришли тысячи людей.",
        # no verb of being there: together with someone, something else was done
        "Вместе с послом Ниязи Бахшалиевым писатель подготовил книгу о трагедии.",
        # the one who invited the guests, not said to be there
        "Гости пришли по приглашению посла Рауфа Мамедова.",
        "На вечер по приглашению академика Тофика Нагиева пришли студенты.",
        "Вечер памяти организован по приглашению посла Рауфа Мамедова.",
        # a war won under a commander's lead
        "Операция прошла под руководством советского генерала Ивана Петрова.",
    ],
)
def test_not_said_to_be_there(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Делегация парламента Грузии во главе с вице-спикером Гией Вольским посетила Аллею шехидов.",
            [("Гией Вольским", "Deputy Speaker of the Parliament of Georgia")],
        ),
        (
            "Цветы возложила делегация Совета Республики Беларуси во главе с вице-спикером Анатолием Исаченко.",
            [("Анатолием Исаченко", "Deputy Speaker of the Parliament of Belarus")],
        ),
        (
            "Делегация Мажилиса Казахстана во главе с вице-спикером Альбертом Рау возложила венок.",
            [("Альбертом Рау", "Deputy Speaker of the Parliament of Kazakhstan")],
        ),
        (
            "Делегация Великого национального собрания Турции во главе с депутатом Ахметом Демиром возложила цветы.",
            [("Ахметом Демиром", "Member of the Parliament of Turkey")],
        ),
        # the delegation's body is the home parliament, or the post names its own: kept
        (
            "Делегация Милли Меджлиса во главе с вице-спикером Али Гусейновым посетила Аллею шехидов.",
            [("Али Гусейновым", "Deputy Speaker of the Milli Majlis")],
        ),
        (
            "Делегация парламента Грузии во главе с вице-спикером Милли Меджлиса Али Гусейновым пришла.",
            [("Али Гусейновым", "Deputy Speaker of the Milli Majlis")],
        ),
        # no delegation of a parliament before the leader: the home one's
        (
            "Студенты во главе с вице-спикером Али Гусейновым посетили Аллею шехидов.",
            [("Али Гусейновым", "Deputy Speaker of the Milli Majlis")],
        ),
        # a post of no parliament is no parliament's
        (
            "Делегация парламента Грузии во главе с послом Зурабом Патаридзе посетила Аллею шехидов.",
            [("Зурабом Патаридзе", "Ambassador")],
        ),
    ],
)
def test_delegation_of_a_parliament_names_its_country(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Посол Ниязи Бахшалиев, в частности, предложил почтить память шехидов минутой молчания.",
            [("Ниязи Бахшалиев", "Ambassador")],
        ),
        (
            "Генконсул Туран Гасымов затем предложил собравшимся почтить память погибших.",
            [("Туран Гасымов", "Consul General")],
        ),
        (
            "Председатель общины Рауф Мамедов сначала объявил минуту молчания.",
            [("Рауф Мамедов", "Chairman of the Community")],
        ),
        ("Почтить память жертв минутой молчания предложила ведущая Айгюн Рзаева.", [("Айгюн Рзаева", "Host")]),
        ("Консул Эмиль Рзаев также призвал гостей помнить о трагедии.", [("Эмиль Рзаев", "Consul")]),
    ],
)
def test_proposing_at_the_event(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # said in a statement or an interview, not at the event
        "Посол Ниязи Бахшалиев в своем заявлении, в частности, предложил почтить память шехидов.",
        "В интервью посол Ниязи Бахшалиев затем предложил почтить память погибших.",
        # a proposal of something else is no act at the event
        "Посол Ниязи Бахшалиев, в частности, предложил создать фонд помощи.",
    ],
)
def test_proposing_elsewhere(text: str) -> None:
    assert people(text) == []
