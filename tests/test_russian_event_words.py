"""Russian event words beyond "мероприятие" and "церемония": a celebration ("торжество"), an event held
("состоялось событие"), an evening of remembrance, a mourning assembly, a memorial action, a rally-requiem, a memorial
service. A text whose only event word is one of them places its speakers there; the events of 1990 ("события 20
Января") are no event held. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names


@pytest.mark.parametrize(
    "text",
    [
        "В Баку прошло торжество в честь героев. На нем выступил посол Тимур Рзаев.",
        "В доме культуры состоялось торжество памяти шехидов, на торжестве выступил посол Тимур Рзаев.",
        "В Киеве состоялось событие, посвященное памяти жертв 20 Января. На нем выступил посол Тимур Рзаев.",
        "Событие, приуроченное к годовщине трагедии, прошло в библиотеке. Выступил посол Тимур Рзаев.",
        "В культурном центре прошел вечер памяти. Выступил посол Тимур Рзаев.",
        "В посольстве прошло траурное собрание. С речью выступил посол Тимур Рзаев.",
        "У памятника прошла памятная акция. На акции выступил посол Тимур Рзаев.",
        "В сквере прошел митинг-реквием. Выступил посол Тимур Рзаев.",
        "В мечети прошла панихида по шехидам. Выступил посол Тимур Рзаев.",
        "Прошла акция памяти жертв трагедии. Выступил посол Тимур Рзаев.",
    ],
)
def test_one_event_word_places_the_speaker(text: str) -> None:
    assert names(text) == ["Тимур Рзаев"]


@pytest.mark.parametrize(
    "text",
    [
        # the events of 1990 are no event held
        "Посол Тимур Рзаев заявил, что события 20 Января стали трагедией для народа.",
        "События января 1990 года навсегда остались в памяти. Посол Тимур Рзаев выступил с заявлением.",
        "Посол Тимур Рзаев рассказал журналистам о событиях той ночи.",
    ],
)
def test_the_events_of_1990_place_no_one(text: str) -> None:
    assert names(text) == []
