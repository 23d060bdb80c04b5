"""Russian titles written with a contracted word ("замминистра", "замглавы", "зампред", "глава МИД")
and the diplomats' posts of a mission ("вице-консул", "советник-посланник", "временный поверенный") come out in
English; a consul general written with a city and no sending country is completed by the one consulate the article
names in that city. The titles and sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("замминистра культуры", "Deputy Minister of Culture"),
        ("Замминистра обороны", "Deputy Minister of Defence"),
        ("замминистра иностранных дел Грузии", "Deputy Minister of Foreign Affairs of Georgia"),
        ("замглавы МИД Турции", "Deputy Minister of Foreign Affairs of Turkey"),
        ("глава МИД Грузии", "Minister of Foreign Affairs of Georgia"),
        ("главы МИД Казахстана", "Minister of Foreign Affairs of Kazakhstan"),
        ("руководитель МИД", "Minister of Foreign Affairs"),
        ("замглавы исполнительной власти", "Deputy Head of the Executive Power"),
        ("замглавы Администрации Президента", "Deputy Head of the Presidential Administration"),
        ("зампред Милли Меджлиса", "Deputy Speaker of the Milli Majlis"),
        ("зампред правления", "Deputy Chairman of the Board"),
        ("зампредседателя правления", "Deputy Chairman of the Board"),
        ("генконсул", "Consul General"),
        ("вице-консул", "Vice Consul"),
        ("вице-консул Азербайджана в Тебризе", "Vice Consul of Azerbaijan in Tabriz"),
        ("советник-посланник", "Minister-Counsellor"),
        ("временный поверенный", "Chargé d'Affaires"),
        ("временного поверенного в делах Азербайджана в Литве", "Chargé d'Affaires of Azerbaijan in Lithuania"),
        # a consul is still a consul, a counsellor of the embassy still one
        ("консул", "Consul"),
        ("советник посольства", "Counsellor of the Embassy"),
        # English names the same posts
        ("Vice Consul", "Vice Consul"),
        ("Minister-Counsellor", "Minister-Counsellor"),
        # a word that only starts like a contraction stays as written
        ("замок", "Замок"),
    ],
)
def test_contracted_titles(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Генконсульство Азербайджана в Казани устроило вечер памяти шехидов. Выступил генконсул в Казани "
            "Тахир Алиев.",
            {"Тахир Алиев": "Consul General of Azerbaijan in Kazan"},
        ),
        (
            "Генеральное консульство Азербайджана в Тебризе провело траурную церемонию. Выступил вице-консул "
            "Тахир Алиев.",
            {"Тахир Алиев": "Vice Consul of Azerbaijan in Tabriz"},
        ),
        (
            "Посольство Азербайджана в Литве провело траурную церемонию. С речью выступил советник-посланник "
            "Тахир Алиев.",
            {"Тахир Алиев": "Minister-Counsellor of Azerbaijan in Lithuania"},
        ),
        # a consul general of another city than the consulate's keeps his city, with no country guessed
        (
            "Генконсульство Азербайджана в Казани устроило вечер памяти шехидов. Выступил генконсул в "
            "Екатеринбурге Тахир Алиев.",
            {"Тахир Алиев": "Consul General in Yekaterinburg"},
        ),
        # no consulate named: the post and its city as written
        (
            "В Казани прошла траурная церемония. Выступил генконсул в Казани Тахир Алиев.",
            {"Тахир Алиев": "Consul General in Kazan"},
        ),
        (
            "В Тбилиси прошла траурная церемония. В ней участвовал замминистра иностранных дел Грузии "
            "Гела Кварацхелия.",
            {"Гела Кварацхелия": "Deputy Minister of Foreign Affairs of Georgia"},
        ),
    ],
)
def test_contracted_posts_in_reports(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected
