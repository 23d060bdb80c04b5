"""Precision review of the 36th session's second round of rules: what they must not misread. A later year after
"sonra" is timed from the figure's event only when the figure's own clause ends before it; a plural staff title
is no one's but the names right after it. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

from ._helpers import people


def figures(text: str) -> list[tuple[str, int]]:
    return [(f.category, f.value) for f in extract_casualties(text)]


# --- a year after "sonra" inside the figure's own clause is the figure's -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "613 kişi Kanlı Ocak'tan sonra 1992'de Hocalı'da katledildi.",
        "Hocalı'da 613 kişi Kanlı Ocak'ın ardından 1992 yılında öldürüldü.",
        "Sumgayıt'ta 32 kişi Kanlı Ocak'tan önce 1988'de öldürüldü.",
    ],
)
def test_another_events_toll_timed_in_its_own_clause_stays_out(text: str) -> None:
    assert figures(text) == []


def test_a_later_toll_after_this_one_stays_out() -> None:
    text = "Kanlı Ocak'ta 147 kişi öldü, 613 kişi ise ondan sonra 1992'de Hocalı'da katledildi."
    assert ("killed", 613) not in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kanlı Ocak'ta 147 kişinin öldüğü faciadan sonra 1992'de Hocalı'da 613 kişi katledildi.",
        "Kanlı Ocak'ta 147 kişinin öldüğü faciadan sonra 1992'de 613 kişi Hocalı'da öldü.",
    ],
)
def test_the_toll_in_a_relative_clause_before_sonra_is_still_this_events(text: str) -> None:
    assert figures(text) == [("killed", 147)]


# --- a group's title in the plural is not the names' after another group --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В акции приняли участие сотрудники посольства и гости Али Гасанов и Вагиф Мамедов.",
        "В акции приняли участие сотрудники посольства и активисты Али Гасанов и Вагиф Мамедов.",
        "В акции приняли участие сотрудники посольства и соотечественники Али Гасанов и Вагиф Мамедов.",
        "В акции приняли участие сотрудники и члены диаспоры Али Гасанов и Вагиф Мамедов.",
        "В акции приняли участие депутаты и гости Али Гасанов и Вагиф Мамедов.",
    ],
)
def test_names_after_a_second_group_are_not_the_first_groups(text: str) -> None:
    assert people(text) == [("Али Гасанов", None), ("Вагиф Мамедов", None)]


@pytest.mark.parametrize(
    "text",
    [
        "В акции приняли участие сотрудники посольства, соотечественники Али Гасанов и Вагиф Мамедов.",
        "В акции приняли участие депутаты, гости Али Гасанов и Вагиф Мамедов.",
        "Tədbirdə deputatlar, qonaqlar Əli Həsənov və Vaqif Məmmədov iştirak ediblər.",
    ],
)
def test_a_plural_title_before_a_comma_is_no_ones_office(text: str) -> None:
    assert all(role is None for _, role in people(text))


def test_the_staff_named_right_after_their_plural_title_keep_it() -> None:
    text = "В акции приняли участие сотрудники посольства Али Гасанов и Вагиф Мамедов."
    assert people(text) == [("Али Гасанов", "Embassy Staff Member"), ("Вагиф Мамедов", "Embassy Staff Member")]


# --- a party chairman's post is the post itself, not an adviser's to it -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Törene MHP Genel Başkan Başdanışmanı Ahmet Kaya katıldı.",
        "Törene AK Parti Genel Başkan Danışmanı Ahmet Kaya katıldı.",
        "Törene CHP Genel Başkan Yardımcısı Danışmanı Ahmet Kaya katıldı.",
    ],
)
def test_an_adviser_to_a_party_chairman_is_not_the_chairman(text: str) -> None:
    role = people(text)[0][1] or ""
    assert "Chairman of the" not in role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Törene MHP Genel Başkanı Ahmet Kaya katıldı.", "Chairman of the Nationalist Movement Party"),
        (
            "Törene AK Parti Genel Başkan Yardımcısı ve Milletvekili Ahmet Kaya katıldı.",
            "Deputy Chairman of the AK Party",
        ),
        ("Törene CHP Genel Başkan Yardımcısı Ayşe Kaya katıldı.", "Deputy Chairman of the Republican People's Party"),
    ],
)
def test_a_party_chairman_and_deputy_keep_the_post(text: str, role: str) -> None:
    assert people(text)[0][1] == role


# --- a courtesy word follows a name and never opens one ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Törende Bey Mahallesi muhtarı Ahmet Kaya konuştu.", [("Ahmet Kaya", None)]),
        ("Törene Hanım Ahmet Kaya katıldı.", [("Ahmet Kaya", None)]),
        ("Törene Fatma Hanım ve Ahmet Bey katıldı.", [("Fatma Hanım", None), ("Ahmet Bey", None)]),
    ],
)
def test_a_courtesy_word_opens_no_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


# --- a remembered namesake inside a run that opens the sentence ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудники Центра Гейдара Алиева Али Гасанов и Лейла Алиева выступили на вечере.",
        "Сотрудники Фонда Гейдара Алиева Али Гасанов и Лейла Алиева выступили на вечере.",
    ],
)
def test_the_namesake_is_no_part_of_the_first_name(text: str) -> None:
    assert [name for name, _ in people(text)] == ["Али Гасанов", "Лейла Алиева"]
