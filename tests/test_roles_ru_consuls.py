"""A consul's post and city written in Russian: the city the title names wins over a mission the article names
elsewhere; a plain consul is a diplomat's post like a consul general's; the cities of more consulates. The titles and
sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("консул Азербайджана в Екатеринбурге", "Consul of Azerbaijan in Yekaterinburg"),
        ("консула Азербайджана в Казани", "Consul of Azerbaijan in Kazan"),
        ("генеральный консул Азербайджана в Батуми", "Consul General of Azerbaijan in Batumi"),
        ("генконсул Азербайджана в Тебризе", "Consul General of Azerbaijan in Tabriz"),
        ("почетный консул Азербайджана в Одессе", "Honorary Consul of Azerbaijan in Odesa"),
        ("консул", "Consul"),
        # a consulate is no consul (its staff member is its staff, no consul either)
        ("консульства", "Консульства"),
        ("сотрудник консульства", "Consulate Staff Member"),
    ],
)
def test_consuls_with_their_city(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_the_city_of_the_title_wins() -> None:
    text = (
        "Генеральное консульство Азербайджана в Санкт-Петербурге провело вечер памяти жертв 20 Января. На вечере "
        "выступил Генеральный консул Азербайджана в Екатеринбурге Эмиль Гасанов."
    )
    assert roles(text) == {"Эмиль Гасанов": "Consul General of Azerbaijan in Yekaterinburg"}


def test_a_plain_consul_of_the_mission_that_held_it() -> None:
    text = (
        "Генконсульство Азербайджана в Батуми провело траурную церемонию. Консул Ильхам Бабаев рассказал "
        "собравшимся о событиях 20 Января."
    )
    assert roles(text) == {"Ильхам Бабаев": "Consul of Azerbaijan in Batumi"}
