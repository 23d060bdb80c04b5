"""Azerbaijan's acting consul general, however the title names the post ("Baş konsulluğun rəhbəri vəzifəsini icra
edən", "baş konsulun səlahiyyətlərini icra edən", "исполняющий обязанности генерального консула", "the acting head
of the Consulate General"), in a release that names one consulate general in a city: "Acting Consul General of
Azerbaijan in <City>", as gold's "Acting Consul General of Azerbaijan in Tabriz"."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

AZ_TABRIZ = "Azərbaycanın Təbrizdəki Baş Konsulluğunda 20 Yanvar faciəsinin ildönümünə həsr olunmuş tədbir keçirilib. "
AZ_BATUMI = "Azərbaycanın Batumidəki Baş Konsulluğu 20 Yanvar faciəsinin ildönümü ilə bağlı anım mərasimi təşkil edib. "
RU = "Генеральное консульство Азербайджана в Екатеринбурге провело вечер памяти жертв трагедии 20 Января. "
EN = "The Consulate General of Azerbaijan in Tabriz held an event marking the anniversary of the 20 January tragedy. "


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            AZ_TABRIZ + "Tədbiri Baş konsulluğun rəhbəri vəzifəsini icra edən Elnur Qasımov açıb.",
            "Elnur Qasımov",
            "Acting Consul General of Azerbaijan in Tabriz",
        ),
        (
            AZ_BATUMI + "Baş Konsulluğun rəhbəri vəzifəsini müvəqqəti icra edən Elnur Qasımov faciədən danışıb.",
            "Elnur Qasımov",
            "Acting Consul General of Azerbaijan in Batumi",
        ),
        (
            AZ_TABRIZ + "Tədbirdə Baş konsulluğun rəhbərinin səlahiyyətlərini icra edən Elnur Qasımov çıxış edib.",
            "Elnur Qasımov",
            "Acting Consul General of Azerbaijan in Tabriz",
        ),
        (
            AZ_TABRIZ + "Tədbirdə baş konsulun səlahiyyətlərini icra edən Elnur Qasımov çıxış edib.",
            "Elnur Qasımov",
            "Acting Consul General of Azerbaijan in Tabriz",
        ),
        (
            RU + "Вечер открыл исполняющий обязанности генерального консула Эльнур Гасымов.",
            "Эльнур Гасымов",
            "Acting Consul General of Azerbaijan in Yekaterinburg",
        ),
        (
            EN + "The acting head of the Consulate General, Elnur Gasimov, addressed the guests.",
            "Elnur Gasimov",
            "Acting Consul General of Azerbaijan in Tabriz",
        ),
        (
            EN + "Elnur Gasimov, acting head of the Consulate General, recalled the events of that night.",
            "Elnur Gasimov",
            "Acting Consul General of Azerbaijan in Tabriz",
        ),
    ],
)
def test_acting_consul_general(text: str, name: str, role: str) -> None:
    assert roles(text).get(name) == role
