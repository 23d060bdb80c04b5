"""A mission's staff member keeps the mission's country and place where the title names them (issue 16), as the
mission's other posts do ("Attaché of Azerbaijan in Turkey", "Consul General of Azerbaijan in Istanbul"): "Embassy
Staff Member of Azerbaijan in Ukraine", "Consulate Staff Member of Azerbaijan in Istanbul"; written without them, the
post alone ("səfirliyin əməkdaşı X": "Embassy Staff Member"), and a title whose head is another post keeps that post
("Səfirliyin əməkdaşları səfir X-in rəhbərliyi ilə": the Ambassador). The sentences are written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

AZ = "20 Yanvar faciəsinin 36-cı ildönümü ilə bağlı səfirlikdə anım tədbiri keçirilib.\n\n"
TR = "20 Ocak faciasının 36. yıl dönümü dolayısıyla başkonsoloslukta anma töreni düzenlendi.\n\n"
EN = "A commemoration of the 20 January tragedy was held in the city.\n\n"
EMBASSY, CONSULATE = "Embassy Staff Member", "Consulate Staff Member"


def roles(text: str) -> list[str | None]:
    return [a.role for a in extract_attendees(text)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            AZ + "Azərbaycanın Türkiyədəki səfirliyinin əməkdaşı Elnur Həsənli tədbirdə iştirak edib.",
            f"{EMBASSY} of Azerbaijan in Turkey",
        ),
        (
            AZ + "Azərbaycanın Kiyevdəki səfirliyinin əməkdaşı Elnur Həsənli tədbirdə iştirak edib.",
            f"{EMBASSY} of Azerbaijan in Ukraine",
        ),
        (
            AZ + "Azərbaycanın İstanbuldakı baş konsulluğunun əməkdaşı Elnur Həsənli tədbirdə iştirak edib.",
            f"{CONSULATE} of Azerbaijan in Istanbul",
        ),
        (
            TR + "Azerbaycan'ın İstanbul Başkonsolosluğu çalışanı Elnur Hasanlı törene katıldı.",
            f"{CONSULATE} of Azerbaijan in Istanbul",
        ),
        (
            TR + "Azerbaycan'ın Ankara Büyükelçiliği çalışanı Elnur Hasanlı törene katıldı.",
            f"{EMBASSY} of Azerbaijan in Turkey",
        ),
        (TR + "Azerbaycan Büyükelçiliği çalışanı Elnur Hasanlı törene katıldı.", f"{EMBASSY} of Azerbaijan"),
        (
            EN + "Embassy of Azerbaijan in Ukraine staff member Elnur Hasanli attended the event.",
            f"{EMBASSY} of Azerbaijan in Ukraine",
        ),
        (
            EN + "Consulate General of Azerbaijan in Istanbul staff member Elnur Hasanli attended the event.",
            f"{CONSULATE} of Azerbaijan in Istanbul",
        ),
    ],
)
def test_the_mission_named_in_the_title(text: str, role: str) -> None:
    assert roles(text) == [role]


def test_a_list_shares_the_mission() -> None:
    text = (
        AZ + "Azərbaycanın Kiyevdəki səfirliyinin əməkdaşları Elnur Həsənli və Aytən Quliyeva tədbirdə iştirak ediblər."
    )
    assert roles(text) == [f"{EMBASSY} of Azerbaijan in Ukraine"] * 2


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (AZ + "Səfirliyin əməkdaşı Elnur Həsənli tədbirdə iştirak edib.", EMBASSY),
        (AZ + "Baş konsulluğun əməkdaşı Elnur Həsənli tədbirdə iştirak edib.", CONSULATE),
        (TR + "Başkonsolosluk çalışanı Elnur Hasanlı törene katıldı.", CONSULATE),
        (EN + "Embassy staff member Elnur Hasanli attended the event.", EMBASSY),
        (AZ + "Səfirliyin əməkdaşları səfir Elnur Həsənlinin rəhbərliyi ilə abidə önünə əklil qoyublar.", "Ambassador"),
    ],
)
def test_no_mission_named_the_post_alone(text: str, role: str) -> None:
    assert roles(text) == [role]


def test_the_staff_as_a_group_name_nobody() -> None:
    assert roles(AZ + "Azərbaycanın Kiyevdəki səfirliyinin əməkdaşları tədbirdə iştirak ediblər.") == []
