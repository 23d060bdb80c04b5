"""A foreign envoy named by the sending country alone at an event our mission abroad holds is accredited where that
mission is ("Ambassador of Georgia" at the Embassy of Azerbaijan in Latvia: to Latvia); not when the sentence sets
the envoy at home, or the text names no such mission. The sentences are written for these tests."""

from __future__ import annotations

from jan20.extract.attendees import extract_attendees


def found(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


HELD_IN_LATVIA = (
    "The Embassy of Azerbaijan in Latvia held a commemoration on the anniversary of the 20 January tragedy. "
)
HELD_IN_RIGA_RU = "Посольство Азербайджана в Латвии провело мероприятие к годовщине трагедии 20 Января. "


def test_an_envoy_at_our_embassy_is_accredited_where_it_is() -> None:
    got = found(HELD_IN_LATVIA + "The event was attended by Ambassador of Georgia Nino Beridze and students.")
    assert got["Nino Beridze"] == "Ambassador of Georgia to Latvia"


def test_the_same_in_russian() -> None:
    got = found(HELD_IN_RIGA_RU + "В мероприятии приняли участие посол Турции Мехмет Озтюрк и студенты.")
    assert got["Мехмет Озтюрк"] == "Ambassador of Turkey to Latvia"


def test_an_envoy_set_at_home_or_with_no_mission_keeps_the_sender_alone() -> None:
    at_home = "Ambassador of Georgia Nino Beridze laid flowers at the Alley of Martyrs in Baku."
    assert found(HELD_IN_LATVIA + at_home)["Nino Beridze"] == "Ambassador of Georgia"
    no_mission = (
        "A commemoration of the 20 January tragedy was held. It was attended by Ambassador of Georgia Nino Beridze."
    )
    assert found(no_mission)["Nino Beridze"] == "Ambassador of Georgia"
