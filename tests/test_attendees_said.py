"""A verb of saying places its subject at the event only when the text places them there (issue 16): the sentence
names the event ("At the event, X noted", "напомнил собравшимся", "Tədbirdə X qeyd edib", "Tören sırasında X
anlattı"), or it is in a paragraph after the one that reports the event held; the head of a mission, in any report
of an event. Not present: words from a message, a statement, an interview or a post, words said at another time
("Earlier", "накануне", "daha əvvəl"), a press officer's, or anyone's in a text that places no event. And Turkish
idioms of being there ("ziyarette yer aldı", "eşlik etti"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT_EN = "A memorial evening was held at the embassy. "
HELD_EN = "The consulate organised a commemoration ceremony.\n"
EVENT_RU = "В посольстве прошло памятное мероприятие. "
HELD_RU = "В посольстве состоялось траурное мероприятие.\n"
EVENT_AZ = "Səfirlikdə anım tədbiri keçirilib. "
HELD_AZ = "Universitetdə dəyirmi masa keçirilib.\n"
EVENT_TR = "Büyükelçilikte anma töreni düzenlendi. "
HELD_TR = "Üniversitede bir panel düzenlendi.\n"

SAID_AT_THE_EVENT = [
    # English: the sentence names the event, or follows the paragraph that reports it; an envoy in any event report
    (EVENT_EN + "At the event, Chairman of the Council Tom Brant noted that the day is remembered.", ["Tom Brant"]),
    (EVENT_EN + "Director of the Centre Samir Abbas reminded those gathered of the events.", ["Samir Abbas"]),
    (EVENT_EN + "During the ceremony, writer Omar Hale recalled the night of the curfew.", ["Omar Hale"]),
    (HELD_EN + "Consul General Elin Safarov told of the history of the tragedy.", ["Elin Safarov"]),
    (EVENT_EN + "Ambassador Khazar Ibadov expressed deep respect for the martyrs.", ["Khazar Ibadov"]),
    (HELD_EN + "Professor Linda Moreau highlighted the role of the foreign press.", ["Linda Moreau"]),
    (HELD_EN + "Historian Ines Brandt shared her memories of that winter.", ["Ines Brandt"]),
    (
        EVENT_EN + "Chairwoman Aysel Karimli thanked those present and underlined the role of the diaspora.",
        ["Aysel Karimli"],
    ),
    # Russian
    (EVENT_RU + "Директор центра Самир Аббасов напомнил собравшимся о событиях той ночи.", ["Самир Аббасов"]),
    (EVENT_RU + "Почетный консул Азербайджана Афган Салимов выразил благодарность гостям.", ["Афган Салимов"]),
    (EVENT_RU + "На мероприятии председатель общества Анна Соколова рассказала о судьбах шехидов.", ["Анна Соколова"]),
    (HELD_RU + "Профессор Андрей Волков подчеркнул, что архивы той зимы открыты.", ["Андрей Волков"]),
    (EVENT_RU + "В ходе вечера писатель Игорь Семенов поделился воспоминаниями.", ["Игорь Семенов"]),
    (
        EVENT_RU + "Депутат Мария Орлова, выразив соболезнования семьям, отметила на мероприятии значение даты.",
        ["Мария Орлова"],
    ),
    (HELD_RU + "Руководитель диаспоры Мобиль Гасанов добавил, что память жива.", ["Мобиль Гасанов"]),
    # the text places the event by those gathered there
    (
        "Собравшиеся почтили память шехидов минутой молчания. Почетный консул Азербайджана Афган Салимов выразил "
        "благодарность жителям города.",
        ["Афган Салимов"],
    ),
    (
        "Those gathered observed a minute of silence.\nConsul General Elin Safarov expressed gratitude to the city.",
        ["Elin Safarov"],
    ),
    (EVENT_RU + "Обращаясь к собравшимся, историк Олег Белов напомнил о тех событиях.", ["Олег Белов"]),
    # Azerbaijani: every past form and the converb
    (EVENT_AZ + "Tədbirdə cəmiyyətin sədri Anar Quliyev qeyd edib ki, faciə unudulmur.", ["Anar Quliyev"]),
    (HELD_AZ + "Professor Aynur Həsənova diqqətə çatdırıb ki, arxivlər açıqdır.", ["Aynur Həsənova"]),
    (EVENT_AZ + "Mərasim zamanı yazıçı Elçin Məmmədov həmin gecəni xatırladıb.", ["Elçin Məmmədov"]),
    (EVENT_AZ + "Baş konsul Fərid Əliyev faciənin tarixindən danışaraq vurğulayıb ki, xalq unutmur.", ["Fərid Əliyev"]),
    (
        HELD_AZ + "Professor Zahid Oruc və dosent Elnur Nəsibov bildiriblər ki, həqiqət dünyaya çatdırılmalıdır.",
        ["Zahid Oruc", "Elnur Nəsibov"],
    ),
    (EVENT_AZ + "Təşkilatın rəhbəri Leyla Abbasova iştirakçılara həmin hadisələrdən bəhs edib.", ["Leyla Abbasova"]),
    (EVENT_AZ + "Səfir Rəşad Kərimov qonaqlara minnətdarlığını ifadə edib.", ["Rəşad Kərimov"]),
    (HELD_AZ + "Rektor Elnur Nəsibov əlavə etmişdir ki, sənədlər araşdırılır.", ["Elnur Nəsibov"]),
    # Turkish
    (EVENT_TR + "Tören sırasında Dernek Yönetim Kurulu Üyesi Fidan Demir de o geceyi anlattı.", ["Fidan Demir"]),
    (HELD_TR + "Rektör Ayşe Yıldız, arşivlerin açık olduğunu belirtti.", ["Ayşe Yıldız"]),
    (EVENT_TR + "Programda Başkan Emre Tan, şehitleri rahmetle andıklarını ifade etti.", ["Emre Tan"]),
    (EVENT_TR + "Büyükelçi Reşad Kerimov katılımcılara teşekkür etti.", ["Reşad Kerimov"]),
    (HELD_TR + "Prof. Dr. Murat Kaya, o gecenin tanıklıklarını aktardı.", ["Murat Kaya"]),
    (EVENT_TR + "Milletvekili Ahmet Demir konuşmasında Kanlı Ocak'ın unutulmayacağını vurguladı.", ["Ahmet Demir"]),
    (HELD_TR + "Dernek Başkanı Selim Uçar, gençlere bu tarihi anlatmak gerektiğini dile getirdi.", ["Selim Uçar"]),
    (EVENT_TR + "Başkonsolos Elvin Tağıyev de o günleri hatırlatarak şehitleri andı.", ["Elvin Tağıyev"]),
]

NOT_SAID_AT_THE_EVENT = [
    # English: no event; a message, a statement, an interview, a post; another time; a press officer
    "Professor Linda Moreau expressed deep respect for the victims.",
    "Chairman Tom Brant noted in an interview that the day is remembered.",
    EVENT_EN + "In his message, President Ilham Aliyev said the nation remembers.",
    HELD_EN + "Earlier, Professor Linda Moreau said the archives are open.",
    HELD_EN + "Mikhail Gorbachev said in 1990 that force was needed.",
    HELD_EN + "Press secretary Anar Aliyev said the ceremony was moving.",
    HELD_EN + "Professor Linda Moreau said in a statement that the archives are open.",
    HELD_EN + "The day before, Professor Linda Moreau stressed that the archives are open.",
    EVENT_EN + "Writer Omar Hale expressed his grief on Facebook.",
    # the paragraph that reports the event may tell what someone said elsewhere
    EVENT_EN + "Writer Omar Hale expressed his grief.",
    # Russian
    "Директор центра Самир Аббасов напомнил о событиях той ночи.",
    EVENT_RU + "В своем послании президент Ильхам Алиев подчеркнул значение даты.",
    HELD_RU + "Ранее профессор Андрей Волков заявил, что архивы открыты.",
    HELD_RU + "Заместитель председателя Рустам Керимов накануне в Баку напомнил о значении даты.",
    HELD_RU + "Пресс-секретарь посольства Анна Белова сообщила, что вечер прошел успешно.",
    HELD_RU + "Профессор Андрей Волков в интервью рассказал о событиях.",
    HELD_RU + "Писатель Игорь Семенов в соцсетях выразил соболезнования.",
    HELD_RU + "Михаил Горбачев в 1990 году заявил, что войска вводятся.",
    # Azerbaijani
    "Professor Aynur Həsənova diqqətə çatdırıb ki, arxivlər açıqdır.",
    EVENT_AZ + "Prezident İlham Əliyev müraciətində bildirib ki, xalq faciəni unutmur.",
    HELD_AZ + "Xatırladaq ki, daha əvvəl deputat Zahid Oruc bildirib ki, həqiqət çatdırılmalıdır.",
    HELD_AZ + "Səfirliyin mətbuat katibi Nigar Əliyeva bildirib ki, görüş uğurla başa çatıb.",
    HELD_AZ + "Deputat Zahid Oruc sosial şəbəkə hesabında qeyd edib ki, faciə unudulmur.",
    HELD_AZ + "Tədbirdə Ümummilli Lider Heydər Əliyevin faciəyə verdiyi qiymət də vurğulanıb.",
    HELD_AZ + "Professor Anar Quliyev müsahibəsində bildirib ki, faciə unudulmur.",
    EVENT_AZ + "Professor Anar Quliyev bu barədə heç nə qeyd etməyib.",
    # a press officer who reports the speech, and a speech given earlier, elsewhere
    EVENT_AZ + "Səfirliyin mətbuat katibi Nigar Əliyeva bildirib ki, tədbirdə çıxış edən sədr faciədən danışıb.",
    EVENT_AZ + "Daha əvvəl professor Anar Quliyev parlamentdə çıxış edib.",
    # Turkish
    "Rektör Ayşe Yıldız, arşivlerin açık olduğunu belirtti.",
    EVENT_TR + "Cumhurbaşkanı Ahmet Kaya yayımladığı mesajda şehitleri andığını belirtti.",
    HELD_TR + "Bakan Murat Demir sosyal medya hesabından şehitleri andığını ifade etti.",
    HELD_TR + "Daha önce Milletvekili Ahmet Demir, olayların unutulmayacağını söyledi.",
    HELD_TR + "Bakanlık Sözcüsü Ali Kaya, panelin önemli olduğunu belirtti.",
    EVENT_TR + "Kuran Tilavetiyle açılan törende o gece anlatıldı.",
    HELD_TR + "Büyükelçi Cem Aksoy röportajında o geceyi anlattı.",
    EVENT_TR + "Milletvekili Ahmet Demir törende yer almadı.",
]

TURKISH_IDIOMS = [
    (
        "Türkiye'nin Bakü Büyükelçisi Cem Aksoy ile KKTC Temsilcisi Ali Kaya de ziyarette yer aldı.",
        ["Cem Aksoy", "Ali Kaya"],
    ),
    ("Vali Yardımcısı Murat Kaya da törende yer aldılar.", ["Murat Kaya"]),
    ("Anıt ziyaretinde Büyükelçi Cem Aksoy'a Başkonsolos Ali Kaya eşlik etti.", ["Ali Kaya"]),
]

NOT_TURKISH_IDIOMS = [
    "Büyükelçi Cem Aksoy ziyarette yer almadı.",
    "Başkonsolos Ali Kaya eşlik etmedi.",
]


@pytest.mark.parametrize(("text", "expected"), SAID_AT_THE_EVENT + TURKISH_IDIOMS)
def test_present(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_SAID_AT_THE_EVENT + NOT_TURKISH_IDIOMS)
def test_absent(text: str) -> None:
    assert names(text) == []


def test_the_event_held_is_looked_for_only_before_the_sentences_asked_about() -> None:
    """`HeldBefore` tells, for each sentence start asked about in turn, where the text first reports an event held if
    that is before it: what a search of the whole text tells."""
    from jan20.extract._cues import EVENT_HELD_IN_TEXT
    from jan20.extract._said import HeldBefore

    text = "X said it. " * 3 + HELD_EN + "Y spoke. " + HELD_RU
    first = EVENT_HELD_IN_TEXT.pattern.search(text)
    assert first is not None
    held = HeldBefore(text)
    asked = [0, 5, first.start(), first.start() + 1, len(text), 3]
    assert [held(at) for at in asked] == [first.start() if first.start() < at else -1 for at in asked]
    assert HeldBefore("X said it. Y spoke.")(19) == -1
