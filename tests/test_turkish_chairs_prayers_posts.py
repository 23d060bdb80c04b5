"""Turkish reports of the commemorations, in the ways real pages write them (probes of Turkish news pages): a post
written without its town is only what the text says ("Vali X" in a report from Kars is "Governor", "Kars Valisi X"
is "Governor of Kars"), a ceremony or delegation chaired by a name in the nominative ("Vali Yardımcısı X
başkanlığında") as in the genitive, the prayer said by someone ("Duayı İl Müftüsü X yaptı"), Turkey written "T.C."
before a consul's post, a member of a foreign parliament, and surnames that begin like a body's word ("Gruber" is no
"grubu"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

HELD = "Kars'ta Kara Ocak şehitleri için anma programı düzenlendi.\n\n"


def found(text: str) -> list[tuple[str, str | None]]:
    return [(a.mention, a.role) for a in extract_attendees(text)]


# --- a post without its town ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vali Selim Durmaz törende yaptığı konuşmada o geceyi anlattı.", [("Selim Durmaz", "Governor")]),
        (
            "Programa Vali Selim Durmaz ve Belediye Başkanı Ece Kılınç katıldı.",
            [("Selim Durmaz", "Governor"), ("Ece Kılınç", "Mayor")],
        ),
        ("Törene Vali Yardımcısı Selim Durmaz katıldı.", [("Selim Durmaz", "Deputy Governor")]),
        # the town is the title's own: kept
        ("Programa Kars Valisi Selim Durmaz katıldı.", [("Selim Durmaz", "Governor of Kars")]),
        ("Törene Iğdır Valisi Selim Durmaz katıldı.", [("Selim Durmaz", "Governor of Igdir")]),
        # two posts of one person: the first, never the other's town or post
        ("Programa Vali ve Belediye Başkan Vekili Selim Durmaz katıldı.", [("Selim Durmaz", "Governor")]),
    ],
)
def test_a_bare_post_is_what_the_text_says(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(HELD + text) == expected


# --- chaired by -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tören, Vali Yardımcısı Selim Durmaz başkanlığında gerçekleştirildi.",
        "Tören, Vali Yardımcısı Selim Durmaz'ın başkanlığında yapıldı.",
        "Program Selim Durmaz’ın başkanlığında başladı.",
        "Başkonsolos Selim Durmaz başkanlığındaki heyet anıta çelenk bıraktı.",
    ],
)
def test_a_name_chairing_the_event_is_there(text: str) -> None:
    assert [name for name, _ in found(HELD + text)] == ["Selim Durmaz"]


@pytest.mark.parametrize(
    "text",
    [
        # a body chairs, no person; a Soviet leader chairing a meeting of 1990 is remembered, not there
        "Program, Türkiye Azerbaycan Derneği başkanlığında yapıldı.",
        "Sovyet lideri Mihail Gorbaçov başkanlığında toplanan Politbüro o gece kararı aldı.",
    ],
)
def test_chaired_by_no_person_present(text: str) -> None:
    assert found(HELD + text) == []


# --- the prayer said by someone ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Duayı İl Müftüsü Kemal Arslan yaptı.", "Provincial Mufti"),
        ("Tören sonunda duayı İl Müftüsü Kemal Arslan okudu.", "Provincial Mufti"),
        ("Şehitler için duayı Müftü Yardımcısı Kemal Arslan etti.", "Deputy Mufti"),
        ("Program sonunda şehitler için duaları Merkez Camii İmamı Kemal Arslan yaptı.", "Imam"),
        ("Hatim duasını İmam Kemal Arslan yapmıştır.", "Imam"),
    ],
)
def test_the_one_who_said_the_prayer_is_there(text: str, role: str) -> None:
    assert found(HELD + text) == [("Kemal Arslan", role)]


@pytest.mark.parametrize(
    "text",
    [
        "Duayı İl Müftüsü Kemal Arslan yapacak.",  # a prayer to come
        "Duayı ise yapmadı.",
    ],
)
def test_a_prayer_to_come_places_nobody(text: str) -> None:
    assert found(HELD + text) == []


# --- Turkey as "T.C.", a foreign parliament, surnames like a body's word -------------------------------------------


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("T.C. Berlin Başkonsolosu", "Consul General of Turkey in Berlin"),
        ("TC Berlin Büyükelçisi", "Ambassador of Turkey to Germany"),
        ("Almanya Federal Meclis Üyesi", "Member of the Parliament of Germany"),
        ("Federal Meclis Üyesi", "Member of Parliament"),
    ],
)
def test_titles(written: str, role: str) -> None:
    assert canonical_role(written) == role


def test_surnames_that_begin_like_a_body_word_are_names() -> None:
    text = (
        "Köln'de Kara Ocak anma töreni düzenlendi. Törene Almanya Federal Meclis Üyesi Lena Gruber, Marşal Tekin ve "
        "Dostluk Grubu Başkanı Ali Kaya katıldı. Ardından İstiklal Marşı okundu."
    )
    assert found(text) == [
        ("Lena Gruber", "Member of the Parliament of Germany"),
        ("Marşal Tekin", None),
        ("Ali Kaya", "Chairman of the Friendship Group"),
    ]


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a country in the genitive after a curly apostrophe, as after a straight one
        ("Ukrayna’nın Ankara Büyükelçisi", "Ambassador of Ukraine to Turkey"),
        ("Gürcistan’ın Ankara Büyükelçisi", "Ambassador of Georgia to Turkey"),
        ("Azerbaycan’ın Kars Başkonsolosu", "Consul General of Azerbaijan in Kars"),
        # the Chief Ombudsman, serving or former
        ("Kamu Başdenetçisi", "Ombudsman"),
        ("Eski Kamu Başdenetçisi", "Ombudsman"),
    ],
)
def test_more_titles(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    "text",
    [
        "Ayrıca Vali Selim Durmaz başkanlığında bir toplantı yapılacak.",
        "Vali Selim Durmaz başkanlığında yarın bir anma daha düzenlenecektir.",
    ],
)
def test_chairing_a_meeting_to_come_places_nobody(text: str) -> None:
    assert found(HELD + text) == []
