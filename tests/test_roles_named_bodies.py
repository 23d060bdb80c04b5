"""A body named after someone written in English, Azerbaijani or Turkish ("the Heydar Aliyev Foundation",
"Heydər Əliyev Fondu", "Haydar Aliyev Vakfı"), the namesake before the noun: a title before or after a person goes on
over the namesake, who is never present, and the body's head keeps the body in English; a deputy chairman is the
Milli Majlis's only where it is named. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role

EVENTS = {
    "en": "A commemoration of the victims of 20 January was held in Paris. ",
    "az": "Parisdə 20 Yanvar faciəsi qurbanlarının xatirəsi anıldı. ",
    "ru": "В Париже состоялась траурная церемония в память о жертвах 20 Января. ",
}


def roles(lang: str, text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(EVENTS[lang] + text)}


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "en",
            "Speeches were given by the Heydar Aliyev Foundation's representative Sevda Mammadova.",
            "Sevda Mammadova",
            "Representative of the Heydar Aliyev Foundation",
        ),
        (
            "en",
            "The guests included the Heydar Aliyev Center director Rauf Hasanov.",
            "Rauf Hasanov",
            "Director of the Heydar Aliyev Centre",
        ),
        (
            "en",
            "Rauf Hasanov, Vice President of the Heydar Aliyev Foundation, laid flowers.",
            "Rauf Hasanov",
            "Vice President of the Heydar Aliyev Foundation",
        ),
        (
            "az",
            "Heydər Əliyev Fondunun vitse-prezidenti Rauf Həsənov çıxış etdi.",
            "Rauf Həsənov",
            "Vice President of the Heydar Aliyev Foundation",
        ),
        (
            "az",
            "Heydər Əliyev Fondunun Almaniyadakı nümayəndəsi Sevda Məmmədova çıxış etdi.",
            "Sevda Məmmədova",
            "Representative of the Heydar Aliyev Foundation in Germany",
        ),
        (
            "az",
            "Heydər Əliyev adına Sarayın direktoru Rauf Həsənov çıxış etdi.",
            "Rauf Həsənov",
            "Director of the Heydar Aliyev Palace",
        ),
        (
            "ru",
            "С речью выступил вице-президент Фонда Гейдара Алиева Рауф Гасанов.",
            "Рауф Гасанов",
            "Vice President of the Heydar Aliyev Foundation",
        ),
    ],
)
def test_the_head_of_a_named_body_keeps_the_body(lang: str, text: str, name: str, role: str) -> None:
    got = roles(lang, text)
    assert got.get(name) == role
    assert not any("Heyd" in mention or "Гейдар" in mention for mention in got)


@pytest.mark.parametrize(
    ("lang", "text", "present"),
    [
        # the body alone, then someone else: only that person
        (
            "en",
            "Organised by the Heydar Aliyev Foundation, it heard a speech by Ambassador Rauf Hasanov.",
            ["Rauf Hasanov"],
        ),
        # the post alone, no named body: the post as written
        ("en", "Rauf Hasanov, vice president of the Foundation, laid flowers.", ["Rauf Hasanov"]),
    ],
)
def test_the_namesake_is_never_present(lang: str, text: str, present: list[str]) -> None:
    assert list(roles(lang, text)) == present


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Vice President of the Heydar Aliyev Foundation", "Vice President of the Heydar Aliyev Foundation"),
        ("vice-president of the Heydar Aliyev Foundation", "Vice President of the Heydar Aliyev Foundation"),
        ("Heydar Aliyev Foundation's representative", "Representative of the Heydar Aliyev Foundation"),
        ("Heydər Əliyev Fondunun vitse-prezidenti", "Vice President of the Heydar Aliyev Foundation"),
        ("Heydər Əliyev Fondunun nümayəndəsi", "Representative of the Heydar Aliyev Foundation"),
        ("Heydər Əliyev Mərkəzinin direktoru", "Director of the Heydar Aliyev Centre"),
        ("Haydar Aliyev Vakfı temsilcisi", "Representative of the Heydar Aliyev Foundation"),
        ("Haydar Aliyev Vakfı Başkan Yardımcısı", "Deputy Chairman of the Heydar Aliyev Foundation"),
        ("Heydər Əliyev adına Sarayın direktoru", "Director of the Heydar Aliyev Palace"),
        ("вице-президент Фонда Гейдара Алиева", "Vice President of the Heydar Aliyev Foundation"),
        # the post alone stays the post; a named body's head is not the state's
        ("Vice President", "Vice President"),
        ("vitse-prezident", "Vice President"),
        ("Representative", "Representative"),
    ],
)
def test_the_named_body_in_english(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Deputy Chairman", "Deputy Chairman"),
        ("Deputy Chairman of the Milli Majlis", "Deputy Speaker of the Milli Majlis"),
        ("deputy chairman of parliament", "Deputy Speaker of the Milli Majlis"),
        ("Deputy Speaker", "Deputy Speaker of the Milli Majlis"),
        ("Milli Majlis Deputy Chairman", "Deputy Speaker of the Milli Majlis"),
    ],
)
def test_a_deputy_chairman_is_the_parliaments_only_where_named(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # the country of a named body's branch is kept, as its city is
        ("представитель Фонда Гейдара Алиева во Франции", "Representative of the Heydar Aliyev Foundation in France"),
        (
            "Heydar Aliyev Foundation representative in Turkey",
            "Representative of the Heydar Aliyev Foundation in Turkey",
        ),
        ("Haydar Aliyev Vakfı Türkiye temsilcisi", "Representative of the Heydar Aliyev Foundation in Turkey"),
        ("Heydər Əliyev Fondunun Rusiyadakı nümayəndəsi", "Representative of the Heydar Aliyev Foundation in Russia"),
        ("Chairman of the Azerbaijan House in Berlin", "Chairman of the Azerbaijan House in Berlin"),
        # a branch written as an office of the body is its Representative Office
        (
            "Head of the Heydar Aliyev Foundation's Moscow Office",
            "Head of the Representative Office of the Heydar Aliyev Foundation in Moscow",
        ),
        (
            "Heydər Əliyev Fondunun Fransa nümayəndəliyinin rəhbəri",
            "Head of the Representative Office of the Heydar Aliyev Foundation in France",
        ),
        (
            "Haydar Aliyev Vakfı Türkiye temsilciliği müdürü",
            "Director of the Representative Office of the Heydar Aliyev Foundation in Turkey",
        ),
        ("Executive Director of the Heydar Aliyev Foundation", "Executive Director of the Heydar Aliyev Foundation"),
        # the home country is the body's own word, no branch
        ("Chairman of the Azerbaijan House", "Chairman of the Azerbaijan House"),
    ],
)
def test_the_country_of_a_named_bodys_branch(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("Komandir müavini mayor", "Deputy Commander"),  # ("mayor": the rank, Major)
        ("komandir müavini", "Deputy Commander"),
        ("hərbi hissənin komandiri", "Military Unit Commander"),
        ("komandiri", "Commander"),
        ("Bakı şəhərinin meri", "Mayor of Baku"),  # (the post of a town's mayor stays)
        ("Xidmət rəisinin birinci müavini general-mayor", "First Deputy Head"),  # ("general-mayor": Major General)
        ("Akademiyanın rəisi general-mayor", "Head"),
        ("icraçı direktoru", "Executive Director"),
        ("Heydər Əliyev Fondunun icraçı direktoru", "Executive Director of the Heydar Aliyev Foundation"),
    ],
)
def test_azerbaijani_commanders_and_directors(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sonra hərbi hissənin komandiri, polkovnik Elçin Quliyev çıxış etdi.", "Military Unit Commander"),
        ("Sonra hərbi hissənin komandiri polkovnik Elçin Quliyev çıxış etdi.", "Military Unit Commander"),
        ("Sonra komandir müavini mayor Elçin Quliyev çıxış etdi.", "Deputy Commander"),
        ("Sonra Akademiyanın rəisi general-mayor Elçin Quliyev çıxış etdi.", "Head"),
        (
            "Sonra Dəstək Fondunun icraçı direktoru Elçin Quliyev çıxış etdi.",
            "Executive Director of the Dəstək Foundation",
        ),
        ("Sonra universitetin prorektoru, dosent Elçin Quliyev çıxış etdi.", "Vice-Rector"),
    ],
)
def test_an_office_before_a_rank_is_the_role(text: str, role: str) -> None:
    assert roles("az", text) == {"Elçin Quliyev": role}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("az", "Sonra Elçin Quliyev (tarix müəllimi) çıxış etdi.", {"Elçin Quliyev": "Teacher of History"}),
        ("az", "Sonra Elçin Quliyev (məktəbin direktoru) çıxış etdi.", {"Elçin Quliyev": "School Director"}),
        ("ru", "Затем выступил Эльчин Кулиев (директор школы).", {"Эльчин Кулиев": "School Director"}),
        (
            "en",
            "Speeches were given by Elchin Guliyev (Rector of Baku State University) and guests.",
            {"Elchin Guliyev": "Rector of BSU"},
        ),
        # a place, a year or a topic in brackets is no post
        ("en", "Speeches were given by Elchin Guliyev (Baku) and guests.", {"Elchin Guliyev": None}),
        ("az", "Sonra Elçin Quliyev (1990) çıxış etdi.", {"Elçin Quliyev": None}),
    ],
)
def test_a_post_in_brackets_after_a_name(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert roles(lang, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sonra Murad Əliyev şirkətinin direktoru Elçin Quliyev çıxış etdi.",
        "Sonra Azəri Qaz şirkətinin direktoru Elçin Quliyev çıxış etdi.",
    ],
)
def test_a_companys_name_is_no_person(text: str) -> None:
    assert roles("az", text) == {"Elçin Quliyev": "Director"}


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a body kept as written names itself in the nominative after "of the", as it would on its own sign
        ("Köln Azərbaycan Mədəniyyət Mərkəzinin rəhbəri", "Head of the Cologne Azerbaijani Culture Centre"),
        ("Lyon Azərbaycanlıları Birliyinin sədri", "Chairman of the Lyon Azərbaycanlıları Union"),
        ("Vyana Azərbaycan İcmasının sədri", "Chairman of the Vienna Azerbaijani Community"),
        ("Dostluq Xeyriyyə Fondunun rəhbəri", "Head of the Dostluq Xeyriyyə Foundation"),
        # a Turkish body written in its compound form is already what it is called
        ("Köln Azerbaycan Kültür Derneği Başkanı", "Chairman of the Cologne Azerbaijani Culture Association"),
        ("Tver Azerbaycan Kültür Derneği Başkanı", "Chairman of the Tver Azerbaycan Kültür Association"),
    ],
)
def test_a_body_kept_as_written_is_named_in_the_nominative(written: str, role: str) -> None:
    assert canonical_role(written) == role
