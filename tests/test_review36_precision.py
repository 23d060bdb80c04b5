"""Precision review of the 36th session's rules: what they must not misread. Every listed word is also read without
accents (`jan20.lang.spellings`), so an unaccented spelling that is a common name ("Reis", "Seher", "Önder" typed
"Onder", "Turk") must not turn a person's name into a title or a plain word; and a capitalised "Hakim" before a
surname of a surname's ending is a man named Hakim, not the Judge. The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

# --- unaccented list words that are names too ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Reis attended the ceremony.", [("Maria Reis", None)]),
        ("Ambassador Maria Reis laid a wreath at the Alley of Martyrs.", [("Maria Reis", "Ambassador")]),
        ("The ceremony was attended by Carlos Reis and Anna Turk.", [("Carlos Reis", None), ("Anna Turk", None)]),
        ("Seher Yılmaz törene katıldı.", [("Seher Yılmaz", None)]),
        ("Törene Seher Yılmaz ve Ali Kaya katıldı.", [("Seher Yılmaz", None), ("Ali Kaya", None)]),
        ("Tədbirdə Seher Aliyeva çıxış edib.", [("Seher Aliyeva", None)]),
        ("Törene Onder Aksakal katildi.", [("Onder Aksakal", None)]),
        (
            "Tədbirdə Onder Mammadov və Elnur Aliyev iştirak ediblər.",
            [("Onder Mammadov", None), ("Elnur Aliyev", None)],
        ),
        ("Hasan Turk ve Ali Basin törene katildi.", [("Hasan Turk", None), ("Ali Basin", None)]),
        ("Tədbirdə Qazi Məmmədov çıxış edib.", [("Qazi Məmmədov", None)]),
    ],
)
def test_an_unaccented_list_word_that_is_a_name_stays_a_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


# --- "Hakim" the given name before a Turkish surname -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törende Hakim Karaoğlu ve Selim Kara birer konuşma yaptı.", [("Hakim Karaoğlu", None), ("Selim Kara", None)]),
        ("Törende Hakim Beyoğlu konuştu.", [("Hakim Beyoğlu", None)]),
        ("Törene Hakim Yazicioglu katildi.", [("Hakim Yazicioglu", None)]),
    ],
)
def test_hakim_before_a_turkish_surname_is_a_given_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törene hakim Ayşe Yılmaz katıldı.", [("Ayşe Yılmaz", "Judge")]),
        ("Törene Hâkim Ayşe Karaoğlu katıldı.", [("Ayşe Karaoğlu", "Judge")]),
    ],
)
def test_the_judge_is_still_read(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


# --- Russian kin of the dead: the dead one's name in the genitive is not the kin's -----------------------------

RU_EVENT = "В посольстве прошел вечер памяти жертв 20 Января. "


@pytest.mark.parametrize(
    "text",
    [
        "Отец шехида Фикрета Гасанова выступил на мероприятии.",
        "Брат шехида Ильгара Мамедова возложил цветы.",
        "Сын погибшего в 1990 году Эльмара Гусейнова выступил с речью.",
        "Мать погибшей Айгюн Керимовой возложила цветы.",
    ],
)
def test_the_dead_named_after_a_kin_word_is_not_there(text: str) -> None:
    assert people(RU_EVENT + text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Отец шехида Рауф Гасанов выступил на мероприятии.", "Рауф Гасанов"),
        ("Мать шехида Сабина Керимова возложила цветы.", "Сабина Керимова"),
        ("Брат шехида Фикрета Гасанова Рауф Гасанов возложил цветы.", "Рауф Гасанов"),
    ],
)
def test_the_kin_named_is_there(text: str, name: str) -> None:
    assert [mention for mention, _ in people(RU_EVENT + text)] == [name]


# --- Russian: another anniversary marked at a mission is no event of the day -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В посольстве отметили годовщину Ходжалинского геноцида. Посол Полад Рзаев выступил перед гостями.",
        "В посольстве Азербайджана отметили годовщину независимости. Посол Полад Рзаев выступил перед гостями.",
        "В школе отметили годовщину со дня рождения Гейдара Алиева. Директор школы Нигяр Алиева выступила.",
    ],
)
def test_another_anniversary_at_a_mission_is_no_event(text: str) -> None:
    assert people(text) == []


def test_the_days_anniversary_at_a_mission_still_is() -> None:
    text = "В посольстве Азербайджана отметили 36-ю годовщину трагедии 20 Января. Посол Полад Рзаев выступил."
    assert [mention for mention, _ in people(text)] == ["Полад Рзаев"]


# --- English: the killed of whom little is known are not missing --------------------------------------------------


def test_the_killed_of_whom_nothing_is_known_stay_killed() -> None:
    from jan20.extract.casualties import extract_casualties

    text = "On 20 January 1990 Soviet troops killed 147 people, of whom nothing is known beyond their names."
    assert {(f.category, f.value) for f in extract_casualties(text)} == {("killed", 147)}


# --- a past post: Azerbaijani "keçmiş"/"sabiq" before any post; "Emekli" in a body's name ----------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sabiq nazir Rauf Quliyev tədbirdə çıxış edib.", "Former Minister"),
        ("Keçmiş nazir Rauf Quliyev tədbirdə çıxış edib.", "Former Minister"),
        ("Tədbirdə keçmiş deputat Rauf Quliyev çıxış edib.", "Former Member of Parliament"),
        ("Tədbirdə sabiq səfir Rauf Quliyev çıxış edib.", "Former Ambassador"),
        (
            "Emekli Subaylar Derneği Başkanı Ahmet Kaya da törene katıldı.",
            "Chairman of the Emekli Subaylar Association",
        ),
        (
            "Törene Emekli Öğretmenler Derneği Başkanı Ahmet Kaya katıldı.",
            "Chairman of the Emekli Öğretmenler Association",
        ),
        ("Emekli Büyükelçi Ahmet Kaya anma törenine katıldı.", "Former Ambassador"),
    ],
)
def test_a_past_post_and_a_bodys_word(text: str, role: str) -> None:
    assert [r for _, r in people(text)] == [role]
