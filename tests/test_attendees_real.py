"""Shapes of real reporting that placed nobody before (issue 16): a person named together with a group before the
verb, the subject of a verb-final sentence after a clause that sets the scene, a name that runs straight into a
place. The sentences are written for these tests (invented people), positive and negative."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees

from ._helpers import names, people

EVENT_TR = "Konsoloslukta anma töreni düzenlendi. "
EVENT_AZ = "Səfirlikdə anım tədbiri keçirilib. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named person and a group, then the verb
        ("Посол Азербайджана в Польше Тимур Ахмедов, участники вечера возложили цветы к стенду.", ["Тимур Ахмедов"]),
        ("Консул Ирина Белова и сотрудники консульства почтили память жертв минутой молчания.", ["Ирина Белова"]),
        ("Ambassador Nadia Holm and the staff of the embassy laid flowers at the memorial.", ["Nadia Holm"]),
        ("Затем посол Олег Рябов, гости и дипломаты возложили венки.", ["Олег Рябов"]),
        ("Səfir Orxan Vəliyev və səfirliyin əməkdaşları Şəhidlər xiyabanını ziyarət ediblər.", ["Orxan Vəliyev"]),
        # the name in a clause before the comma is not the subject of the group's verb
        ("Praising President Leon Marsh, the participants laid flowers at the memorial.", []),
        ("Поблагодарив посла Тимура Ахмедова, участники вечера возложили цветы.", []),
        ("Recalling the words of Leon Marsh, the guests laid flowers at the memorial.", []),
    ],
)
def test_a_person_with_a_group_before_the_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that sets the scene, a comma, then the subject (more than a dozen words in)
        (
            EVENT_TR + "Saygı duruşu ve iki ülkenin milli marşlarının okunmasıyla başlayan uzun ve sade törende, "
            "programın ev sahibi Azerbaycan Kars Başkonsolosu Elvin Tağıyev katılımcılara seslendi.",
            ["Elvin Tağıyev"],
        ),
        (
            EVENT_AZ + "Bir dəqiqəlik sükutla və dövlət himninin səsləndirilməsi ilə başlayan geniş və təsirli "
            "tədbirdə, səfir Nigar Əhmədova çıxış edib.",
            ["Nigar Əhmədova"],
        ),
        # the verb ends the sentence, the event named in the sentence before
        (
            "Anma programı Ankara'da yapıldı. Büyükelçi Rauf Sadıqov, akademisyenler ve öğrenciler katıldı.",
            ["Rauf Sadıqov"],
        ),
        # no event named: speaking places nobody; a negated verb neither
        (
            "Uzun bir açıklamanın ardından, gazeteci Elvin Tağıyev basın mensuplarına seslendi.",
            [],
        ),
        ("Anma programı Ankara'da yapıldı. Büyükelçi Rauf Sadıqov ise katılmadı.", []),
    ],
)
def test_the_subject_after_a_scene_in_a_verb_final_sentence(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_name_that_runs_into_a_place_keeps_its_words() -> None:
    text = EVENT_AZ + "Ölkəmizin Polşadakı səfiri Orxan Vəliyev Azərbaycan xalqının tarixi haqqında çıxış edib."
    assert people(text) == [("Orxan Vəliyev", "Ambassador of Azerbaijan to Poland")]
    # a run of places alone is no name
    assert names(EVENT_AZ + "Bakı Azərbaycan Gürcüstan haqqında çıxış edib.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit stated as a noun or a clause before the main verb
        (
            "Посол Чили в Азербайджане Хорхе Рамос после посещения Аллеи шехидов написал в своем блоге о трагедии.",
            [("Хорхе Рамос", "Ambassador of Chile")],
        ),
        (
            "After visiting the Alley of Martyrs, Ambassador Nadia Holm wrote on X about the victims.",
            [("Nadia Holm", "Ambassador")],
        ),
        # the present tense of taking part, and who leads the participants (named in the instrumental)
        (
            "В траурных мероприятиях участвуют члены правительства во главе с премьер-министром Олегом Рябовым.",
            [("Олегом Рябовым", "Prime Minister")],
        ),
        # no visit: a message from afar, a visit planned
        ("Посол Чили Хорхе Рамос в видеообращении написал о трагедии.", []),
        ("Before visiting Baku next year, Ambassador Nadia Holm wrote a letter.", []),
    ],
)
def test_a_visit_stated_indirectly(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


EVENT_RU = "В консульстве прошел вечер памяти. "
EVENT_EN = "The embassy held a commemorative evening. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a report of an event, the head of a mission whose words open a sentence was there
        (
            EVENT_RU + "Генеральный консул Азербайджана в Лос-Анджелесе Рустам Алиев подчеркнул, что память жива.",
            [("Рустам Алиев", "Consul General of Azerbaijan in Los Angeles")],
        ),
        (EVENT_EN + "Ambassador Leyla Hasanli noted that the day is one of grief.", [("Leyla Hasanli", "Ambassador")]),
        (EVENT_AZ + "Səfir Orxan Vəliyev bildirib ki, xalq bu günü unutmur.", [("Orxan Vəliyev", "Ambassador")]),
        (
            EVENT_TR + "Başkonsolos Elvin Tağıyev, bu acının unutulmayacağını belirtti.",
            [("Elvin Tağıyev", "Consul General")],
        ),
        # not the head of a mission: a professor who "noted" is not placed by it
        (EVENT_EN + "Professor Harold Lee noted that the archives are open.", []),
        # the people the host quotes are not there
        (
            EVENT_EN
            + "Ambassador Leyla Hasanli recalled that President Heydar Aliyev said the nation would not forget.",
            [("Leyla Hasanli", "Ambassador")],
        ),
        # from afar: a message, a video address, a post
        (EVENT_EN + "Ambassador Leyla Hasanli said in a video message that the day is one of grief.", []),
        (EVENT_RU + "Посол Великобритании Джон Смит в видеообращении заявил о памяти жертв.", []),
        # no event: a statement places nobody
        ("Ambassador Leyla Hasanli noted that the day is one of grief.", []),
        ("Посол Тимур Ахмедов заявил журналистам, что память жива.", []),
    ],
)
def test_the_head_of_a_mission_speaking_at_its_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation with full stops inside a title is one word of it
        (
            EVENT_EN + "In his remarks, Azerbaijani Ambassador to the U.S. Kamran Aliyev recalled the night.",
            [("Kamran Aliyev", "Ambassador of Azerbaijan to the United States")],
        ),
        (
            EVENT_EN + "Ambassador of the U.K. Jane Roe laid flowers at the memorial.",
            [("Jane Roe", "Ambassador of the United Kingdom")],
        ),
    ],
)
def test_an_abbreviated_country_in_a_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_list_of_speakers_with_long_titles() -> None:
    text = (
        EVENT_EN + "Former ambassador of Chile to the OSCE Ana Ruiz, professor of the Tallinn University Jaan Tamm "
        "and chief editor of the weekly “Baltic Review” Mari Kask too delivered speeches."
    )
    assert names(text) == ["Ana Ruiz", "Jaan Tamm", "Mari Kask"]
    # a name in a list that is no subject of the speech stays out
    assert names(EVENT_EN + "A film about Ana Ruiz, the victims and the editor of the “Baltic Review” was shown.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish: the names right after a participle of speaking
        (
            EVENT_TR + "Saygı duruşuyla başlayan programda konuşan Cumhurbaşkanı Başdanışmanı Levent Işık, "
            "önemli değerlendirmeler yaptı.",
            [("Levent Işık", "Chief Adviser to the President")],
        ),
        (
            EVENT_TR + "Haydar Aliyev hakkında konuşan Büyükelçi Rauf Sadıqov, anılarını paylaştı.",
            [("Rauf Sadıqov", "Ambassador")],
        ),
        # Russian: a country named by its adjective in a diplomat's title
        (
            "В Киеве прошел вечер. Затем выступил Чрезвычайный и Полномочный Посол Азербайджанской Республики "
            "в Польше Тимур Ахмедов.",
            [("Тимур Ахмедов", "Ambassador of Azerbaijan to Poland")],
        ),
    ],
)
def test_more_phrasings_of_speaking(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        EVENT_TR + "Haydar Aliyev hakkında uzun bir konuşma yapıldı.",
        EVENT_AZ + "Heydər Əliyev haqqında geniş çıxış edilib.",
    ],
)
def test_a_name_before_a_postposition_is_no_subject(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Anma törenini Dr. Öğr. Üyesi Deniz Akın yönetti.",
        "Törene Dr. Öğr. Üyesi Deniz Akın da katıldı.",
        "Şehitler için düzenlenen programa üniversiteden Öğr. Üyesi Deniz Akın katıldı.",
    ],
)
def test_an_abbreviated_academic_title_reads_whole(text: str) -> None:
    # "Öğr." ends no sentence and stays in the title: the role is the post, not the last word of it.
    assert [(a.mention, a.role) for a in extract_attendees(text)] == [("Deniz Akın", "Assistant Professor")]
