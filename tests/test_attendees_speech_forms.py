"""Speech as a noun, a participle or a gerund, and subjects far from their verb (issue 16, kinds B and C): "heard
speeches by A and B", "X, speaking at the event, recalled", "tədbirdə çıxış edən X", "X çıxışında", "programda
konuşan X", "с речью выступили A и B", titles after the names of a list ("A, dean of …, and B, director of …,
delivered speeches"), groups and companions between a subject and its verb ("X … ilə birgə ziyarət edib", "A ile B
katıldı"). A speech places its speaker only in a text that places an event; a future speech, a speech in a title
or a message, a speaker named only as a source, place nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from ._helpers import names

EVENT_EN = "A commemorative evening took place at the consulate. "
EVENT_RU = "В генконсульстве состоялся вечер памяти. "
EVENT_AZ = "Universitetdə anım mərasimi keçirilib. "
EVENT_TR = "Dernek binasında anma programı düzenlendi. "

ENGLISH = [
    (
        EVENT_EN + "The guests listened to speeches by Consul General Ramin Alizada, historian Clara\nBeck and others.",
        ["Ramin Alizada", "Clara Beck"],
    ),
    (
        EVENT_EN + "The programme featured remarks from Senator Paul Grant and Mayor Lisa Ortiz.",
        ["Paul Grant", "Lisa Ortiz"],
    ),
    (
        EVENT_EN + "It opened with addresses by Ambassador Tural Ganjaliyev and Dr. Hanna Weiss.",
        ["Tural Ganjaliyev", "Hanna Weiss"],
    ),
    (
        EVENT_EN + "Speakers at the evening included Professor Omar Haddad and poet Nina Sorel.",
        ["Omar Haddad", "Nina Sorel"],
    ),
    (EVENT_EN + "Deputy Mayor Karl Brandt, speaking at the event, recalled the curfew.", ["Karl Brandt"]),
    (
        EVENT_EN + "Ilgar Rahimov, member of the board of the Friendship Society, spoke then about the victims.",
        ["Ilgar Rahimov"],
    ),
    (
        EVENT_EN + "Elmira Gasimova, head of the Cultural Centre of the city and member of the Diaspora Council, "
        "said in her speech that the nation would never forget.",
        ["Elmira Gasimova"],
    ),
    (
        EVENT_EN + "Professor Daniel Roth, Dean of the Faculty of Oriental Studies at the State University, and "
        "Leyla Karimli, Executive Director of the Caspian Policy Forum (CPF), delivered moving speeches.",
        ["Daniel Roth", "Leyla Karimli"],
    ),
]

ENGLISH += [
    (
        EVENT_EN + "Speeches were delivered by Consul Farid Musayev and the poet Anna Kovacs.",
        ["Farid Musayev", "Anna Kovacs"],
    ),
    (EVENT_EN + "Historian Peter Lang gave a short talk on the night of the tragedy.", ["Peter Lang"]),
]

NOT_ENGLISH = [
    # no event: an interview, a statement
    "Readers can find speeches by Ambassador Tural Ganjaliyev and Professor Omar Haddad on the website.",
    "Ilgar Rahimov, member of the board of the Friendship Society, spoke about the victims in an interview.",
    # a future speech
    EVENT_EN + "Ambassador Tural Ganjaliyev will speak at the ceremony next week.",
    EVENT_EN + "Remarks by Senator Paul Grant are expected on Friday.",
    EVENT_EN + "Consul Farid Musayev is set to give a speech there next year.",
    # a speech in a title, a message read out
    EVENT_EN + "The book Speeches by Heydar Aliyev was presented to the guests.",
    EVENT_EN + "A message from President Ilham Aliyev was read out to the guests.",
    # a speech given long ago
    EVENT_EN + "In his speech in January 1990, Heydar Aliyev condemned the crime.",
    # the object, not the subject, of the speech
    EVENT_EN + "The students heard a story about Ilgar Rahimov, who had spoken about the victims in 1991.",
]

RUSSIAN = [
    (
        EVENT_RU + "С речью выступили генеральный консул Ильгар Мамедов и профессор Ирина Белова.",
        ["Ильгар Мамедов", "Ирина Белова"],
    ),
    (EVENT_RU + "Выступая со вступительным словом, консул Ильгар Мамедов напомнил о той ночи.", ["Ильгар Мамедов"]),
    (EVENT_RU + "В своём выступлении консул Ильгар Мамедов назвал имена погибших.", ["Ильгар Мамедов"]),
    (EVENT_RU + "Выступая на мероприятии, депутат Ирина Белова подчеркнула значение этой даты.", ["Ирина Белова"]),
    (EVENT_RU + "Историк Олег Савин, выступая перед гостями, рассказал о событиях.", ["Олег Савин"]),
    (EVENT_RU + "Выступившие на вечере Олег Савин и Ирина Белова вспомнили погибших.", ["Олег Савин", "Ирина Белова"]),
    (
        "Так ответил посетивший утром Аллею шехидов житель Сумгаита, инженер Фуад Исмайлов.",
        ["Фуад Исмайлов"],
    ),
    (EVENT_RU + "Со вступительным словом выступил посол Рамиз Гасанов.", ["Рамиз Гасанов"]),
]

NOT_RUSSIAN = [
    # no event
    "С речью выступили генеральный консул Ильгар Мамедов и профессор Ирина Белова в парламенте страны.",
    "В своём выступлении консул Ильгар Мамедов назвал имена погибших.",
    # a future speech
    EVENT_RU + "На следующей неделе выступит консул Ильгар Мамедов.",
    EVENT_RU + "С речью выступят генеральный консул Ильгар Мамедов и профессор Ирина Белова.",
    # the speech of a remembered person
    EVENT_RU + "Гости вспомнили выступление Гейдара Алиева в Москве в 1990 году.",
    # a participle of a person who visited another place long ago
    "Историк рассказал о Гейдаре Алиеве, посетившем постпредство в 1990 году.",
    # against, not at
    EVENT_RU + "Выступая против ввода войск, Андрей Сахаров осудил власти.",
    # named, not present: a title of a book
    EVENT_RU + "Гостям подарили сборник «Выступления Гейдара Алиева».",
]

AZERBAIJANI = [
    (EVENT_AZ + "Tədbirdə çıxış edən rektor Elçin Babayev faciənin tarixindən danışıb.", ["Elçin Babayev"]),
    (
        "Kitabxananın direktoru Nərmin Quliyeva bildirib ki, tədbirdə çıxış edən şair Vaqif Bayramov şeirlərini "
        "oxuyub.",
        ["Vaqif Bayramov"],
    ),
    (EVENT_AZ + "Mərasimdə çıxış edən millət vəkili Samirə Əliyeva şəhidləri anıb.", ["Samirə Əliyeva"]),
    # the impersonal passive "Bildirilib ki" (it was reported that) opens the news itself, not someone's words
    (
        EVENT_AZ + "Bildirilib ki, tədbirdə kitabxananın direktoru Səbinə Nəbiyeva faciə barədə məlumat verib.",
        ["Səbinə Nəbiyeva"],
    ),
    # a capitalised word after the name ("Sovet") is no part of it; a number glued to "çıxışında"
    (EVENT_AZ + "Tədbirdə çıxış edən sədr Rövşən Ağayev Sovet ordusunun cinayətindən danışıb.", ["Rövşən Ağayev"]),
    (EVENT_AZ + "Sədr Rövşən Ağayev çıxışında1990-cı ilin hadisələrini xatırladıb.", ["Rövşən Ağayev"]),
    (EVENT_AZ + "Şöbənin müdiri Kamran Həsənovisə çıxışında həmin gecəni xatırladıb.", ["Kamran Həsənov"]),
    (EVENT_AZ + "Professor Rauf Məmmədov çıxışında həmin gecənin səbəblərini izah edib.", ["Rauf Məmmədov"]),
    (
        EVENT_AZ
        + "Daha sonra çıxış edən professor Tahir Nəbiyev və dosent Lalə Hüseynova qeyd ediblər ki, faciə unudulmur.",
        ["Tahir Nəbiyev", "Lalə Hüseynova"],
    ),
    (EVENT_AZ + "Çıxış edənlər: rektor Elçin Babayev, professor Tahir Nəbiyev.", ["Elçin Babayev", "Tahir Nəbiyev"]),
    (
        "Macarıstanın ölkəmizdəki səfiri Gabor Kiss səfirliyin əməkdaşları və hərbi attaşe ilə birgə Şəhidlər "
        "xiyabanını ziyarət edib.",
        ["Gabor Kiss"],
    ),
]

AZERBAIJANI += [
    (EVENT_AZ + "Tədbirdə şair Vaqif Bayramov nitq söyləyib.", ["Vaqif Bayramov"]),
    # the participle's subject after a chain of titles, read as the names that open the sentence
    (
        EVENT_AZ + "Daha sonra çıxış edən kafedranın müdiri, dosent, akademik Rauf Əlizadə faciənin səbəblərini "
        "izah edib.",
        ["Rauf Əlizadə"],
    ),
    (EVENT_AZ + "Dosent Lalə Hüseynova çıxışı zamanı həmin gecədən danışıb.", ["Lalə Hüseynova"]),
]

NOT_AZERBAIJANI = [
    # a future speech or visit
    EVENT_AZ + "Mərasimdə rektor Elçin Babayev və professor Tahir Nəbiyev çıxış edəcək.",
    EVENT_AZ + "Sabah səfir Gabor Kiss Şəhidlər xiyabanını ziyarət edəcək.",
    # no event placed
    "Rektor Elçin Babayev çıxışında faciənin səbəblərindən bəhs edib.",
    # a speech of a remembered person, in a case ending
    EVENT_AZ + "Ulu Öndər Heydər Əliyevin çıxışından parçalar səsləndirilib.",
    # the one who reports what the speaker said is not the speaker
    "Universitetin mətbuat katibi Nigar Vəliyeva bildirib ki, tədbirdə çıxış edənlər faciədən danışıblar.",
    # negated
    EVENT_AZ + "Rektor Elçin Babayev tədbirdə çıxış etməyib.",
    EVENT_AZ + "Şair Vaqif Bayramov sabah nitq söyləyəcək.",
    # a book's title
    EVENT_AZ + 'Qonaqlara "Heydər Əliyevin çıxışları" kitabı hədiyyə edilib.',
    # companions, no verb of being there
    "Səfir Gabor Kiss səfirliyin əməkdaşları ilə birgə məktub imzalayıb.",
]

TURKISH = [
    (EVENT_TR + "Programda konuşan Dernek Başkanı Aydın Kaya, şehitleri rahmetle andı.", ["Aydın Kaya"]),
    (EVENT_TR + "Törende konuşma yapan Vali Yardımcısı Selim Arslan, o geceyi anlattı.", ["Selim Arslan"]),
    (EVENT_TR + "Başkonsolos Kenan Aslan konuşmasında Kanlı Ocak'ın önemine değindi.", ["Kenan Aslan"]),
    (EVENT_TR + "Konuşmacı olarak katılan Prof. Dr. Zeynep Acar, olayların tarihini anlattı.", ["Zeynep Acar"]),
    (
        "Bakü Büyükelçisi Murat Demir ile KKTC Temsilcisi Ayşe Tunç de ziyarette yer aldı.",
        ["Murat Demir", "Ayşe Tunç"],
    ),
    (
        EVENT_TR + "Türkiye'nin Berlin Büyükelçisi Kemal Yurt, Berlin Başkonsolosu Okan Er ile çok sayıda davetli "
        "katıldı.",
        ["Kemal Yurt", "Okan Er"],
    ),
    (EVENT_TR + "Törende yaptığı konuşmada Milletvekili Hasan Koç, şehitleri andı.", ["Hasan Koç"]),
    (EVENT_TR + "Milletvekili Hasan Koç, törende yaptığı konuşmada şehitleri andı.", ["Hasan Koç"]),
]

NOT_TURKISH = [
    # a future speech or visit
    EVENT_TR + "Programda Büyükelçi Murat Demir bir konuşma yapacak.",
    "Büyükelçi Murat Demir ile Temsilci Ayşe Tunç yarın şehitliği ziyaret edecek.",
    # no event placed
    "Başkonsolos Kenan Aslan konuşmasında Kanlı Ocak'ın önemine değindi.",
    # a remembered person's speech
    EVENT_TR + "Haydar Aliyev'in 1990 yılındaki konuşması gösterildi.",
    # an exhibition's title after a cue
    EVENT_TR + 'Katılımcılar "Kanlı Ocak Resim Sergisi"nin açılışına katıldı.',
    # with a person, not at the event
    "Büyükelçi Murat Demir ile yapılan röportaj gazetede yayımlandı.",
    # negated
    EVENT_TR + "Vali Selim Arslan törende konuşma yapmadı.",
    EVENT_TR + "Büyükelçi Murat Demir ile Temsilci Ayşe Tunç ziyarette yer almadı.",
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH + RUSSIAN + AZERBAIJANI + TURKISH)
def test_speakers_are_there(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_ENGLISH + NOT_RUSSIAN + NOT_AZERBAIJANI + NOT_TURKISH)
def test_nobody_is_placed(text: str) -> None:
    assert names(text) == []
