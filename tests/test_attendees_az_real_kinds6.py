"""More kinds read on Azerbaijani pages about 20 January commemorations (university, school, library and district
executive power sites): a university's noun misspelt with its case ending ("Aqrar Universitində") is a body's name,
no person; a verb of saying places neither the head of state nor the late national leader (their words are quoted
in such reports), nor anyone named inside what another said; a district office's long post before a name that opens
a list after "Tədbirdə"; a deputy of a department's head ("şöbəsinin müdirinin müavini"); a school's namesake and
number inside a post ("M.Ə.Sabir adına 1 saylı məktəbin müəllimi X"); the author of a poem named by its quoted title
and "adlı" ("Yaqubun "…" adlı şeiri"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "Universitetdə 20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"
HELD = "Rayonda 20 Yanvar faciəsinin 35-ci ildönümü ilə əlaqədar tədbir keçirilib.\n\n"

# --- a misspelt body noun in its case is no person --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Azərbaycan Dövlət Aqrar Universitində keçirilən anım tədbirində də bildirilib ki, şəhidlər unudulmur.",
        "Texniki Universitində keçirilən tədbirdə çıxış edən dekan Orxan Vəliyev şəhidləri anıb.",
        "Memarlıq İnstututunda keçirilən anım tədbirində qeyd olunub ki, faciə unudulmayacaq.",
        "Neft Akademyasında keçirilən anım tədbirində dekan Orxan Vəliyev çıxış edib.",
        "Pedaqoji Unversitində təşkil olunan tədbirdə dekan Orxan Vəliyev çıxış edib.",
        "Tibb Kollecində keçirilən anım tədbirində dekan Orxan Vəliyev çıxış edib.",
    ],
)
def test_a_misspelt_body_in_its_case_is_no_person(text: str) -> None:
    assert all(" " in n and not n.endswith(("ində", "ında", "undə", "unda")) for n in names(EVENT + text))
    assert names(EVENT + text) in ([], ["Orxan Vəliyev"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a given name or a surname before it: a person's name, the body where they were after it)
        ("Professor Samir Əliyev Texniki Universitində çıxış edib.", ["Samir Əliyev"]),
        ("Tədbirdə Aygün Əlizadə, Nərmin Hüseynova və Ramin Şahində çıxış ediblər.", None),
        ("Tədbirdə dosent Elnur Rzayev çıxış edib.", ["Elnur Rzayev"]),
    ],
)
def test_names_beside_a_cased_word_stay_people(text: str, expected: list[str] | None) -> None:
    found = names(EVENT + text)
    if expected is None:
        assert found[:2] == ["Aygün Əlizadə", "Nərmin Hüseynova"]
    else:
        assert found == expected


# --- the head of state and the late leader are quoted, not present ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Heydər Əliyev bildirib ki, bu faciə xalqın iradəsini qıra bilmədi.",
        "Tədbirdə Heydər Əliyev qeyd edib ki, şəhidlərin qanı yerdə qalmayacaq.",
        "Prezident İlham Əliyev bildirib ki, 20 Yanvar milli qürur günüdür.",
        "Dövlət başçısı İlham Əliyev vurğulayıb ki, şəhidlərimiz unudulmur.",
        "İlham Əliyev qeyd edib ki, xalqımız azadlıq yolunda qurban verib.",
        "Heydər Əliyev deyib ki, bu gün xalqımızın qəhrəmanlıq günüdür.",
        "Mehriban Əliyeva vurğulayıb ki, şəhidlərin xatirəsi əziz tutulur.",
    ],
)
def test_the_head_of_state_said_is_a_quotation(text: str) -> None:
    assert names(HELD + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə çıxış edənlər bildiriblər ki, Prezident İlham Əliyev qeyd edib ki, şəhidlər unudulmur.",
        "Çıxış edənlər vurğulayıblar ki, akademik Rauf Həsənli demişdi ki, bu gün qürur günüdür.",
        "Natiqlər qeyd ediblər ki, şair Elçin Məmmədli yazıb ki, xalq əyilmədi.",
    ],
)
def test_a_name_inside_what_others_said_is_not_placed(text: str) -> None:
    assert names(HELD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Direktor Lalə Quliyeva bildirib ki, şəhidlər unudulmur.", ["Lalə Quliyeva"]),
        ("Tədbirdə rektor Samir Həsənov qeyd edib ki, Prezident İlham Əliyev bu günü hüzn günü elan edib.", None),
        ("Prezident İlham Əliyev Şəhidlər xiyabanını ziyarət edib.", ["İlham Əliyev"]),
        ("Səfir Elnur Rzayev qeyd edib ki, 20 Yanvar qürur günüdür.", ["Elnur Rzayev"]),
        # (the leader as a body's namesake in the speaker's post)
        ("Tədbirdə Heydər Əliyev Mərkəzinin direktoru Elnur Rzayev bildirib ki, şəhidlər unudulmur.", ["Elnur Rzayev"]),
    ],
)
def test_others_who_spoke_are_still_placed(text: str, expected: list[str] | None) -> None:
    found = names(HELD + text)
    assert found == (["Samir Həsənov"] if expected is None else expected)


# --- a district office's long post, and a deputy of a department's head -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə Laçın Rayon İcra Hakimiyyəti Başçısı Aparatında İctimai-siyasi və humanitar məsələlər şöbəsinin "
            "müdirinin müavini Kamran Əhmədov, rayon Təhsil Sektorunun müdiri Vüqar Nəbiyev, YAP rayon təşkilatının "
            "sədri Fərid Hüseynli iştirak ediblər.",
            ["Kamran Əhmədov", "Vüqar Nəbiyev", "Fərid Hüseynli"],
        ),
        (
            "Mərasimdə Zərdab Rayon İcra Hakimiyyəti Başçısı Aparatının ərazi idarəetməsi və yerli özünüidarəetmə "
            "orqanları ilə iş şöbəsinin müdiri Anar Quliyev iştirak edib.",
            ["Anar Quliyev"],
        ),
        (
            "Tədbirdə şöbənin müdirinin müavini Kamran Əhmədov, sektor müdiri Vüqar Nəbiyev iştirak ediblər.",
            ["Kamran Əhmədov", "Vüqar Nəbiyev"],
        ),
    ],
)
def test_a_long_district_post_opens_the_list(text: str, expected: list[str]) -> None:
    assert names(HELD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Şəki rayonu İcra Hakimiyyətində bu münasibətlə yanvarın 18-də təşkil olunmuş mərasimi aparatın Sənədlərlə "
            "və vətəndaşların müraciətləri ilə iş şöbəsinin müdiri Rövşən Kərimli açmış, faciədən danışmışdır.",
            ["Rövşən Kərimli"],
        ),
        (
            "Tədbiri kollecin Tərbiyə işləri və gənclərlə iş üzrə direktor müavini, tarix elmləri üzrə fəlsəfə doktoru "
            "Səidə Nəbiyeva açaraq qonaqları salamlayıb.",
            ["Səidə Nəbiyeva"],
        ),
        # (the event as the object of a verb of no cue: nobody)
        ("Mərasimi rayon televiziyasının əməkdaşı Rövşən Kərimli lentə alıb.", []),
    ],
)
def test_the_event_as_object_then_a_long_post(text: str, expected: list[str]) -> None:
    assert names(HELD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tədbirdə humanitar məsələlər şöbəsinin müdirinin müavini Kamran Əhmədov çıxış edib.",
        "Tədbirdə gənclər və idman şöbəsinin müdirinin müavini Kamran Əhmədov iştirak edib.",
    ],
)
def test_deputy_of_a_department_head(text: str) -> None:
    assert people(HELD + text) == [("Kamran Əhmədov", "Deputy Head of Department")]


@pytest.mark.parametrize(
    "text",
    [
        # (the event named first, then no post but a dead person's description)
        "Tədbirdə 1990-cı il yanvarın 20-də Bakıda sovet qoşunlarının atəşi nəticəsində həlak olmuş Elnur Rzayevin "
        "əziz xatirəsi anılıb.",
        "Tədbirdə 1990-cı ilin yanvarında həlak olmuş jurnalist Elnur Rzayevin xatirəsi anılıb.",
    ],
)
def test_a_long_opening_that_is_no_post_places_nobody(text: str) -> None:
    assert names(HELD + text) == []


# --- a school's namesake and number inside a post ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tədbirdə kitabxananın direktoru Səbinə Qasımova, M.Ə.Sabir adına şəhər 2 saylı orta məktəbin "
            "tarix müəllimi Kəmalə Həsənova, rayon MKS-nin direktor müavini Tural Babayev çıxış etdilər.",
            ["Səbinə Qasımova", "Kəmalə Həsənova", "Tural Babayev"],
        ),
        (
            "Tədbirdə mərkəzin direktoru Səbinə Qasımova, Nizami Gəncəvi adına 17 nömrəli məktəbin müəllimi "
            "Kəmalə Həsənova çıxış etdilər.",
            ["Səbinə Qasımova", "Kəmalə Həsənova"],
        ),
        (
            "Tədbirdə mərkəzin direktoru Səbinə Qasımova, 45 saylı tam orta məktəbin direktoru Kəmalə Həsənova "
            "çıxış etdilər.",
            ["Səbinə Qasımova", "Kəmalə Həsənova"],
        ),
    ],
)
def test_a_schools_namesake_and_number_inside_a_post(text: str, expected: list[str]) -> None:
    assert names(HELD + text) == expected


def test_heads_of_departments_in_the_plural() -> None:
    found = people(HELD + "Tədbirdə şöbə müdirləri Nərgiz Rəhimova, Aytən Cəfərli çıxış etdilər.")
    assert [n for n, _ in found] == ["Nərgiz Rəhimova", "Aytən Cəfərli"]
    assert all(role is not None for _, role in found)


# --- the author of a poem by its quoted title and "adlı" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Şagirdlər Məmməd Araz Yaqubun “Qan yaddaşı” adlı şeiri əsasında kompozisiya göstərdilər.", []),
        ("Şagirdlər Nəbi Səmədlinin “Ağ qar” adlı tamaşası ilə çıxış etdilər.", []),
        ("Tələbə Aysel Nəsirli şair Rauf Kərimlinin “Yanvar” adlı şeirini söylədi.", ["Aysel Nəsirli"]),
        ("Sonra şagird Kamal Əhmədli şair Fikrət Qocanın şeiri ilə çıxış edib.", ["Kamal Əhmədli"]),
    ],
)
def test_the_author_of_a_named_work_is_not_placed(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


def test_an_author_run_into_the_reader_places_no_author() -> None:
    # (the reader's name and the author's in one run of capitals: the author is never placed)
    found = names(EVENT + "Sonra şagird Kamal Əhmədli Fikrət Qocanın şeiri ilə çıxış edib.")
    assert not any("Qoca" in n for n in found)


# --- two names run together, the comma or "və" left out -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kitabxananın əməkdaşları Günay Səfərli Nərmin Qasımova şəhidlərə həsr olunmuş şeirlər söyləyiblər.",
            ["Günay Səfərli", "Nərmin Qasımova"],
        ),
        ("Sonra Aysel Hüseynova Leyla Məmmədzadə çıxış ediblər.", ["Aysel Hüseynova", "Leyla Məmmədzadə"]),
        # (a first word that ends as a surname does: one name is kept whole, no guess)
        ("Tədbirdə Cavid Rüstəm Bəylər Həsənov çıxış edib.", ["Cavid Rüstəm Bəylər Həsənov"]),
    ],
)
def test_two_names_run_together(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


# --- one who gave a report at the event ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Şəhidlərin xatirəsi yad edildikdən sonra kitabxananın direktoru Vüsal Rəhimli “Qanlı Yanvar” mövzusunda "
            "məruzə etdi.",
            ["Vüsal Rəhimli"],
        ),
        ("Dosent Gülnar Abbasova faciənin siyasi nəticələri barədə məruzə edib.", ["Gülnar Abbasova"]),
        ("Sabah dosent Gülnar Abbasova faciə barədə məruzə edəcək.", []),
    ],
)
def test_who_gave_a_report(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected


# --- the host who invited those gathered ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kitabxananın direktoru Vüsal Rəhimli tədbir iştirakçılarını şəhidlərin xatirəsini bir dəqiqəlik sükutla "
            "yad etməyə dəvət etdi.",
            ["Vüsal Rəhimli"],
        ),
        ("Müdir Gülnar Abbasova qonaqları şəhidləri anmağa dəvət edib.", ["Gülnar Abbasova"]),
        ("Sabah müdir Gülnar Abbasova iştirakçıları sükuta dəvət edəcək.", []),
        ("Şəhid anası Gülnarə Rzayeva tədbirə dəvət olunub.", []),
    ],
)
def test_the_host_who_invited_those_gathered(text: str, expected: list[str]) -> None:
    assert names(EVENT + text) == expected
