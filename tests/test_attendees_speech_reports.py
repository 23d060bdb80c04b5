"""Who spoke at or took part in an event, as Azerbaijani, Turkish and Russian reports say it: shared thoughts or
memories ("fikirlərini bölüşüb"), greeted the guests ("salamlayıb", "Собравшихся приветствовал X"), took the floor
("söz aldı"), spoke ("diye konuştu" in a paragraph after the event), stepped up to the lectern ("kürsüye gelen"),
lists of speakers ("Konuşmacılar: A, B", "Выступили: A, B", "Среди выступивших были"), the event opened by its
object first ("Вечер открыл посол X"), the host of an evening ("Ведущий вечера X"), reports of an event held by its
commemoration ("ildönümü qeyd edildi", "şehitler Ankara'da anıldı", "почтили память"), and names in the genitive
before a noun of taking part or speaking ("Büyükelçi X'in katılımıyla", "X-in çıxışları ilə davam edib"), written
without the ending. And what must place nobody: words from a message or an interview, someone remembered, 1990
history, a text with no event. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.text import sentences as sx

from ._helpers import names

AZ = "Konsulluqda 20 Yanvar şəhidlərinin anım gecəsi keçirilib. "
TR = "Başkonsoloslukta Kanlı Ocak için bir anma programı düzenlendi. "
RU = "В культурном центре прошёл вечер памяти жертв 20 января. "

SPOKE = [
    # Azerbaijani: shared thoughts or memories, greeted the guests; every past form and the plural
    (AZ + "Anım gecəsində professor Tofiq Səmədov fikirlərini bölüşüb.", ["Tofiq Səmədov"]),
    (AZ + "Tədbirdə faciənin şahidi, həkim Rauf Əlizadə xatirələrini bölüşdü.", ["Rauf Əlizadə"]),
    (AZ + "\nDeputat Sevinc Hüseynova həmin gecə ilə bağlı təəssüratlarını bölüşmüşdür.", ["Sevinc Hüseynova"]),
    (
        AZ + "\nDosent Orxan Bayramov və müəllim Nərmin Qasımova xatirələrini bölüşüblər.",
        ["Orxan Bayramov", "Nərmin Qasımova"],
    ),
    (AZ + "Mərasimdə icra başçısı Elşad Nəbiyev iştirakçıları salamlayıb.", ["Elşad Nəbiyev"]),
    # a commemoration reported held: "the anniversary was marked", then who spoke in the next paragraph
    (
        "Kolleclə faciənin 35-ci ildönümü qeyd edilib.\nKollecin direktoru Samirə Vəliyeva faciədən bəhs edib.",
        ["Samirə Vəliyeva"],
    ),
    # Turkish: took the floor, spoke, stepped up to the lectern; a list of speakers
    (TR + "Ardından Dernek Başkanı Orhan Çelik söz aldı.", ["Orhan Çelik"]),
    (TR + "Programda söz alarak Kaymakam Serdar Ünal da o günleri hatırlattı.", ["Serdar Ünal"]),
    (TR + '\nRektör Zeynep Aydın, "Bu acıyı unutmadık" diye konuştu.', ["Zeynep Aydın"]),
    (TR + "Sonra kürsüye çıkan Prof. Dr. Kenan Yurt, o gecenin tanıklarını anlattı.", ["Kenan Yurt"]),
    (TR + "Konuşmacılar: Büyükelçi Elnur Sadıkov, Doç. Dr. Nesrin Ersoy.", ["Elnur Sadıkov", "Nesrin Ersoy"]),
    (TR + "Programın moderatörlüğünü Doç. Dr. Sevda Kurt üstlendi.", ["Sevda Kurt"]),
    (
        "Kara Ocak şehitleri dün İzmir'de anıldı.\nBaşkonsolos Tural Abbasov, şehitleri rahmetle andıklarını söyledi.",
        ["Tural Abbasov"],
    ),
    # Russian: a list after a colon, the object first, the host of the evening, a list of those who spoke
    (
        RU + "На вечере выступили: посол Тимур Гасанов, историк Нина Лебедева и поэт Сабир Ахмедов.",
        ["Тимур Гасанов", "Нина Лебедева", "Сабир Ахмедов"],
    ),
    (RU + "Гостей вечера приветствовала директор центра Ирина Котова.", ["Ирина Котова"]),
    (RU + "Вечер открыл председатель общины Эльчин Исмаилов.", ["Эльчин Исмаилов"]),
    (RU + "Ведущая вечера, журналист Лейла Гасымова, напомнила о тех днях.", ["Лейла Гасымова"]),
    (RU + "Среди выступивших были профессор Павел Ершов и депутат Эльдар Гулиев.", ["Павел Ершов", "Эльдар Гулиев"]),
    (
        "Вечер памяти шехидов, состоявшийся в библиотеке, собрал многих гостей.\nДиректор библиотеки Ольга Зимина "
        "рассказала о событиях той ночи.",
        ["Ольга Зимина"],
    ),
    (
        "В Варшаве почтили память жертв Черного января.\nПочетный консул Анджей Новак поблагодарил собравшихся.",
        ["Анджей Новак"],
    ),
]

# Who said it, named after it: "Bunu … iclasında X deyib", "Об этом на мероприятии заявил X"; a session of
# parliament is an event; a list whose item has a body's quoted name in its title.
SAID_IT = [
    ("“Unutmuruq”. Bunu parlamentin bugünkü iclasında deputat Elnarə Həsənli deyib.", ["Elnarə Həsənli"]),
    (
        "Parlamentdə şəhidlərin xatirəsi bir dəqiqəlik sükutla yad edilib.\nSonra parlamentin sədri Ramil Kərimli "
        "bildirib ki, xalq unutmur.",
        ["Ramil Kərimli"],
    ),
    ("«Мы помним». Об этом на вечере в культурном центре сказал историк Павел Ершов.", ["Павел Ершов"]),
    # the verb after a quotation and its dash, the subject after it
    (
        RU + "«Каждый год мы собираемся здесь, чтобы вспомнить тех, кто погиб в ту ночь», — сказала председатель "
        "общества Нигяр Алиева.",
        ["Нигяр Алиева"],
    ),
    (RU + "Затем выступил глава Дербента Рамин Велиев.", ["Рамин Велиев"]),
    (RU + "Своими воспоминаниями о той ночи поделилась очевидец Гюльнара Алиева.", ["Гюльнара Алиева"]),
    (RU + "Профессор Павел Ершов поделился впечатлениями от поездки в Баку.", ["Павел Ершов"]),
    (
        AZ
        + "Tədbirdə konsul Elvin Rüstəmov, “Odlar yurdu” cəmiyyətinin sədri Anar Qasımov və başqaları çıxış ediblər.",
        ["Elvin Rüstəmov", "Anar Qasımov"],
    ),
]

# Who performed at the event ("X tərəfindən ifa edilib", "X tarafından okundu", "в исполнении X"), not who wrote
# what was performed; a plural title shared by every name of a list after it.
PERFORMED = [
    (
        AZ + "Sonra xanəndə Aynur Sultanova tərəfindən ağır ruhlu bir muğam ifa edilib.",
        ["Aynur Sultanova"],
    ),
    (TR + "Ağıtlar sanatçı Deniz Aksu tarafından seslendirildi.", ["Deniz Aksu"]),
    (RU + "Затем прозвучали стихи в исполнении актера Самира Алиева.", ["Самира Алиева"]),
]

NOT_PERFORMED = [
    AZ + "Xalq şairi Bəxtiyar Vahabzadə tərəfindən yazılmış “Şəhidlər” poeması səsləndirilib.",
    TR + "Şair Bahtiyar Vahapzade tarafından yazılan şiir okundu.",
    AZ + "Ümummilli Lider Heydər Əliyev tərəfindən faciəyə siyasi qiymət verilib.",
]


TURKISH_LISTS = [
    # an ordinal's full stop before its noun ends no sentence: "26. Dönem Milletvekili X"
    (
        "Programa Büyükelçi Elnur Sadıkov, 27. Dönem İzmir Milletvekili Ayla Kurt ve vatandaşlar katıldı.",
        ["Elnur Sadıkov", "Ayla Kurt"],
    ),
    # the people of a list with a group, before "katılımı ile"
    (
        "Başkonsolos Tural Abbasov, Kaymakam Serdar Ünal ve ilçe halkı katılımı ile parkta tören düzenlendi.",
        ["Tural Abbasov", "Serdar Ünal"],
    ),
]


def test_a_region_in_a_title_is_no_person() -> None:
    text = (
        TR + "\nDışişleri Bakanlığı Orta Asya ve Kafkasya Genel Müdür Yardımcılığı Daire Başkanı Ertan Garip, "
        '"Bu acıyı paylaşıyoruz" dedi.'
    )
    assert names(text) == ["Ertan Garip"]


def test_sharing_grief_is_no_post() -> None:
    # "paylaşmak" is to share grief in Turkish; only a post ("paylaşım", "paylaşıb") is words from afar
    assert names(TR + "\nDaire Başkanı Ertan Garip, acıyı paylaştıklarını söyledi.") == ["Ertan Garip"]
    assert names(TR + "\nDaire Başkanı Ertan Garip, sosyal medyada bir paylaşım yaptı ve şehitleri andı.") == []


def test_an_ordinal_keeps_its_full_stop_before_its_noun_only() -> None:
    text = "Törene 26. Dönem Milletvekili Ali Kaya katıldı. Ölü sayısı 26. Yaralılar vardı."
    assert [text[s.start : s.end] for s in sx.sentences(text)] == [
        "Törene 26. Dönem Milletvekili Ali Kaya katıldı.",
        "Ölü sayısı 26.",
        "Yaralılar vardı.",
    ]


def test_a_plural_title_is_shared_by_a_list() -> None:
    text = AZ + "Tədbirdə musiqiçilər Elnur Qasımov, Orxan Həsənov və Nərgiz Əliyeva tərəfindən muğamlar ifa edilib."
    found = extract_attendees(text)
    assert [a.mention for a in found] == ["Elnur Qasımov", "Orxan Həsənov", "Nərgiz Əliyeva"]
    assert [a.role for a in found] == ["Musician", "Musician", "Musician"]


NOT_SAID_IT = [
    AZ + "“Unutmuruq”. Bunu deputat Elnarə Həsənli jurnalistlərə açıqlamasında deyib.",
    "“Unutmuruq”. Bunu deputat Elnarə Həsənli Report-a müsahibəsində deyib.",
    RU + "«Мы помним». Об этом в интервью агентству сказал историк Павел Ершов.",
    RU + "«Каждый год мы собираемся, чтобы вспомнить тех, кто погиб в ту ночь», — сказал президент Ильхам Алиев в "
    "обращении к народу.",
    RU + "«Каждый год мы собираемся, чтобы вспомнить тех, кто погиб в ту ночь», — сказала пресс-секретарь "
    "посольства Анна Белова.",
    "«Каждый год мы собираемся, чтобы вспомнить тех, кто погиб в ту ночь», — сказал посол Тимур Гасанов.",
    RU + "Профессор Павел Ершов поделился воспоминаниями в интервью газете.",
    RU + "В телеграм-канале профессор Павел Ершов поделился воспоминаниями.",
    "Parlamentdə şəhidlərin xatirəsi sükutla yad edilib.\nXatırladaq ki, daha əvvəl sədr Ramil Kərimli bildirib ki, "
    "xalq unutmur.",
]

# Named after a quotation with a participle of saying: "\"…\" diyen Vali X", "\"…\" deyən səfir X".
QUOTED = [
    (TR + '"Bu acıyı hiç unutmayacağız" diyen Vali Hakan Yılmaz, şehitleri rahmetle andı.', ["Hakan Yılmaz"]),
    (TR + '"Acımız büyük" ifadelerini kullanan Başkan Orhan Çelik, sözlerini tamamladı.', ["Orhan Çelik"]),
    (AZ + '"Faciəni heç vaxt unutmuruq" deyən səfir Elvin Rüstəmov qonaqlara təşəkkür edib.', ["Elvin Rüstəmov"]),
]

NOT_QUOTED = [
    '"Bu acıyı hiç unutmayacağız" diyen Vali Hakan Yılmaz, şehitleri rahmetle andı.',
    TR + 'Sosyal medya hesabından "Unutmayacağız" diyen Bakan Murat Demir şehitleri andı.',
    AZ + 'Müsahibəsində "Faciəni unutmuruq" deyən səfir Elvin Rüstəmov xalqa təşəkkür edib.',
]

# A name in the genitive before a noun of taking part or speaking, written without its ending.
GENITIVE = [
    ("Başkonsolos Tural Abbasov'un katılımıyla düzenlenen törende şehitler anıldı.", ["Tural Abbasov"]),
    (
        "Dernek Başkanı Orhan Çelik ve Rektör Zeynep Aydın'ın katılımlarıyla anma programı yapıldı.",
        ["Orhan Çelik", "Zeynep Aydın"],
    ),
    (TR + "Program, Vali Serdar Ünal'ın açılış konuşmasıyla başladı.", ["Serdar Ünal"]),
    (TR + "Doç. Dr. Kenan Yurt’un moderatörlüğünde bir oturum yapıldı.", ["Kenan Yurt"]),
    ("Konsul Fərid Əliyevin iştirakı ilə keçirilən anım tədbirində şəhidlər yad edilib.", ["Fərid Əliyev"]),
    (
        AZ + "Gecə deputat Sevinc Hüseynova, dosent Orxan Bayramov və şair Rəşad Abdullanın çıxışları ilə davam edib.",
        ["Sevinc Hüseynova", "Orxan Bayramov", "Rəşad Abdulla"],
    ),
    (AZ + "Tədbir tələbə Aysel Hüseynin təqdimatı ilə başa çatıb.", ["Aysel Hüseyn"]),
    (AZ + "Sonra professor Tofiq Səmədovun çıxışı dinlənilib.", ["Tofiq Səmədov"]),
    (TR + "Ardından Rektör Zeynep Aydın’ın konuşması dinlendi.", ["Zeynep Aydın"]),
]

NOT_GENITIVE = [
    AZ + "İştirakçılar Ümummilli Lider Heydər Əliyevin çıxışı ilə tanış olublar.",
    AZ + "Ümummilli Lider Heydər Əliyevin 1990-cı ildə Moskvada etdiyi çıxışı dinlənilib.",
    AZ + "Ümummilli Lider Heydər Əliyevin iştirakı ilə ilk anım mərasimi 1994-cü ildə keçirilib.",
    TR + "Merhum Haydar Aliyev'in katılımıyla ilk anma 1994'te yapıldı.",
    TR + "Büyükelçi Tural Abbasov'un mesajı okundu.",
    "Rahmetli Haydar Aliyev törene katıldı.",
    # no event anywhere: a participation in something else
    "Profesör Kenan Yurt'un katılımıyla kitap yazıldı.",
]

NOBODY = [
    # words from a message, an interview or a greeting card; no event anywhere; someone remembered; 1990
    AZ + "Nazir Ceyhun Bayramov mesajında faciənin unudulmadığını qeyd edib.",
    AZ + "Professor Tofiq Səmədov müsahibəsində xatirələrini bölüşüb.",
    "Professor Tofiq Səmədov xatirələrini bölüşüb.",
    AZ + "Ulu Öndər Heydər Əliyev 1990-cı il yanvarın 21-də Moskvada bəyanatla çıxış edib.",
    AZ + "Tədbirdə professor Tofiq Səmədov fikirlərini bölüşməyib.",
    TR + "Bakan Hakan Fidan yaptığı açıklamada şehitleri rahmetle andığını söyledi.",
    TR + "Rektör Zeynep Aydın gazetemize verdiği röportajda o günleri konuştu.",
    'Rektör Zeynep Aydın, "Bu acıyı unutmadık" diye konuştu.',
    TR + "Dernek Başkanı Orhan Çelik söz almayacak.",
    TR + "Sonra kürsüye çıkacak olan konuşmacıların adları açıklanmadı.",
    RU + "В своем обращении президент Ильхам Алиев приветствовал участников.",
    "Посол Тимур Гасанов поблагодарил журналистов за интерес к теме.",
    RU + "Общенациональный лидер Гейдар Алиев 21 января 1990 года выступил с заявлением.",
    "Почтили память жертв. Ранее министр Джейхун Байрамов в интервью рассказал о событиях.",
]


@pytest.mark.parametrize(("text", "expected"), SPOKE + GENITIVE + SAID_IT + PERFORMED + TURKISH_LISTS + QUOTED)
def test_spoke(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOBODY + NOT_GENITIVE + NOT_SAID_IT + NOT_PERFORMED + NOT_QUOTED)
def test_nobody(text: str) -> None:
    assert names(text) == []
