"""An embassy counsellor keeps the field they serve ("Büyükelçiliği Eğitim Müşaviri", "səfirliyinin təhsil
məsələləri üzrə müşaviri", "education counsellor": "Education Counsellor of the Embassy of ..."); a Turkish
vice-rector keeps the portfolio written before the post ("Öğrenci İşlerinden Sorumlu Rektör Yardımcısı": "Vice-Rector
for Student Affairs"), never completed with the university the text names (`[roles] portfolio_marks`: "sorumlu"); and
an embassy's staff member listed before someone else is not given the country the next person's title names
("səfirliyin I katibi A və Azərbaycan icmasının sədri B"). Names and sentences are invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

TR = "20 Ocak faciasının yıl dönümünde bir anma programı gerçekleştirildi. "
TR_AT = "Kafkas Üniversitesinde 20 Ocak faciasının yıl dönümünde bir anma programı gerçekleştirildi. "
AZ = "20 Yanvar faciəsinin ildönümünə həsr edilmiş anım gecəsi təşkil olunub. "


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            TR + "Programda Azerbaycan Ankara Büyükelçiliği Eğitim Müşaviri Nail Quliyev bir konuşma yaptı.",
            {"Nail Quliyev": "Education Counsellor of the Embassy of Azerbaijan in Turkey"},
        ),
        (
            TR + "Programa Azerbaycan Ankara Büyükelçiliği Ticaret Müşaviri Nail Quliyev de katıldı.",
            {"Nail Quliyev": "Trade Counsellor of the Embassy of Azerbaijan in Turkey"},
        ),
        (
            TR + "Programda Azerbaycan Ankara Büyükelçiliği Basın Müşaviri Nail Quliyev bir konuşma yaptı.",
            {"Nail Quliyev": "Press Counsellor of the Embassy of Azerbaijan in Turkey"},
        ),
        (
            TR_AT + "Programda Öğrenci İşlerinden Sorumlu Rektör Yardımcısı Doç. Dr. Murat Eren bir konuşma yaptı.",
            {"Murat Eren": "Vice-Rector for Student Affairs"},
        ),
        (
            TR_AT + "Programa Rektör Prof. Dr. Hasan Uçar, Uluslararası İlişkilerden Sorumlu Rektör Yardımcısı "
            "Prof. Dr. Ayten Demirci ve öğrenciler katıldı.",
            {"Hasan Uçar": "Rector of Kafkas University", "Ayten Demirci": "Vice-Rector for International Relations"},
        ),
        (
            AZ + "Gecədə səfirliyin I katibi Kamran Əliyev və Azərbaycan icmasının sədri Elçin Nəsirov çıxış ediblər.",
            {"Kamran Əliyev": "First Secretary of the Embassy", "Elçin Nəsirov": "Chairman"},
        ),
        (
            AZ
            + "Tədbirdə səfirliyin müşaviri Kamran Əliyev və Azərbaycan Evinin rəhbəri Elçin Nəsirov iştirak ediblər.",
            {"Kamran Əliyev": "Counsellor of the Embassy", "Elçin Nəsirov": "Head of the Azerbaijan House"},
        ),
        (
            TR + "Programda Büyükelçilik Müsteşarı Orhan Tekin ve Azerbaycan Derneği Başkanı Kemal Sarı konuştu.",
            {"Orhan Tekin": "Counsellor of the Embassy", "Kemal Sarı": "Chairman of the Azerbaijani Association"},
        ),
        (
            "Azərbaycanın Türkiyədəki səfirliyində anım mərasimi keçirilib. Mərasimdə səfirliyin təhsil məsələləri "
            "üzrə müşaviri Kamal Hüseynov çıxış edib.",
            {"Kamal Hüseynov": "Education Counsellor of the Embassy of Azerbaijan in Turkey"},
        ),
        (
            "A commemoration of the 20 January tragedy was held at the Embassy of Azerbaijan in Ankara. The event "
            "was attended by the embassy's education counsellor Kamal Huseynov.",
            {"Kamal Huseynov": "Education Counsellor of the Embassy of Azerbaijan in Turkey"},
        ),
        # a bare vice-rector is still the university's the text names
        (
            TR_AT + "Programda Rektör Yardımcısı Murat Eren bir konuşma yaptı.",
            {"Murat Eren": "Vice-Rector of Kafkas University"},
        ),
    ],
)
def test_fields_and_portfolios_are_kept(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (
            "Azərbaycanın Türkiyədəki səfirliyinin təhsil məsələləri üzrə müşaviri",
            "Education Counsellor of the Embassy of Azerbaijan in Turkey",
        ),
        (
            "education counsellor of the Embassy of Azerbaijan in Turkey",
            "Education Counsellor of the Embassy of Azerbaijan in Turkey",
        ),
        ("Azerbaycan Ankara Büyükelçiliği Müşaviri", "Counsellor of the Embassy of Azerbaijan in Turkey"),
        ("Azerbaycan Ankara Büyükelçiliği Askeri Ataşesi", "Defence Attaché of Azerbaijan in Turkey"),
        ("Eğitim Öğretimden Sorumlu Rektör Yardımcısı", "Vice-Rector for Academic Affairs"),
        ("Rektör Yardımcısı", "Vice-Rector"),
        # a ministry's counsellor is no embassy's
        ("Milli Eğitim Bakanlığı Eğitim Müşaviri", "Milli Eğitim Bakanlığı Eğitim Müşaviri"),
    ],
)
def test_titles_with_a_field(title: str, role: str) -> None:
    assert canonical_role(title) == role
