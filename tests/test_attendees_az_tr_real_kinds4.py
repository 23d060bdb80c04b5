"""More ways Azerbaijani and Turkish reports of 20 January commemorations are written (read on district, mosque,
embassy and union pages): a memorial visited in the passive "with the participation of" a list that opens with an
honorific between a title and a name ("başçısı cənab X"); a mosque's imam who recites prayers for the martyrs
("dua oxuyub"); a speaker after "çıxış edən" with a union's post, a comma and an occupation ("sədri, jurnalist X":
the chairman); a mission's staff named after their group word, a hyphen glued to the first rank ("əməkdaşları-I
katibi X"); the dead named surname first with a patronymic ("Məmmədov X Y oğlunun məzarı"), the owners of the graves
visited, no one who came; and places in a town, a park, a cemetery, a square ("Hocalı Parkı", "A B və C
qəbiristanlıqlarındakı"), which are no people. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, people

EVENT = "20 Yanvar faciəsinin 35-ci ildönümü ilə bağlı rayonda anım tədbiri keçirilib.\n\n"
OLAY = "20 Ocak katliamının 35. yıl dönümü dolayısıyla ilçede anma töreni düzenlendi.\n\n"

# --- a memorial visited "with the participation of" a list, an honorific after the first title ------------------------


@pytest.mark.parametrize(
    ("text", "expected", "first_role"),
    [
        (
            "Rayon icra hakimiyyətinin başçısı cənab Elnur Şükürov, başçının müavinləri Fuad Nəbili, Sevda "
            "Əhmədova, rayon polis şöbəsinin rəisi Kamal Tağızadə olmaqla 400 nəfərdən çox sakinin iştirakı ilə "
            "Şəhidlər xiyabanı ziyarət edildi.",
            ["Elnur Şükürov", "Fuad Nəbili", "Sevda Əhmədova", "Kamal Tağızadə"],
            "Head of the Executive Power",
        ),
        (
            "Universitetin rektoru cənab Oqtay Sadıqlı, prorektorlar Aynur Kərimova və Elşad Nuriyev olmaqla 200 "
            "nəfərə yaxın insanın iştirakı ilə 20 Yanvar abidəsi ziyarət olunub.",
            ["Oqtay Sadıqlı", "Aynur Kərimova", "Elşad Nuriyev"],
            "Rector",
        ),
        (
            "Təhsil şöbəsinin müdiri xanım Günel Rəhimova, müəllimlər Samir Cəfərli və Lalə Həsənli olmaqla yüzdən "
            "artıq şəxsin iştirakı ilə şəhidlərin xatirə kompleksi ziyarət olundu.",
            ["Günel Rəhimova", "Samir Cəfərli", "Lalə Həsənli"],
            "Head of Department",
        ),
    ],
)
def test_a_passive_visit_with_the_participation_of_a_list(text: str, expected: list[str], first_role: str) -> None:
    found = people(EVENT + text)
    assert [name for name, _ in found] == expected
    assert found[0][1] == first_role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Rayon icra hakimiyyətinin başçısı cənab Elnur Şükürov Şəhidlər xiyabanını ziyarət edib.",
            "Head of the Executive Power",
        ),
        ("Tədbirdə səfir cənab Elnur Şükürov çıxış edib.", "Ambassador"),
        ("Universitetin rektoru cənab Elnur Şükürov abidə önünə əklil qoyub.", "Rector"),
    ],
)
def test_an_honorific_between_the_title_and_the_name_keeps_the_title(text: str, role: str) -> None:
    assert people(EVENT + text) == [("Elnur Şükürov", role)]


def test_the_owners_of_a_grave_visited_in_the_passive_are_not_there() -> None:
    text = "Sonra akademik Zəhra xanım Rüstəmovanın da məzarı ziyarət olunub, önünə gül dəstələri qoyulub."
    assert names(EVENT + text) == []


# --- an imam who recites prayers for the martyrs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mərasimin sonunda Təzəpir məscidinin imamı Ramil Qasımzadə şəhidlərin ruhuna dua oxuyub.",
        "Daha sonra kənd məscidinin imamı Ramil Qasımzadə 20 Yanvar qurbanlarının ruhuna dualar oxudu.",
        "Abidə önündə məscidin imamı Ramil Qasımzadə şəhidlərimizin ruhlarına dua edib.",
        "Sonra məscidin imamı Ramil Qasımzadə dua oxuyaraq şəhidlərə Allahdan rəhmət diləyib.",
    ],
)
def test_an_imam_reciting_prayers_for_the_martyrs(text: str) -> None:
    assert people(EVENT + text) == [("Ramil Qasımzadə", "Imam")]


def test_prayers_to_come_place_nobody() -> None:
    assert names(EVENT + "Sabah məscidin imamı Ramil Qasımzadə şəhidlərin ruhuna dua oxuyacaq.") == []


# --- a speaker with a union's post, then an occupation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tədbirdə çıxış edən "Vətən" İctimai Birliyinin sədri, jurnalist Tofiq Əlizadə o gecə gördüklərindən '
            "danışdı.",
            ("Tofiq Əlizadə", "Chairman of the Vətən Public Union"),
        ),
        (
            "Tədbirdə çıxış edən “Yaddaş” Cəmiyyətinin sədri, tarixçi Nərmin Bayramova faciənin səbəblərindən "
            "söhbət açıb.",
            ("Nərmin Bayramova", "Chairman of the Yaddaş Society"),
        ),
        (
            '"Vətən" İctimai Birliyinin sədri, jurnalist Tofiq Əlizadə tədbirdə çıxış edərək xatirələrini bölüşüb.',
            ("Tofiq Əlizadə", "Chairman of the Vətən Public Union"),
        ),
    ],
)
def test_an_office_before_an_occupation_is_the_role(text: str, expected: tuple[str, str]) -> None:
    assert people(EVENT + text) == [expected]


def test_an_occupation_after_another_occupation_is_kept() -> None:
    text = "Затем выступил доцент кафедры истории, историк Руслан Гасымов."
    assert people("В консульстве прошёл вечер памяти жертв 20 января.\n\n" + text) == [("Руслан Гасымов", "Historian")]


# --- a mission's staff after their group word ------------------------------------------------------------------------

SECRETARIES = [
    ("Fərid Babayev", "First Secretary of the Embassy"),
    ("Ülviyyə Nəsibova", "Third Secretary of the Embassy"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Səfirliyin əməkdaşları-I katibi Fərid Babayev və III katibi Ülviyyə Nəsibova, İsveçdə yaşayan həmvətənimiz "
        "Orxan Talıbov və başqaları həmin gecə barədə fikirlərini bölüşüblər.",
        "Səfirliyin əməkdaşları I katibi Fərid Babayev və III katibi Ülviyyə Nəsibova, İsveçdə yaşayan həmvətənimiz "
        "Orxan Talıbov və başqaları faciə haqqında fikirlərini bölüşdülər.",
        "Səfirliyin əməkdaşları - I katibi Fərid Babayev və III katibi Ülviyyə Nəsibova, İsveçdə yaşayan "
        "həmvətənimiz Orxan Talıbov və başqaları çıxış edərək faciədən danışıblar.",
    ],
)
def test_ranked_staff_after_their_group_word(text: str) -> None:
    assert people(EVENT + text) == [*SECRETARIES, ("Orxan Talıbov", None)]


# --- the dead named surname first, with a patronymic, whose graves are visited ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kənd sakinləri Quliyev Rövşən Akif oğlu və Hüseynov Elçin Tahir oğlunun məzarları ziyarət edilib, üzərinə "
        "tər çiçəklər düzülüb.",
        "Ardından şəhidlər Quliyev Rövşən Akif oğlu, Nağıyeva Səadət Əli qızı və Hüseynov Elçin Tahir oğlunun "
        "məzarları ziyarət olunub.",
        "Quliyev Rövşən Akif oğlunun məzarı ziyarət edilib.",
        "Rövşən Quliyev və Elçin Hüseynovun məzarları ziyarət edilib.",
    ],
)
def test_the_owners_of_the_graves_visited_are_remembered(text: str) -> None:
    assert names(EVENT + text) == []


def test_a_patronymic_ends_a_name() -> None:
    assert names(EVENT + "Şəhidin qardaşı Quliyev Tural Akif oğlu tədbirdə çıxış edib.") == ["Quliyev Tural Akif oğlu"]


def test_a_son_after_a_surname_is_no_patronymic() -> None:
    text = "Deputat Rauf Kazımov oğlu ilə birlikdə Şəhidlər xiyabanını ziyarət edib."
    assert people(EVENT + text) == [("Rauf Kazımov", "Member of Parliament")]


# --- places in a town: parks, cemeteries, squares --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tədbir iştirakçıları Qaraçuxur Əhmədli və Zığ qəbiristanlıqlarındakı şəhidlərin məzarlarını ziyarət ediblər.",
        "Gənclər Yeni Suraxanı və Binə qəbiristanlıqlarında uyuyan şəhidləri ziyarət ediblər.",
        "Tədbir iştirakçıları Nizami Gəncəvi parkındakı abidəni ziyarət ediblər.",
        "Şagirdlər Xətai Parkında ucaldılmış abidəni ziyarət ediblər.",
        "Tələbələr Azadlıq Meydanına gələrək şəhidləri ziyarət ediblər.",
    ],
)
def test_a_place_in_a_town_is_no_person(text: str) -> None:
    assert names(EVENT + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Katılımcılar Hocalı Parkı anıtı önünde saygı duruşunda bulundu ve törene katıldı.",
        "Öğrenciler Edirnekapı Şehitliği'ni ziyaret etti.",
        "Törene katılanlar Kızılay Meydanı'nda toplandı ve anmaya katıldı.",
    ],
)
def test_a_turkish_place_in_a_town_is_no_person(text: str) -> None:
    assert names(OLAY + text) == []


def test_a_named_person_before_the_place_is_kept() -> None:
    text = "Belediye Başkanı Cem Aydın, Hocalı Parkı'ndaki anıta çelenk bıraktı."
    assert people(OLAY + text) == [("Cem Aydın", "Mayor")]
