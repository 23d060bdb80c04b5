"""A head or board member of a body whose name Azerbaijani or Turkish writes before the head word keeps the body
(`[roles.body_nouns]`, `[roles.body_english]` of each language): a national-cultural autonomy ("Muxtariyyətinin
sədri": "Chairman of the ... Muxtariyyəti"), a body after a university's abbreviation in the genitive ("ADMİU-nun
Tələbə Elmi-Yaradıcılıq Cəmiyyətinin sədri": the society alone, `owner_endings`) or with full stops ("İ.Ü. ...
Topluluğu Başkanı": kept with the body), a forum's board member ("... Forumu Yönetim Kurulu Üyesi": `[roles]
body_before_posts`), and a university school's director ("Yabancı Diller Yüksekokulu Müdürü": "Director of the School
of Foreign Languages", the university before it left out as a faculty's dean's is). Names and sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

AZ = "20 Yanvar faciəsinin ildönümünə həsr edilmiş anım gecəsi təşkil olunub. "
TR = "20 Ocak faciasının yıl dönümünde bir anma programı gerçekleştirildi. "


def roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AZ + "Gecədə Azərbaycan Milli-Mədəni Muxtariyyətinin sədri Tofiq Qasımov faciə haqqında danışıb.",
            {"Tofiq Qasımov": "Chairman of the Azərbaycan Milli-Mədəni Muxtariyyəti"},
        ),
        (
            AZ + "Sonra Tatarıstandakı Azərbaycan Milli-Mədəni Muxtariyyətinin sədri Tofiq Qasımov çıxış edib.",
            {"Tofiq Qasımov": "Chairman of the Azərbaycan Milli-Mədəni Muxtariyyəti"},
        ),
        (
            AZ + "Tədbiri Rusiyadakı Azərbaycan Muxtariyyətinin rəhbəri Elnur Bağırov açıb.",
            {"Elnur Bağırov": "Head of the Azərbaycan Muxtariyyəti"},
        ),
        (
            AZ + "Gecədə ADMİU-nun Tələbə Elmi-Yaradıcılıq Cəmiyyətinin sədri Aysel Quliyeva şeir söyləyib.",
            {"Aysel Quliyeva": "Chairman of the Tələbə Elmi-Yaradıcılıq Society"},
        ),
        (
            AZ + "Tədbirdə BDU-nun Tələbə Elmi Cəmiyyətinin sədri Aysel Quliyeva və rektor Anar Rzayev çıxış ediblər.",
            {"Aysel Quliyeva": "Chairman of the Student Scientific Society", "Anar Rzayev": "Rector of BSU"},
        ),
        (
            TR + "Programda Alman-Azerbaycan Forumu Yönetim Kurulu Üyesi Canan Arslan bir konuşma yaptı.",
            {"Canan Arslan": "Member of the Board of the German-Azerbaijani Forum"},
        ),
        (
            TR
            + "Programa Almanya'daki Azerbaycan Kültür Forumu Yönetim Kurulu Üyesi Canan Arslan ve öğrenciler katıldı.",
            {"Canan Arslan": "Member of the Board of the Azerbaijani Culture Forum"},
        ),
        (
            TR + "Programda Dokuz Eylül Üniversitesi Yabancı Diller Yüksekokulu Müdürü Prof. Dr. Selim Oral konuştu.",
            {"Selim Oral": "Director of the School of Foreign Languages"},
        ),
        (
            TR + "Programda Yabancı Diller Yüksekokulu Müdürü Selim Oral bir konuşma yaptı.",
            {"Selim Oral": "Director of the School of Foreign Languages"},
        ),
        (
            TR + "Programda İ.Ü. Azerbaycan Kültür ve Dayanışma Topluluğu Başkanı Elvin Aslanlı bir konuşma yaptı.",
            {"Elvin Aslanlı": "Chairman of the İ.Ü. Azerbaycan Kültür ve Dayanışma Topluluğu"},
        ),
    ],
)
def test_the_body_before_the_head_is_kept(text: str, expected: dict[str, str | None]) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Azərbaycan Milli Muxtariyyətinin sədri", "Chairman of the Azərbaycan Milli Muxtariyyəti"),
        (
            "Azerbaycan Kültür Derneği Yönetim Kurulu Üyesi",
            "Member of the Board of the Azerbaijani Culture Association",
        ),
        ("Ege Üniversitesi Yabancı Diller Yüksekokulu Müdürü", "Director of the School of Foreign Languages"),
        ("Ankara Üniversitesi Tarih Fakültesi Dekanı", "Dean of the Faculty of History"),
        # no body named, or one the data cannot name: the post alone, as before
        ("Yönetim Kurulu Üyesi", "Member of the Board"),
        ("Dernek Yönetim Kurulu Üyesi", "Member of the Board"),
        ("Sağlık Yüksekokulu Müdür Yardımcısı", "Deputy Director"),
        ("Ege Üniversitesi Tıp Fakültesi Dekanı", "Dean"),
    ],
)
def test_titles_with_a_body_before_the_head(title: str, role: str) -> None:
    assert canonical_role(title) == role
